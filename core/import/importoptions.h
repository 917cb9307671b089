#pragma once

#include <QtGlobal>

namespace parallax {

/// Limits that make hostile or huge input fail politely instead of hanging or exhausting memory.
/// Each is checked by the importer and produces a specific ErrorCode.
struct ImportOptions
{
    qint64 maxFileBytes = 256ll * 1024 * 1024;        ///< FileTooLarge beyond this
    qsizetype maxLineLength = 4 * 1024 * 1024;        ///< LineTooLong beyond this (in characters)
    qint64 maxDocxUncompressedBytes = 512ll * 1024 * 1024; ///< DocxTooLarge beyond this (zip bombs)
    int maxPdfPages = 20000;
    int maxHtmlDepth = 2000;                            ///< deeper nodes are flattened, not recursed
};

} // namespace parallax
