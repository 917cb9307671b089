#pragma once

#include "core/align/alignoptions.h"
#include "core/common/error.h"
#include "core/diff/worddiff.h"
#include "ui/compare/alignmentoverride.h"
#include "ui/compare/comparison.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <memory>
#include <variant>

namespace parallax {

/// Runs alignments and row diffs off the GUI thread (QtConcurrent::run with a QPromise). A new
/// request cancels the one still running; results of a superseded request are never delivered.
/// Workers open their own LibraryStore (one connection per thread) and touch no widgets.
/// Lives on the GUI thread; all signals arrive there.
class CompareController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareController)

public:
    using AlignOutcome = std::variant<std::shared_ptr<const Comparison>, Error>;

    explicit CompareController(QObject *parent = nullptr);
    ~CompareController() override;

    void setDatabasePath(const QString &path) { m_databasePath = path; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }

    /// Loads the documents from the library and aligns them.
    void compare(const QList<qint64> &ids, const AlignOptions &options, const QList<AlignmentOverride> &overrides);
    /// Aligns documents already in memory (tests, benchmarks, documents not in a library).
    void compareDocuments(std::vector<Document> documents, const AlignOptions &options,
                          const QList<AlignmentOverride> &overrides);
    /// Diffs the sections of one row of `comparison` against the base document's section.
    void diffRow(std::shared_ptr<const Comparison> comparison, int row, int base, const DiffOptions &options);

    void cancel();
    [[nodiscard]] bool isAligning() const;
    [[nodiscard]] bool isDiffing() const;

    /// Pure: the diffs of one row (what diffRow computes on a worker).
    [[nodiscard]] static RowDiff computeRowDiff(const Comparison &comparison, int row, int base,
                                                const DiffOptions &options);

Q_SIGNALS:
    void alignmentStarted();
    void alignmentProgress(int done, int total);
    void alignmentFinished(std::shared_ptr<const parallax::Comparison> comparison);
    void alignmentFailed(const parallax::Error &error);
    void alignmentCancelled();
    void diffFinished(const parallax::RowDiff &diff);

private:
    void startAlignment(QFuture<AlignOutcome> future);
    void onAlignmentFinished();
    void onDiffFinished();

    QString m_databasePath;
    QFutureWatcher<AlignOutcome> m_alignWatcher;
    QFutureWatcher<RowDiff> m_diffWatcher;
};

} // namespace parallax

Q_DECLARE_METATYPE(parallax::RowDiff)
