// Word diff (core/diff/worddiff.h) of two arbitrary texts: the input is split at its first NUL byte
// (or in the middle), the first byte chooses the options. The chunks must cover both texts in order.
// Stored segmentations (core/text/tokenstarts.h) must restore the tokenizer's tokens and give the
// same diff, and any bits the size of a text must give tokens that cover it.

#include "core/diff/worddiff.h"
#include "core/text/tokenizer.h"
#include "core/text/tokenstarts.h"
#include "fuzz/fuzzinput.h"

#include <algorithm>
#include <utility>

using namespace parallax;

namespace {
// Two texts of up to 8 KB each: the Myers budget bounds the search, not the input.
constexpr size_t MaxInputBytes = 16384;

// The items' spans (start, end) follow each other from 0 to `length`.
template<typename Items, typename SpanOf>
void checkCoverage(const Items &items, SpanOf spanOf, qsizetype length)
{
    qsizetype position = 0;
    for (const auto &item : items) {
        const auto [start, end] = spanOf(item);
        PARALLAX_FUZZ_CHECK(start == position && end >= start);
        position = end;
    }
    PARALLAX_FUZZ_CHECK(position == length);
}

void checkCoverage(const WordDiff &diff, DiffSide side, qsizetype length)
{
    checkCoverage(diff.chunks, [side](const DiffChunk &c) { return std::pair{c.spans[side].start, c.spans[side].end}; },
                  length);
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

    const TokenStarts leftStarts = TokenStarts::compute(left);
    const TokenStarts rightStarts = TokenStarts::compute(right);
    PARALLAX_FUZZ_CHECK(leftStarts.tokens(left) == Tokenizer::instance().tokenize(left));
    const WordDiff stored = diffTexts(TokenizedText{left, leftStarts.tokens(left)},
                                      TokenizedText{right, rightStarts.tokens(right)}, options);
    PARALLAX_FUZZ_CHECK(stored.chunks == diff.chunks);

    // The right side's bytes as the stored bits of the left text (a damaged library).
    const QByteArray bits = rightBytes.first(std::min<qsizetype>(rightBytes.size(), (left.size() + 7) / 8)).toByteArray();
    if (const std::optional<TokenStarts> foreign = TokenStarts::fromBytes(bits, left.size())) {
        const std::vector<Token> tokens = foreign->tokens(left);
        checkCoverage(tokens, [](const Token &t) { return std::pair{t.start, t.end()}; }, left.size());
        PARALLAX_FUZZ_CHECK(std::all_of(tokens.begin(), tokens.end(), [](const Token &t) { return t.length > 0; }));
    }
    return 0;
}
