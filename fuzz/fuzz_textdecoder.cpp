// Encoding detection and conversion (core/import/textdecoder.h) on arbitrary bytes. An input whose
// first line is short is also decoded with that line as a <meta charset> label.

#include "core/import/textdecoder.h"
#include "fuzz/fuzzinput.h"

using namespace parallax;

namespace {
// Detection samples the first 64 KB; more input only lengthens the conversion.
constexpr size_t MaxInputBytes = 131072;
constexpr qsizetype MaxCharsetLabel = 40;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MaxInputBytes)
        return 0;
    const QByteArrayView bytes = fuzz::bytesOf(data, size);

    (void)looksBinary(bytes);
    const Result<DecodedText> decoded = decodeText(bytes);
    if (decoded) {
        PARALLAX_FUZZ_CHECK(!decoded->encoding.isEmpty());
    } else {
        PARALLAX_FUZZ_CHECK(decoded.error().code == ErrorCode::UnknownEncoding
                            || decoded.error().code == ErrorCode::BinaryFile);
    }

    const qsizetype newline = bytes.indexOf('\n');
    if (newline >= 0 && newline <= MaxCharsetLabel) {
        const Result<QString> converted = decodeWithCharset(bytes.sliced(newline + 1),
                                                            QString::fromLatin1(bytes.first(newline)));
        PARALLAX_FUZZ_CHECK(converted || converted.error().code == ErrorCode::UnknownEncoding);
    }
    return 0;
}
