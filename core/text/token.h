#pragma once

#include <QStringView>
#include <QtGlobal>

namespace parallax {

enum class TokenKind : quint8 {
    Word,        ///< a word or a single ideograph / Latin word
    Number,      ///< digits with decimals and an optional %, 个百分点 or unit glued on
    Punctuation, ///< one punctuation or symbol character
    Space,       ///< a run of whitespace (including newlines)
};

/// A token: a span of the tokenized text (UTF-16 offsets) and its kind. The text itself is not
/// copied; use `text.mid(start, length)` / `token.view(text)`.
struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    TokenKind kind = TokenKind::Word;

    [[nodiscard]] qsizetype end() const { return start + length; }
    [[nodiscard]] QStringView view(QStringView text) const { return text.mid(start, length); }
    friend bool operator==(const Token &, const Token &) = default;
};

} // namespace parallax
