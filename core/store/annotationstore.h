#pragma once

#include "core/annotations/annotation.h"
#include "core/common/result.h"
#include "core/document/document.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace parallax {

/// The user's annotations, kept in the library file (table annotations, schema version 4).
///
/// Every call that changes an annotation commits before it returns: once a call has succeeded the
/// annotation survives a crash or kill of the process. Deleting a document does not delete its
/// annotations: they lose their document id and become archived (see Annotation::isArchived()),
/// and adoptArchived() re-attaches them when the document comes back.
///
/// Threading: like LibraryStore, an AnnotationStore owns its own QSqlDatabase connection and must
/// be used only on the thread that opened it. It never migrates: open the file with
/// LibraryStore::open() first (which does).
class AnnotationStore
{
public:
    /// Opens a connection to an existing, migrated library. Fails with DatabaseOpen, or
    /// DatabaseQuery if the file has no annotations table (an older schema).
    [[nodiscard]] static Result<std::unique_ptr<AnnotationStore>> open(const QString &path);
    ~AnnotationStore();
    AnnotationStore(const AnnotationStore &) = delete;
    AnnotationStore &operator=(const AnnotationStore &) = delete;

    /// Stores a new annotation (its id is ignored) and returns its id. Sets created/modified to now
    /// if they are empty. InvalidArgument if the note, quote or tags exceed the limits of
    /// annotation.h or the span is empty; DocumentNotFound if the document does not exist.
    [[nodiscard]] Result<qint64> add(const Annotation &annotation);
    /// Re-inserts a removed annotation under its old id (undo of a delete).
    [[nodiscard]] Result<void> restore(const Annotation &annotation);
    /// Replaces note, colour, tags, anchor and status of an existing annotation; modified = now.
    [[nodiscard]] Result<void> update(const Annotation &annotation);
    [[nodiscard]] Result<void> remove(qint64 id);

    [[nodiscard]] Result<std::optional<Annotation>> annotation(qint64 id) const;
    /// The annotations of a document, in text order.
    [[nodiscard]] Result<std::vector<Annotation>> forDocument(qint64 documentId) const;
    /// Every annotation of the library, archived ones included; by document, then text order.
    [[nodiscard]] Result<std::vector<Annotation>> all() const;
    [[nodiscard]] Result<int> count() const;

    /// Checks every annotation of `document` against its current text and moves anchors that
    /// moved; anchors that cannot be found are flagged Orphaned (and unflagged when found again).
    /// One transaction. Returns how many annotations changed.
    [[nodiscard]] Result<int> reanchor(const Document &document);

    /// Re-attaches archived annotations made on an earlier copy of `document` (same source path,
    /// or same title) whose quote is found in its text. One transaction. Returns how many.
    /// LibraryStore::addDocument() already does this for every new document.
    [[nodiscard]] Result<int> adoptArchived(const Document &document);

private:
    explicit AnnotationStore(QString connectionName);
    QString m_connectionName;
};

/// adoptArchived() on a connection inside the caller's open transaction (used by
/// LibraryStore::addDocument so a document and its returning notes are stored atomically).
/// `documentId` is the document's id (document.id may still be 0 while it is being stored).
[[nodiscard]] Result<int> adoptArchivedAnnotations(const QSqlDatabase &db, const Document &document,
                                                   qint64 documentId);

} // namespace parallax
