#include "ui/targets/targetsworkspace.h"

#include "core/common/errortext.h"
#include "core/store/observationstore.h"
#include "ui/targets/documentpicker.h"
#include "ui/targets/indicatorgroups.h"
#include "ui/targets/observationdialog.h"
#include "ui/targets/observationeditcommand.h"
#include "ui/targets/observationtext.h"
#include "ui/targets/targetsexport.h"
#include "ui/targets/targetsfiltermodel.h"
#include "ui/targets/targetsmodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

TargetsWorkspace::TargetsWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_loader(new ObservationLoader(this))
    , m_picker(new DocumentPicker(this))
    , m_model(new TargetsModel(this))
    , m_proxy(new TargetsFilterModel(this))
    , m_view(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_indicatorButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(u"targetsWorkspace"_s);
    m_proxy->setSourceModel(m_model);

    m_kind->addItem(tr("Targets"), int(ObservationKind::Target));
    m_kind->addItem(tr("Actuals"), int(ObservationKind::Actual));
    m_kind->setToolTip(tr("Show each document's targets for its planned year, or its actuals for the year reviewed"));
    m_group->addItem(tr("All groups"), QString());
    for (const QString &key : IndicatorGroups::instance().keys())
        m_group->addItem(IndicatorGroups::displayName(key), key);
    m_measure->addItem(tr("All measures"), -1);
    for (Measure measure : {Measure::Growth, Measure::Level, Measure::Rate})
        m_measure->addItem(displayName(measure), int(measure));
    m_indicatorButton->setText(tr("Indicators"));
    m_indicatorButton->setToolTip(tr("Choose which indicators are rows"));
    m_indicatorButton->setPopupMode(QToolButton::InstantPopup);
    m_indicatorButton->setMenu(new QMenu(m_indicatorButton));

    auto *edit = new QPushButton(tr("Correct…"), this);
    edit->setToolTip(tr("Correct the selected figure (saved in the library, undoable)"));
    auto *add = new QPushButton(tr("Add…"), this);
    add->setToolTip(tr("Add a figure the extraction missed"));
    auto *copy = new QPushButton(tr("Copy Table"), this);
    copy->setToolTip(tr("Copy the table as shown, to paste into Excel or WPS"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Excel Workbook (.xlsx)…"), this, [this] { chooseExport(true); });
    exportMenu->addAction(tr("CSV (.csv)…"), this, [this] { chooseExport(false); });
    exportButton->setMenu(exportMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_kind);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Group:"), this));
    filters->addWidget(m_group);
    filters->addWidget(m_measure);
    filters->addWidget(m_indicatorButton);
    filters->addStretch(1);
    filters->addWidget(edit);
    filters->addWidget(add);
    filters->addWidget(copy);
    filters->addWidget(exportButton);

    m_view->setModel(m_proxy);
    m_view->setObjectName(u"targetsTable"_s);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *readAction = new QAction(tr("Read in Document"), m_view);
    auto *editAction = new QAction(tr("Correct Figure…"), m_view);
    m_view->addActions({readAction, editAction});

    m_progress->setMaximumWidth(200);
    m_progress->hide();
    auto *legend = new QLabel(tr("▲ raised  ▼ lowered  ＋ added  ✕ dropped  ≈ reworded  ✎ corrected by you — "
                                 "compared with the column to the left (same region)"),
                              this);
    legend->setObjectName(u"targetsLegend"_s);
    legend->setStyleSheet(u"color: palette(mid);"_s);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(legend);
    rightLayout->addLayout(statusRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_picker, &DocumentPicker::checkedIdsChanged, this, &TargetsWorkspace::load);
    connect(m_loader, &ObservationLoader::loaded, this, &TargetsWorkspace::onLoaded);
    connect(m_loader, &ObservationLoader::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKind(ObservationKind(m_kind->currentData().toInt())); });
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroup(m_group->currentData().toString()); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        const int measure = m_measure->currentData().toInt();
        m_proxy->setMeasure(measure < 0 ? std::nullopt : std::optional<Measure>(Measure(measure)));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateIndicatorMenu();
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column) + 12, 320));
    });
    connect(m_view, &QTableView::doubleClicked, this, &TargetsWorkspace::openQuote);
    connect(readAction, &QAction::triggered, this, [this] { openQuote(m_view->currentIndex()); });
    connect(editAction, &QAction::triggered, this, [this] { editCell(m_view->currentIndex()); });
    connect(edit, &QPushButton::clicked, this, [this] { editCell(m_view->currentIndex()); });
    connect(add, &QPushButton::clicked, this, &TargetsWorkspace::addObservation);
    connect(copy, &QPushButton::clicked, this, &TargetsWorkspace::copyTable);

    setStatus(tr("Tick documents on the left to compare their targets."));
}

TargetsWorkspace::~TargetsWorkspace()
{
    // Commands refer to the store and the model: drop them first.
    m_undoStack->clear();
}

void TargetsWorkspace::setLibrary(const QString &libraryPath, const std::vector<DocumentSummary> &documents)
{
    if (libraryPath != m_libraryPath) {
        m_loader->cancel();
        m_undoStack->clear();
        m_editStore.reset();
        m_libraryPath = libraryPath;
        m_picker->setDocuments({});
        m_model->setDocuments({});
    }
    if (!isVisible()) {
        m_pendingDocuments = documents;
        return;
    }
    m_pendingDocuments.reset();
    m_picker->setDocuments(documents);
    m_picker->checkLatestIfNone();
}

void TargetsWorkspace::setSelectedDocuments(const QList<qint64> &ids) { m_picker->setCheckedIds(ids); }

QList<qint64> TargetsWorkspace::selectedDocuments() const { return m_picker->checkedIds(); }

bool TargetsWorkspace::isLoading() const { return m_loader->isRunning(); }

QString TargetsWorkspace::statusText() const { return m_status->text(); }

void TargetsWorkspace::setStatus(const QString &text) { m_status->setText(text); }

void TargetsWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingDocuments) {
        const std::vector<DocumentSummary> documents = std::move(*m_pendingDocuments);
        m_pendingDocuments.reset();
        m_picker->setDocuments(documents);
        m_picker->checkLatestIfNone();
    }
    if (m_loadPending)
        load();
}

void TargetsWorkspace::load()
{
    m_loadPending = !isVisible();
    if (m_loadPending)
        return;
    const QList<qint64> ids = m_picker->checkedIds();
    if (ids.isEmpty() || m_libraryPath.isEmpty()) {
        m_loader->cancel();
        m_progress->hide();
        m_model->setDocuments({}, ObservationKind(m_kind->currentData().toInt()));
        setStatus(tr("Tick documents on the left to compare their targets."));
        Q_EMIT documentsLoaded();
        return;
    }
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    setStatus(tr("Reading figures from %n document(s)…", nullptr, int(ids.size())));
    m_loader->start(m_libraryPath, ids);
}

void TargetsWorkspace::onLoaded(const ObservationLoad &load)
{
    m_progress->hide();
    // The undo stack survives a new selection: its commands write to the library either way and
    // update the table only if their document is loaded.
    m_model->setDocuments(load.documents, ObservationKind(m_kind->currentData().toInt()));
    QString status = tr("%n document(s), ", nullptr, int(load.documents.size()))
                     + tr("%n indicator row(s)", nullptr, m_model->rowCount());
    if (!load.errors.isEmpty())
        status += u" — "_s + errorText(load.errors.first());
    setStatus(status);
    Q_EMIT documentsLoaded();
}

void TargetsWorkspace::openQuote(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const qint64 documentId = proxyIndex.data(TargetsModel::DocumentIdRole).toLongLong();
    const qint64 start = proxyIndex.data(TargetsModel::QuoteStartRole).toLongLong();
    const qint64 end = proxyIndex.data(TargetsModel::QuoteEndRole).toLongLong();
    if (documentId == 0 || proxyIndex.data(TargetsModel::QuoteRole).toString().isEmpty())
        return;
    Q_EMIT quoteRequested(documentId, qsizetype(start), qsizetype(std::max<qint64>(0, end - start)));
}

ObservationStore *TargetsWorkspace::editStore()
{
    if (!m_editStore && !m_libraryPath.isEmpty()) {
        auto store = ObservationStore::open(m_libraryPath);
        if (store)
            m_editStore = std::move(*store);
        else
            showError(store.error());
    }
    return m_editStore.get();
}

void TargetsWorkspace::showError(const Error &error)
{
    setStatus(tr("Could not save the correction: %1").arg(errorText(error)));
}

bool TargetsWorkspace::commitEdit(const ObservationEdit &edit)
{
    const auto &documents = m_model->documents();
    if (std::none_of(documents.begin(), documents.end(), [&](const auto &d) { return d.id == edit.documentId; }))
        return false;
    m_undoStack->push(new ObservationEditCommand(m_model, editStore(), edit,
                                                 [this](const Error &error) { showError(error); }));
    return true;
}

void TargetsWorkspace::editCell(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const qint64 documentId = m_model->documentIdAt(source.column());
    if (documentId == 0) {
        setStatus(tr("Choose a figure in a document column to correct it."));
        return;
    }
    std::optional<Observation> shown = m_model->observationAt(source);
    const bool adding = !shown;
    Observation observation;
    if (shown) {
        observation = *shown;
    } else {
        observation.indicator = m_model->indicatorAt(source.row());
        observation.measure = m_model->measureAt(source.row());
        observation.kind = m_model->kind();
        observation.year = source.data(TargetsModel::YearRole).toInt();
        observation.unit = observation.measure == Measure::Growth ? u"%"_s : QString();
        observation.documentId = documentId;
    }
    const ObservationKey key = adding ? keyOf(observation) : m_model->editKeyFor(documentId, observation);
    auto *dialog = new ObservationDialog(observation, adding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, documentId, key, adding] {
        ObservationEdit edit{documentId, key, dialog->observation()};
        if (adding)
            edit.key = keyOf(edit.corrected);
        commitEdit(edit);
    });
    dialog->open();
}

void TargetsWorkspace::addObservation()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || m_model->documentIdAt(m_proxy->mapToSource(index).column()) == 0) {
        setStatus(tr("Choose a cell in the document column to add a figure to."));
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(index);
    Observation observation;
    observation.indicator = m_model->indicatorAt(source.row());
    observation.measure = m_model->measureAt(source.row());
    observation.kind = m_model->kind();
    observation.year = source.data(TargetsModel::YearRole).toInt();
    observation.unit = u"%"_s;
    // A new figure: start after the end of the text so its key never matches an extracted one.
    observation.start = -1 - qsizetype(m_undoStack->count());
    const qint64 documentId = m_model->documentIdAt(source.column());
    auto *dialog = new ObservationDialog(observation, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, documentId] {
        const Observation added = dialog->observation();
        commitEdit(ObservationEdit{documentId, keyOf(added), added});
    });
    dialog->open();
}

void TargetsWorkspace::updateIndicatorMenu()
{
    QMenu *menu = m_indicatorButton->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("Show All"));
    connect(all, &QAction::triggered, this, [this] {
        m_proxy->setHiddenIndicators({});
        updateIndicatorMenu();
    });
    menu->addSeparator();
    const QSet<QString> hidden = m_proxy->hiddenIndicators();
    for (const QString &indicator : m_model->indicators()) {
        QAction *action = menu->addAction(indicator);
        action->setCheckable(true);
        action->setChecked(!hidden.contains(indicator));
        connect(action, &QAction::toggled, this, [this, indicator](bool shown) {
            QSet<QString> set = m_proxy->hiddenIndicators();
            if (shown)
                set.remove(indicator);
            else
                set.insert(indicator);
            m_proxy->setHiddenIndicators(set);
        });
    }
}

bool TargetsWorkspace::exportCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(targetsCsv(*m_proxy)) < 0) {
        setStatus(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TargetsWorkspace::exportXlsx(const QString &path)
{
    if (auto written = writeTargetsXlsx(*m_proxy, path); !written) {
        setStatus(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), written.error().detail));
        return false;
    }
    setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TargetsWorkspace::copyTable()
{
    auto *mime = new QMimeData;
    mime->setText(targetsTabSeparated(*m_proxy));
    QGuiApplication::clipboard()->setMimeData(mime);
    setStatus(tr("Copied %n row(s): paste into Excel or WPS", nullptr, m_proxy->rowCount()));
}

void TargetsWorkspace::chooseExport(bool xlsx)
{
    const QString directory = QSettings().value(u"export/lastDirectory"_s, QDir::homePath()).toString();
    auto *dialog = new QFileDialog(this, xlsx ? tr("Export Targets to Excel") : tr("Export Targets to CSV"), directory);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"));
    dialog->setDefaultSuffix(xlsx ? u"xlsx"_s : u"csv"_s);
    dialog->selectFile(tr("targets"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, xlsx](const QString &path) {
        QSettings().setValue(u"export/lastDirectory"_s, QFileInfo(path).absolutePath());
        if (xlsx)
            exportXlsx(path);
        else
            exportCsv(path);
    });
    dialog->open();
}

} // namespace parallax
