#include "ui/targets/observationloader.h"

#include "core/indicators/indicatorextractor.h"
#include "core/store/librarystore.h"
#include "core/store/observationstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

DocumentObservationSet observationSet(const Document &document, const std::vector<ObservationEdit> &edits)
{
    DocumentObservationSet set;
    set.id = document.id;
    set.meta = document.meta;
    set.extracted = extractIndicators(document);
    set.edits = edits;
    set.applyEdits();
    return set;
}

void DocumentObservationSet::applyEdits()
{
    observations = parallax::applyEdits(extracted, edits);
    for (Observation &observation : observations) {
        // Added observations carry what the user typed; the document fills in the rest.
        observation.documentId = id;
        if (observation.region.isEmpty())
            observation.region = meta.region;
        if (observation.documentTitle.isEmpty())
            observation.documentTitle = meta.title;
    }
}

void loadObservations(QPromise<ObservationLoad> &promise, const QString &libraryPath, const QList<qint64> &ids)
{
    ObservationLoad load;
    promise.setProgressRange(0, int(ids.size()));
    auto store = LibraryStore::open(libraryPath);
    if (!store) {
        load.errors.append(store.error());
        promise.addResult(std::move(load));
        return;
    }
    auto edits = ObservationStore::open(libraryPath);
    if (!edits)
        load.errors.append(edits.error());
    int done = 0;
    for (qint64 id : ids) {
        if (promise.isCanceled())
            return;
        auto document = (*store)->document(id);
        if (!document) {
            load.errors.append(document.error());
        } else {
            std::vector<ObservationEdit> documentEdits;
            if (edits) {
                auto stored = (*edits)->edits(id);
                if (stored)
                    documentEdits = std::move(*stored);
                else
                    load.errors.append(stored.error());
            }
            load.documents.push_back(observationSet(*document, documentEdits));
        }
        promise.setProgressValue(++done);
    }
    promise.addResult(std::move(load));
}

ObservationLoader::ObservationLoader(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<ObservationLoad>(this))
{
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<ObservationLoad> future = m_watcher->future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        Q_EMIT loaded(future.result());
    });
}

ObservationLoader::~ObservationLoader()
{
    cancel();
    m_watcher->waitForFinished();
}

void ObservationLoader::start(const QString &libraryPath, const QList<qint64> &ids)
{
    cancel();
    m_watcher->setFuture(QtConcurrent::run(&loadObservations, libraryPath, ids));
}

void ObservationLoader::cancel()
{
    if (m_watcher->isRunning())
        m_watcher->cancel();
}

bool ObservationLoader::isRunning() const { return m_watcher->isRunning(); }

} // namespace parallax
