#include "core/annotations/anchoring.h"

#include <algorithm>
#include <limits>

namespace parallax {

namespace {

// Characters that re-imports and normalisation changes tend to alter: whitespace and punctuation
// (`,` vs `，`, straight vs curly quotes) are dropped from the loose form altogether.
bool isLooseNoise(QChar c)
{
    return c.isSpace() || c.isPunct() || c.category() == QChar::Other_Format;
}

// Full-width ASCII (`８％`) and the ideographic space fold to their half-width forms.
QChar looseFold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFF01 + 0x21));
    return c.toCaseFolded();
}

QString looseForm(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!isLooseNoise(c)) {
            const QChar folded = looseFold(c);
            if (!isLooseNoise(folded))
                result.append(folded);
        }
    }
    return result;
}

// How many characters of `context` agree with the text just before (or after) a candidate match,
// compared in loose form from the quote outwards.
int contextAgreement(QStringView looseText, qsizetype from, QStringView looseContext, bool before)
{
    int agree = 0;
    const qsizetype n = looseContext.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype at = before ? from - 1 - i : from + i;
        if (at < 0 || at >= looseText.size())
            break;
        const QChar expected = before ? looseContext[n - 1 - i] : looseContext[i];
        if (looseText[at] != expected)
            break;
        ++agree;
    }
    return agree;
}

// Chooses among candidate starts: most context agreement, then nearest to the old position.
template<typename Score>
qsizetype bestCandidate(const std::vector<qsizetype> &candidates, qsizetype oldStart, Score score)
{
    qsizetype best = -1;
    int bestScore = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype candidate : candidates) {
        const int s = score(candidate);
        const qsizetype distance = candidate > oldStart ? candidate - oldStart : oldStart - candidate;
        if (s > bestScore || (s == bestScore && distance < bestDistance)) {
            best = candidate;
            bestScore = s;
            bestDistance = distance;
        }
    }
    return best;
}

// Every occurrence would be O(n) each for a one-character quote in a long text; a bound keeps
// resolution linear. Past it, the nearest occurrences to the old position still compete.
constexpr int kMaxCandidates = 2000;

std::vector<qsizetype> occurrences(QStringView text, QStringView needle, int limit)
{
    std::vector<qsizetype> result;
    if (needle.isEmpty())
        return result;
    for (qsizetype at = text.indexOf(needle); at >= 0 && int(result.size()) < limit;
         at = text.indexOf(needle, at + 1))
        result.push_back(at);
    return result;
}

// Leading and trailing punctuation of the quote (`8.1%`, `“十大产业集群”`) is not part of the
// loose form; take the text's own punctuation at those ends back into the match, one for one.
AnchorResolution widenOverPunctuation(QStringView text, QStringView quote, AnchorResolution found)
{
    qsizetype leading = 0;
    while (leading < quote.size() && isLooseNoise(quote[leading]) && !quote[leading].isSpace())
        ++leading;
    qsizetype trailing = 0;
    while (trailing < quote.size() - leading && isLooseNoise(quote[quote.size() - 1 - trailing])
           && !quote[quote.size() - 1 - trailing].isSpace())
        ++trailing;
    for (; leading > 0 && found.start > 0; --leading) {
        const QChar c = text[found.start - 1];
        if (!isLooseNoise(looseFold(c)) || c.isSpace())
            break;
        --found.start;
    }
    for (; trailing > 0 && found.end < text.size(); --trailing) {
        const QChar c = text[found.end];
        if (!isLooseNoise(looseFold(c)) || c.isSpace())
            break;
        ++found.end;
    }
    return found;
}

} // namespace

TextAnchor makeAnchor(QStringView text, qsizetype start, qsizetype end, int context)
{
    TextAnchor anchor;
    anchor.start = std::clamp(start, qsizetype(0), text.size());
    anchor.end = std::clamp(end, anchor.start, text.size());
    anchor.quote = text.mid(anchor.start, anchor.end - anchor.start).toString();
    const qsizetype before = std::max(qsizetype(0), anchor.start - context);
    anchor.prefix = text.mid(before, anchor.start - before).toString();
    anchor.suffix = text.mid(anchor.end, std::min(qsizetype(context), text.size() - anchor.end)).toString();
    return anchor;
}

AnchorResolver::AnchorResolver(QStringView text)
    : m_text(text)
{
}

const AnchorResolver::Loose &AnchorResolver::loose() const
{
    if (!m_loose) {
        Loose loose;
        loose.text.reserve(m_text.size());
        loose.offsets.reserve(std::size_t(m_text.size()));
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (isLooseNoise(c))
                continue;
            const QChar folded = looseFold(c);
            if (isLooseNoise(folded))
                continue;
            loose.text.append(folded);
            loose.offsets.push_back(i);
        }
        m_loose = std::move(loose);
    }
    return *m_loose;
}

AnchorResolution AnchorResolver::resolve(const TextAnchor &anchor) const
{
    const qsizetype length = anchor.quote.size();
    if (length == 0)
        return {};
    if (anchor.start >= 0 && anchor.end == anchor.start + length && anchor.end <= m_text.size()
        && m_text.mid(anchor.start, length) == anchor.quote)
        return {AnchorMatch::Exact, anchor.start, anchor.end};

    const std::vector<qsizetype> exact = occurrences(m_text, anchor.quote, kMaxCandidates);
    if (!exact.empty()) {
        const QString loosePrefix = looseForm(anchor.prefix);
        const QString looseSuffix = looseForm(anchor.suffix);
        const qsizetype best = bestCandidate(exact, anchor.start, [&](qsizetype at) {
            // Compare context in loose form so a changed comma next to the quote does not matter.
            const QString before = looseForm(m_text.mid(std::max(qsizetype(0), at - 2 * kAnchorContext),
                                                         std::min(at, qsizetype(2 * kAnchorContext))));
            const QString after = looseForm(m_text.mid(at + length, 2 * kAnchorContext));
            return contextAgreement(before, before.size(), loosePrefix, true)
                   + contextAgreement(after, 0, looseSuffix, false);
        });
        return {AnchorMatch::Moved, best, best + length};
    }
    return resolveLoose(anchor);
}

AnchorResolution AnchorResolver::resolveLoose(const TextAnchor &anchor) const
{
    const QString looseQuote = looseForm(anchor.quote);
    if (looseQuote.isEmpty())
        return {};
    const Loose &l = loose();
    const std::vector<qsizetype> candidates = occurrences(l.text, looseQuote, kMaxCandidates);
    if (candidates.empty())
        return {};
    const QString loosePrefix = looseForm(anchor.prefix);
    const QString looseSuffix = looseForm(anchor.suffix);
    const qsizetype n = looseQuote.size();
    // Distances are measured in the original text, where the old start lives.
    std::vector<qsizetype> starts;
    starts.reserve(candidates.size());
    for (qsizetype at : candidates)
        starts.push_back(l.offsets[std::size_t(at)]);
    const qsizetype bestStart = bestCandidate(starts, anchor.start, [&](qsizetype start) {
        const auto it = std::lower_bound(l.offsets.begin(), l.offsets.end(), start);
        const qsizetype at = qsizetype(it - l.offsets.begin());
        return contextAgreement(l.text, at, loosePrefix, true) + contextAgreement(l.text, at + n, looseSuffix, false);
    });
    const auto it = std::lower_bound(l.offsets.begin(), l.offsets.end(), bestStart);
    const qsizetype at = qsizetype(it - l.offsets.begin());
    const qsizetype end = l.offsets[std::size_t(at + n - 1)] + 1;
    return widenOverPunctuation(m_text, anchor.quote, {AnchorMatch::Loose, bestStart, end});
}

std::vector<AnchorResolution> AnchorResolver::find(QStringView quote, int limit) const
{
    std::vector<AnchorResolution> result;
    if (quote.isEmpty() || limit <= 0)
        return result;
    for (qsizetype at : occurrences(m_text, quote, limit))
        result.push_back({AnchorMatch::Exact, at, at + quote.size()});
    if (!result.empty())
        return result;
    const QString looseQuote = looseForm(quote);
    if (looseQuote.isEmpty())
        return result;
    const Loose &l = loose();
    const qsizetype n = looseQuote.size();
    for (qsizetype at : occurrences(l.text, looseQuote, limit))
        result.push_back(widenOverPunctuation(
            m_text, quote, {AnchorMatch::Loose, l.offsets[std::size_t(at)], l.offsets[std::size_t(at + n - 1)] + 1}));
    return result;
}

} // namespace parallax
