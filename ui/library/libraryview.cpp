#include "ui/library/libraryview.h"

#include "core/common/errortext.h"
#include "ui/library/emptylibrarywidget.h"
#include "ui/library/librarymodel.h"
#include "ui/library/regionpinyin.h"
#include "ui/library/searchresultmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace parallax {

LibraryView::LibraryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LibraryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_results(new SearchResultModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(LibraryModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_emptyState = new EmptyLibraryWidget(this);

    auto *content = new QWidget(this);
    m_filter = new QLineEdit(content);
    m_filter->setPlaceholderText(tr("Filter by title, region or year"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Library filter"));

    m_tree = new QTreeView(content);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    // Several documents can be selected (to compare or delete them).
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Library"));

    m_searchBox = new QLineEdit(content);
    m_searchBox->setPlaceholderText(tr("Search full text, press Enter"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setAccessibleName(tr("Full-text search"));

    m_resultsLabel = new QLabel(content);
    m_resultsLabel->setWordWrap(true);
    m_resultsView = new QListView(content);
    m_resultsView->setModel(m_results);
    m_resultsView->setWordWrap(true);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setTextElideMode(Qt::ElideRight);
    m_resultsView->setAccessibleName(tr("Search results"));

    auto *resultsPane = new QWidget(content);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_searchBox);
    resultsLayout->addWidget(m_resultsLabel);
    resultsLayout->addWidget(m_resultsView, 1);
    m_resultsLabel->hide();
    m_resultsView->hide();

    auto *splitter = new QSplitter(Qt::Vertical, content);
    m_splitter = splitter;
    auto *treePane = new QWidget(splitter);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_filter);
    treeLayout->addWidget(m_tree, 1);
    splitter->addWidget(treePane);
    splitter->addWidget(resultsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_filter, &QLineEdit::textChanged, this, &LibraryView::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::activated, this, &LibraryView::onCurrentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryView::selectionChanged);
    // ICU loads its transliteration rules on first use: do that on a worker, not on the first filter.
    (void)QtConcurrent::run([] { (void)regionPinyin(u"吐鲁番"_s); });
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] { search(m_searchBox->text()); });
    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_results->setHits({});
            m_resultsLabel->hide();
            m_resultsView->hide();
        }
    });
    connect(m_resultsView, &QListView::activated, this, &LibraryView::onResultActivated);
    connect(m_resultsView, &QListView::clicked, this, &LibraryView::onResultActivated);
    connect(m_emptyState, &EmptyLibraryWidget::importSamplesRequested, this, &LibraryView::importSamplesRequested);
    connect(m_emptyState, &EmptyLibraryWidget::importFilesRequested, this, &LibraryView::importFilesRequested);
}

void LibraryView::setStore(const LibraryStore *store)
{
    m_store = store;
}

void LibraryView::setDocuments(std::vector<DocumentSummary> documents)
{
    const bool empty = documents.empty();
    m_model->setDocuments(std::move(documents));
    m_tree->expandAll();
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (m_currentId != 0)
        selectDocument(m_currentId);
}

bool LibraryView::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void LibraryView::selectDocument(qint64 id)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexForDocument(id));
    if (!proxyIndex.isValid())
        return;
    m_currentId = id;
    m_selecting = true;
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
    m_selecting = false;
}

QList<qint64> LibraryView::selectedDocumentIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &index) {
        const qint64 id = index.data(LibraryModel::DocumentIdRole).toLongLong();
        if (id != 0) {
            if (!ids.contains(id))
                ids << id;
            return;
        }
        for (int row = 0; row < m_proxy->rowCount(index); ++row)
            collect(m_proxy->index(row, 0, index));
    };
    for (const QModelIndex &index : rows)
        collect(index);
    if (ids.isEmpty() && m_currentId != 0 && m_model->summary(m_currentId))
        ids << m_currentId;
    return ids;
}

void LibraryView::setContextActions(const QList<QAction *> &actions)
{
    m_tree->addActions(actions);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void LibraryView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void LibraryView::focusSearch()
{
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

void LibraryView::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
}

void LibraryView::onCurrentChanged(const QModelIndex &current)
{
    const qint64 id = current.data(LibraryModel::DocumentIdRole).toLongLong();
    if (id == 0 || m_selecting)
        return;
    m_currentId = id;
    Q_EMIT documentActivated(id);
}

int LibraryView::search(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (m_searchBox->text() != query)
        m_searchBox->setText(query);
    m_resultsLabel->show();
    if (trimmed.isEmpty() || !m_store) {
        m_results->setHits({});
        m_resultsLabel->setText(tr("Type a word or phrase and press Enter."));
        m_resultsView->hide();
        return 0;
    }
    auto hits = m_store->search(trimmed, 200);
    if (!hits) {
        m_results->setHits({});
        m_resultsLabel->setText(errorText(hits.error()));
        m_resultsView->hide();
        return 0;
    }
    const int count = int(hits->size());
    m_results->setHits(std::move(*hits));
    m_resultsLabel->setText(count == 0 ? tr("No matches for “%1”.").arg(trimmed)
                                       : tr("Matches for “%1”: %n", nullptr, count).arg(trimmed));
    m_resultsView->setVisible(count > 0);
    if (count > 0 && m_splitter->sizes().value(1) < m_splitter->height() / 3) {
        const int total = m_splitter->height();
        m_splitter->setSizes({total * 11 / 20, total * 9 / 20});
    }
    return count;
}

void LibraryView::onResultActivated(const QModelIndex &index)
{
    const SearchHit *hit = m_results->hit(index.row());
    if (!hit)
        return;
    selectDocument(hit->documentId);
    Q_EMIT searchHitActivated(hit->documentId, hit->matchStart, hit->matchLength);
}

} // namespace parallax
