#include "ui/library/librarymodel.h"

#include "ui/common/displaynames.h"
#include "ui/library/regionpinyin.h"

#include <QCollator>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

struct LibraryModel::Node
{
    NodeType type = NodeType::Region;
    Node *parent = nullptr;
    int row = 0;
    QString region;
    int year = 0;
    int periodEnd = 0;
    int documentIndex = -1; ///< into m_documents, documents only
    int count = 0;
    std::vector<Node *> children;
};

namespace {

int groupYear(const DocumentMetadata &meta)
{
    return meta.yearPlanned > 0 ? meta.yearPlanned : meta.yearReported;
}

int groupPeriodEnd(const DocumentMetadata &meta)
{
    return meta.yearPlanned > 0 ? meta.periodEnd : 0;
}

QString displayTitle(const DocumentSummary &summary)
{
    if (!summary.meta.title.isEmpty())
        return summary.meta.title;
    return QFileInfo(summary.sourcePath).completeBaseName();
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

LibraryModel::~LibraryModel() = default;

void LibraryModel::setDocuments(std::vector<DocumentSummary> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    m_nodes.clear();
    m_regions.clear();

    QCollator collator;
    collator.setNumericMode(true);
    // Regions: higher administrative levels first (national, province, …), then by name; unknown last.
    auto levelRank = [](RegionLevel level) { return level == RegionLevel::Unknown ? 99 : int(level); };
    std::vector<int> order(m_documents.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const DocumentMetadata &ma = m_documents[size_t(a)].meta;
        const DocumentMetadata &mb = m_documents[size_t(b)].meta;
        if (ma.region.isEmpty() != mb.region.isEmpty())
            return mb.region.isEmpty();
        if (ma.region != mb.region) {
            // Keep all documents of one region together even if their levels disagree.
            return collator.compare(ma.region, mb.region) < 0;
        }
        if (groupYear(ma) != groupYear(mb))
            return groupYear(ma) > groupYear(mb); // newest first
        if (groupPeriodEnd(ma) != groupPeriodEnd(mb))
            return groupPeriodEnd(ma) > groupPeriodEnd(mb);
        return collator.compare(displayTitle(m_documents[size_t(a)]), displayTitle(m_documents[size_t(b)])) < 0;
    });

    auto makeNode = [this](NodeType type, Node *parentNode) {
        m_nodes.push_back(std::make_unique<Node>());
        Node *node = m_nodes.back().get();
        node->type = type;
        node->parent = parentNode;
        std::vector<Node *> &siblings = parentNode ? parentNode->children : m_regions;
        node->row = int(siblings.size());
        siblings.push_back(node);
        return node;
    };

    for (int documentIndex : order) {
        const DocumentMetadata &meta = m_documents[size_t(documentIndex)].meta;
        Node *regionNode = m_regions.empty() ? nullptr : m_regions.back();
        if (!regionNode || regionNode->region != meta.region) {
            regionNode = makeNode(NodeType::Region, nullptr);
            regionNode->region = meta.region;
        }
        Node *yearNode = regionNode->children.empty() ? nullptr : regionNode->children.back();
        if (!yearNode || yearNode->year != groupYear(meta) || yearNode->periodEnd != groupPeriodEnd(meta)) {
            yearNode = makeNode(NodeType::Year, regionNode);
            yearNode->region = meta.region;
            yearNode->year = groupYear(meta);
            yearNode->periodEnd = groupPeriodEnd(meta);
        }
        Node *documentNode = makeNode(NodeType::Document, yearNode);
        documentNode->region = meta.region;
        documentNode->year = groupYear(meta);
        documentNode->periodEnd = groupPeriodEnd(meta);
        documentNode->documentIndex = documentIndex;
        documentNode->count = 1;
        ++yearNode->count;
        ++regionNode->count;
    }

    // Regions ordered by level rank, then name; done after grouping so rows stay consistent.
    std::stable_sort(m_regions.begin(), m_regions.end(), [&](const Node *a, const Node *b) {
        auto rank = [&](const Node *node) {
            if (node->region.isEmpty())
                return 100;
            const Node *first = node->children.front()->children.front();
            return levelRank(m_documents[size_t(first->documentIndex)].meta.regionLevel);
        };
        return rank(a) < rank(b);
    });
    for (size_t i = 0; i < m_regions.size(); ++i)
        m_regions[i]->row = int(i);
    // Pinyin is computed once per region here (cached across resets), never in data().
    QStringList regions;
    for (const Node *region : m_regions)
        regions << region->region;
    warmRegionPinyin(regions);
    endResetModel();
}

int LibraryModel::documentCount() const
{
    return int(m_documents.size());
}

const DocumentSummary *LibraryModel::summary(qint64 id) const
{
    for (const DocumentSummary &summary : m_documents) {
        if (summary.id == id)
            return &summary;
    }
    return nullptr;
}

QModelIndex LibraryModel::indexForDocument(qint64 id) const
{
    for (const auto &node : m_nodes) {
        if (node->type == NodeType::Document && m_documents[size_t(node->documentIndex)].id == id)
            return createIndex(node->row, 0, node.get());
    }
    return {};
}

QList<qint64> LibraryModel::documentIds() const
{
    QList<qint64> ids;
    for (const Node *region : m_regions) {
        for (const Node *year : region->children) {
            for (const Node *document : year->children)
                ids.append(m_documents[size_t(document->documentIndex)].id);
        }
    }
    return ids;
}

LibraryModel::Node *LibraryModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

const std::vector<LibraryModel::Node *> &LibraryModel::childrenOf(const Node *node) const
{
    return node ? node->children : m_regions;
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<Node *> &children = childrenOf(nodeFor(parent));
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, children[size_t(row)]);
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeFor(parent)).size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString LibraryModel::toolTip(const DocumentSummary &summary) const
{
    const DocumentMetadata &meta = summary.meta;
    QStringList lines;
    lines << displayTitle(summary);
    lines << tr("Kind: %1").arg(displayName(meta.kind));
    lines << tr("Region: %1 (%2)")
                 .arg(meta.region.isEmpty() ? tr("unknown") : meta.region, displayName(meta.regionLevel));
    if (meta.yearReported > 0)
        lines << tr("Year reviewed: %1").arg(meta.yearReported);
    if (meta.yearPlanned > 0)
        lines << tr("Year planned: %1").arg(yearText(meta.yearPlanned, meta.periodEnd));
    if (!meta.date.isEmpty())
        lines << tr("Date: %1").arg(meta.date);
    lines << tr("Source file: %1").arg(summary.sourcePath);
    lines << tr("Encoding: %1").arg(summary.encoding.isEmpty() ? toString(summary.format).toUpper()
                                                                : summary.encoding);
    return lines.join(u'\n');
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DocumentSummary *document =
        node->type == NodeType::Document ? &m_documents[size_t(node->documentIndex)] : nullptr;

    switch (role) {
    case Qt::DisplayRole:
        switch (node->type) {
        case NodeType::Region:
            return tr("%1 (%2)").arg(node->region.isEmpty() ? tr("Unknown region") : node->region).arg(node->count);
        case NodeType::Year: {
            const QString year = yearText(node->year, node->periodEnd);
            return tr("%1 (%2)").arg(year.isEmpty() ? tr("Unknown year") : year).arg(node->count);
        }
        case NodeType::Document:
            return displayTitle(*document);
        }
        break;
    case Qt::ToolTipRole:
        if (document)
            return toolTip(*document);
        return {};
    case DocumentIdRole:
        return document ? document->id : qint64(0);
    case RegionRole:
        return node->region;
    case YearRole:
        return node->year;
    case KindRole:
        return document ? toString(document->meta.kind) : QVariant();
    case NodeTypeRole:
        return int(node->type);
    case TitleRole:
        return document ? displayTitle(*document) : QVariant();
    case RegionLevelRole:
        return document ? toString(document->meta.regionLevel) : QVariant();
    case SourcePathRole:
        return document ? document->sourcePath : QVariant();
    case CountRole:
        return node->count;
    case FilterTextRole:
        switch (node->type) {
        case NodeType::Region:
            // Pinyin too, so "tulufan" finds 吐鲁番 (cached per region, filled in setDocuments).
            return node->region + u' ' + regionPinyin(node->region);
        case NodeType::Year:
            return yearText(node->year, node->periodEnd);
        case NodeType::Document:
            return QStringList{displayTitle(*document), node->region, regionPinyin(node->region),
                               yearText(node->year, node->periodEnd), QString::number(document->meta.yearReported),
                               displayName(document->meta.kind)}
                .join(u' ');
        }
        break;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(RegionRole, "region");
    names.insert(YearRole, "year");
    names.insert(KindRole, "kind");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(TitleRole, "title");
    names.insert(RegionLevelRole, "regionLevel");
    names.insert(SourcePathRole, "sourcePath");
    names.insert(CountRole, "count");
    names.insert(FilterTextRole, "filterText");
    return names;
}

} // namespace parallax
