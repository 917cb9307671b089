#include "ui/targets/targetsmodel.h"

#include "core/indicators/indicatorlexicon.h"
#include "ui/targets/indicatorgroups.h"
#include "ui/targets/observationtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

int columnYear(const DocumentMetadata &meta, ObservationKind kind)
{
    if (kind == ObservationKind::Actual)
        return meta.yearReported;
    return targetYear(meta);
}

QString signedNumber(double value)
{
    const QString number = QLocale().toString(value, 'g', 3);
    return value > 0 ? u"+"_s + number : number;
}

QColor changeBackground(TargetChange change)
{
    switch (change) {
    case TargetChange::Raised:
        return QColor(0xdf, 0xf2, 0xdc);
    case TargetChange::Lowered:
        return QColor(0xfb, 0xe0, 0xdc);
    case TargetChange::Added:
        return QColor(0xdd, 0xe9, 0xfa);
    case TargetChange::Dropped:
        return QColor(0xec, 0xec, 0xec);
    case TargetChange::Reworded:
        return QColor(0xf6, 0xef, 0xd6);
    case TargetChange::Unchanged:
        break;
    }
    return {};
}

QString changeMark(TargetChange change)
{
    switch (change) {
    case TargetChange::Raised:
        return u"▲"_s;
    case TargetChange::Lowered:
        return u"▼"_s;
    case TargetChange::Added:
        return u"＋"_s;
    case TargetChange::Dropped:
        return u"✕"_s;
    case TargetChange::Reworded:
        return u"≈"_s;
    case TargetChange::Unchanged:
        break;
    }
    return {};
}

} // namespace

TargetsModel::TargetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TargetsModel::setDocuments(std::vector<DocumentObservationSet> documents, ObservationKind kind)
{
    // Same region side by side, oldest first: neighbouring columns are consecutive years.
    std::stable_sort(documents.begin(), documents.end(), [kind](const auto &a, const auto &b) {
        if (a.meta.region != b.meta.region)
            return a.meta.region < b.meta.region;
        return columnYear(a.meta, kind) < columnYear(b.meta, kind);
    });
    beginResetModel();
    m_documents = std::move(documents);
    m_kind = kind;
    rebuild();
    endResetModel();
}

void TargetsModel::setKind(ObservationKind kind)
{
    if (kind == m_kind)
        return;
    setDocuments(std::move(m_documents), kind);
}

bool TargetsModel::setEdit(const ObservationEdit &edit)
{
    for (DocumentObservationSet &document : m_documents) {
        if (document.id != edit.documentId)
            continue;
        auto existing = std::find_if(document.edits.begin(), document.edits.end(),
                                     [&](const ObservationEdit &e) { return e.key == edit.key; });
        if (existing != document.edits.end())
            *existing = edit;
        else
            document.edits.push_back(edit);
        document.applyEdits();
        beginResetModel();
        rebuild();
        endResetModel();
        return true;
    }
    return false;
}

bool TargetsModel::removeEdit(qint64 documentId, const ObservationKey &key)
{
    for (DocumentObservationSet &document : m_documents) {
        if (document.id != documentId)
            continue;
        std::erase_if(document.edits, [&](const ObservationEdit &e) { return e.key == key; });
        document.applyEdits();
        beginResetModel();
        rebuild();
        endResetModel();
        return true;
    }
    return false;
}

std::optional<ObservationEdit> TargetsModel::editOf(qint64 documentId, const ObservationKey &key) const
{
    for (const DocumentObservationSet &document : m_documents) {
        if (document.id != documentId)
            continue;
        for (const ObservationEdit &edit : document.edits) {
            if (edit.key == key)
                return edit;
        }
    }
    return std::nullopt;
}

ObservationKey TargetsModel::editKeyFor(qint64 documentId, const Observation &shown) const
{
    const ObservationKey shownKey = keyOf(shown);
    for (const DocumentObservationSet &document : m_documents) {
        if (document.id != documentId)
            continue;
        for (const ObservationEdit &edit : document.edits) {
            if (keyOf(edit.corrected) == shownKey || edit.key == shownKey)
                return edit.key;
        }
    }
    return shownKey;
}

void TargetsModel::rebuild()
{
    std::vector<DocumentObservations> inputs;
    std::vector<Observation> all;
    for (const DocumentObservationSet &document : m_documents) {
        TargetColumn column{document.id, document.meta.title, document.meta.region, columnYear(document.meta, m_kind)};
        std::vector<Observation> shown;
        for (const Observation &o : document.observations) {
            all.push_back(o);
            if (o.kind != m_kind)
                continue;
            // buildTargetTable takes a document's targets for its column year; actuals are
            // tabulated the same way for the reviewed year.
            Observation copy = o;
            copy.kind = ObservationKind::Target;
            shown.push_back(std::move(copy));
        }
        // An observation the user corrected comes first, so the table shows it.
        std::stable_partition(shown.begin(), shown.end(), [](const Observation &o) { return o.editedByUser; });
        inputs.push_back(DocumentObservations{column, std::move(shown)});
    }
    m_table = buildTargetTable(inputs, IndicatorLexicon::instance().canonicalNames());
    for (TargetRow &row : m_table.rows) {
        for (auto &cell : row.cells) {
            if (cell)
                cell->kind = m_kind;
        }
    }

    m_rows.clear();
    for (const TargetRow &row : m_table.rows)
        m_rows.push_back(Row{row.indicator, row.measure, row.cells, std::vector<std::optional<TargetDiff>>(row.cells.size()), {}});
    // Changes against the column to the left, for the same region only.
    for (std::size_t column = 1; column < m_table.columns.size(); ++column) {
        if (m_table.columns[column].region != m_table.columns[column - 1].region)
            continue;
        for (const TargetDiff &diff : diffTargets(m_table, column - 1, column)) {
            for (Row &row : m_rows) {
                if (row.indicator == diff.indicator && row.measure == diff.measure)
                    row.changes[column] = diff;
            }
        }
    }

    m_attainmentColumns.clear();
    std::map<std::pair<QString, int>, std::size_t> attainmentIndex;
    for (const AttainmentResult &result : assessAttainment(all)) {
        const auto key = std::make_pair(result.region, result.year);
        if (!attainmentIndex.contains(key)) {
            attainmentIndex[key] = m_attainmentColumns.size();
            m_attainmentColumns.push_back(AttainmentColumn{result.region, result.year});
        }
    }
    for (Row &row : m_rows)
        row.attainments.resize(m_attainmentColumns.size());
    for (const AttainmentResult &result : assessAttainment(all)) {
        const std::size_t column = attainmentIndex[std::make_pair(result.region, result.year)];
        auto found = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) {
            return row.indicator == result.indicator && row.measure == result.measure;
        });
        if (found == m_rows.end()) {
            Row row{result.indicator, result.measure, std::vector<std::optional<Observation>>(m_table.columns.size()),
                    std::vector<std::optional<TargetDiff>>(m_table.columns.size()),
                    std::vector<std::optional<AttainmentResult>>(m_attainmentColumns.size())};
            m_rows.push_back(std::move(row));
            found = m_rows.end() - 1;
        }
        found->attainments[column] = result;
    }
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : labelColumns + int(m_table.columns.size() + m_attainmentColumns.size());
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case IndicatorRole:
        return row.indicator;
    case MeasureRole:
        return toString(row.measure);
    case GroupRole:
        return IndicatorGroups::instance().groupOf(row.indicator);
    default:
        break;
    }
    const int column = index.column();
    if (column < labelColumns) {
        switch (role) {
        case Qt::DisplayRole:
            return column == 0 ? row.indicator : displayName(row.measure);
        case ColumnTypeRole:
            return u"indicator"_s;
        case SortRole: {
            if (column == 1)
                return int(row.measure);
            const qsizetype order = IndicatorLexicon::instance().canonicalNames().indexOf(row.indicator);
            return order < 0 ? 10000 + index.row() : int(order);
        }
        case Qt::ToolTipRole:
            return IndicatorGroups::displayName(IndicatorGroups::instance().groupOf(row.indicator));
        default:
            return {};
        }
    }
    const auto documentColumn = std::size_t(column - labelColumns);
    if (documentColumn < m_table.columns.size())
        return documentCell(row, documentColumn, role);
    return attainmentCell(row, documentColumn - m_table.columns.size(), role);
}

QVariant TargetsModel::documentCell(const Row &row, std::size_t column, int role) const
{
    const std::optional<Observation> &cell = row.cells[column];
    const std::optional<TargetDiff> &diff = row.changes[column];
    const TargetChange change = diff ? diff->change : TargetChange::Unchanged;
    const QualifierChange qualifierChange = diff ? diff->qualifierChange : QualifierChange::None;
    switch (role) {
    case Qt::DisplayRole: {
        if (!cell)
            return change == TargetChange::Dropped ? changeMark(change) + u' ' + displayName(change) : QString();
        QString text = formatFigure(*cell);
        if (const QString mark = changeMark(change); !mark.isEmpty())
            text += u' ' + mark;
        if (qualifierChange != QualifierChange::None)
            text += u' ' + displayName(qualifierChange);
        if (cell->editedByUser)
            text += u" ✎"_s;
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (cell) {
            lines << u"<b>%1</b> — %2"_s.arg(formatFigure(*cell).toHtmlEscaped(), m_table.columns[column].title.toHtmlEscaped());
            if (!cell->quote.isEmpty())
                lines << u"“%1”"_s.arg(cell->quote.toHtmlEscaped());
            if (cell->editedByUser)
                lines << tr("Corrected by you");
        }
        if (diff && change != TargetChange::Unchanged) {
            QString line = tr("Compared with the column to the left: %1").arg(displayName(change));
            if (diff->delta)
                line += u" (%1)"_s.arg(signedNumber(*diff->delta));
            lines << line;
        }
        if (qualifierChange != QualifierChange::None)
            lines << tr("Qualifier: %1").arg(displayName(qualifierChange));
        if (cell && !cell->quote.isEmpty())
            lines << u"<i>%1</i>"_s.arg(tr("Double-click to read it in the document").toHtmlEscaped());
        return lines.join(u"<br>"_s);
    }
    case Qt::BackgroundRole: {
        const QColor colour = changeBackground(change);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (qualifierChange == QualifierChange::Loosened)
            return QBrush(QColor(0xa0, 0x50, 0x00));
        return {};
    case Qt::FontRole:
        if (cell && cell->editedByUser) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ColumnTypeRole:
        return u"document"_s;
    case DocumentIdRole:
        return m_table.columns[column].documentId;
    case KindRole:
        return toString(m_kind);
    case YearRole:
        return cell ? cell->year : m_table.columns[column].year;
    case ChangeRole:
        return diff ? toString(change) : QString();
    case QualifierChangeRole:
        return qualifierChange == QualifierChange::None ? QString() : toString(qualifierChange);
    case EditedRole:
        return cell && cell->editedByUser;
    case SortRole:
        return cell && cell->value ? QVariant(*cell->value) : QVariant(-1e300);
    default:
        break;
    }
    if (!cell)
        return {};
    switch (role) {
    case ValueRole:
        return cell->value ? QVariant(*cell->value) : QVariant();
    case ValueMaxRole:
        return cell->valueMax ? QVariant(*cell->valueMax) : QVariant();
    case UnitRole:
        return cell->unit;
    case QualifierRole:
        return toString(cell->qualifier);
    case QuoteRole:
        return cell->quote;
    case QuoteStartRole:
        return qint64(cell->start);
    case QuoteEndRole:
        return qint64(cell->end);
    default:
        return {};
    }
}

QVariant TargetsModel::attainmentCell(const Row &row, std::size_t column, int role) const
{
    const std::optional<AttainmentResult> &result = row.attainments[column];
    switch (role) {
    case ColumnTypeRole:
        return u"attainment"_s;
    case YearRole:
        return m_attainmentColumns[column].year;
    default:
        break;
    }
    if (!result)
        return role == SortRole ? QVariant(-1e300) : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = displayName(result->result);
        if (result->margin)
            text += u" (%1)"_s.arg(signedNumber(*result->margin));
        return text;
    }
    case Qt::ToolTipRole:
        return tr("Target %1, actual %2").arg(formatFigure(result->target), formatFigure(result->actual));
    case Qt::BackgroundRole:
        if (result->result == Attainment::Met)
            return QBrush(QColor(0xdf, 0xf2, 0xdc));
        if (result->result == Attainment::Missed)
            return QBrush(QColor(0xfb, 0xe0, 0xdc));
        return {};
    case AttainmentRole:
        return toString(result->result);
    case MarginRole:
        return result->margin ? QVariant(*result->margin) : QVariant();
    case SortRole:
        return result->margin ? QVariant(*result->margin) : QVariant(-1e299);
    case ValueRole:
        return result->actual.value ? QVariant(*result->actual.value) : QVariant();
    case UnitRole:
        return result->actual.unit;
    case DocumentIdRole:
        return result->actual.documentId;
    case QuoteRole:
        return result->actual.quote;
    case QuoteStartRole:
        return qint64(result->actual.start);
    case QuoteEndRole:
        return qint64(result->actual.end);
    default:
        return {};
    }
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Indicator")) : QVariant();
    if (section == 1)
        return role == Qt::DisplayRole ? QVariant(tr("Measure")) : QVariant();
    const auto column = std::size_t(section - labelColumns);
    if (column < m_table.columns.size()) {
        const TargetColumn &c = m_table.columns[column];
        if (role == Qt::DisplayRole)
            return u"%1\n%2"_s.arg(c.region.isEmpty() ? c.title : c.region).arg(c.year);
        if (role == Qt::ToolTipRole)
            return c.title;
        if (role == DocumentIdRole)
            return c.documentId;
        return {};
    }
    const AttainmentColumn &a = m_attainmentColumns[column - m_table.columns.size()];
    if (role == Qt::DisplayRole)
        return tr("%1 %2\nattainment").arg(a.region).arg(a.year);
    if (role == Qt::ToolTipRole)
        return tr("Target of %1 against the actual reported for %1").arg(a.year);
    return {};
}

QHash<int, QByteArray> TargetsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IndicatorRole, "indicator"}, {MeasureRole, "measure"}, {GroupRole, "group"},
                  {ColumnTypeRole, "columnType"}, {DocumentIdRole, "documentId"}, {ValueRole, "value"},
                  {ValueMaxRole, "valueMax"}, {UnitRole, "unit"}, {QualifierRole, "qualifier"}, {KindRole, "kind"},
                  {YearRole, "year"}, {QuoteRole, "quote"}, {QuoteStartRole, "quoteStart"}, {QuoteEndRole, "quoteEnd"},
                  {ChangeRole, "change"}, {QualifierChangeRole, "qualifierChange"}, {AttainmentRole, "attainment"},
                  {MarginRole, "margin"}, {EditedRole, "edited"}, {SortRole, "sort"}});
    return names;
}

std::optional<Observation> TargetsModel::observationAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() < labelColumns)
        return std::nullopt;
    const auto column = std::size_t(index.column() - labelColumns);
    if (column >= m_table.columns.size())
        return std::nullopt;
    return m_rows[std::size_t(index.row())].cells[column];
}

qint64 TargetsModel::documentIdAt(int column) const
{
    const int documentColumn = column - labelColumns;
    if (documentColumn < 0 || std::size_t(documentColumn) >= m_table.columns.size())
        return 0;
    return m_table.columns[std::size_t(documentColumn)].documentId;
}

QString TargetsModel::indicatorAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)].indicator : QString();
}

Measure TargetsModel::measureAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)].measure : Measure::Growth;
}

QStringList TargetsModel::indicators() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (!names.contains(row.indicator))
            names << row.indicator;
    }
    return names;
}

} // namespace parallax
