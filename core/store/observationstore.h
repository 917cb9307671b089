#pragma once

#include "core/common/result.h"
#include "core/indicators/observationedits.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace parallax {

/// The user's corrections of indicator observations, kept in the library file (table
/// observation_edits, schema version 3) and deleted with their document.
///
/// Threading: like LibraryStore, an ObservationStore owns its own QSqlDatabase connection to the
/// library file and must be used only on the thread that opened it. It never migrates: open the
/// file with LibraryStore::open() first (which does).
class ObservationStore
{
public:
    /// Opens a connection to an existing, migrated library. Fails with DatabaseOpen, or
    /// DatabaseQuery if the file has no observation_edits table (an older schema).
    [[nodiscard]] static Result<std::unique_ptr<ObservationStore>> open(const QString &path);
    ~ObservationStore();
    ObservationStore(const ObservationStore &) = delete;
    ObservationStore &operator=(const ObservationStore &) = delete;

    /// Inserts or replaces the edit of (edit.documentId, edit.key); keeps the first creation time.
    [[nodiscard]] Result<void> save(const ObservationEdit &edit);
    /// Removes the edit of `key` if there is one (undo of a first correction).
    [[nodiscard]] Result<void> remove(qint64 documentId, const ObservationKey &key);
    /// The edit of `key`, or nullopt.
    [[nodiscard]] Result<std::optional<ObservationEdit>> edit(qint64 documentId, const ObservationKey &key) const;
    /// All edits of a document in the order they were first made.
    [[nodiscard]] Result<std::vector<ObservationEdit>> edits(qint64 documentId) const;

private:
    explicit ObservationStore(QString connectionName);
    QString m_connectionName;
};

} // namespace parallax
