#include "ui/compare/compareworkspace.h"

#include "core/common/errortext.h"
#include "ui/compare/alignmentmatrixmodel.h"
#include "ui/compare/comparecontroller.h"
#include "ui/compare/comparedialog.h"
#include "ui/compare/compareview.h"
#include "ui/compare/diffchangemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

const auto kOverridesKey = u"compare/alignmentOverrides"_s;
const auto kRecentKey = u"compare/recent"_s;
constexpr int kRecentLimit = 10;

QString idsText(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

CompareWorkspace::CompareWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_controller(new CompareController(this))
    , m_matrix(new AlignmentMatrixModel(this))
    , m_view(new CompareView(this))
{
    setObjectName(u"compareWorkspace"_s);
    m_options.depth = AlignDepth::SecondLevel;
    const QSettings settings;
    const QStringList stored = settings.value(kOverridesKey).toStringList();
    for (const QString &line : stored) {
        if (auto parsed = AlignmentOverride::fromString(line))
            m_overrides.append(*parsed);
    }
    m_options.depth = AlignDepth(std::clamp(settings.value(u"compare/depth"_s, int(AlignDepth::SecondLevel)).toInt(), 0,
                                            int(AlignDepth::Paragraphs)));
    m_ignorePunctuation = settings.value(u"compare/ignorePunctuation"_s, true).toBool();

    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(u"alignmentMatrix"_s);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setWordWrap(false);
    m_matrixView->setTextElideMode(Qt::ElideRight);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 8);
    m_matrixView->verticalHeader()->setMaximumWidth(170);
    m_matrixView->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_matrixView->setAccessibleName(tr("Alignment matrix"));
    m_matrixView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_changeView = new QTreeView(this);
    m_changeView->setObjectName(u"changeList"_s);
    m_changeView->setModel(m_view->changeModel());
    m_changeView->setRootIsDecorated(false);
    m_changeView->setUniformRowHeights(true);
    m_changeView->setAlternatingRowColors(true);
    m_changeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeView->setAccessibleName(tr("Changes"));
    m_changeView->header()->setStretchLastSection(true);
    m_changeView->setColumnWidth(DiffChangeModel::KindColumn, 110);
    m_changeView->setColumnWidth(DiffChangeModel::OldColumn, 160);

    createToolBar();

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_matrixView);
    left->addWidget(m_changeView);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"compareSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({430, 1100});

    auto *empty = new QWidget(this);
    auto *emptyLabel = new QLabel(
        tr("<h3>Compare documents</h3><p>Select two or more documents in the library and press "
           "<b>Ctrl+Shift+C</b>, or choose them here.</p><p>Sections are aligned by content and topic; "
           "changed wording, changed figures and moved sentences are marked.</p>"),
        empty);
    emptyLabel->setWordWrap(true);
    emptyLabel->setAlignment(Qt::AlignCenter);
    auto *chooseButton = new QPushButton(tr("Choose Documents…"), empty);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyLabel);
    emptyLayout->addWidget(chooseButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    connect(chooseButton, &QPushButton::clicked, this, &CompareWorkspace::chooseDocuments);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);
    layout()->addWidget(m_stack);

    connect(m_controller, &CompareController::alignmentStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancelAction->setVisible(true);
        m_status->setText(tr("Aligning…"));
    });
    connect(m_controller, &CompareController::alignmentProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_controller, &CompareController::alignmentFinished, this, &CompareWorkspace::onAlignmentFinished);
    connect(m_controller, &CompareController::alignmentCancelled, this, [this] {
        m_progress->hide();
        m_cancelAction->setVisible(false);
        m_status->setText(tr("Alignment cancelled"));
    });
    connect(m_controller, &CompareController::alignmentFailed, this, [this](const Error &error) {
        m_progress->hide();
        m_cancelAction->setVisible(false);
        m_status->setText(errorText(error));
        Q_EMIT failed(error);
    });
    connect(m_controller, &CompareController::diffFinished, this, &CompareWorkspace::onDiffFinished);
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_row)
                    selectRow(current.row());
            });
    connect(m_matrixView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompareWorkspace::updateActions);
    connect(m_changeView, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { m_view->goToChange(index.row()); });
    connect(m_changeView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { m_view->goToChange(index.row()); });
    connect(m_view, &CompareView::currentChangeChanged, this, [this](int row, int) {
        if (row >= 0) {
            const QModelIndex index = m_view->changeModel()->index(row, 0);
            m_changeView->setCurrentIndex(index);
            m_changeView->scrollTo(index);
        }
        updateSummary();
    });
    connect(m_view, &CompareView::targetChanged, this, &CompareWorkspace::updateSummary);
    updateActions();
}

CompareWorkspace::~CompareWorkspace() = default;

void CompareWorkspace::createToolBar()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"compareToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_chooseAction = toolBar->addAction(tr("Choose Documents…"), this, &CompareWorkspace::chooseDocuments);
    m_chooseAction->setToolTip(tr("Pick the documents to compare"));
    m_recentMenu = new QMenu(this);
    m_recentButton = new QToolButton(toolBar);
    m_recentButton->setText(tr("Recent"));
    m_recentButton->setMenu(m_recentMenu);
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentButton->setToolTip(tr("Recent comparisons"));
    toolBar->addWidget(m_recentButton);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &CompareWorkspace::fillRecentMenu);
    toolBar->addSeparator();

    toolBar->addWidget(new QLabel(tr("Depth:"), toolBar));
    m_depthBox = new QComboBox(toolBar);
    m_depthBox->addItem(tr("Top level"), int(AlignDepth::TopLevel));
    m_depthBox->addItem(tr("Second level"), int(AlignDepth::SecondLevel));
    m_depthBox->addItem(tr("Paragraphs"), int(AlignDepth::Paragraphs));
    m_depthBox->setCurrentIndex(m_depthBox->findData(int(m_options.depth)));
    m_depthBox->setToolTip(tr("Which sections are aligned"));
    toolBar->addWidget(m_depthBox);
    connect(m_depthBox, &QComboBox::activated, this,
            [this](int index) { setDepth(AlignDepth(m_depthBox->itemData(index).toInt())); });
    toolBar->addWidget(new QLabel(u"  "_s + tr("Base:"), toolBar));
    m_baseBox = new QComboBox(toolBar);
    m_baseBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseBox->setToolTip(tr("The document the others are compared with"));
    toolBar->addWidget(m_baseBox);
    connect(m_baseBox, &QComboBox::activated, this, &CompareWorkspace::setBase);
    toolBar->addSeparator();

    m_ignorePunctuationAction = toolBar->addAction(tr("Ignore Punctuation Variants"));
    m_ignorePunctuationAction->setCheckable(true);
    m_ignorePunctuationAction->setChecked(m_ignorePunctuation);
    m_ignorePunctuationAction->setToolTip(tr("Treat full-width and half-width punctuation as equal"));
    connect(m_ignorePunctuationAction, &QAction::toggled, this, &CompareWorkspace::setIgnorePunctuation);
    m_figuresOnlyAction = toolBar->addAction(tr("Figures Only"));
    m_figuresOnlyAction->setCheckable(true);
    m_figuresOnlyAction->setToolTip(tr("Mark and list only changed figures"));
    connect(m_figuresOnlyAction, &QAction::toggled, this, &CompareWorkspace::setFiguresOnly);
    toolBar->addSeparator();

    m_previousAction = toolBar->addAction(tr("◀ Previous"), this, &CompareWorkspace::previousChange);
    m_previousAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousAction->setToolTip(tr("Previous change (Shift+F7, Alt+Up)"));
    m_nextAction = toolBar->addAction(tr("Next ▶"), this, &CompareWorkspace::nextChange);
    m_nextAction->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextAction->setToolTip(tr("Next change (F7, Alt+Down)"));
    addAction(m_previousAction);
    addAction(m_nextAction);
    toolBar->addSeparator();

    m_linkAction = toolBar->addAction(tr("Link"), this, [this] {
        const QModelIndexList selected = m_matrixView->selectionModel()->selectedIndexes();
        if (selected.size() == 2)
            linkCells(selected[0], selected[1]);
    });
    m_linkAction->setToolTip(tr("Align the two selected sections with each other (select one cell in each of two columns)"));
    m_unlinkAction = toolBar->addAction(tr("Unlink"), this,
                                        [this] { unlinkCell(m_matrixView->currentIndex()); });
    m_unlinkAction->setToolTip(tr("Take the selected section out of its row"));
    m_resetAction = toolBar->addAction(tr("Reset Alignment"), this, &CompareWorkspace::resetOverrides);
    m_resetAction->setToolTip(tr("Forget your links and unlinks for these documents"));
    m_matrixView->addAction(m_linkAction);
    m_matrixView->addAction(m_unlinkAction);
    m_matrixView->addAction(m_resetAction);

    m_progress = new QProgressBar(toolBar);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setVisible(false);
    connect(m_cancelAction, &QAction::triggered, this, &CompareWorkspace::cancel);
    m_status = new QLabel(toolBar);
    m_summary = new QLabel(toolBar);
    m_summary->setObjectName(u"compareSummary"_s);

    auto *statusBar = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(statusBar);
    statusLayout->setContentsMargins(6, 2, 6, 2);
    statusLayout->addWidget(m_summary, 1);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_progress);
    auto *cancelButton = new QToolButton(statusBar);
    cancelButton->setDefaultAction(m_cancelAction);
    statusLayout->addWidget(cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(statusBar);
}

void CompareWorkspace::setLibrary(const QString &databasePath, const std::vector<DocumentSummary> &documents)
{
    m_databasePath = databasePath;
    m_library = documents;
    m_controller->setDatabasePath(databasePath);
}

void CompareWorkspace::compare(const QList<qint64> &ids)
{
    if (ids.size() < 2)
        return;
    m_ids = ids;
    m_base = 0;
    m_controller->compare(ids, m_options, m_overrides);
}

void CompareWorkspace::compareDocuments(std::vector<Document> documents)
{
    if (documents.size() < 2)
        return;
    m_ids.clear();
    m_base = 0;
    m_controller->compareDocuments(std::move(documents), m_options, m_overrides);
}

void CompareWorkspace::realign()
{
    if (!m_comparison)
        return;
    m_controller->compareDocuments(m_comparison->documents, m_options, m_overrides);
}

void CompareWorkspace::cancel()
{
    m_controller->cancel();
}

void CompareWorkspace::chooseDocuments()
{
    auto *dialog = new CompareDialog(m_library, m_ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { compare(dialog->checkedIds()); });
    dialog->open();
}

void CompareWorkspace::setDepth(AlignDepth depth)
{
    m_depthBox->setCurrentIndex(m_depthBox->findData(int(depth)));
    if (m_options.depth == depth)
        return;
    m_options.depth = depth;
    QSettings().setValue(u"compare/depth"_s, int(depth));
    realign();
}

void CompareWorkspace::setBase(int document)
{
    if (!m_comparison || document < 0 || size_t(document) >= m_comparison->documents.size() || document == m_base)
        return;
    m_base = document;
    m_baseBox->setCurrentIndex(document);
    if (m_row >= 0)
        m_controller->diffRow(m_comparison, m_row, m_base, diffOptions());
}

void CompareWorkspace::setIgnorePunctuation(bool ignore)
{
    m_ignorePunctuationAction->setChecked(ignore);
    if (m_ignorePunctuation == ignore)
        return;
    m_ignorePunctuation = ignore;
    QSettings().setValue(u"compare/ignorePunctuation"_s, ignore);
    if (m_comparison && m_row >= 0)
        m_controller->diffRow(m_comparison, m_row, m_base, diffOptions());
}

void CompareWorkspace::setFiguresOnly(bool figuresOnly)
{
    m_figuresOnlyAction->setChecked(figuresOnly);
    m_view->setFiguresOnly(figuresOnly);
}

DiffOptions CompareWorkspace::diffOptions() const
{
    DiffOptions options;
    options.ignorePunctuationVariants = m_ignorePunctuation;
    return options;
}

void CompareWorkspace::onAlignmentFinished(std::shared_ptr<const Comparison> comparison)
{
    m_progress->hide();
    m_cancelAction->setVisible(false);
    m_status->clear();
    const bool sameDocuments = m_comparison && comparison
                               && m_comparison->documents.size() == comparison->documents.size();
    const int previousRow = m_row;
    m_comparison = std::move(comparison);
    m_matrix->setComparison(m_comparison);
    m_row = -1;
    if (!sameDocuments)
        m_base = 0;

    QStringList titles;
    m_baseBox->clear();
    for (const Document &document : m_comparison->documents) {
        const QString title = AlignmentMatrixModel::shortTitle(document.meta);
        titles << title;
        m_baseBox->addItem(title);
    }
    m_baseBox->setCurrentIndex(m_base);
    m_view->setDocumentTitles(titles);
    m_stack->setCurrentIndex(1);
    rememberRecent();

    int row = sameDocuments && previousRow >= 0 && previousRow < m_matrix->rowCount() ? previousRow : -1;
    if (row < 0) {
        // Start at the first row every document takes part in.
        const int columns = m_matrix->columnCount();
        for (int r = 0; r < m_matrix->rowCount() && row < 0; ++r) {
            if (m_matrix->index(r, 0).data(AlignmentMatrixModel::FilledCountRole).toInt() == columns)
                row = r;
        }
        if (row < 0)
            row = nextRowWithPair(-1, 1);
    }
    if (row >= 0)
        selectRow(row);
    updateActions();
    updateSummary();
    Q_EMIT comparisonShown();
}

void CompareWorkspace::selectRow(int row)
{
    if (!m_comparison || row < 0 || row >= m_matrix->rowCount())
        return;
    m_row = row;
    const QModelIndex current = m_matrixView->currentIndex();
    if (!current.isValid() || current.row() != row) {
        const QModelIndex index = m_matrix->index(row, current.isValid() ? current.column() : m_base);
        m_matrixView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    m_matrixView->scrollTo(m_matrix->index(row, 0));
    m_controller->diffRow(m_comparison, row, m_base, diffOptions());
}

void CompareWorkspace::onDiffFinished(const RowDiff &diff)
{
    if (!m_comparison || diff.row != m_row || diff.base != m_base)
        return;
    QStringList sectionTitles;
    for (int d = 0; d < m_matrix->columnCount(); ++d)
        sectionTitles << m_matrix->index(diff.row, d).data(AlignmentMatrixModel::HeadingRole).toString();
    m_view->setRowDiff(diff, sectionTitles);
    const PendingChange pending = std::exchange(m_pending, PendingChange::None);
    if (pending == PendingChange::First && m_view->changeModel()->changeCount() > 0)
        m_view->goToChange(0);
    else if (pending == PendingChange::Last && m_view->changeModel()->changeCount() > 0)
        m_view->goToChange(m_view->changeModel()->changeCount() - 1);
    updateSummary();
    Q_EMIT rowShown(diff.row);
}

int CompareWorkspace::nextRowWithPair(int from, int step) const
{
    for (int r = from + step; r >= 0 && r < m_matrix->rowCount(); r += step) {
        const QModelIndex index = m_matrix->index(r, 0);
        if (index.data(AlignmentMatrixModel::FilledCountRole).toInt() >= 2
            && !m_matrix->index(r, m_base).data(AlignmentMatrixModel::IsEmptyRole).toBool())
            return r;
    }
    return -1;
}

bool CompareWorkspace::nextChange()
{
    if (!m_comparison)
        return false;
    if (m_view->rowDiff().row == m_row && m_view->nextChange())
        return true;
    const int row = nextRowWithPair(m_row, 1);
    if (row < 0)
        return false;
    m_pending = PendingChange::First;
    selectRow(row);
    return true;
}

bool CompareWorkspace::previousChange()
{
    if (!m_comparison)
        return false;
    if (m_view->rowDiff().row == m_row && m_view->previousChange())
        return true;
    const int row = nextRowWithPair(m_row, -1);
    if (row < 0)
        return false;
    m_pending = PendingChange::Last;
    selectRow(row);
    return true;
}

bool CompareWorkspace::linkCells(const QModelIndex &first, const QModelIndex &second)
{
    if (!m_comparison || !first.isValid() || !second.isValid() || first.column() == second.column())
        return false;
    const int firstUnit = first.data(AlignmentMatrixModel::UnitIndexRole).toInt();
    const int secondUnit = second.data(AlignmentMatrixModel::UnitIndexRole).toInt();
    const AlignUnit *a = m_comparison->unit(first.column(), firstUnit);
    const AlignUnit *b = m_comparison->unit(second.column(), secondUnit);
    if (!a || !b)
        return false;
    AlignmentOverride override;
    override.link = true;
    override.depth = m_comparison->depth;
    override.leftHash = m_comparison->documents[size_t(first.column())].contentHash;
    override.leftPath = unitKey(*a);
    override.rightHash = m_comparison->documents[size_t(second.column())].contentHash;
    override.rightPath = unitKey(*b);
    applyNewOverride(override);
    const int row = m_matrix->rowOfUnit(first.column(), firstUnit);
    m_row = -1;
    selectRow(row);
    return true;
}

bool CompareWorkspace::unlinkCell(const QModelIndex &cell)
{
    if (!m_comparison || !cell.isValid())
        return false;
    const int unitIndex = cell.data(AlignmentMatrixModel::UnitIndexRole).toInt();
    const AlignUnit *unit = m_comparison->unit(cell.column(), unitIndex);
    if (!unit)
        return false;
    const AlignmentRow &row = m_comparison->matrix.rows[size_t(cell.row())];
    QList<AlignmentOverride> added;
    for (size_t d = 0; d < row.cells.size(); ++d) {
        if (int(d) == cell.column() || !row.cells[d])
            continue;
        const AlignUnit *other = m_comparison->unit(int(d), row.cells[d]->unit);
        AlignmentOverride override;
        override.link = false;
        override.depth = m_comparison->depth;
        override.leftHash = m_comparison->documents[d].contentHash;
        override.leftPath = unitKey(*other);
        override.rightHash = m_comparison->documents[size_t(cell.column())].contentHash;
        override.rightPath = unitKey(*unit);
        addAlignmentOverride(m_overrides, override);
        added << override;
    }
    if (added.isEmpty())
        return false;
    // Applied to a copy: the matrix changes at once, no realignment needed. The first unlink moves
    // the cell out of the row; the others find the units already apart.
    auto updated = std::make_shared<Comparison>(*m_comparison);
    applyAlignmentOverrides(*updated, added);
    saveOverrides();
    const int keepRow = cell.row();
    m_comparison = updated;
    m_matrix->setComparison(m_comparison);
    m_row = -1;
    selectRow(std::min(keepRow, m_matrix->rowCount() - 1));
    return true;
}

void CompareWorkspace::applyNewOverride(const AlignmentOverride &override)
{
    addAlignmentOverride(m_overrides, override);
    saveOverrides();
    auto updated = std::make_shared<Comparison>(*m_comparison);
    applyAlignmentOverrides(*updated, {override});
    m_comparison = updated;
    m_matrix->setComparison(m_comparison);
}

void CompareWorkspace::resetOverrides()
{
    if (!m_comparison)
        return;
    QSet<QByteArray> hashes;
    for (const Document &document : m_comparison->documents)
        hashes.insert(document.contentHash);
    const qsizetype removed = m_overrides.removeIf([&](const AlignmentOverride &override) {
        return hashes.contains(override.leftHash) && hashes.contains(override.rightHash);
    });
    if (removed == 0)
        return;
    saveOverrides();
    realign();
}

void CompareWorkspace::saveOverrides() const
{
    QStringList lines;
    for (const AlignmentOverride &override : m_overrides)
        lines << override.toString();
    QSettings().setValue(kOverridesKey, lines);
}

void CompareWorkspace::updateSummary()
{
    m_summary->setText(summaryText());
    updateActions();
}

QString CompareWorkspace::summaryText() const
{
    if (!m_comparison)
        return {};
    const DiffChangeModel *changes = m_view->changeModel();
    QStringList parts;
    parts << tr("%1 rows").arg(m_matrix->rowCount());
    int leftOut = 0;
    for (int count : m_comparison->matrix.unitsLeftOut)
        leftOut += count;
    if (leftOut > 0)
        parts << tr("%n section(s) beyond the alignment limit left out", nullptr, leftOut);
    if (m_view->rowDiff().row >= 0 && m_view->target() >= 0) {
        parts << tr("changes: %1").arg(changes->changeCount());
        parts << tr("changed figures: %1").arg(changes->count(DiffKind::ChangedNumber));
        if (changes->count(DiffKind::Moved) > 0)
            parts << tr("moved: %1").arg(changes->count(DiffKind::Moved) / 2);
        if (m_view->currentChange() >= 0)
            parts << tr("change %1 of %2").arg(m_view->currentChange() + 1).arg(changes->changeCount());
        const auto &diff = m_view->rowDiff().diffs[size_t(m_view->target())];
        if (diff && diff->approximate)
            parts << tr("approximate in %1 places").arg(diff->approximateRegions);
    }
    return parts.join(u"  ·  "_s);
}

void CompareWorkspace::updateActions()
{
    const bool has = m_comparison != nullptr;
    m_nextAction->setEnabled(has);
    m_previousAction->setEnabled(has);
    const QModelIndexList selected = m_matrixView->selectionModel()->selectedIndexes();
    m_linkAction->setEnabled(has && selected.size() == 2 && selected[0].column() != selected[1].column()
                             && !selected[0].data(AlignmentMatrixModel::IsEmptyRole).toBool()
                             && !selected[1].data(AlignmentMatrixModel::IsEmptyRole).toBool());
    const QModelIndex current = m_matrixView->currentIndex();
    m_unlinkAction->setEnabled(has && current.isValid() && !current.data(AlignmentMatrixModel::IsEmptyRole).toBool()
                               && current.data(AlignmentMatrixModel::FilledCountRole).toInt() >= 2);
    m_resetAction->setEnabled(has);
    m_baseBox->setEnabled(has);
}

void CompareWorkspace::rememberRecent()
{
    if (m_ids.isEmpty() || m_databasePath.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString entry = m_databasePath + u'\t' + idsText(m_ids);
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kRecentLimit)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

QList<QList<qint64>> CompareWorkspace::recentComparisons(const QString &databasePath)
{
    QList<QList<qint64>> result;
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &entry : recent) {
        const qsizetype tab = entry.lastIndexOf(u'\t');
        if (tab < 0 || entry.left(tab) != databasePath)
            continue;
        QList<qint64> ids;
        const QStringList parts = entry.mid(tab + 1).split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            ids << part.toLongLong();
        if (ids.size() >= 2)
            result << ids;
    }
    return result;
}

void CompareWorkspace::fillRecentMenu()
{
    m_recentMenu->clear();
    QHash<qint64, QString> titles;
    for (const DocumentSummary &summary : m_library)
        titles.insert(summary.id, AlignmentMatrixModel::shortTitle(summary.meta));
    const QList<QList<qint64>> recent = recentComparisons(m_databasePath);
    for (const QList<qint64> &ids : recent) {
        QStringList names;
        bool complete = true;
        for (qint64 id : ids) {
            complete = complete && titles.contains(id);
            names << titles.value(id, tr("(deleted)"));
        }
        QAction *action = m_recentMenu->addAction(names.join(u" ↔ "_s), this, [this, ids] { compare(ids); });
        action->setEnabled(complete);
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent comparisons"))->setEnabled(false);
}

} // namespace parallax
