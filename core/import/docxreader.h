#pragma once

#include "core/common/result.h"
#include "core/import/extractedtext.h"
#include "core/import/importoptions.h"

#include <QByteArrayView>

namespace parallax {

/// Reads the paragraphs of a DOCX (word/document.xml via libzip + QXmlStreamReader) in order; Word
/// heading styles (Heading1.., 标题1.., outlineLvl) become heading hints. Guards against zip bombs
/// and path tricks. Fails with DocxNotZip, DocxCorrupt or DocxTooLarge. Pure function; any thread.
[[nodiscard]] Result<ExtractedText> readDocx(QByteArrayView bytes, const ImportOptions &options = {});

} // namespace parallax
