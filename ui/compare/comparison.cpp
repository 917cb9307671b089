#include "ui/compare/comparison.h"

#include <algorithm>

namespace parallax {

const AlignUnit *Comparison::unit(int document, int unitIndex) const
{
    if (document < 0 || size_t(document) >= matrix.units.size())
        return nullptr;
    const std::vector<AlignUnit> &units = matrix.units[size_t(document)];
    if (unitIndex < 0 || size_t(unitIndex) >= units.size())
        return nullptr;
    return &units[size_t(unitIndex)];
}

std::optional<std::pair<qsizetype, qsizetype>> Comparison::unitSpan(int document, int unitIndex) const
{
    const AlignUnit *found = unit(document, unitIndex);
    if (!found || size_t(document) >= documents.size())
        return std::nullopt;
    const QString &text = documents[size_t(document)].text;
    const qsizetype start = std::clamp<qsizetype>(found->start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(found->end, start, text.size());
    return std::pair{start, end};
}

QString Comparison::unitText(int document, int unitIndex) const
{
    const auto span = unitSpan(document, unitIndex);
    return span ? documents[size_t(document)].text.mid(span->first, span->second - span->first) : QString();
}

std::vector<Token> Comparison::unitTokens(int document, int unitIndex) const
{
    const auto span = unitSpan(document, unitIndex);
    if (!span)
        return {};
    const Document &doc = documents[size_t(document)];
    return doc.tokenStarts.tokens(doc.text, span->first, span->second);
}

} // namespace parallax
