#include "app/cli/jsonoutput.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QJsonValue year(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

void addMetadata(QJsonObject &object, const DocumentMetadata &meta)
{
    object.insert(u"title"_s, meta.title);
    object.insert(u"region"_s, meta.region);
    object.insert(u"region_level"_s, toString(meta.regionLevel));
    object.insert(u"kind"_s, toString(meta.kind));
    object.insert(u"year_reported"_s, year(meta.yearReported));
    object.insert(u"year_planned"_s, year(meta.yearPlanned));
    object.insert(u"period_end"_s, year(meta.periodEnd));
    object.insert(u"date"_s, meta.date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(meta.date));
    object.insert(u"speaker"_s, meta.speaker);
    object.insert(u"user_fields"_s, QJsonArray::fromStringList(meta.userFields));
}

} // namespace

QJsonObject sectionJson(const Section &section)
{
    QJsonArray children;
    for (const Section &child : section.children)
        children.append(sectionJson(child));
    return QJsonObject{
        {u"label"_s, section.label},
        {u"heading"_s, section.heading},
        {u"level"_s, section.level},
        {u"role"_s, toString(section.role)},
        {u"topic"_s, section.topic},
        {u"start"_s, qint64(section.start)},
        {u"end"_s, qint64(section.end)},
        {u"label_implied"_s, section.labelImplied},
        {u"heading_split"_s, section.headingSplit},
        {u"children"_s, children},
    };
}

QJsonObject outlineJson(const Document &document)
{
    QJsonObject object;
    if (document.id > 0)
        object.insert(u"id"_s, document.id);
    addMetadata(object, document.meta);
    object.insert(u"source"_s, document.sourcePath);
    object.insert(u"format"_s, toString(document.format));
    object.insert(u"encoding"_s, document.encoding);
    QJsonArray sections;
    for (const Section &section : document.sections)
        sections.append(sectionJson(section));
    object.insert(u"sections"_s, sections);
    return object;
}

QJsonObject summaryJson(const DocumentSummary &summary)
{
    QJsonObject object{{u"id"_s, summary.id}};
    addMetadata(object, summary.meta);
    object.insert(u"source"_s, summary.sourcePath);
    object.insert(u"format"_s, toString(summary.format));
    object.insert(u"encoding"_s, summary.encoding);
    object.insert(u"sections"_s, summary.sectionCount);
    object.insert(u"characters"_s, qint64(summary.characterCount));
    return object;
}

QJsonObject searchHitJson(const SearchHit &hit)
{
    return QJsonObject{
        {u"document"_s, hit.documentId},
        {u"title"_s, hit.documentTitle},
        {u"section"_s, hit.sectionId},
        {u"label"_s, hit.sectionLabel},
        {u"heading"_s, hit.heading},
        {u"snippet"_s, hit.snippet},
        {u"score"_s, hit.score},
        {u"start"_s, qint64(hit.matchStart)},
    };
}

} // namespace parallax
