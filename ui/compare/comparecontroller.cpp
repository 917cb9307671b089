#include "ui/compare/comparecontroller.h"

#include "core/align/alignment.h"
#include "core/store/librarystore.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

namespace {

using AlignOutcome = CompareController::AlignOutcome;

// Worker side of an alignment: everything here runs on a pool thread and sees only values.
void alignInWorker(QPromise<AlignOutcome> &promise, std::vector<Document> documents, const AlignOptions &options,
                   const QList<AlignmentOverride> &overrides)
{
    if (promise.isCanceled())
        return;
    auto comparison = std::make_shared<Comparison>();
    comparison->depth = options.depth;
    comparison->matrix = alignDocuments(documents, options);
    comparison->documents = std::move(documents);
    if (promise.isCanceled())
        return;
    applyAlignmentOverrides(*comparison, overrides);
    promise.addResult(AlignOutcome(std::shared_ptr<const Comparison>(std::move(comparison))));
}

} // namespace

CompareController::CompareController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RowDiff>();
    connect(&m_alignWatcher, &QFutureWatcherBase::finished, this, &CompareController::onAlignmentFinished);
    connect(&m_alignWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        Q_EMIT alignmentProgress(value, m_alignWatcher.progressMaximum());
    });
    connect(&m_diffWatcher, &QFutureWatcherBase::finished, this, &CompareController::onDiffFinished);
}

CompareController::~CompareController()
{
    // Workers hold only values; cancelling lets them stop early. Nothing to wait for.
    cancel();
}

void CompareController::compare(const QList<qint64> &ids, const AlignOptions &options,
                                const QList<AlignmentOverride> &overrides)
{
    const QString path = m_databasePath;
    startAlignment(QtConcurrent::run(
        [path, ids, options, overrides](QPromise<AlignOutcome> &promise) {
            const int total = int(ids.size()) + 1;
            promise.setProgressRange(0, total);
            promise.setProgressValue(0);
            std::vector<Document> documents;
            {
                auto store = LibraryStore::open(path);
                if (!store) {
                    promise.addResult(AlignOutcome(store.error()));
                    return;
                }
                for (int i = 0; i < ids.size(); ++i) {
                    if (promise.isCanceled())
                        return;
                    auto document = (*store)->document(ids[i]);
                    if (!document) {
                        promise.addResult(AlignOutcome(document.error()));
                        return;
                    }
                    documents.push_back(std::move(*document));
                    promise.setProgressValue(i + 1);
                }
            }
            alignInWorker(promise, std::move(documents), options, overrides);
            promise.setProgressValue(total);
        }));
}

void CompareController::compareDocuments(std::vector<Document> documents, const AlignOptions &options,
                                         const QList<AlignmentOverride> &overrides)
{
    startAlignment(QtConcurrent::run(
        [options, overrides](QPromise<AlignOutcome> &promise, std::vector<Document> docs) {
            promise.setProgressRange(0, 1);
            alignInWorker(promise, std::move(docs), options, overrides);
            promise.setProgressValue(1);
        },
        std::move(documents)));
}

void CompareController::startAlignment(QFuture<AlignOutcome> future)
{
    if (m_alignWatcher.isRunning())
        m_alignWatcher.cancel();
    m_diffWatcher.cancel();
    m_alignWatcher.setFuture(future);
    Q_EMIT alignmentStarted();
}

void CompareController::onAlignmentFinished()
{
    const QFuture<AlignOutcome> future = m_alignWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT alignmentCancelled();
        return;
    }
    const AlignOutcome outcome = future.result();
    if (const auto *error = std::get_if<Error>(&outcome))
        Q_EMIT alignmentFailed(*error);
    else
        Q_EMIT alignmentFinished(std::get<std::shared_ptr<const Comparison>>(outcome));
}

RowDiff CompareController::computeRowDiff(const Comparison &comparison, int row, int base, const DiffOptions &options)
{
    RowDiff result;
    result.row = row;
    result.base = base;
    const size_t count = comparison.documents.size();
    result.texts.resize(count);
    result.diffs.resize(count);
    if (row < 0 || size_t(row) >= comparison.matrix.rows.size())
        return result;
    const AlignmentRow &alignmentRow = comparison.matrix.rows[size_t(row)];
    for (size_t d = 0; d < count; ++d) {
        if (alignmentRow.cells[d])
            result.texts[d] = comparison.unitText(int(d), alignmentRow.cells[d]->unit);
    }
    if (base < 0 || size_t(base) >= count || !alignmentRow.cells[size_t(base)])
        return result;
    // The documents carry their segmentation from the library: nothing is segmented here.
    const std::vector<Token> baseTokens = comparison.unitTokens(base, alignmentRow.cells[size_t(base)]->unit);
    for (size_t d = 0; d < count; ++d) {
        if (int(d) != base && alignmentRow.cells[d]) {
            result.diffs[d] = diffTexts(TokenizedText{result.texts[size_t(base)], baseTokens},
                                        TokenizedText{result.texts[d], comparison.unitTokens(int(d), alignmentRow.cells[d]->unit)},
                                        options);
        }
    }
    return result;
}

void CompareController::diffRow(std::shared_ptr<const Comparison> comparison, int row, int base,
                                const DiffOptions &options)
{
    if (!comparison)
        return;
    m_diffWatcher.cancel();
    m_diffWatcher.setFuture(QtConcurrent::run([comparison, row, base, options](QPromise<RowDiff> &promise) {
        if (promise.isCanceled())
            return;
        promise.addResult(computeRowDiff(*comparison, row, base, options));
    }));
}

void CompareController::onDiffFinished()
{
    const QFuture<RowDiff> future = m_diffWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    Q_EMIT diffFinished(future.result());
}

void CompareController::cancel()
{
    m_alignWatcher.cancel();
    m_diffWatcher.cancel();
}

bool CompareController::isAligning() const
{
    return m_alignWatcher.isRunning();
}

bool CompareController::isDiffing() const
{
    return m_diffWatcher.isRunning();
}

} // namespace parallax
