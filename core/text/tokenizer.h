#pragma once

#include "core/text/token.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace parallax {

/// Chinese-aware word tokenizer: ICU's Chinese word segmentation (wordBoundaries(), ICU's dictionary)
/// with a domain lexicon merged on top (greedy longest match over those boundaries, so 生产总值 and
/// 规上工业增加值 stay whole) and numbers with their decimals, % and units as single tokens (8%,
/// 13.23亿元, 0.5个百分点).
///
/// Immutable after construction; tokenize() may be called from any thread at the same time.
class Tokenizer
{
public:
    /// Builds a tokenizer from explicit word lists (lexicon terms and number units).
    Tokenizer(const QStringList &terms, const QStringList &units);
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    /// The shared tokenizer loaded from resources/data/policy-lexicon.txt ([terms], [boilerplate]
    /// and [units]). Created on first use; thread-safe.
    [[nodiscard]] static const Tokenizer &instance();

    /// Splits `text` into tokens covering it completely, in order, without overlap. Offsets are
    /// UTF-16 indexes into `text`. Never fails; without ICU's data it degrades to one token per character.
    /// Texts over 200,000 characters are segmented in pieces on the global thread pool (blocking).
    /// Recent results are cached by content (texts of 64 characters or more, up to a million tokens
    /// in all), so tokenizing the same section again costs a hash and a copy.
    [[nodiscard]] std::vector<Token> tokenize(QStringView text) const;
    /// tokenize() without the cache, neither read nor filled: for texts segmented once (a whole
    /// document at import), which would only push out the sections a comparison diffs again.
    [[nodiscard]] std::vector<Token> tokenizeOnce(QStringView text) const { return segment(text); }

    /// Empties the cache of recent results (for measurements).
    void clearCache() const;

    /// Identifies this tokenizer's segmentation: the word boundaries' engine and ICU version, the
    /// lexicon and the token rules. Tokens stored for later (TokenStarts) are valid while it is unchanged.
    [[nodiscard]] QByteArray signature() const;

    /// The kind of a token that starts with `first`: tokenize() gives every token the kind of its
    /// first character, so token starts alone are enough to restore tokens (TokenStarts).
    [[nodiscard]] static TokenKind kindOf(char16_t first);

    /// True if `word` is a lexicon entry.
    [[nodiscard]] bool isLexiconTerm(QStringView word) const;

private:
    [[nodiscard]] std::vector<Token> segment(QStringView text) const;
    [[nodiscard]] std::vector<Token> tokenizeRange(QStringView text) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace parallax
