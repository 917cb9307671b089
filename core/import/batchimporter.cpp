#include "core/import/batchimporter.h"

#include "core/import/importer.h"
#include "core/store/librarystore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

bool isDocumentLike(const QString &fileName)
{
    static const QStringList suffixes{u"txt"_s,   u"text"_s, u"htm"_s, u"html"_s,
                                      u"shtml"_s, u"xhtml"_s, u"pdf"_s, u"docx"_s};
    return suffixes.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

using Parsed = Result<Document>;

} // namespace

QStringList collectImportFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            // Named explicitly (or missing): always taken, so the importer reports what is wrong.
            files << path;
            continue;
        }
        // Symlinked folders are not followed: a link cycle must not make a batch endless.
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isDocumentLike(file))
                files << file;
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

std::vector<ImportOutcome> importFiles(LibraryStore &store, const QStringList &files, const ImportOptions &options,
                                       const BatchCallbacks &callbacks)
{
    std::vector<ImportOutcome> outcomes;
    outcomes.reserve(std::size_t(files.size()));
    const int total = int(files.size());
    if (total == 0)
        return outcomes;

    // A private pool: the caller may itself be a global-pool worker, and parsing must neither
    // starve it nor be starved by it.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    // Files are parsed a chunk at a time (a few per core) so memory stays bounded however long the
    // batch is; the next chunk parses while this one is being stored.
    const qsizetype chunkSize = qsizetype(2 * pool.maxThreadCount());
    auto parseChunk = [&](qsizetype first) {
        const QStringList chunk = files.mid(first, chunkSize);
        return QtConcurrent::mapped(&pool, chunk, [options](const QString &file) -> Parsed {
            return importFile(file, options);
        });
    };
    auto cancelled = [&callbacks] { return callbacks.isCancelled && callbacks.isCancelled(); };

    QFuture<Parsed> current = parseChunk(0);
    for (qsizetype first = 0; first < total; first += chunkSize) {
        const qsizetype next = first + chunkSize;
        QFuture<Parsed> upcoming = next < total ? parseChunk(next) : QFuture<Parsed>();
        const qsizetype count = std::min<qsizetype>(chunkSize, total - first);
        for (qsizetype i = 0; i < count; ++i) {
            if (cancelled()) {
                current.cancel();
                upcoming.cancel();
                current.waitForFinished();
                upcoming.waitForFinished();
                return outcomes;
            }
            // resultAt blocks only until this file is parsed, not the whole chunk.
            Parsed parsed = current.resultAt(int(i));
            ImportOutcome outcome;
            outcome.path = files.at(first + i);
            if (!parsed) {
                Error error = parsed.error();
                if (error.subject.isEmpty())
                    error.subject = outcome.path;
                outcome.error = error;
            } else {
                outcome.title = parsed->meta.title;
                const Result<qint64> stored = store.addDocument(*parsed);
                if (stored) {
                    outcome.documentId = *stored;
                } else if (stored.error().code == ErrorCode::Duplicate) {
                    outcome.duplicate = true;
                    outcome.documentId = stored.error().detail.toLongLong();
                } else {
                    Error error = stored.error();
                    error.subject = outcome.path;
                    outcome.error = error;
                }
            }
            outcomes.push_back(outcome);
            if (callbacks.progress)
                callbacks.progress(int(first + i + 1), total, outcomes.back());
        }
        current = upcoming;
    }
    return outcomes;
}

} // namespace parallax
