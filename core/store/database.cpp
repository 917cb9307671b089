#include "core/store/database.h"

#include <QFileInfo>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace parallax::sql {

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"parallax-%1"_s.arg(++counter);
}

Result<void> openStoreConnection(const QString &connectionName, const QString &path, const QString &table)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid())
        return fail(ErrorCode::DatabaseOpen, path, u"the QSQLITE driver is not available"_s);
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::DatabaseOpen, path, u"no library at this path"_s);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(ErrorCode::DatabaseOpen, path, db.lastError().text());
    for (const QString &pragma : {u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs), u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA synchronous = NORMAL"_s}) {
        if (auto set = exec(db, pragma); !set)
            return fail(ErrorCode::DatabaseOpen, path, set.error().detail);
    }
    if (auto probe = exec(db, u"SELECT COUNT(*) FROM %1"_s.arg(table)); !probe) {
        Error error = probe.error();
        error.subject = path;
        return tl::unexpected(error);
    }
    return {};
}

Error queryError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return Error{ErrorCode::DatabaseQuery, query.lastQuery(),
                 error.text().isEmpty() ? error.nativeErrorCode() : error.text()};
}

Result<void> execPrepared(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; text columns here are NOT NULL and "" means "none".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(index++, QString(u""_s));
        else
            query.bindValue(index++, value);
    }
    if (!query.exec())
        return tl::unexpected(queryError(query));
    return {};
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    // Forward-only: results are read once, and SQLite need not buffer them.
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return tl::unexpected(queryError(query));
    if (auto executed = execPrepared(query, values); !executed)
        return tl::unexpected(executed.error());
    return query;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::DatabaseQuery, statement, u"no row"_s);
    return query->value(0).toLongLong();
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    }
}

Result<void> Transaction::begin()
{
    auto query = exec(m_db, u"BEGIN IMMEDIATE"_s);
    if (!query)
        return tl::unexpected(query.error());
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    auto query = exec(m_db, u"COMMIT"_s);
    if (!query)
        return tl::unexpected(query.error());
    m_open = false;
    return {};
}

} // namespace parallax::sql
