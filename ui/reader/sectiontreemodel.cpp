#include "ui/reader/sectiontreemodel.h"

#include "ui/common/displaynames.h"

using namespace Qt::StringLiterals;

namespace parallax {

SectionTreeModel::SectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SectionTreeModel::setSections(std::vector<Section> sections)
{
    beginResetModel();
    m_sections = std::move(sections);
    m_locations.clear();
    indexChildren(m_sections, nullptr);
    endResetModel();
}

void SectionTreeModel::clear()
{
    setSections({});
}

void SectionTreeModel::indexChildren(const std::vector<Section> &children, const Section *parentSection)
{
    for (size_t row = 0; row < children.size(); ++row) {
        m_locations.insert(&children[row], Location{parentSection, int(row)});
        indexChildren(children[row].children, &children[row]);
    }
}

const std::vector<Section> &SectionTreeModel::childrenOf(const Section *section) const
{
    return section ? section->children : m_sections;
}

const Section *SectionTreeModel::section(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Section *>(index.internalPointer()) : nullptr;
}

QModelIndex SectionTreeModel::indexForPosition(qsizetype position) const
{
    QModelIndex found;
    QModelIndex parentIndex;
    const std::vector<Section> *level = &m_sections;
    while (true) {
        int chosen = -1;
        for (size_t row = 0; row < level->size(); ++row) {
            if ((*level)[row].start <= position)
                chosen = int(row);
            else
                break;
        }
        if (chosen < 0)
            return found;
        const Section &candidate = (*level)[size_t(chosen)];
        // Past the end of the candidate (text between sections): the candidate is still the
        // nearest heading above, but do not descend into its children.
        found = index(chosen, 0, parentIndex);
        if (position >= candidate.end)
            return found;
        parentIndex = found;
        level = &candidate.children;
    }
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<Section> &children = childrenOf(section(parent));
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, const_cast<Section *>(&children[size_t(row)]));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    const Section *node = section(child);
    if (!node)
        return {};
    const Section *parentSection = m_locations.value(node).parent;
    if (!parentSection)
        return {};
    return createIndex(m_locations.value(parentSection).row, 0, const_cast<Section *>(parentSection));
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(section(parent)).size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    const Section *node = section(index);
    if (!node || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        // Untitled sections (the opening before the first heading) are named by what they do.
        const QString heading =
            node->heading.isEmpty() ? tr("(%1)").arg(displayName(node->role)) : node->heading;
        if (node->label.isEmpty())
            return heading;
        // Implied labels were not in the source; show them in brackets so nobody quotes them.
        return node->labelImplied ? u"[%1] %2"_s.arg(node->label, heading) : u"%1 %2"_s.arg(node->label, heading);
    }
    case Qt::ToolTipRole: {
        QString tip = node->label.isEmpty() ? node->heading : node->label + u' ' + node->heading;
        tip += u'\n' + tr("Role: %1").arg(displayName(node->role));
        if (!node->topic.isEmpty())
            tip += u'\n' + tr("Topic: %1").arg(node->topic);
        if (node->labelImplied)
            tip += u'\n' + tr("Numbering recovered from the sibling headings");
        return tip;
    }
    case LabelRole:
        return node->label;
    case HeadingRole:
        return node->heading;
    case LevelRole:
        return node->level;
    case RoleRole:
        return toString(node->role);
    case StartRole:
        return QVariant::fromValue(node->start);
    case EndRole:
        return QVariant::fromValue(node->end);
    case BodyStartRole:
        return QVariant::fromValue(node->bodyStart);
    default:
        return {};
    }
}

QHash<int, QByteArray> SectionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(LabelRole, "label");
    names.insert(HeadingRole, "heading");
    names.insert(LevelRole, "level");
    names.insert(RoleRole, "role");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(BodyStartRole, "bodyStart");
    return names;
}

} // namespace parallax
