#pragma once

#include "core/store/librarystore.h"

#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace parallax {

class EmptyLibraryWidget;
class LibraryModel;
class SearchResultModel;

/// The library pane: documents grouped by region and year with a filter box, and full-text search
/// with its results below. Shows a welcome page while the library is empty. GUI thread only.
class LibraryView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryView)

public:
    explicit LibraryView(QWidget *parent = nullptr);

    /// The store searches run against (not owned; must outlive this view or be reset to nullptr).
    void setStore(const LibraryStore *store);
    void setDocuments(std::vector<DocumentSummary> documents);
    /// Selects (and reveals) a document without emitting documentActivated.
    void selectDocument(qint64 id);
    /// Documents selected in the tree, in display order (a selected group counts as its documents).
    [[nodiscard]] QList<qint64> selectedDocumentIds() const;
    /// Actions offered in the tree's context menu (compare, properties, delete…).
    void setContextActions(const QList<QAction *> &actions);
    void focusFilter();
    void focusSearch();
    /// Runs a full-text search as if typed into the search box; returns the number of hits.
    int search(const QString &query);

    [[nodiscard]] LibraryModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }
    [[nodiscard]] SearchResultModel *searchResults() const { return m_results; }
    [[nodiscard]] bool isShowingEmptyState() const;
    [[nodiscard]] EmptyLibraryWidget *emptyState() const { return m_emptyState; }

Q_SIGNALS:
    void documentActivated(qint64 id);
    void searchHitActivated(qint64 documentId, qsizetype matchStart, qsizetype matchLength);
    void importSamplesRequested();
    void importFilesRequested();
    /// The selection of documents changed (see selectedDocumentIds()).
    void selectionChanged();

private:
    void applyFilter(const QString &text);
    void onCurrentChanged(const QModelIndex &current);
    void onResultActivated(const QModelIndex &index);

    const LibraryStore *m_store = nullptr;
    LibraryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    SearchResultModel *m_results = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    EmptyLibraryWidget *m_emptyState = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QLabel *m_resultsLabel = nullptr;
    QListView *m_resultsView = nullptr;
    qint64 m_currentId = 0;
    bool m_selecting = false; ///< selection set by code: do not re-emit documentActivated
};

} // namespace parallax
