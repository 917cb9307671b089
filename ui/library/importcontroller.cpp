#include "ui/library/importcontroller.h"

#include "core/store/librarystore.h"
#include "ui/common/settingsdialog.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Worker thread: touches no widgets and no GUI-thread objects, only its own store.
void runImport(QPromise<ImportOutcome> &promise, const QString &databasePath, const QStringList &paths,
               const ImportOptions &limits)
{
    promise.setProgressRange(0, 0);
    const QStringList files = collectImportFiles(paths);
    if (promise.isCanceled())
        return;
    promise.setProgressRange(0, int(files.size()));
    promise.setProgressValueAndText(0, {});
    if (files.isEmpty())
        return;

    auto store = LibraryStore::open(databasePath);
    if (!store) {
        ImportOutcome outcome;
        outcome.path = databasePath;
        outcome.error = store.error();
        promise.addResult(outcome);
        return;
    }
    BatchCallbacks callbacks;
    callbacks.progress = [&promise](int done, int, const ImportOutcome &outcome) {
        promise.addResult(outcome);
        promise.setProgressValueAndText(done, QFileInfo(outcome.path).fileName());
    };
    callbacks.isCancelled = [&promise] { return promise.isCanceled(); };
    (void)importFiles(**store, files, limits, callbacks);
}

} // namespace

ImportController::ImportController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<ImportOutcome>();
    qRegisterMetaType<ImportSummary>();
    // One batch at a time; importFiles parallelises parsing itself on the global pool.
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::resultReadyAt, this, &ImportController::onResultReady);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportController::onFinished);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressRangeChanged, this, [this](int, int maximum) {
        Q_EMIT progressChanged(m_watcher.progressValue(), maximum, m_watcher.progressText());
    });
}

ImportController::~ImportController()
{
    m_queue.clear();
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportController::setDatabasePath(const QString &path)
{
    m_databasePath = path;
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning() || !m_queue.isEmpty();
}

void ImportController::start(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue.append(paths);
    startNext();
}

void ImportController::cancel()
{
    m_queue.clear();
    if (m_watcher.isRunning()) {
        m_cancelRequested = true;
        m_watcher.cancel();
    }
}

void ImportController::startNext()
{
    if (m_queue.isEmpty() || m_watcher.isRunning())
        return;
    const QStringList paths = m_queue.takeFirst();
    m_summary = {};
    m_cancelRequested = false;
    Q_EMIT started();
    Q_EMIT progressChanged(0, 0, {});
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &runImport, m_databasePath, paths, SettingsDialog::importLimits()));
}

void ImportController::onResultReady(int index)
{
    const ImportOutcome outcome = m_watcher.resultAt(index);
    if (outcome.error)
        m_summary.failures.push_back(outcome);
    else if (outcome.duplicate)
        ++m_summary.duplicates;
    else
        ++m_summary.imported;
    Q_EMIT fileImported(outcome);
}

void ImportController::onFinished()
{
    m_summary.cancelled = m_cancelRequested || m_watcher.isCanceled();
    const ImportSummary summary = m_summary;
    m_cancelRequested = false;
    Q_EMIT finished(summary);
    startNext();
}

} // namespace parallax
