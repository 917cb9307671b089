#include "ui/mainwindow.h"

#include "core/common/errortext.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/annotations/annotationmodel.h"
#include "ui/annotations/annotationdock.h"
#include "ui/annotations/compareannotator.h"
#include "ui/charts/chartsworkspace.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/settingsdialog.h"
#include "ui/compare/compareworkspace.h"
#include "ui/library/documentpropertiesdialog.h"
#include "ui/library/librarycommands.h"
#include "ui/library/libraryview.h"
#include "ui/library/librarymodel.h"
#include "ui/print/printcontroller.h"
#include "ui/reader/outlinedock.h"
#include "ui/reader/readerview.h"
#include "ui/samplelibrary.h"
#include "ui/targets/targetsworkspace.h"

#include <QActionGroup>
#include <QtConcurrent/QtConcurrentRun>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

// Non-modal message: no nested event loop, deleted when closed.
void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &informative = {}, const QString &details = {})
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informative);
    box->setDetailedText(details);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace

MainWindow::MainWindow(QString userLibraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_userLibraryPath(std::move(userLibraryPath))
    , m_importer(new ImportController(m_userLibraryPath, this))
    , m_libraryView(new LibraryView(this))
    , m_readerView(new ReaderView(this))
    , m_outlineDock(new OutlineDock(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_workspaces(new QTabWidget(this))
    , m_targets(new TargetsWorkspace(this))
    , m_charts(new ChartsWorkspace(this))
    , m_compare(new CompareWorkspace(this))
    , m_undoStack(new QUndoStack(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Parallax"));
    setWindowIcon(QIcon(u":/parallax/icons/parallax.svg"_s));
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_splitter->setObjectName(u"librarySplitter"_s);
    m_splitter->addWidget(m_libraryView);
    m_splitter->addWidget(m_readerView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({360, 900});
    // Each workspace is a tab of its own; new ones are added here the same way.
    m_workspaces->setObjectName(u"workspaceTabs"_s);
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(m_splitter, tr("Library"));
    m_workspaces->addTab(m_targets, tr("Targets"));
    m_workspaces->addTab(m_charts, tr("Charts"));
    m_workspaces->addTab(m_compare, tr("Compare"));
    // Undo follows the workspace: Targets has its own stack, the library and compare share ours.
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->addStack(m_targets->undoStack());
    m_undoGroup->setActiveStack(m_undoStack);
    connect(m_workspaces, &QTabWidget::currentChanged, this, [this] {
        m_undoGroup->setActiveStack(m_workspaces->currentWidget() == m_targets ? m_targets->undoStack()
                                                                                : m_undoStack);
    });
    m_libraryCommands = std::make_shared<LibraryCommandContext>(
        [this] { onLibraryCommandDone(); }, [this](const Error &error) { showStatus(errorText(error), 10000); });
    setCentralWidget(m_workspaces);
    // The outline belongs to the reader: out of the way on the other workspaces, back on return.
    connect(m_workspaces, &QTabWidget::currentChanged, this,
            [this, previous = 0, outlineWanted = true](int index) mutable {
                if (previous == 0 && index != 0) {
                    outlineWanted = m_outlineDock->isVisible();
                    m_outlineDock->hide();
                } else if (index == 0 && previous != 0) {
                    m_outlineDock->setVisible(outlineWanted);
                }
                previous = index;
            });

    m_outlineDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_outlineDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                               | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_outlineDock);
    resizeDocks({m_outlineDock}, {340}, Qt::Horizontal);

    // Annotations: the controller owns their store connection and model; the dock lists them.
    m_annotations = new AnnotationController(m_readerView, m_undoStack, this);
    m_annotationDock = new AnnotationDock(m_annotations, this);
    m_annotationDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::BottomDockWidgetArea, m_annotationDock);
    resizeDocks({m_annotationDock}, {220}, Qt::Vertical);
    connect(m_annotations, &AnnotationController::failed, this,
            [this](const QString &message) { showStatus(message, 10000); });
    connect(m_annotations, &AnnotationController::statusMessage, this,
            [this](const QString &message) { showStatus(message, 10000); });
    connect(m_annotations, &AnnotationController::documentRequested, this, [this](qint64 id) {
        m_workspaces->setCurrentWidget(m_splitter);
        openDocument(id);
    });
    new CompareAnnotator(m_compare, m_annotations, m_annotations);

    m_print = new PrintController(this);
    createActions();
    createStatusBar();

    // Coalesce refreshes while a batch streams in; the final refresh comes with `finished`.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshLibraryInBackground);
    connect(&m_listWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_listWatcher.isCanceled() || m_listWatcher.future().resultCount() == 0 || !m_store)
            return;
        auto documents = m_listWatcher.result();
        if (documents)
            applyDocuments(std::move(*documents));
    });

    connect(m_libraryView, &LibraryView::documentActivated, this, [this](qint64 id) { openDocument(id); });
    connect(m_libraryView, &LibraryView::searchHitActivated, this, &MainWindow::openSearchHit);
    connect(m_libraryView, &LibraryView::importSamplesRequested, this, &MainWindow::importSamples);
    connect(m_libraryView, &LibraryView::importFilesRequested, this, &MainWindow::chooseFiles);
    connect(m_targets, &TargetsWorkspace::quoteRequested, this,
            [this](qint64 documentId, qsizetype start, qsizetype length) {
                m_workspaces->setCurrentWidget(m_splitter);
                openSearchHit(documentId, start, length);
            });
    connect(m_outlineDock, &OutlineDock::sectionActivated, m_readerView, &ReaderView::scrollToPosition);
    connect(m_readerView, &ReaderView::positionChanged, m_outlineDock, &OutlineDock::setReadingPosition);
    // Clicking a highlight in the text selects its note in the dock (the reverse of activating a row).
    connect(m_readerView, &ReaderView::annotationClicked, m_annotationDock, &AnnotationDock::selectAnnotation);
    connect(m_readerView, &ReaderView::zoomChanged, this,
            [](int steps) { QSettings().setValue(u"reader/zoom"_s, steps); });

    connect(m_importer, &ImportController::started, this, &MainWindow::onImportStarted);
    connect(m_importer, &ImportController::progressChanged, this, &MainWindow::onImportProgress);
    connect(m_importer, &ImportController::fileImported, this, [this](const ImportOutcome &outcome) {
        if (!outcome.error && !outcome.duplicate && !m_refreshTimer->isActive())
            m_refreshTimer->start();
    });
    connect(m_importer, &ImportController::finished, this, &MainWindow::onImportFinished);

    // Widgets that take drops themselves (text fields, the reader) would swallow dropped files.
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->acceptDrops())
            child->installEventFilter(this);
    }

    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = fileMenu->addAction(tr("&Import Files…"), this, &MainWindow::chooseFiles);
    importFiles->setShortcut(QKeySequence::Open);
    importFiles->setStatusTip(tr("Import reports from text, HTML, PDF or Word files"));
    QAction *importFolder = fileMenu->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolder);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importFolder->setStatusTip(tr("Import every report in a folder and its subfolders"));
    fileMenu->addSeparator();
    m_openSamplesAction = fileMenu->addAction(tr("Open &Sample Library"), this, &MainWindow::openSampleLibrary);
    m_openSamplesAction->setStatusTip(tr("Open a separate library with five sample reports"));
    m_openUserLibraryAction = fileMenu->addAction(tr("Open &My Library"), this,
                                                  [this] { openLibrary(m_userLibraryPath); });
    m_openUserLibraryAction->setStatusTip(tr("Return to your own library"));
    fileMenu->addSeparator();
    m_printAction = fileMenu->addAction(tr("&Print Preview…"), this, [this] {
        if (auto document = readerDocument())
            m_print->printPreview(*document, annotationsOf(document->id));
    });
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Preview and print the open document with its highlights and notes"));
    m_exportPdfAction = fileMenu->addAction(tr("Export as P&DF…"), this, [this] {
        if (auto document = readerDocument())
            m_print->exportPdf(*document, annotationsOf(document->id));
    });
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportPdfAction->setStatusTip(tr("Write the open document with its highlights and notes to a PDF file"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    editMenu->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_propertiesAction = editMenu->addAction(tr("Document &Properties…"), this, &MainWindow::editSelectedProperties);
    m_propertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_propertiesAction->setStatusTip(tr("Edit the title, region, level, years and kind of the selected document"));
    m_deleteAction = editMenu->addAction(tr("&Delete from Library"), this,
                                         [this] { deleteDocuments(m_libraryView->selectedDocumentIds()); });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete only acts in the library tree, never in text fields.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setStatusTip(tr("Remove the selected documents from the library (can be undone)"));
    m_compareAction = new QAction(tr("&Compare Selected Documents"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setStatusTip(tr("Align and compare the documents selected in the library"));
    connect(m_compareAction, &QAction::triggered, this,
            [this] { compareDocuments(m_libraryView->selectedDocumentIds()); });
    m_libraryView->setContextActions({m_compareAction, m_propertiesAction, m_deleteAction});
    connect(m_libraryView, &LibraryView::selectionChanged, this, &MainWindow::updateActions);
    editMenu->addSeparator();
    QAction *copy = editMenu->addAction(tr("&Copy"), m_readerView, &ReaderView::copy);
    copy->setShortcut(QKeySequence::Copy);
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find in Document…"), m_readerView, &ReaderView::showFindBar);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = editMenu->addAction(tr("Find &Next"), m_readerView, &ReaderView::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = editMenu->addAction(tr("Find &Previous"), m_readerView, &ReaderView::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    editMenu->addSeparator();
    editMenu->addAction(m_annotations->highlightAction());
    editMenu->addMenu(m_annotations->highlightMenu());
    editMenu->addAction(m_annotations->addNoteAction());
    editMenu->addSeparator();
    QAction *findInLibrary = editMenu->addAction(tr("Find in &Library"), m_libraryView, &LibraryView::focusFilter);
    findInLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findInLibrary->setStatusTip(tr("Filter the library by title, region or year"));
    QAction *searchText = editMenu->addAction(tr("&Search Full Text"), m_libraryView, &LibraryView::focusSearch);
    searchText->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    searchText->setStatusTip(tr("Search the text of every document in the library"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *outline = m_outlineDock->toggleViewAction();
    outline->setText(tr("&Outline"));
    outline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    viewMenu->addAction(outline);
    QAction *annotationsToggle = m_annotationDock->toggleViewAction();
    annotationsToggle->setText(tr("&Annotations"));
    annotationsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    viewMenu->addAction(annotationsToggle);
    viewMenu->addSeparator();
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), m_readerView, &ReaderView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), m_readerView, &ReaderView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *resetZoom = viewMenu->addAction(tr("&Actual Size"), m_readerView, &ReaderView::resetZoom);
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *compareMenu = menuBar()->addMenu(tr("&Compare"));
    compareMenu->addAction(m_compareAction);
    QAction *choose = compareMenu->addAction(tr("C&hoose Documents to Compare…"), this, [this] {
        m_workspaces->setCurrentWidget(m_compare);
        m_compare->chooseDocuments();
    });
    choose->setStatusTip(tr("Pick two or more documents of the library to compare"));
    compareMenu->addSeparator();
    compareMenu->addAction(m_compare->nextChangeAction());
    compareMenu->addAction(m_compare->previousChangeAction());
    compareMenu->addSeparator();
    m_previewReportAction = compareMenu->addAction(tr("Print Pre&view of Report…"), this,
                                                   [this] { exportComparisonReport(true); });
    m_previewReportAction->setStatusTip(tr("Preview and print the comparison report"));
    m_exportReportAction = compareMenu->addAction(tr("Export &Report…"), this, [this] { exportComparisonReport(false); });
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_exportReportAction->setStatusTip(
        tr("Write a report of the comparison — alignment, diffs, targets, charts and notes — as PDF or HTML"));
    connect(m_compare, &CompareWorkspace::comparisonShown, this, &MainWindow::updateActions);
    connect(m_print, &PrintController::exported, this, [this](const QString &path, int pages) {
        showStatus(tr("Wrote %1 (%2 pages)").arg(QDir::toNativeSeparators(path)).arg(pages), 10000);
    });
    connect(m_print, &PrintController::failed, this, [this](const Error &error) {
        showMessage(this, QMessageBox::Warning, tr("Parallax"), tr("The file could not be written."),
                    errorText(error));
    });

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showSettings);
    preferences->setMenuRole(QAction::PreferencesRole);
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(u"ui/language"_s).toString();
    // Language names are written in their own language so everyone can find theirs.
    const std::pair<QString, QString> choices[] = {
        {tr("System Default"), QString()}, {u"English"_s, u"en"_s}, {u"中文（简体）"_s, u"zh_CN"_s}};
    for (const auto &[name, code] : choices) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] { setLanguage(language); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the import after the current file"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_countLabel);
    m_progress->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, m_importer, &ImportController::cancel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_readerView->setZoomSteps(settings.value(u"reader/zoom"_s, 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    m_importer->cancel();
    QMainWindow::closeEvent(event);
}

QString MainWindow::libraryPath() const
{
    return m_store ? m_store->path() : QString();
}

bool MainWindow::openLibrary(const QString &path)
{
    if (m_importer->isRunning())
        m_importer->cancel();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = LibraryStore::open(path);
    if (!store) {
        showMessage(this, QMessageBox::Critical, tr("Parallax"), tr("The library could not be opened."),
                    errorText(store.error()));
        showStatus(errorText(store.error()));
        return false;
    }
    m_libraryView->setStore(nullptr);
    // Commands refer to the old library's documents: they cannot be undone in another one.
    m_undoStack->clear();
    m_libraryCommands->setStore(nullptr);
    m_store = std::move(*store);
    m_libraryCommands->setStore(m_store.get());
    m_libraryView->setStore(m_store.get());
    m_importer->setDatabasePath(path);
    m_readerView->clear();
    m_outlineDock->clear();
    m_annotations->setLibrary(m_store.get());
    refreshLibrary();
    updateActions();
    return true;
}

bool MainWindow::openSampleLibrary()
{
    if (!openLibrary(sampleLibraryPath()))
        return false;
    if (m_libraryView->model()->documentCount() == 0)
        importSamples();
    return true;
}

void MainWindow::updateActions()
{
    const QString current = libraryPath();
    m_openUserLibraryAction->setEnabled(!current.isEmpty() && QFileInfo(current) != QFileInfo(m_userLibraryPath));
    m_openSamplesAction->setEnabled(QFileInfo(current) != QFileInfo(sampleLibraryPath()));
    const bool samples = !current.isEmpty() && QFileInfo(current) == QFileInfo(sampleLibraryPath());
    setWindowTitle(samples ? tr("Parallax — Sample Library") : tr("Parallax"));
    if (m_compareAction) {
        const qsizetype selected = m_libraryView->selectedDocumentIds().size();
        m_compareAction->setEnabled(m_store && selected >= 2);
        m_propertiesAction->setEnabled(m_store && selected == 1);
        m_deleteAction->setEnabled(m_store && selected >= 1);
    }
    if (m_printAction) {
        const bool documentOpen = m_store && m_readerView->documentId() != 0;
        m_printAction->setEnabled(documentOpen);
        m_exportPdfAction->setEnabled(documentOpen);
        m_exportReportAction->setEnabled(m_compare->comparison() != nullptr);
        m_previewReportAction->setEnabled(m_compare->comparison() != nullptr);
    }
}

std::optional<Document> MainWindow::readerDocument()
{
    if (!m_store || m_readerView->documentId() == 0)
        return std::nullopt;
    auto document = m_store->document(m_readerView->documentId());
    if (!document) {
        showStatus(errorText(document.error()), 10000);
        return std::nullopt;
    }
    return std::move(*document);
}

std::vector<Annotation> MainWindow::annotationsOf(qint64 documentId) const
{
    // The annotation controller holds the library's annotations already: no query needed.
    std::vector<Annotation> result;
    for (const Annotation &annotation : m_annotations->model()->annotations()) {
        if (annotation.documentId == documentId)
            result.push_back(annotation);
    }
    return result;
}

void MainWindow::exportComparisonReport(bool preview)
{
    const std::shared_ptr<const Comparison> comparison = m_compare->comparison();
    if (!comparison)
        return;
    std::map<qint64, std::vector<Annotation>> annotations;
    for (const Document &document : comparison->documents) {
        if (document.id != 0)
            annotations[document.id] = annotationsOf(document.id);
    }
    ReportOptions options;
    options.align.depth = comparison->depth;
    options.matrix = comparison->matrix; // as shown, with the user's links and unlinks
    if (preview)
        m_print->previewReport(comparison->documents, std::move(annotations), options);
    else
        m_print->exportReport(comparison->documents, std::move(annotations), options);
}

void MainWindow::refreshLibrary()
{
    if (!m_store)
        return;
    m_listWatcher.cancel();
    auto documents = m_store->listDocuments();
    if (!documents) {
        showStatus(errorText(documents.error()));
        return;
    }
    applyDocuments(std::move(*documents));
}

void MainWindow::refreshLibraryInBackground()
{
    if (!m_store || m_listWatcher.isRunning())
        return; // the running listing will be followed by the next timer tick
    // Listing a large library while an import writes to it takes tens of milliseconds: on a
    // worker with its own connection, so the GUI thread only swaps the models.
    m_listWatcher.setFuture(QtConcurrent::run([path = m_store->path()]() -> Result<std::vector<DocumentSummary>> {
        auto store = LibraryStore::open(path);
        if (!store)
            return tl::unexpected(store.error());
        return (*store)->listDocuments();
    }));
}

void MainWindow::applyDocuments(std::vector<DocumentSummary> documents)
{
    const int count = int(documents.size());
    m_targets->setLibrary(m_store->path(), documents);
    m_charts->setLibrary(m_store->path(), documents);
    m_compare->setLibrary(m_store->path(), documents);
    m_annotations->reload(documents);
    m_libraryView->setDocuments(std::move(documents));
    m_countLabel->setText(tr("Documents: %n", nullptr, count));
    Q_EMIT libraryLoaded();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_store) {
        showStatus(tr("Open a library before importing."));
        return;
    }
    m_importer->start(paths);
}

void MainWindow::importSamples()
{
    const QStringList files = extractSampleReports();
    if (files.isEmpty()) {
        showMessage(this, QMessageBox::Warning, tr("Parallax"), tr("The sample reports could not be copied."),
                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        return;
    }
    importPaths(files);
}

void MainWindow::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Import Files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Reports (*.txt *.text *.htm *.html *.shtml *.xhtml *.pdf *.docx)"),
                            tr("All files (*)")});
    dialog->setDirectory(QSettings().value(u"import/lastDirectory"_s, QDir::homePath()).toString());
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        if (!files.isEmpty())
            QSettings().setValue(u"import/lastDirectory"_s, QFileInfo(files.first()).absolutePath());
        importPaths(files);
    });
    dialog->open();
}

void MainWindow::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Import Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QSettings().value(u"import/lastDirectory"_s, QDir::homePath()).toString());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        QSettings().setValue(u"import/lastDirectory"_s, folder);
        importPaths({folder});
    });
    dialog->open();
}

void MainWindow::onImportStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    showStatus(tr("Looking for documents…"));
}

void MainWindow::onImportProgress(int done, int total, const QString &fileName)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (total > 0 && !fileName.isEmpty())
        showStatus(tr("Imported %1 of %2: %3").arg(done).arg(total).arg(fileName));
    else if (total > 0)
        showStatus(tr("Files to import: %n", nullptr, total));
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_refreshTimer->stop();
    refreshLibrary();
    if (!m_importer->isRunning()) {
        m_progress->hide();
        m_cancelButton->hide();
    }
    QString message = tr("Imported %1, skipped %2 duplicates, %3 failed")
                          .arg(summary.imported)
                          .arg(summary.duplicates)
                          .arg(summary.failures.size());
    if (summary.cancelled)
        message = tr("Import cancelled. %1").arg(message);
    showStatus(message, 15000);
    if (!summary.failures.empty())
        showImportFailures(summary);
    Q_EMIT importFinished(summary);
}

void MainWindow::showImportFailures(const ImportSummary &summary)
{
    QStringList lines;
    for (const ImportOutcome &outcome : summary.failures) {
        Error error = outcome.error.value_or(Error{});
        if (error.subject.isEmpty())
            error.subject = outcome.path;
        lines << errorText(error);
    }
    constexpr int shown = 12;
    QStringList visible = lines.mid(0, shown);
    if (lines.size() > shown)
        visible << tr("Not shown here: %n more (see Details)", nullptr, int(lines.size() - shown));
    showMessage(this, QMessageBox::Warning, tr("Import problems"),
                tr("Files that could not be imported: %n", nullptr, int(lines.size())), visible.join(u'\n'),
                lines.join(u'\n'));
}

bool MainWindow::openDocument(qint64 id)
{
    if (!m_store)
        return false;
    if (m_readerView->documentId() == id) {
        m_libraryView->selectDocument(id);
        return true;
    }
    auto document = m_store->document(id);
    if (!document) {
        showStatus(errorText(document.error()), 10000);
        return false;
    }
    m_readerView->setDocument(*document);
    m_outlineDock->setDocument(*document);
    m_annotations->documentOpened(*document);
    m_libraryView->selectDocument(id);
    updateActions();
    Q_EMIT documentOpened(id);
    return true;
}

void MainWindow::openSearchHit(qint64 documentId, qsizetype matchStart, qsizetype matchLength)
{
    if (openDocument(documentId))
        m_readerView->highlightRange(matchStart, matchLength);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
    showMessage(this, QMessageBox::Information, tr("Language"),
                tr("The new language will be used the next time you start Parallax."));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(libraryPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChanged, this, [this] {
        showStatus(tr("The new language will be used the next time you start Parallax."), 10000);
    });
    dialog->open();
}

void MainWindow::compareDocuments(const QList<qint64> &ids)
{
    if (!m_store)
        return;
    m_workspaces->setCurrentWidget(m_compare);
    if (ids.size() < 2) {
        m_compare->chooseDocuments();
        return;
    }
    m_compare->compare(ids);
}

void MainWindow::editSelectedProperties()
{
    const QList<qint64> ids = m_libraryView->selectedDocumentIds();
    if (!m_store || ids.size() != 1)
        return;
    const DocumentSummary *summary = m_libraryView->model()->summary(ids.first());
    if (!summary)
        return;
    QStringList regions;
    for (qint64 id : m_libraryView->model()->documentIds()) {
        const QString region = m_libraryView->model()->summary(id)->meta.region;
        if (!region.isEmpty() && !regions.contains(region))
            regions << region;
    }
    auto *dialog = new DocumentPropertiesDialog(summary->meta, regions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = ids.first();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (dialog->isChanged())
            setDocumentProperties(id, dialog->metadata());
    });
    dialog->open();
}

bool MainWindow::setDocumentProperties(qint64 id, const DocumentMetadata &meta)
{
    if (!m_store)
        return false;
    auto before = m_store->summary(id);
    if (!before) {
        showStatus(errorText(before.error()), 10000);
        return false;
    }
    const int count = m_undoStack->count();
    m_undoStack->push(new EditDocumentPropertiesCommand(m_libraryCommands, id, before->meta, meta));
    return m_undoStack->count() > count;
}

bool MainWindow::deleteDocuments(const QList<qint64> &ids)
{
    if (!m_store || ids.isEmpty())
        return false;
    auto *macro = new QUndoCommand(tr("Delete %n document(s)", nullptr, int(ids.size())));
    int loaded = 0;
    for (qint64 id : ids) {
        auto document = m_store->document(id);
        if (!document) {
            showStatus(errorText(document.error()), 10000);
            continue;
        }
        new DeleteDocumentCommand(m_libraryCommands, std::move(*document), macro);
        ++loaded;
    }
    if (loaded == 0) {
        delete macro;
        return false;
    }
    if (ids.contains(m_readerView->documentId())) {
        m_readerView->clear();
        m_outlineDock->clear();
        updateActions();
    }
    m_undoStack->push(macro);
    showStatus(tr("Deleted %n document(s). Undo brings them back.", nullptr, loaded), 10000);
    return true;
}

void MainWindow::onLibraryCommandDone()
{
    // Coalesced: a macro of many deletions refreshes once.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refreshLibrary();
    });
}

void MainWindow::showStatus(const QString &message, int timeout)
{
    m_lastStatusMessage = message;
    statusBar()->showMessage(message, timeout);
}

bool MainWindow::handleDropEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localPaths(drag->mimeData()).isEmpty())
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        importPaths(paths);
        return true;
    }
    default:
        return false;
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!handleDropEvent(event))
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!handleDropEvent(event))
        QMainWindow::dragMoveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!handleDropEvent(event))
        QMainWindow::dropEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (handleDropEvent(event))
        return true;
    return QMainWindow::eventFilter(watched, event);
}

} // namespace parallax
