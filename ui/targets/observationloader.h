#pragma once

#include "core/common/error.h"
#include "core/document/document.h"
#include "core/indicators/observationedits.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPromise>

#include <vector>

namespace parallax {

/// One document's observations (extracted, with the user's edits applied) and its metadata.
struct DocumentObservationSet
{
    qint64 id = 0;
    DocumentMetadata meta;
    std::vector<Observation> observations; ///< `extracted` with `edits` applied
    std::vector<Observation> extracted;
    std::vector<ObservationEdit> edits;

    /// Recomputes `observations` after `edits` changed.
    void applyEdits();
};

struct ObservationLoad
{
    std::vector<DocumentObservationSet> documents; ///< in the order requested
    QList<Error> errors;
};

/// Extracts a document's observations and applies `edits`. Pure function; any thread.
[[nodiscard]] DocumentObservationSet observationSet(const Document &document,
                                                    const std::vector<ObservationEdit> &edits = {});

/// Worker: opens its own connections to the library at `libraryPath`, loads and extracts every
/// document of `ids`, reports progress per document and stops early when cancelled.
void loadObservations(QPromise<ObservationLoad> &promise, const QString &libraryPath, const QList<qint64> &ids);

/// Runs loadObservations() off the GUI thread; a new request cancels the running one.
class ObservationLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservationLoader)

public:
    explicit ObservationLoader(QObject *parent = nullptr);
    ~ObservationLoader() override;

    void start(const QString &libraryPath, const QList<qint64> &ids);
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progressChanged(int done, int total);
    void loaded(const parallax::ObservationLoad &load);

private:
    QFutureWatcher<ObservationLoad> *m_watcher = nullptr;
};

} // namespace parallax
