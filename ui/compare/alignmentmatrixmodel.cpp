#include "ui/compare/alignmentmatrixmodel.h"

#include "ui/compare/alignmentoverride.h"
#include "ui/common/displaynames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace parallax {

AlignmentMatrixModel::AlignmentMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlignmentMatrixModel::setComparison(std::shared_ptr<const Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int AlignmentMatrixModel::rowOfUnit(int document, int unit) const
{
    if (!m_comparison)
        return -1;
    const auto &rows = m_comparison->matrix.rows;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (size_t(document) < rows[r].cells.size() && rows[r].cells[size_t(document)]
            && rows[r].cells[size_t(document)]->unit == unit)
            return int(r);
    }
    return -1;
}

int AlignmentMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->matrix.rows.size());
}

int AlignmentMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->documents.size());
}

const AlignUnit *AlignmentMatrixModel::unitAt(const QModelIndex &index) const
{
    if (!m_comparison || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const auto &cell = m_comparison->matrix.rows[size_t(index.row())].cells[size_t(index.column())];
    return cell ? m_comparison->unit(index.column(), cell->unit) : nullptr;
}

QString AlignmentMatrixModel::cellText(const QModelIndex &index) const
{
    const AlignUnit *unit = unitAt(index);
    if (!unit)
        return {};
    QString text = (unit->label + u' ' + unit->heading).trimmed();
    if (unit->paragraph >= 0 || text.isEmpty()) {
        // Paragraphs (and untitled sections) are named by their opening words.
        const auto &cell = m_comparison->matrix.rows[size_t(index.row())].cells[size_t(index.column())];
        const QString body = m_comparison->unitText(index.column(), cell->unit).simplified();
        const QString opening = body.left(28) + (body.size() > 28 ? u"…"_s : QString());
        text = text.isEmpty() ? opening : text + u" · "_s + opening;
    }
    return text;
}

QVariant AlignmentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_comparison || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlignmentRow &row = m_comparison->matrix.rows[size_t(index.row())];
    const auto &cell = row.cells[size_t(index.column())];
    const AlignUnit *unit = unitAt(index);
    const bool overridden = cell && m_comparison->overriddenCells.contains({index.column(), cell->unit});
    switch (role) {
    case Qt::DisplayRole:
        return unit ? cellText(index) : u"—"_s;
    case Qt::ToolTipRole: {
        if (!unit)
            return tr("No matching section in this document");
        QString tip = u"<b>%1</b><br>%2<br>%3"_s.arg(cellText(index).toHtmlEscaped(),
                                                      tr("Topic: %1").arg(row.topic.toHtmlEscaped()),
                                                      tr("Similarity: %1").arg(row.score, 0, 'f', 2));
        if (overridden)
            tip += u"<br>"_s + tr("Aligned by you");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return unit ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return unit ? QVariant() : QVariant(QBrush(QColor(0x9a, 0x9a, 0x9a)));
    case Qt::BackgroundRole:
        if (!unit)
            return QBrush(QColor(0xee, 0xee, 0xee), Qt::BDiagPattern);
        if (overridden)
            return QBrush(QColor(0xe8, 0xf0, 0xfe));
        return {};
    case Qt::FontRole:
        if (overridden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case UnitIndexRole:
        return cell ? cell->unit : -1;
    case IsEmptyRole:
        return !unit;
    case TopicRole:
        return row.topic;
    case ScoreRole:
        return row.score;
    case UnitPathRole:
        return unit ? unitKey(*unit) : QString();
    case HeadingRole:
        return unit ? (unit->label + u' ' + unit->heading).trimmed() : QString();
    case OverriddenRole:
        return overridden;
    case FilledCountRole:
        return int(std::count_if(row.cells.begin(), row.cells.end(), [](const auto &c) { return c.has_value(); }));
    default:
        return {};
    }
}

QString AlignmentMatrixModel::shortTitle(const DocumentMetadata &meta)
{
    const int year = meta.yearPlanned > 0 ? meta.yearPlanned : meta.yearReported;
    const QString years = yearText(year, meta.yearPlanned > 0 ? meta.periodEnd : 0);
    if (!meta.region.isEmpty())
        return years.isEmpty() ? meta.region : meta.region + u' ' + years;
    return meta.title;
}

QVariant AlignmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_comparison)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || size_t(section) >= m_comparison->documents.size())
            return {};
        const DocumentMetadata &meta = m_comparison->documents[size_t(section)].meta;
        if (role == Qt::DisplayRole)
            return shortTitle(meta);
        if (role == Qt::ToolTipRole)
            return u"%1<br>%2"_s.arg(meta.title.toHtmlEscaped(), displayName(meta.kind));
        return {};
    }
    if (section < 0 || size_t(section) >= m_comparison->matrix.rows.size())
        return {};
    const AlignmentRow &row = m_comparison->matrix.rows[size_t(section)];
    if (role == Qt::DisplayRole)
        return row.topic.isEmpty() ? QString::number(section + 1) : row.topic;
    if (role == Qt::ToolTipRole)
        return tr("Row %1 · similarity %2").arg(section + 1).arg(row.score, 0, 'f', 2);
    return {};
}

QHash<int, QByteArray> AlignmentMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UnitIndexRole, "unitIndex");
    names.insert(IsEmptyRole, "isEmpty");
    names.insert(TopicRole, "topic");
    names.insert(ScoreRole, "score");
    names.insert(UnitPathRole, "unitPath");
    names.insert(HeadingRole, "heading");
    names.insert(OverriddenRole, "overridden");
    names.insert(FilledCountRole, "filledCount");
    return names;
}

} // namespace parallax
