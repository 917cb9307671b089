#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace parallax::sql {

/// A fresh, process-unique connection name ("parallax-<n>"). QSqlDatabase connections are
/// registered globally by name, so every LibraryStore needs its own.
[[nodiscard]] QString uniqueConnectionName();

/// Prepares `statement`, binds `values` positionally (`?` placeholders) and executes it.
/// Every value that comes from outside goes through here, never into the SQL text.
/// Fails with DatabaseQuery carrying the SQLite message.
[[nodiscard]] Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                                     std::initializer_list<QVariant> values = {});

/// Executes an already prepared query with new positional values (for statements run per row).
[[nodiscard]] Result<void> execPrepared(QSqlQuery &query, std::initializer_list<QVariant> values);

/// Reads the single integer a statement such as `PRAGMA user_version` returns.
[[nodiscard]] Result<qint64> scalar(const QSqlDatabase &db, const QString &statement,
                                    std::initializer_list<QVariant> values = {});

[[nodiscard]] Error queryError(const QSqlQuery &query);

/// Milliseconds a connection waits for another writer's lock before failing with SQLITE_BUSY.
inline constexpr int kBusyTimeoutMs = 10000;

/// Registers `connectionName` and opens an existing, already migrated library at `path` for a
/// store that owns one table (ObservationStore, AnnotationStore): busy timeout, foreign keys,
/// synchronous = NORMAL (WAL: a commit survives a crash or kill of the process), then a probe of
/// `table`. Fails with DatabaseOpen, or DatabaseQuery if the table is missing (an older schema).
/// The caller removes the connection (QSqlDatabase::removeDatabase) when done, also on failure.
[[nodiscard]] Result<void> openStoreConnection(const QString &connectionName, const QString &path,
                                               const QString &table);

/// RAII write transaction: BEGIN IMMEDIATE on begin(), ROLLBACK in the destructor unless committed.
/// IMMEDIATE takes the write lock up front, so two writers (threads or processes) queue on the
/// busy timeout instead of one failing with SQLITE_BUSY when it upgrades a read transaction.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace parallax::sql
