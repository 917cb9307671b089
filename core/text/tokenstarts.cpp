#include "core/text/tokenstarts.h"

#include "core/text/tokenizer.h"

#include <algorithm>

namespace parallax {

TokenStarts TokenStarts::compute(QStringView text)
{
    return fromTokens(Tokenizer::instance().tokenizeOnce(text), text.size());
}

TokenStarts TokenStarts::fromTokens(const std::vector<Token> &tokens, qsizetype textLength)
{
    TokenStarts starts;
    if (textLength <= 0)
        return starts;
    starts.m_length = textLength;
    starts.m_bits = QByteArray((textLength + 7) / 8, '\0');
    char *bits = starts.m_bits.data();
    for (const Token &token : tokens) {
        if (token.start >= 0 && token.start < textLength)
            bits[token.start >> 3] = char(quint8(bits[token.start >> 3]) | (1u << (token.start & 7)));
    }
    bits[0] = char(quint8(bits[0]) | 1u);
    return starts;
}

std::optional<TokenStarts> TokenStarts::fromBytes(const QByteArray &bits, qsizetype textLength)
{
    if (textLength <= 0)
        return bits.isEmpty() ? std::optional<TokenStarts>(TokenStarts()) : std::nullopt;
    if (bits.size() != (textLength + 7) / 8 || !(quint8(bits[0]) & 1))
        return std::nullopt;
    // Bits past the end of the text would be starts of nothing.
    const int used = int(textLength & 7);
    if (used != 0 && (quint8(bits.back()) >> used) != 0)
        return std::nullopt;
    TokenStarts starts;
    starts.m_bits = bits;
    starts.m_length = textLength;
    return starts;
}

std::vector<Token> TokenStarts::tokens(QStringView text, qsizetype from, qsizetype to) const
{
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    if (m_length != text.size())
        return Tokenizer::instance().tokenize(text.mid(from, to - from));
    std::vector<Token> out;
    if (from == to)
        return out;
    out.reserve(size_t((to - from) / 2 + 1));
    const auto *bits = reinterpret_cast<const quint8 *>(m_bits.constData());
    qsizetype start = from;
    qsizetype i = from + 1;
    while (i < to) {
        // Whole bytes without a start are skipped at once (long words, runs of spaces).
        if ((i & 7) == 0 && bits[i >> 3] == 0) {
            i += 8;
            continue;
        }
        if ((bits[i >> 3] >> (i & 7)) & 1) {
            out.push_back({start - from, i - start, Tokenizer::kindOf(text[start].unicode())});
            start = i;
        }
        ++i;
    }
    out.push_back({start - from, to - start, Tokenizer::kindOf(text[start].unicode())});
    return out;
}

} // namespace parallax
