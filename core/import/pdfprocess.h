#pragma once

#include "core/common/result.h"
#include "core/import/extractedtext.h"
#include "core/import/importoptions.h"

#include <QByteArray>
#include <QString>

namespace parallax {

/// PDFs are read in a helper process (`parallax-pdftext`, next to the apps) when one is set:
/// pdfium hangs for good on some hostile files (a pages node that lists itself among its kids) and
/// may crash on others, and neither can be interrupted inside the process. The helper is killed
/// when the document's time budget runs out (TimeBudgetExceeded) and a crash is reported as
/// PdfCorrupt, so one bad PDF never stops an import or takes the application down.
///
/// Set once at start-up, before any import (the apps pass applicationDirPath() + "/parallax-pdftext");
/// empty (the default, as in tests and fuzzers) reads PDFs in-process with extractPdf().
void setPdfHelperProgram(const QString &program);
[[nodiscard]] QString pdfHelperProgram();

/// The helper program's file name, and the path next to the running application's binary.
inline constexpr char kPdfHelperName[] = "parallax-pdftext";
[[nodiscard]] QString defaultPdfHelperProgram();

/// extractPdf() in the helper process if one is set, else in this process. Any thread.
[[nodiscard]] Result<ExtractedText> extractPdfIsolated(const QByteArray &bytes, const ImportOptions &options = {});

/// The helper's side: reads a PDF from stdin, writes the result to stdout as runPdfHelper's
/// protocol says ("ok\n" + UTF-8 text, or "error <code>\n" + detail). Returns the exit code.
int runPdfHelper(int argc, char **argv);

} // namespace parallax
