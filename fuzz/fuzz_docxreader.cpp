// DOCX reading through libzip and QXmlStreamReader (core/import/docxreader.h) on arbitrary bytes.

#include "core/import/docxreader.h"
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
    const Result<ExtractedText> extracted = readDocx(fuzz::bytesOf(data, size));
    if (extracted) {
        PARALLAX_FUZZ_CHECK(extracted->format == SourceFormat::Docx);
        for (const int level : extracted->headingHints)
            PARALLAX_FUZZ_CHECK(level >= 1 && level <= 9);
    } else {
        const ErrorCode code = extracted.error().code;
        PARALLAX_FUZZ_CHECK(code == ErrorCode::DocxNotZip || code == ErrorCode::DocxCorrupt
                            || code == ErrorCode::DocxTooLarge);
    }
    return 0;
}
