#include "core/store/observationstore.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {


const QString editColumns = u"document_id, key_indicator, key_measure, key_kind, key_year, key_start, indicator, "
                            "measure, kind, year, value, value_max, unit, qualifier, period, quote, start, \"end\", "
                            "section"_s;

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

ObservationEdit editFrom(const QSqlQuery &query)
{
    ObservationEdit edit;
    edit.documentId = query.value(0).toLongLong();
    edit.key.indicator = query.value(1).toString();
    edit.key.measure = measureFromString(query.value(2).toString()).value_or(Measure::Growth);
    edit.key.kind = observationKindFromString(query.value(3).toString()).value_or(ObservationKind::Target);
    edit.key.year = query.value(4).toInt();
    edit.key.start = query.value(5).toLongLong();
    Observation &o = edit.corrected;
    o.documentId = edit.documentId;
    o.indicator = query.value(6).toString();
    o.measure = measureFromString(query.value(7).toString()).value_or(Measure::Growth);
    o.kind = observationKindFromString(query.value(8).toString()).value_or(ObservationKind::Target);
    o.year = query.value(9).toInt();
    o.value = optionalFrom(query.value(10));
    o.valueMax = optionalFrom(query.value(11));
    o.unit = query.value(12).toString();
    o.qualifier = qualifierFromString(query.value(13).toString()).value_or(Qualifier::Exact);
    o.period = query.value(14).toString();
    o.quote = query.value(15).toString();
    o.start = query.value(16).toLongLong();
    o.end = query.value(17).toLongLong();
    o.section = query.value(18).toString();
    o.editedByUser = true;
    return edit;
}

} // namespace

ObservationStore::ObservationStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

ObservationStore::~ObservationStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ObservationStore>> ObservationStore::open(const QString &path)
{
    const QString connectionName = sql::uniqueConnectionName();
    // From here on the destructor removes the connection, whatever happens below.
    std::unique_ptr<ObservationStore> store(new ObservationStore(connectionName));
    if (auto opened = sql::openStoreConnection(connectionName, path, u"observation_edits"_s); !opened)
        return tl::unexpected(opened.error());
    return store;
}

Result<void> ObservationStore::save(const ObservationEdit &edit)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Observation &o = edit.corrected;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // ON CONFLICT keeps the row (and its `created`) and updates the figure.
    auto saved = sql::exec(
        db,
        u"INSERT INTO observation_edits (%1, created, modified) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (document_id, key_indicator, key_measure, key_kind, key_year, key_start) DO UPDATE SET "
        "indicator = excluded.indicator, measure = excluded.measure, kind = excluded.kind, year = excluded.year, "
        "value = excluded.value, value_max = excluded.value_max, unit = excluded.unit, "
        "qualifier = excluded.qualifier, period = excluded.period, quote = excluded.quote, start = excluded.start, "
        "\"end\" = excluded.\"end\", section = excluded.section, modified = excluded.modified"_s.arg(editColumns),
        {edit.documentId, edit.key.indicator, toString(edit.key.measure), toString(edit.key.kind), edit.key.year,
         qint64(edit.key.start), o.indicator, toString(o.measure), toString(o.kind), o.year, optionalValue(o.value),
         optionalValue(o.valueMax), o.unit, toString(o.qualifier), o.period, o.quote, qint64(o.start), qint64(o.end),
         o.section, now, now});
    if (!saved)
        return tl::unexpected(saved.error());
    return {};
}

Result<void> ObservationStore::remove(qint64 documentId, const ObservationKey &key)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto removed = sql::exec(db,
                             u"DELETE FROM observation_edits WHERE document_id = ? AND key_indicator = ? AND "
                             "key_measure = ? AND key_kind = ? AND key_year = ? AND key_start = ?"_s,
                             {documentId, key.indicator, toString(key.measure), toString(key.kind), key.year,
                              qint64(key.start)});
    if (!removed)
        return tl::unexpected(removed.error());
    return {};
}

Result<std::optional<ObservationEdit>> ObservationStore::edit(qint64 documentId, const ObservationKey &key) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto rows = sql::exec(db,
                          u"SELECT %1 FROM observation_edits WHERE document_id = ? AND key_indicator = ? AND "
                          "key_measure = ? AND key_kind = ? AND key_year = ? AND key_start = ?"_s.arg(editColumns),
                          {documentId, key.indicator, toString(key.measure), toString(key.kind), key.year,
                           qint64(key.start)});
    if (!rows)
        return tl::unexpected(rows.error());
    if (!rows->next())
        return std::optional<ObservationEdit>();
    return std::optional<ObservationEdit>(editFrom(*rows));
}

Result<std::vector<ObservationEdit>> ObservationStore::edits(qint64 documentId) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto rows = sql::exec(db, u"SELECT %1 FROM observation_edits WHERE document_id = ? ORDER BY id"_s.arg(editColumns),
                          {documentId});
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<ObservationEdit> result;
    while (rows->next())
        result.push_back(editFrom(*rows));
    return result;
}

} // namespace parallax
