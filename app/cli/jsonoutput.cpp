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

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString optionalText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace

QJsonObject observationJson(const Observation &o)
{
    return QJsonObject{
        {u"indicator"_s, o.indicator},
        {u"measure"_s, toString(o.measure)},
        {u"value"_s, optionalNumber(o.value)},
        {u"value_max"_s, optionalNumber(o.valueMax)},
        {u"unit"_s, o.unit},
        {u"qualifier"_s, toString(o.qualifier)},
        {u"kind"_s, toString(o.kind)},
        {u"year"_s, year(o.year)},
        {u"period"_s, o.period.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.period)},
        {u"basis"_s, o.basis.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.basis)},
        {u"attribute"_s, o.attribute.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.attribute)},
        {u"normalized_value"_s, optionalNumber(o.normalizedValue)},
        {u"normalized_unit"_s, o.normalizedUnit},
        {u"region"_s, o.region},
        {u"document"_s, o.documentId > 0 ? QJsonValue(o.documentId) : QJsonValue(o.documentTitle)},
        {u"document_title"_s, o.documentTitle},
        {u"section"_s, o.section},
        {u"wording"_s, o.wording.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.wording)},
        {u"quote"_s, o.quote},
        {u"start"_s, qint64(o.start)},
        {u"end"_s, qint64(o.end)},
    };
}

QStringList observationCsvHeader()
{
    return {u"indicator"_s, u"measure"_s, u"value"_s, u"value_max"_s, u"unit"_s, u"qualifier"_s, u"kind"_s,
            u"year"_s, u"period"_s, u"basis"_s, u"attribute"_s, u"region"_s, u"document"_s, u"section"_s,
            u"quote"_s, u"start"_s, u"end"_s};
}

QStringList observationCsvRow(const Observation &o)
{
    return {o.indicator, toString(o.measure), optionalText(o.value), optionalText(o.valueMax), o.unit,
            toString(o.qualifier), toString(o.kind), o.year > 0 ? QString::number(o.year) : QString(), o.period,
            o.basis, o.attribute, o.region, o.documentTitle, o.section, o.quote, QString::number(o.start),
            QString::number(o.end)};
}

QJsonObject targetTableJson(const TargetTable &table, const std::vector<std::vector<TargetDiff>> &changes,
                            const std::vector<AttainmentResult> &attainment)
{
    QJsonArray documents;
    for (const TargetColumn &column : table.columns) {
        documents.append(QJsonObject{{u"id"_s, column.documentId}, {u"title"_s, column.title},
                                     {u"region"_s, column.region}, {u"year"_s, year(column.year)}});
    }
    QJsonArray rows;
    for (const TargetRow &row : table.rows) {
        QJsonArray cells;
        for (const auto &cell : row.cells)
            cells.append(cell ? QJsonValue(observationJson(*cell)) : QJsonValue(QJsonValue::Null));
        rows.append(QJsonObject{{u"indicator"_s, row.indicator}, {u"measure"_s, toString(row.measure)},
                                {u"cells"_s, cells}});
    }
    QJsonArray changeArray;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        for (const TargetDiff &diff : changes[i]) {
            changeArray.append(QJsonObject{
                {u"from"_s, table.columns[i].documentId},
                {u"to"_s, table.columns[i + 1].documentId},
                {u"indicator"_s, diff.indicator},
                {u"measure"_s, toString(diff.measure)},
                {u"change"_s, toString(diff.change)},
                {u"qualifier_change"_s, diff.qualifierChange == QualifierChange::None
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(toString(diff.qualifierChange))},
                {u"delta"_s, optionalNumber(diff.delta)},
                {u"before"_s, diff.before ? QJsonValue(formatFigure(*diff.before)) : QJsonValue(QJsonValue::Null)},
                {u"after"_s, diff.after ? QJsonValue(formatFigure(*diff.after)) : QJsonValue(QJsonValue::Null)},
            });
        }
    }
    QJsonArray attainmentArray;
    for (const AttainmentResult &result : attainment) {
        attainmentArray.append(QJsonObject{
            {u"region"_s, result.region},
            {u"indicator"_s, result.indicator},
            {u"measure"_s, toString(result.measure)},
            {u"year"_s, result.year},
            {u"target"_s, formatFigure(result.target)},
            {u"actual"_s, formatFigure(result.actual)},
            {u"result"_s, toString(result.result)},
            {u"margin"_s, optionalNumber(result.margin)},
        });
    }
    return QJsonObject{{u"documents"_s, documents}, {u"rows"_s, rows}, {u"changes"_s, changeArray},
                       {u"attainment"_s, attainmentArray}};
}

} // namespace parallax
