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

/// The index's tokens: each CJK run as its overlapping bigrams followed by its last character
/// alone (so a one-character query, a prefix query `"棉" *`, also finds 棉 at the end of a run:
/// 皮棉), lone CJK characters and Latin words as themselves. Queries use the same bigrams but not the
/// run-final characters, which would break the adjacency of a phrase inside a longer run.
QString bigrams(const std::vector<Segment> &parts, bool withRunEnds)
{
    QString out;
    for (const Segment &segment : parts) {
        const auto size = qsizetype(segment.chars.size());
        if (segment.kind == CharClass::Word || size == 1) {
            appendToken(out, fromUcs4(segment.chars.data(), size));
            continue;
        }
        for (qsizetype i = 0; i + 1 < size; ++i)
            appendToken(out, fromUcs4(segment.chars.data() + i, 2));
        if (withRunEnds)
            appendToken(out, fromUcs4(segment.chars.data() + size - 1, 1));
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

/// One whitespace-separated term of a query as an FTS5 expression on the bigram column.
QString termExpression(QStringView term)
{
    const std::vector<Segment> parts = segments(term);
    if (parts.empty())
        return {};
    // A lone CJK character at the end of the term may be the start of a longer run in the text
    // (季 of 季度): match it as a prefix. At the start it matches the run-final token (省 of 全省).
    const bool prefix = parts.back().kind == CharClass::Cjk && parts.back().chars.size() == 1;
    return u"bi : "_s + quoted(bigrams(parts, false)) + (prefix ? u" *"_s : QString());
}

} // namespace

QString bigramTokens(QStringView text) { return bigrams(segments(text), true); }

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
