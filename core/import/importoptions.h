#pragma once

#include <QtGlobal>

namespace parallax {

/// Limits that make hostile or huge input fail politely instead of hanging or exhausting memory.
/// Each is checked by the importer and produces a specific ErrorCode (or, where noted, a smaller
/// result instead of a failure). Users set the first four with `parallax-cli import --max-file-mb
/// --max-line-length --max-section-depth --time-budget`, and all but the line length in the GUI's
/// Settings ▸ Import limits.
struct ImportOptions
{
    qint64 maxFileBytes = 256ll * 1024 * 1024;        ///< FileTooLarge beyond this
    qsizetype maxLineLength = 4 * 1024 * 1024;        ///< LineTooLong beyond this (in characters)
    int maxSectionDepth = 6;                           ///< deeper headings stay in their parent's body
    qint64 timeBudgetMs = 120'000;                     ///< TimeBudgetExceeded when one document takes longer
    qint64 maxDocxUncompressedBytes = 512ll * 1024 * 1024; ///< DocxTooLarge beyond this (zip bombs)
    int maxPdfPages = 20000;                           ///< later pages are not read
    int maxHtmlDepth = 2000;                            ///< deeper nodes are flattened, not recursed

    /// Bounds for the user-settable limits (the CLI and the settings dialog refuse others).
    static constexpr qint64 minFileMegabytes = 1;
    static constexpr qint64 maxFileMegabytes = 4096;
    static constexpr int minSectionDepth = 1;
    static constexpr int maxSectionDepthLimit = 12;
    static constexpr qint64 minTimeBudgetSeconds = 1;
    static constexpr qint64 maxTimeBudgetSeconds = 24 * 3600;
};

} // namespace parallax
