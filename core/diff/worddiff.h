#pragma once

#include "core/diff/diffchunk.h"
#include "core/text/token.h"

#include <QStringView>

#include <vector>

namespace parallax {

struct DiffOptions
{
    bool ignorePunctuationVariants = false; ///< `,` equals `，`, `(` equals `（`… (analysisFold)
    bool ignoreWhitespace = true;           ///< whitespace differences (including line breaks) are Equal
    bool semanticCleanup = true;            ///< merge small equalities between edits (readable markup)
    bool detectNumbers = true;              ///< a figure replaced by a figure is one ChangedNumber
    bool detectMoves = true;                ///< a deleted sentence re-inserted elsewhere is Moved
    int minMoveLength = 8;                  ///< characters (without spaces/punctuation) a move needs
    qint64 myersBudget = 2'000'000;         ///< search steps per region before falling back (see WordDiff::approximate)
};

/// The result of diffTexts(): chunks covering both texts, and whether any region fell back.
struct WordDiff
{
    std::vector<DiffChunk> chunks;
    /// True if the edit search ran out of budget in some region, which is then shown as deleted and
    /// inserted as a whole: the diff is valid but not minimal there.
    bool approximate = false;
    int approximateRegions = 0;
    qsizetype leftTokens = 0;
    qsizetype rightTokens = 0;

    /// Number of chunks of a kind (Moved counts both ends).
    [[nodiscard]] int count(DiffKind kind) const;
    /// True if every chunk is Equal.
    [[nodiscard]] bool isIdentical() const;
};

/// A text with its tokens, which cover it in order (Tokenizer::tokenize() of it, or a document's
/// stored segmentation: TokenStarts::tokens()).
struct TokenizedText
{
    QStringView text;
    std::vector<Token> tokens;
};

/// Word-level diff of two texts, tokenized with Tokenizer::instance(): Myers/patience over tokens,
/// then semantic clean-up, changed-figure detection and move detection as the options say. Spans
/// index `left` and `right`. Pure function; any thread; never fails (see WordDiff::approximate).
[[nodiscard]] WordDiff diffTexts(QStringView left, QStringView right, const DiffOptions &options = {});

/// diffTexts() on texts already tokenized: nothing is segmented. Documents from the library carry
/// their segmentation, so comparing their sections costs only the diff itself.
[[nodiscard]] WordDiff diffTexts(TokenizedText left, TokenizedText right, const DiffOptions &options = {});

} // namespace parallax
