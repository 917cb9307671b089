#pragma once

#include "core/common/result.h"
#include "core/import/extractedtext.h"
#include "core/import/importoptions.h"

#include <QByteArray>

namespace parallax {

/// Extracts the text layer of a PDF with QtPdf, pages in order; rejoins lines that layout broke
/// mid-sentence and removes running headers/footers and page numbers. Fails with PdfCorrupt,
/// PdfEncrypted or PdfNoTextLayer ("scanned PDFs need OCR"). Callable from any thread (QtPdf
/// serialises access to pdfium internally); does not need a QGuiApplication.
[[nodiscard]] Result<ExtractedText> extractPdf(const QByteArray &bytes, const ImportOptions &options = {});

} // namespace parallax
