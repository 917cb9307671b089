#pragma once

#include "core/annotations/annotation.h"
#include "core/store/librarystore.h"
#include "ui/library/importcontroller.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QUndoGroup;
class QUndoStack;

namespace parallax {

class AnnotationController;
class AnnotationDock;
class ChartsWorkspace;
class CompareWorkspace;
class LibraryCommandContext;
class LibraryView;
class OutlineDock;
class PrintController;
class ReaderView;
class TargetsWorkspace;

/// The main window: library pane, reader and outline dock, menus, status bar with import progress.
/// Thin: it wires the workspaces together and owns the GUI thread's LibraryStore.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `userLibraryPath` is the library "Open My Library" returns to (normally the --db path).
    explicit MainWindow(QString userLibraryPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (creating if needed) a library and lists it. Shows the error and returns false if the
    /// file cannot be opened.
    bool openLibrary(const QString &path);
    /// Opens the bundled sample library, importing the samples into it if it is empty.
    bool openSampleLibrary();
    [[nodiscard]] QString libraryPath() const;
    [[nodiscard]] bool isLibraryOpen() const { return m_store != nullptr; }

    /// Imports files and folders in the background (queued behind a running import).
    void importPaths(const QStringList &paths);
    /// Imports the bundled sample reports into the current library.
    void importSamples();
    /// Shows a document in the reader and the outline; false if it cannot be loaded.
    bool openDocument(qint64 id);

    [[nodiscard]] LibraryView *libraryView() const { return m_libraryView; }
    [[nodiscard]] ReaderView *readerView() const { return m_readerView; }
    [[nodiscard]] OutlineDock *outlineDock() const { return m_outlineDock; }
    [[nodiscard]] ImportController *importController() const { return m_importer; }
    /// The central tabs: Library (library pane and reader), Targets, Charts.
    [[nodiscard]] QTabWidget *workspaceTabs() const { return m_workspaces; }
    [[nodiscard]] TargetsWorkspace *targetsWorkspace() const { return m_targets; }
    [[nodiscard]] ChartsWorkspace *chartsWorkspace() const { return m_charts; }
    [[nodiscard]] QString lastStatusMessage() const { return m_lastStatusMessage; }
    [[nodiscard]] CompareWorkspace *compareWorkspace() const { return m_compare; }
    [[nodiscard]] AnnotationController *annotationController() const { return m_annotations; }
    [[nodiscard]] AnnotationDock *annotationDock() const { return m_annotationDock; }
    /// The library's undo stack (property edits, deletions); the Edit menu follows the active
    /// workspace's stack through an undo group.
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    /// Compares documents in the Compare workspace (2..N library ids; the first is the base).
    void compareDocuments(const QList<qint64> &ids);
    /// Replaces a document's properties as an undoable command. False if nothing changed or it failed.
    bool setDocumentProperties(qint64 id, const DocumentMetadata &meta);
    /// Deletes documents as one undoable command. False if none could be loaded.
    bool deleteDocuments(const QList<qint64> &ids);

Q_SIGNALS:
    /// The library listing was (re)loaded from the store.
    void libraryLoaded();
    void importFinished(const parallax::ImportSummary &summary);
    void documentOpened(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void restoreSettings();
    /// Lists the library and updates every view (GUI thread; used after explicit changes).
    void refreshLibrary();
    /// The same with the listing on a worker (used while an import runs).
    void refreshLibraryInBackground();
    void applyDocuments(std::vector<DocumentSummary> documents);
    void chooseFiles();
    void chooseFolder();
    void onImportStarted();
    void onImportProgress(int done, int total, const QString &fileName);
    void onImportFinished(const ImportSummary &summary);
    void showImportFailures(const ImportSummary &summary);
    void openSearchHit(qint64 documentId, qsizetype matchStart, qsizetype matchLength);
    void setLanguage(const QString &language);
    void showAbout();
    void showSettings();
    void editSelectedProperties();
    void onLibraryCommandDone();
    void showStatus(const QString &message, int timeout = 0);
    void updateActions();
    /// The document open in the reader, loaded from the library (nullopt if none).
    std::optional<Document> readerDocument();
    /// A document's annotations, as the annotation controller has them loaded.
    [[nodiscard]] std::vector<Annotation> annotationsOf(qint64 documentId) const;
    /// The comparison report of the Compare workspace, to a print preview or to a file.
    void exportComparisonReport(bool preview);
    /// Handles drag and drop of local files for this window and its children; true if consumed.
    bool handleDropEvent(QEvent *event);

    QString m_userLibraryPath;
    std::unique_ptr<LibraryStore> m_store;
    ImportController *m_importer = nullptr;
    LibraryView *m_libraryView = nullptr;
    ReaderView *m_readerView = nullptr;
    OutlineDock *m_outlineDock = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_workspaces = nullptr;
    TargetsWorkspace *m_targets = nullptr;
    ChartsWorkspace *m_charts = nullptr;
    CompareWorkspace *m_compare = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    std::shared_ptr<LibraryCommandContext> m_libraryCommands;
    QAction *m_compareAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_previewReportAction = nullptr;
    PrintController *m_print = nullptr;
    QFutureWatcher<Result<std::vector<DocumentSummary>>> m_listWatcher;
    QAction *m_propertiesAction = nullptr;
    QAction *m_deleteAction = nullptr;
    bool m_refreshQueued = false;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_openUserLibraryAction = nullptr;
    QAction *m_openSamplesAction = nullptr;
    QString m_lastStatusMessage;
    AnnotationController *m_annotations = nullptr;
    AnnotationDock *m_annotationDock = nullptr;
};

} // namespace parallax
