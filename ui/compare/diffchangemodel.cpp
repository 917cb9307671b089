#include "ui/compare/diffchangemodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString spanText(const QString &text, const TextSpan &span)
{
    return text.mid(span.start, span.length()).simplified();
}

QString elided(const QString &text)
{
    constexpr qsizetype limit = 60;
    return text.size() > limit ? text.left(limit) + u'…' : text;
}

} // namespace

DiffChangeModel::DiffChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiffChangeModel::setDiff(const QString &left, const QString &right, const WordDiff &diff)
{
    beginResetModel();
    m_left = left;
    m_right = right;
    m_diff = diff;
    rebuild();
    endResetModel();
}

void DiffChangeModel::clear()
{
    beginResetModel();
    m_left.clear();
    m_right.clear();
    m_diff = {};
    m_rows.clear();
    endResetModel();
}

void DiffChangeModel::setFiguresOnly(bool figuresOnly)
{
    if (m_figuresOnly == figuresOnly)
        return;
    beginResetModel();
    m_figuresOnly = figuresOnly;
    rebuild();
    endResetModel();
}

bool DiffChangeModel::isListed(DiffKind kind, bool figuresOnly)
{
    if (kind == DiffKind::Equal)
        return false;
    return !figuresOnly || kind == DiffKind::ChangedNumber;
}

void DiffChangeModel::rebuild()
{
    m_rows.clear();
    for (size_t i = 0; i < m_diff.chunks.size(); ++i) {
        if (isListed(m_diff.chunks[i].kind, m_figuresOnly))
            m_rows.push_back(int(i));
    }
}

int DiffChangeModel::chunkAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : -1;
}

int DiffChangeModel::rowOfChunk(int chunkIndex) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), chunkIndex);
    return it != m_rows.end() && *it == chunkIndex ? int(it - m_rows.begin()) : -1;
}

const DiffChunk *DiffChangeModel::chunk(int row) const
{
    const int index = chunkAt(row);
    return index >= 0 ? &m_diff.chunks[size_t(index)] : nullptr;
}

int DiffChangeModel::count(DiffKind kind) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [&](int index) { return m_diff.chunks[size_t(index)].kind == kind; }));
}

int DiffChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiffChangeModel::kindName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Equal:
        return tr("Unchanged");
    case DiffKind::Insert:
        return tr("Inserted");
    case DiffKind::Delete:
        return tr("Deleted");
    case DiffKind::Replace:
        return tr("Replaced");
    case DiffKind::ChangedNumber:
        return tr("Changed figure");
    case DiffKind::Moved:
        return tr("Moved");
    }
    return {};
}

QVariant DiffChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int chunkIndex = m_rows[size_t(index.row())];
    const DiffChunk &chunk = m_diff.chunks[size_t(chunkIndex)];
    const QString oldText = spanText(m_left, chunk.spans[LeftSide]);
    const QString newText = spanText(m_right, chunk.spans[RightSide]);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindName(chunk.kind);
        case OldColumn:
            return elided(oldText);
        case NewColumn:
            return elided(newText);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (chunk.kind == DiffKind::ChangedNumber)
            return tr("%1 → %2").arg(oldText, newText);
        return index.column() == OldColumn ? oldText : index.column() == NewColumn ? newText : kindName(chunk.kind);
    case Qt::ForegroundRole:
        if (index.column() == KindColumn) {
            switch (chunk.kind) {
            case DiffKind::ChangedNumber:
                return QBrush(QColor(0xb3, 0x5c, 0x00));
            case DiffKind::Moved:
                return QBrush(QColor(0x6a, 0x3d, 0x9a));
            case DiffKind::Delete:
                return QBrush(QColor(0xb0, 0x1e, 0x1e));
            case DiffKind::Insert:
                return QBrush(QColor(0x1e, 0x7a, 0x32));
            default:
                return {};
            }
        }
        return {};
    case KindRole:
        return int(chunk.kind);
    case ChunkIndexRole:
        return chunkIndex;
    case OldTextRole:
        return oldText;
    case NewTextRole:
        return newText;
    case OldStartRole:
        return chunk.spans[LeftSide].start;
    case NewStartRole:
        return chunk.spans[RightSide].start;
    case PartnerRowRole:
        return chunk.partner >= 0 ? rowOfChunk(chunk.partner) : -1;
    default:
        return {};
    }
}

QVariant DiffChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Change");
    case OldColumn:
        return tr("Base");
    case NewColumn:
        return tr("Compared");
    default:
        return {};
    }
}

QHash<int, QByteArray> DiffChangeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ChunkIndexRole, "chunkIndex");
    names.insert(OldTextRole, "oldText");
    names.insert(NewTextRole, "newText");
    names.insert(OldStartRole, "oldStart");
    names.insert(NewStartRole, "newStart");
    names.insert(PartnerRowRole, "partnerRow");
    return names;
}

} // namespace parallax
