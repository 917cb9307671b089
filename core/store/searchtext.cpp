#include "core/store/searchtext.h"

#include <QChar>
#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

enum class CharClass { Separator, Cjk, Word };

CharClass classify(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return CharClass::Cjk;
    default:
        break;
    }
    // Marks stay with their word so that FTS5's unicode61 tokenizer sees the same word we do.
    if (QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4))
        return CharClass::Word;
    return CharClass::Separator;
}

/// A maximal run of CJK characters or of word characters, as code points.
struct Segment
{
    CharClass kind = CharClass::Word;
    std::vector<char32_t> chars;
};

std::vector<Segment> segments(QStringView text)
{
    std::vector<Segment> result;
    const QList<uint> codePoints = text.toUcs4();
    CharClass previous = CharClass::Separator;
    for (const uint codePoint : codePoints) {
        const auto ucs4 = static_cast<char32_t>(codePoint);
        const CharClass current = classify(ucs4);
        if (current == CharClass::Separator) {
            previous = current;
            continue;
        }
        if (current != previous)
            result.push_back(Segment{current, {}});
        result.back().chars.push_back(ucs4);
        previous = current;
    }
    return result;
}

QString fromUcs4(const char32_t *chars, qsizetype count) { return QString::fromUcs4(chars, count); }

void appendToken(QString &out, const QString &token)
{
    if (!out.isEmpty())
        out += u' ';
    out += token;
}

QString unigrams(const std::vector<Segment> &parts)
{
    QString out;
    for (const Segment &segment : parts) {
        if (segment.kind == CharClass::Word) {
            appendToken(out, fromUcs4(segment.chars.data(), qsizetype(segment.chars.size())));
            continue;
        }
        for (const char32_t ch : segment.chars)
            appendToken(out, fromUcs4(&ch, 1));
    }
    return out;
}

QString bigrams(const std::vector<Segment> &parts)
{
    QString out;
    for (const Segment &segment : parts) {
        const auto size = qsizetype(segment.chars.size());
        // A lone CJK character has no bigram; it is indexed as itself so it still takes a position.
        if (segment.kind == CharClass::Word || size == 1) {
            appendToken(out, fromUcs4(segment.chars.data(), size));
            continue;
        }
        for (qsizetype i = 0; i + 1 < size; ++i)
            appendToken(out, fromUcs4(segment.chars.data() + i, 2));
    }
    return out;
}

QString quoted(const QString &tokens)
{
    // Tokens never contain quotes (separators are dropped), but double them anyway so the
    // expression stays a single FTS5 string whatever changes upstream.
    QString escaped = tokens;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

/// One whitespace-separated term of a query as an FTS5 expression.
QString termExpression(QStringView term)
{
    const std::vector<Segment> parts = segments(term);
    if (parts.empty())
        return {};
    if (parts.size() == 1 && parts.front().kind == CharClass::Cjk && parts.front().chars.size() == 1)
        return u"uni : "_s + quoted(unigrams(parts));
    bool allRunsLong = true;
    for (const Segment &segment : parts) {
        if (segment.kind == CharClass::Cjk && segment.chars.size() < 2)
            allRunsLong = false;
    }
    // Adjacent bigrams of a phrase are an exact substring and far more selective than a
    // phrase of unigrams. A lone CJK character inside a mixed term (`第3季`) may be half of a
    // bigram in the text, so such terms fall back to a unigram phrase, which is still exact.
    if (allRunsLong)
        return u"bi : "_s + quoted(bigrams(parts));
    return u"uni : "_s + quoted(unigrams(parts));
}

} // namespace

QString unigramTokens(QStringView text) { return unigrams(segments(text)); }

QString bigramTokens(QStringView text) { return bigrams(segments(text)); }

QString matchExpression(QStringView query)
{
    // The index holds normalised display text; fold the query the same way (full-width digits,
    // compatibility ideographs).
    const QString normalised = query.toString().normalized(QString::NormalizationForm_KC);
    QStringList terms;
    qsizetype termStart = 0;
    for (qsizetype i = 0; i <= normalised.size(); ++i) {
        if (i < normalised.size() && !normalised.at(i).isSpace())
            continue;
        const QString expression = termExpression(QStringView(normalised).mid(termStart, i - termStart));
        if (!expression.isEmpty())
            terms << expression;
        termStart = i + 1;
    }
    return terms.join(u" AND "_s);
}

} // namespace parallax
