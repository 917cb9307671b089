#pragma once

#include "core/store/librarystore.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace parallax {

/// The library as a tree: region → year (or plan period) → documents. Group labels carry the number
/// of documents below them ("吐鲁番市 (1)"). The model holds summaries only; it never touches the
/// store, so it can be fed from any source and tested without a database. GUI thread only.
class LibraryModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum class NodeType { Region, Year, Document };
    Q_ENUM(NodeType)

    enum Role {
        DocumentIdRole = Qt::UserRole + 1, ///< qint64, 0 for group rows
        RegionRole,      ///< region name (all rows)
        YearRole,        ///< int: planned year (first year of a plan period), else reviewed year; 0 unknown
        KindRole,        ///< document kind key ("work-report", "plan", "other"); documents only
        NodeTypeRole,    ///< int(NodeType)
        TitleRole,       ///< document title; documents only
        RegionLevelRole, ///< region level key ("prefecture", …); documents only
        SourcePathRole,  ///< source file; documents only
        CountRole,       ///< int: documents at or below this row
        FilterTextRole,  ///< text the library filter matches against (title, region, year)
    };

    explicit LibraryModel(QObject *parent = nullptr);
    ~LibraryModel() override;

    /// Replaces the content (a model reset).
    void setDocuments(std::vector<DocumentSummary> documents);
    [[nodiscard]] int documentCount() const;
    /// The summary of a document in the model, or nullptr.
    [[nodiscard]] const DocumentSummary *summary(qint64 id) const;
    [[nodiscard]] QModelIndex indexForDocument(qint64 id) const;
    /// Document ids in display order.
    [[nodiscard]] QList<qint64> documentIds() const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    [[nodiscard]] Node *nodeFor(const QModelIndex &index) const;
    [[nodiscard]] const std::vector<Node *> &childrenOf(const Node *node) const;
    [[nodiscard]] QString toolTip(const DocumentSummary &summary) const;

    std::vector<DocumentSummary> m_documents;
    std::vector<std::unique_ptr<Node>> m_nodes; ///< owns every node
    std::vector<Node *> m_regions;              ///< top-level rows
};

} // namespace parallax
