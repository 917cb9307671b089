#pragma once

#include "core/common/error.h"
#include "core/import/importoptions.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace parallax {

class LibraryStore;

/// What happened to one file of a batch import.
struct ImportOutcome
{
    QString path;
    qint64 documentId = 0;    ///< the stored (or, for duplicates, existing) document
    QString title;
    bool duplicate = false;   ///< identical content was already in the library
    std::optional<Error> error;
};

/// Expands files and folders (recursively) into the files to import, sorted. Inside folders only
/// document-like files are taken (.txt .text .htm .html .shtml .xhtml .pdf .docx); files named
/// explicitly are always taken, so a wrongly named file still gets a clear error.
[[nodiscard]] QStringList collectImportFiles(const QStringList &paths);

struct BatchCallbacks
{
    /// Called after each file, on the calling thread.
    std::function<void(int done, int total, const ImportOutcome &outcome)> progress;
    /// Polled between files; returning true stops the batch after the current file.
    std::function<bool()> isCancelled;
};

/// Imports `files` into `store`: files are parsed in parallel (QtConcurrent) and stored one by one,
/// each in its own transaction, so failures and cancellation leave everything stored so far intact.
/// Runs on the caller's thread (the store's thread); use from a worker for long batches.
[[nodiscard]] std::vector<ImportOutcome> importFiles(LibraryStore &store, const QStringList &files,
                                                     const ImportOptions &options = {},
                                                     const BatchCallbacks &callbacks = {});

} // namespace parallax
