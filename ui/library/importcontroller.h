#pragma once

#include "core/import/batchimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <vector>

namespace parallax {

/// What one import batch did, for the status bar and the failure dialog.
struct ImportSummary
{
    int imported = 0;
    int duplicates = 0;
    std::vector<ImportOutcome> failures;
    bool cancelled = false;
};

/// Runs batch imports off the GUI thread. The worker opens its own LibraryStore on the database
/// path (SQLite connections cannot move between threads), reports each file as a result of a
/// QFuture and polls for cancellation between files. Requests made while a batch runs are queued.
/// Lives on the GUI thread; all signals arrive there.
class ImportController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QString databasePath, QObject *parent = nullptr);
    /// Cancels a running batch and waits for the worker to finish its current file.
    ~ImportController() override;

    /// Where the next batch stores its documents; a running batch keeps its own.
    void setDatabasePath(const QString &path);
    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    [[nodiscard]] bool isRunning() const;

    /// Imports files and folders (recursively). Queued behind a running batch.
    void start(const QStringList &paths);
    /// Stops the running batch after its current file and drops queued requests.
    void cancel();

Q_SIGNALS:
    void started();
    /// `total` is 0 while the files are still being collected.
    void progressChanged(int done, int total, const QString &fileName);
    /// One file done: stored, duplicate or failed.
    void fileImported(const parallax::ImportOutcome &outcome);
    void finished(const parallax::ImportSummary &summary);

private:
    void startNext();
    void onResultReady(int index);
    void onFinished();

    QString m_databasePath;
    QThreadPool m_pool;
    QFutureWatcher<ImportOutcome> m_watcher;
    QList<QStringList> m_queue;
    ImportSummary m_summary;
    bool m_cancelRequested = false;
};

} // namespace parallax

Q_DECLARE_METATYPE(parallax::ImportOutcome)
Q_DECLARE_METATYPE(parallax::ImportSummary)
