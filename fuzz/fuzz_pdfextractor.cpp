// PDF text extraction through QtPdf (core/import/pdfextractor.h) on arbitrary bytes. pdfium itself
// is not instrumented: a crash inside it is a QtPdf bug to report, not a Parallax one.

#include "core/import/pdfextractor.h"
#include "fuzz/fuzzinput.h"

using namespace parallax;

namespace {
constexpr size_t MaxInputBytes = 65536;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MaxInputBytes)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ExtractedText> extracted = extractPdf(bytes);
    if (extracted) {
        PARALLAX_FUZZ_CHECK(extracted->format == SourceFormat::Pdf);
    } else {
        const ErrorCode code = extracted.error().code;
        PARALLAX_FUZZ_CHECK(code == ErrorCode::PdfCorrupt || code == ErrorCode::PdfEncrypted
                            || code == ErrorCode::PdfNoTextLayer || code == ErrorCode::FileTooLarge);
    }
    return 0;
}
