#pragma once

#include "core/text/token.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace parallax {

/// Chinese-aware word tokenizer: ICU word segmentation (zh) with a domain lexicon merged on top
/// (greedy longest match over ICU boundaries, so 生产总值 and 规上工业增加值 stay whole) and numbers
/// with their decimals, % and units as single tokens (8%, 13.23亿元, 0.5个百分点).
///
/// Immutable after construction; tokenize() may be called from any thread at the same time (each
/// thread uses its own clone of the ICU break iterator).
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
    /// UTF-16 indexes into `text`. Never fails; an ICU failure degrades to one token per character.
    /// Texts over 200,000 characters are segmented in pieces on the global thread pool (blocking).
    [[nodiscard]] std::vector<Token> tokenize(QStringView text) const;

    /// True if `word` is a lexicon entry.
    [[nodiscard]] bool isLexiconTerm(QStringView word) const;

private:
    [[nodiscard]] std::vector<Token> tokenizeRange(QStringView text) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace parallax
