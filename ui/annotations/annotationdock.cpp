#include "ui/annotations/annotationdock.h"

#include "ui/annotations/annotationcontroller.h"
#include "ui/annotations/annotationfiltermodel.h"
#include "ui/annotations/annotationmodel.h"
#include "ui/annotations/annotationstyle.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

AnnotationDock::AnnotationDock(AnnotationController *controller, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_controller(controller)
    , m_filter(new AnnotationFilterModel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"annotationDock"_s);
    auto *content = new QWidget(this);
    m_filterEdit = new QLineEdit(content);
    m_filterEdit->setObjectName(u"annotationFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter quotes, notes and tags"));
    m_filterEdit->setClearButtonEnabled(true);
    m_tags = new QComboBox(content);
    m_tags->setObjectName(u"annotationTags"_s);
    m_tags->setToolTip(tr("Show annotations with this tag"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tags->addItem(tr("All tags"), QString());
    m_colors = new QComboBox(content);
    m_colors->setObjectName(u"annotationColors"_s);
    m_colors->setToolTip(tr("Show annotations of this colour"));
    m_colors->addItem(tr("All colours"), -1);
    for (HighlightColor color : kHighlightColors)
        m_colors->addItem(highlightIcon(color), displayName(color), int(color));
    m_scope = new QComboBox(content);
    m_scope->setObjectName(u"annotationScope"_s);
    m_scope->addItem(tr("This document"), int(Scope::CurrentDocument));
    m_scope->addItem(tr("All documents"), int(Scope::AllDocuments));
    m_showArchived = new QCheckBox(tr("Show &archived"), content);
    m_showArchived->setObjectName(u"annotationShowArchived"_s);
    m_showArchived->setToolTip(tr("Notes whose document was deleted from the library"));
    m_showArchived->setChecked(true);

    m_filter->setSourceModel(controller->model());
    m_table = new QTableView(content);
    m_table->setObjectName(u"annotationTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1,
                          Qt::AscendingOrder); // the store's order (document, text) until a header is clicked
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 10,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(AnnotationModel::DocumentColumn, 200);
    header->resizeSection(AnnotationModel::SectionColumn, 200);
    header->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnnotationModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(AnnotationModel::TagsColumn, 120);
    // Wide enough for the longest date and time the locale writes.
    const QString longestTime =
        QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(AnnotationModel::ModifiedColumn,
                          m_table->fontMetrics().horizontalAdvance(longestTime) + 24);

    m_summary = new QLabel(content);
    m_summary->setObjectName(u"annotationSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_goToAction = new QAction(tr("&Show in Reader"), this);
    m_editAction = new QAction(tr("&Edit Note…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the table: Delete elsewhere (the library, text fields) keeps its own meaning.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setStatusTip(tr("Delete the selected annotations (can be undone)"));
    m_exportAction = new QAction(tr("E&xport…"), this);
    m_exportAction->setStatusTip(tr("Write the annotations shown to a CSV or Markdown file"));
    m_table->addAction(m_editAction);
    m_table->addAction(m_deleteAction);

    auto makeButton = [content](QAction *action) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_tags);
    filters->addWidget(m_colors);
    filters->addWidget(m_scope);
    filters->addWidget(m_showArchived);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(makeButton(m_editAction));
    bottom->addWidget(makeButton(m_deleteAction));
    bottom->addWidget(makeButton(m_exportAction));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setWidget(content);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setText);
    connect(m_tags, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tags->currentData().toString()); });
    connect(m_colors, &QComboBox::currentIndexChanged, this, [this] {
        const int color = m_colors->currentData().toInt();
        m_filter->setColor(color < 0 ? std::nullopt : std::optional<HighlightColor>(HighlightColor(color)));
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (scope() == Scope::AllDocuments)
            m_filter->setDocument(std::nullopt);
        else
            m_filter->setDocument(m_controller->currentDocumentId());
        scheduleRefresh();
    });
    connect(m_showArchived, &QCheckBox::toggled, m_filter, &AnnotationFilterModel::setShowArchived);
    connect(controller, &AnnotationController::currentDocumentChanged, this, [this](qint64 id) {
        if (scope() == Scope::CurrentDocument)
            m_filter->setDocument(id);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        m_controller->goToAnnotation(index.data(AnnotationModel::IdRole).toLongLong());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &AnnotationDock::showContextMenu);
    connect(m_goToAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            m_controller->goToAnnotation(id);
    });
    connect(m_editAction, &QAction::triggered, this, &AnnotationDock::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &AnnotationDock::deleteSelected);
    connect(m_exportAction, &QAction::triggered, this, &AnnotationDock::exportShown);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnnotationDock::updateActions);

    // Tags and counts follow the model, recomputed once per burst of changes.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &AnnotationDock::refreshTagsAndSummary);
    AnnotationModel *model = controller->model();
    connect(model, &QAbstractItemModel::modelReset, this, &AnnotationDock::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AnnotationDock::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AnnotationDock::scheduleRefresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &AnnotationDock::scheduleRefresh);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnnotationDock::scheduleRefresh);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AnnotationDock::scheduleRefresh);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AnnotationDock::scheduleRefresh);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnnotationDock::scheduleRefresh);

    setScope(Scope::AllDocuments);
    refreshTagsAndSummary();
    updateActions();
}

void AnnotationDock::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    if (scope == Scope::AllDocuments)
        m_filter->setDocument(std::nullopt);
    else
        m_filter->setDocument(m_controller->currentDocumentId());
}

AnnotationDock::Scope AnnotationDock::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void AnnotationDock::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

QString AnnotationDock::summaryText() const
{
    return m_summary->text();
}

void AnnotationDock::refreshTagsAndSummary()
{
    const AnnotationModel *model = m_controller->model();
    const QString current = m_tags->currentData().toString();
    const QStringList tags = model->allTags();
    QStringList shown;
    for (int i = 1; i < m_tags->count(); ++i)
        shown << m_tags->itemData(i).toString();
    if (shown != tags) {
        const QSignalBlocker blocker(m_tags);
        while (m_tags->count() > 1)
            m_tags->removeItem(1);
        for (const QString &tag : tags)
            m_tags->addItem(tag, tag);
        const int index = m_tags->findData(current);
        m_tags->setCurrentIndex(std::max(0, index));
        if (index < 0)
            m_filter->setTag(QString()); // the tag went away with its last annotation
    }

    int archived = 0;
    int orphaned = 0;
    for (const Annotation &annotation : model->annotations()) {
        if (annotation.isArchived())
            ++archived;
        else if (annotation.status == AnchorStatus::Orphaned)
            ++orphaned;
    }
    QStringList parts;
    parts << tr("Showing %1 of %n annotation(s)", nullptr, model->rowCount()).arg(m_filter->rowCount());
    if (archived > 0)
        parts << (m_filter->showArchived() ? tr("%n archived", nullptr, archived)
                                           : tr("%n archived (hidden)", nullptr, archived));
    if (orphaned > 0)
        parts << tr("%n not found in the current text", nullptr, orphaned);
    m_summary->setText(parts.join(u" · "_s));
    updateActions();
}

bool AnnotationDock::selectAnnotation(qint64 id)
{
    const AnnotationModel *model = m_controller->model();
    const int row = model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(model->index(row, 0));
    if (!index.isValid())
        return false; // filtered out
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 AnnotationDock::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(AnnotationModel::IdRole).toLongLong() : 0;
}

QList<qint64> AnnotationDock::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(AnnotationModel::IdRole).toLongLong();
    return ids;
}

void AnnotationDock::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_goToAction->setEnabled(selected);
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_exportAction->setEnabled(m_filter->rowCount() > 0);
}

void AnnotationDock::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        m_controller->deleteAnnotations(ids);
}

void AnnotationDock::editCurrent()
{
    if (const qint64 id = currentId())
        m_controller->editAnnotationInteractively(id);
}

void AnnotationDock::exportShown()
{
    if (m_filter->rowCount() == 0)
        return;
    const QString csvFilter = tr("CSV for spreadsheets (*.csv)");
    const QString markdownFilter = tr("Markdown (*.md)");
    auto *dialog = new QFileDialog(this, tr("Export Annotations"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({csvFilter, markdownFilter});
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setDirectory(QSettings().value(u"annotations/exportDirectory"_s).toString());
    dialog->selectFile(tr("annotations"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, markdownFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == markdownFilter ? u"md"_s : u"csv"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(u"annotations/exportDirectory"_s, QFileInfo(path).absolutePath());
        const bool markdown = path.endsWith(u".md"_s, Qt::CaseInsensitive) ||
                              path.endsWith(u".markdown"_s, Qt::CaseInsensitive);
        // What the table shows, in its order.
        std::vector<Annotation> annotations;
        annotations.reserve(size_t(m_filter->rowCount()));
        const AnnotationModel *model = m_controller->model();
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
            if (const Annotation *annotation = model->annotationAt(source.row()))
                annotations.push_back(*annotation);
        }
        m_controller->exportAnnotations(
            path, markdown ? AnnotationExportFormat::Markdown : AnnotationExportFormat::Csv,
            std::move(annotations));
    });
    dialog->open();
}

void AnnotationDock::showContextMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_goToAction);
    menu->addAction(m_editAction);
    menu->addAction(m_deleteAction);
    menu->addSeparator();
    menu->addAction(m_exportAction);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace parallax
