// HTML extraction through gumbo (core/import/htmlextractor.h) on arbitrary bytes.

#include "core/import/htmlextractor.h"
#include "fuzz/fuzzinput.h"

using namespace parallax;

namespace {
constexpr size_t MaxInputBytes = 131072;
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
    const Result<ExtractedText> extracted = extractHtml(fuzz::bytesOf(data, size));
    if (extracted) {
        PARALLAX_FUZZ_CHECK(extracted->format == SourceFormat::Html);
        for (const int level : extracted->headingHints)
            PARALLAX_FUZZ_CHECK(level >= 1 && level <= 6);
    }
    return 0;
}
