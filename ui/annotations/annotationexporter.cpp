#include "ui/annotations/annotationexporter.h"

#include "core/common/errortext.h"
#include "core/store/librarystore.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSaveFile>
#include <QtConcurrent>

namespace parallax {

Result<std::vector<AnnotationRow>> libraryAnnotationRows(const QString &libraryPath,
                                                         const std::vector<Annotation> &annotations,
                                                         const std::function<bool()> &cancelled)
{
    // Group by document, keeping the order in which documents first appear.
    std::vector<std::optional<qint64>> order;
    QHash<qint64, std::vector<Annotation>> byDocument;
    std::vector<Annotation> archived;
    for (const Annotation &annotation : annotations) {
        if (!annotation.documentId) {
            archived.push_back(annotation);
            continue;
        }
        auto &group = byDocument[*annotation.documentId];
        if (group.empty())
            order.push_back(annotation.documentId);
        group.push_back(annotation);
    }
    std::vector<AnnotationRow> rows;
    rows.reserve(annotations.size());
    std::unique_ptr<LibraryStore> store;
    if (!byDocument.isEmpty()) {
        auto opened = LibraryStore::open(libraryPath);
        if (!opened)
            return tl::unexpected(opened.error());
        store = std::move(*opened);
    }
    for (const auto &documentId : order) {
        if (cancelled && cancelled())
            return fail(ErrorCode::Cancelled);
        const std::vector<Annotation> &group = byDocument[*documentId];
        auto document = store->document(*documentId);
        // A document deleted meanwhile still exports its notes, without section titles.
        std::vector<AnnotationRow> part = annotationRows(group, document ? &*document : nullptr);
        std::move(part.begin(), part.end(), std::back_inserter(rows));
    }
    if (!archived.empty()) {
        std::vector<AnnotationRow> part = annotationRows(archived, nullptr);
        std::move(part.begin(), part.end(), std::back_inserter(rows));
    }
    return rows;
}

namespace {

AnnotationExporter::Outcome exportAnnotations(QPromise<AnnotationExporter::Outcome> &promise,
                                              const QString &libraryPath, const QString &path,
                                              AnnotationExportFormat format,
                                              const std::vector<Annotation> &annotations)
{
    AnnotationExporter::Outcome outcome;
    outcome.path = path;
    auto rows = libraryAnnotationRows(libraryPath, annotations, [&promise] { return promise.isCanceled(); });
    if (!rows) {
        outcome.error = rows.error();
        return outcome;
    }
    const QByteArray bytes =
        format == AnnotationExportFormat::Csv ? annotationsCsv(*rows) : annotationsMarkdown(*rows).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        outcome.writeError = file.errorString();
        return outcome;
    }
    outcome.count = int(rows->size());
    return outcome;
}

} // namespace

AnnotationExporter::AnnotationExporter(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<Outcome> future = m_watcher->future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        const Outcome outcome = future.result();
        if (outcome.error) {
            if (outcome.error->code != ErrorCode::Cancelled)
                Q_EMIT failed(errorText(*outcome.error));
            return;
        }
        if (!outcome.writeError.isEmpty()) {
            Q_EMIT failed(
                tr("The annotations could not be written to %1: %2").arg(outcome.path, outcome.writeError));
            return;
        }
        Q_EMIT finished(outcome.path, outcome.count);
    });
}

AnnotationExporter::~AnnotationExporter()
{
    cancel();
    m_watcher->waitForFinished();
}

void AnnotationExporter::start(const QString &libraryPath, const QString &path, AnnotationExportFormat format,
                               std::vector<Annotation> annotations)
{
    cancel(); // the old export stops at its next document; its result is ignored
    m_watcher->setFuture(QtConcurrent::run(
        [libraryPath, path, format, annotations = std::move(annotations)](QPromise<Outcome> &promise) {
            promise.addResult(exportAnnotations(promise, libraryPath, path, format, annotations));
        }));
}

void AnnotationExporter::cancel()
{
    if (m_watcher->isRunning())
        m_watcher->cancel();
}

bool AnnotationExporter::isRunning() const
{
    return m_watcher->isRunning();
}

} // namespace parallax
