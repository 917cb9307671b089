#pragma once

#include "core/text/token.h"

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <vector>

namespace parallax {

/// Where a text's tokens start, one bit per UTF-16 unit: a document's segmentation, computed once at
/// import and kept in the library, so that comparing documents never segments them again (the
/// dictionary segmentation costs about ten times the diff of the same text). Token kinds are not
/// stored: a token's kind is that of its first character (Tokenizer::kindOf()).
///
/// Valid only for the text it was computed from and the tokenizer signature it was computed with;
/// the library checks the signature when it loads one. Implicitly shared; cheap to copy.
class TokenStarts
{
public:
    TokenStarts() = default;

    /// Segments `text` with Tokenizer::instance() (what the import does).
    [[nodiscard]] static TokenStarts compute(QStringView text);
    /// The starts of `tokens`, which cover a text of `textLength` units.
    [[nodiscard]] static TokenStarts fromTokens(const std::vector<Token> &tokens, qsizetype textLength);
    /// Stored bits (bytes()) for a text of `textLength` units; nullopt if they cannot be its starts.
    [[nodiscard]] static std::optional<TokenStarts> fromBytes(const QByteArray &bits, qsizetype textLength);

    [[nodiscard]] QByteArray bytes() const { return m_bits; }
    /// Length of the text these starts were computed for; 0 when empty.
    [[nodiscard]] qsizetype textLength() const { return m_length; }
    [[nodiscard]] bool isEmpty() const { return m_length == 0; }

    /// Tokens of text.mid(from, to - from), offsets relative to `from`: the stored starts, with a
    /// start forced at `from` and the last token cut at `to`. If these starts were not computed for
    /// a text of text.size() units, the piece is segmented now with Tokenizer::instance() instead.
    [[nodiscard]] std::vector<Token> tokens(QStringView text, qsizetype from, qsizetype to) const;
    [[nodiscard]] std::vector<Token> tokens(QStringView text) const { return tokens(text, 0, text.size()); }

private:
    QByteArray m_bits;
    qsizetype m_length = 0;
};

} // namespace parallax
