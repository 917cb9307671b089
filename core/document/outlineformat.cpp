#include "core/document/outlineformat.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

void appendSections(QString &out, const std::vector<Section> &sections, int maxLevel)
{
    for (const Section &section : sections) {
        if (maxLevel > 0 && section.level > maxLevel)
            continue;
        out += QString(2 * (section.level - 1), u' ');
        if (!section.label.isEmpty())
            out += section.labelImplied ? u'[' + section.label + u"] "_s : section.label + u' ';
        out += section.heading.isEmpty() ? u"—"_s : section.heading;
        if (section.headingSplit)
            out += u" ✂"_s;
        out += u"  ["_s + toString(section.role) + u"]\n"_s;
        appendSections(out, section.children, maxLevel);
    }
}

QString yearText(int year)
{
    return year > 0 ? QString::number(year) : u"-"_s;
}

} // namespace

QString formatMetadata(const DocumentMetadata &meta)
{
    QString out;
    out += u"title: "_s + meta.title + u'\n';
    out += u"region: "_s + meta.region + u" ("_s + toString(meta.regionLevel) + u")\n"_s;
    out += u"kind: "_s + toString(meta.kind) + u'\n';
    out += u"date: "_s + (meta.date.isEmpty() ? u"-"_s : meta.date) + u'\n';
    out += u"speaker: "_s + (meta.speaker.isEmpty() ? u"-"_s : meta.speaker) + u'\n';
    out += u"year_reported: "_s + yearText(meta.yearReported) + u'\n';
    out += u"year_planned: "_s + yearText(meta.yearPlanned)
           + (meta.periodEnd > 0 ? u"–"_s + QString::number(meta.periodEnd) : QString()) + u'\n';
    return out;
}

QString formatOutline(const Document &document, int maxLevel)
{
    QString out = formatMetadata(document.meta);
    out += u"sections:\n"_s;
    appendSections(out, document.sections, maxLevel);
    return out;
}

} // namespace parallax
