// Word diff (core/diff/worddiff.h) of two arbitrary texts: the input is split at its first NUL byte
// (or in the middle), the first byte chooses the options. The chunks must cover both texts in order.

#include "core/diff/worddiff.h"
#include "fuzz/fuzzinput.h"

using namespace parallax;

namespace {
// Two texts of up to 8 KB each: the Myers budget bounds the search, not the input.
constexpr size_t MaxInputBytes = 16384;

void checkCoverage(const WordDiff &diff, DiffSide side, qsizetype length)
{
    qsizetype position = 0;
    for (const DiffChunk &chunk : diff.chunks) {
        const TextSpan span = chunk.spans[side];
        PARALLAX_FUZZ_CHECK(span.start == position && span.end >= span.start);
        position = span.end;
    }
    PARALLAX_FUZZ_CHECK(position == length);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > MaxInputBytes)
        return 0;
    const uint8_t flags = data[0];
    DiffOptions options;
    options.ignorePunctuationVariants = flags & 1;
    options.ignoreWhitespace = flags & 2;
    options.semanticCleanup = flags & 4;
    options.detectNumbers = flags & 8;
    options.detectMoves = flags & 16;
    const auto [leftBytes, rightBytes] = fuzz::splitInTwo(fuzz::bytesOf(data + 1, size - 1));
    const QString left = fuzz::textOf(leftBytes);
    const QString right = fuzz::textOf(rightBytes);

    const WordDiff diff = diffTexts(left, right, options);
    checkCoverage(diff, LeftSide, left.size());
    checkCoverage(diff, RightSide, right.size());
    for (const DiffChunk &chunk : diff.chunks) {
        if (chunk.kind == DiffKind::Moved) {
            PARALLAX_FUZZ_CHECK(chunk.partner >= 0 && size_t(chunk.partner) < diff.chunks.size());
            PARALLAX_FUZZ_CHECK(diff.chunks[size_t(chunk.partner)].kind == DiffKind::Moved);
        }
    }
    return 0;
}
