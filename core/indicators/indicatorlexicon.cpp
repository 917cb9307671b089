#include "core/indicators/indicatorlexicon.h"

#include "core/text/normalizer.h"
#include "core/text/sectionedlist.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

IndicatorLexicon::IndicatorLexicon(QStringView data)
{
    const SectionedList lists = parseSectionedList(data);
    auto addEntry = [this](const QString &written, const QStringList &indicators, const QStringList &previous = {}) {
        const QString folded = analysisFold(written);
        if (folded.isEmpty())
            return;
        m_entries[folded.front()].push_back(Entry{folded, indicators, previous});
    };
    // File order gives the table order; QHash does not keep it, so read the names from the text.
    for (QStringView line : data.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u'[') && line.endsWith(u']') && !line.startsWith(u"[@"))
            m_order.append(line.mid(1, line.size() - 2).toString());
    }
    for (const QString &name : std::as_const(m_order)) {
        addEntry(name, {name});
        m_canonical.insert(analysisFold(name), name);
        for (const QString &synonym : lists.value(name)) {
            addEntry(synonym, {name});
            m_canonical.insert(analysisFold(synonym), name);
        }
    }
    for (const QString &line : lists.value(u"@compound"_s)) {
        const QStringList fields = line.split(u'\t', Qt::SkipEmptyParts);
        if (fields.size() >= 3)
            addEntry(fields.front(), fields.mid(1));
    }
    for (const QString &line : lists.value(u"@elliptical"_s)) {
        const QStringList fields = line.split(u'\t', Qt::SkipEmptyParts);
        if (fields.size() >= 3)
            addEntry(fields[0], {fields[1]}, fields[2].split(u',', Qt::SkipEmptyParts));
    }
    for (const QString &line : lists.value(u"@units"_s)) {
        const QStringList fields = line.split(u'\t', Qt::SkipEmptyParts);
        if (fields.size() >= 3)
            m_units.push_back(Unit{fields[0], fields[1], fields[2].toDouble()});
    }
    m_rates = lists.value(u"@rates"_s);
    m_notAfter = lists.value(u"@not-after"_s);
    m_growthVerbs = lists.value(u"@growth-verbs"_s);
    m_declineVerbs = lists.value(u"@decline-verbs"_s);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const Entry &a, const Entry &b) { return a.folded.size() > b.folded.size(); });
    }
    std::sort(m_units.begin(), m_units.end(),
              [](const Unit &a, const Unit &b) { return a.written.size() > b.written.size(); });
}

const IndicatorLexicon &IndicatorLexicon::instance()
{
    static const IndicatorLexicon lexicon = [] {
        QFile file(u":/parallax/data/indicators.txt"_s);
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        return IndicatorLexicon(text);
    }();
    return lexicon;
}

std::optional<IndicatorLexicon::Mention> IndicatorLexicon::mentionAt(QStringView folded, qsizetype position) const
{
    const auto bucket = m_entries.constFind(folded[position]);
    if (bucket == m_entries.cend())
        return std::nullopt;
    const QStringView rest = folded.mid(position);
    for (const Entry &entry : *bucket) {
        if (rest.startsWith(entry.folded))
            return Mention{position, position + entry.folded.size(), entry.indicators, entry.requiresPrevious};
    }
    return std::nullopt;
}

std::vector<IndicatorLexicon::Mention> IndicatorLexicon::mentions(QStringView folded) const
{
    std::vector<Mention> found;
    for (qsizetype i = 0; i < folded.size();) {
        if (auto mention = mentionAt(folded, i)) {
            i = mention->end;
            found.push_back(std::move(*mention));
        } else {
            ++i;
        }
    }
    return found;
}

std::optional<QString> IndicatorLexicon::canonical(QStringView name) const
{
    const auto it = m_canonical.constFind(analysisFold(name.trimmed()));
    if (it == m_canonical.cend())
        return std::nullopt;
    return *it;
}

std::optional<IndicatorLexicon::Unit> IndicatorLexicon::unitAt(QStringView text, qsizetype position) const
{
    const QStringView rest = text.mid(position);
    for (const Unit &unit : m_units) {
        if (rest.startsWith(unit.written))
            return unit;
    }
    return std::nullopt;
}

bool IndicatorLexicon::narrowedBy(QStringView before) const
{
    return std::any_of(m_notAfter.begin(), m_notAfter.end(), [&](const QString &word) { return before.endsWith(word); });
}

int IndicatorLexicon::verbSign(QStringView text) const
{
    // Decline verbs first: 降低 must not be read as a growth.
    for (const QString &verb : m_declineVerbs) {
        if (text.contains(verb))
            return -1;
    }
    for (const QString &verb : m_growthVerbs) {
        if (text.contains(verb))
            return 1;
    }
    return 0;
}

} // namespace parallax
