#include "core/store/librarystore.h"

#include "core/store/annotationstore.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/searchtext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qsizetype snippetLength = 80;
constexpr qsizetype snippetLead = 25; ///< characters of context before the match

QString userFieldsToJson(const QStringList &fields)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}

QStringList userFieldsFromJson(const QString &json)
{
    QStringList fields;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        fields << value.toString();
    return fields;
}

const QString summaryColumns = u"d.id, d.title, d.region, d.region_level, d.kind, d.date, d.speaker, "
                               "d.year_reported, d.year_planned, d.period_end, d.user_fields, d.source_path, "
                               "d.format, d.encoding, d.text_length, d.imported_at, "
                               "(SELECT COUNT(*) FROM sections s WHERE s.document_id = d.id)"_s;

DocumentMetadata metadataFrom(const QSqlQuery &query, int first)
{
    DocumentMetadata meta;
    meta.title = query.value(first).toString();
    meta.region = query.value(first + 1).toString();
    meta.regionLevel = regionLevelFromString(query.value(first + 2).toString()).value_or(RegionLevel::Unknown);
    meta.kind = documentKindFromString(query.value(first + 3).toString()).value_or(DocumentKind::Other);
    meta.date = query.value(first + 4).toString();
    meta.speaker = query.value(first + 5).toString();
    meta.yearReported = query.value(first + 6).toInt();
    meta.yearPlanned = query.value(first + 7).toInt();
    meta.periodEnd = query.value(first + 8).toInt();
    meta.userFields = userFieldsFromJson(query.value(first + 9).toString());
    return meta;
}

DocumentSummary summaryFrom(const QSqlQuery &query)
{
    DocumentSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.meta = metadataFrom(query, 1);
    summary.sourcePath = query.value(11).toString();
    summary.format = sourceFormatFromString(query.value(12).toString()).value_or(SourceFormat::Text);
    summary.encoding = query.value(13).toString();
    summary.characterCount = query.value(14).toLongLong();
    summary.importedAt = QDateTime::fromString(query.value(15).toString(), Qt::ISODateWithMs);
    summary.sectionCount = query.value(16).toInt();
    return summary;
}

/// Finds the first exact occurrence of the query (or failing that, of one of its terms) in a
/// section's text. Case-insensitive for Latin text, as the index is.
std::pair<qsizetype, qsizetype> firstOccurrence(QStringView text, QStringView query)
{
    const QString normalised = query.toString().normalized(QString::NormalizationForm_KC).simplified();
    QStringList needles{normalised};
    needles += normalised.split(u' ', Qt::SkipEmptyParts);
    for (const QString &needle : std::as_const(needles)) {
        if (needle.isEmpty())
            continue;
        const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at >= 0)
            return {at, needle.size()};
    }
    return {-1, 0};
}

QString snippetAround(QStringView text, qsizetype at, qsizetype length)
{
    qsizetype begin = std::max<qsizetype>(0, at - snippetLead);
    qsizetype end = std::min(text.size(), begin + std::max(snippetLength, length));
    begin = std::max<qsizetype>(0, std::min(begin, end - snippetLength));
    // Never cut a surrogate pair in half.
    if (begin > 0 && text.at(begin).isLowSurrogate())
        --begin;
    if (end < text.size() && end > 0 && text.at(end - 1).isHighSurrogate())
        ++end;
    QString snippet = text.mid(begin, end - begin).toString();
    snippet.replace(u'\n', u' ');
    snippet = snippet.trimmed();
    if (begin > 0)
        snippet.prepend(u'…');
    if (end < text.size())
        snippet.append(u'…');
    return snippet;
}

} // namespace

LibraryStore::LibraryStore(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

LibraryStore::~LibraryStore()
{
    {
        // Every QSqlQuery of this store is a local of some member function, so none is alive here.
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int LibraryStore::currentSchemaVersion() { return schema::currentVersion(); }

QString LibraryStore::path() const { return m_path; }

Result<std::unique_ptr<LibraryStore>> LibraryStore::open(const QString &path)
{
    const QString connectionName = sql::uniqueConnectionName();
    // From here on the destructor closes and removes the connection, whatever happens below.
    std::unique_ptr<LibraryStore> store(new LibraryStore(connectionName, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid())
        return fail(ErrorCode::DatabaseOpen, path, u"the QSQLITE driver is not available"_s);
    const QFileInfo info(path);
    if (info.isDir())
        return fail(ErrorCode::DatabaseOpen, path, u"is a directory"_s);
    QDir().mkpath(info.absolutePath());
    db.setDatabaseName(path);
    if (!db.open())
        return fail(ErrorCode::DatabaseOpen, path, db.lastError().text());

    // Order matters: wait on locks first, and look at the version before anything writes to the
    // file (switching to WAL does), so a database from a newer Parallax stays untouched.
    if (auto set = sql::exec(db, u"PRAGMA busy_timeout = %1"_s.arg(sql::kBusyTimeoutMs)); !set)
        return fail(ErrorCode::DatabaseOpen, path, set.error().detail);
    auto version = sql::scalar(db, u"PRAGMA user_version"_s);
    if (!version) // e.g. "file is not a database"
        return fail(ErrorCode::DatabaseOpen, path, version.error().detail);
    if (*version > currentSchemaVersion()) {
        return fail(ErrorCode::DatabaseSchemaTooNew, path,
                    u"schema version %1, this build reads up to %2"_s.arg(*version).arg(currentSchemaVersion()));
    }
    auto mode = sql::exec(db, u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return fail(ErrorCode::DatabaseOpen, path, mode.error().detail);
    if (!mode->next() || mode->value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::DatabaseOpen, path, u"cannot switch to WAL journal mode"_s);
    mode->finish();
    // With WAL, NORMAL keeps the database consistent after a crash (only the last commits may be
    // lost on power failure), at a fraction of FULL's fsync cost.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (auto set = sql::exec(db, pragma); !set)
            return fail(ErrorCode::DatabaseOpen, path, set.error().detail);
    }
    Result<void> ready = schema::migrate(db);
    // Stored segmentations are redone only after an upgrade of ICU or of the lexicon.
    if (ready)
        ready = schema::refreshTokenStarts(db);
    if (!ready) {
        Error error = ready.error();
        error.subject = path;
        return tl::unexpected(error);
    }
    return store;
}

Result<qint64> LibraryStore::addDocument(const Document &document)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return tl::unexpected(begun.error());

    const QString hash = QString::fromLatin1(document.contentHash);
    if (auto existing = sql::exec(db, u"SELECT id FROM documents WHERE content_hash = ?"_s, {hash}); !existing) {
        return tl::unexpected(existing.error());
    } else if (existing->next()) {
        return fail(ErrorCode::Duplicate, document.sourcePath, existing->value(0).toString());
    }

    const DocumentMetadata &meta = document.meta;
    auto inserted = sql::exec(
        db,
        u"INSERT INTO documents (title, region, region_level, kind, date, speaker, year_reported, "
        "year_planned, period_end, user_fields, source_path, format, encoding, content_hash, text, "
        "text_length, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {meta.title, meta.region, toString(meta.regionLevel), toString(meta.kind), meta.date, meta.speaker,
         meta.yearReported, meta.yearPlanned, meta.periodEnd, userFieldsToJson(meta.userFields),
         document.sourcePath, toString(document.format), document.encoding, hash, document.text,
         document.text.size(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return tl::unexpected(inserted.error());
    const qint64 documentId = inserted->lastInsertId().toLongLong();

    QSqlQuery insertSection(db);
    if (!insertSection.prepare(u"INSERT INTO sections (document_id, parent_id, ordinal, level, label, heading, "
                               "role, topic, start, \"end\", body_start, label_implied, heading_split) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return tl::unexpected(sql::queryError(insertSection));
    QSqlQuery insertIndex(db);
    if (!insertIndex.prepare(schema::insertIndexRowStatement()))
        return tl::unexpected(sql::queryError(insertIndex));
    QSqlQuery insertText(db);
    if (!insertText.prepare(schema::insertSectionTextStatement()))
        return tl::unexpected(sql::queryError(insertText));

    // A stored document always has at least one section, so all of its text is searchable.
    Document untitled;
    if (document.sections.empty()) {
        untitled = document;
        Section whole;
        whole.end = document.text.size();
        untitled.sections.push_back(whole);
    }
    const Document &stored = document.sections.empty() ? untitled : document;

    int ordinal = 0;
    std::function<Result<void>(const std::vector<Section> &, const QVariant &)> store =
        [&](const std::vector<Section> &sections, const QVariant &parentId) -> Result<void> {
        for (const Section &section : sections) {
            if (auto done = sql::execPrepared(insertSection,
                                              {documentId, parentId, ordinal++, section.level, section.label,
                                               section.heading, toString(section.role), section.topic,
                                               section.start, section.end, section.bodyStart,
                                               section.labelImplied, section.headingSplit});
                !done)
                return done;
            const qint64 sectionId = insertSection.lastInsertId().toLongLong();
            if (auto done = schema::indexSection(insertIndex, insertText, sectionId, stored, section); !done)
                return done;
            if (auto done = store(section.children, sectionId); !done)
                return done;
        }
        return {};
    };
    if (auto done = store(stored.sections, QVariant(QMetaType::fromType<qint64>())); !done)
        return tl::unexpected(done.error());
    const TokenStarts starts = document.tokenStarts.textLength() == document.text.size()
                                   ? document.tokenStarts
                                   : TokenStarts::compute(document.text);
    if (auto done = schema::storeTokenStarts(db, documentId, starts); !done)
        return tl::unexpected(done.error());
    // Notes archived when an earlier copy of this document was deleted come back with it, in the
    // same transaction: a kill leaves the document with its notes or neither.
    if (auto adopted = adoptArchivedAnnotations(db, document, documentId); !adopted)
        return tl::unexpected(adopted.error());
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    return documentId;
}

Result<std::vector<DocumentSummary>> LibraryStore::listDocuments() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto query = sql::exec(db, u"SELECT "_s + summaryColumns + u" FROM documents d ORDER BY d.id"_s);
    if (!query)
        return tl::unexpected(query.error());
    std::vector<DocumentSummary> summaries;
    while (query->next())
        summaries.push_back(summaryFrom(*query));
    return summaries;
}

Result<DocumentSummary> LibraryStore::summary(qint64 id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto query = sql::exec(db, u"SELECT "_s + summaryColumns + u" FROM documents d WHERE d.id = ?"_s, {id});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::DocumentNotFound, QString::number(id));
    return summaryFrom(*query);
}

Result<Document> LibraryStore::document(qint64 id) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto query = sql::exec(db,
                           u"SELECT id, title, region, region_level, kind, date, speaker, year_reported, "
                           "year_planned, period_end, user_fields, source_path, format, encoding, "
                           "content_hash, text FROM documents WHERE id = ?"_s,
                           {id});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::DocumentNotFound, QString::number(id));
    Document document;
    document.id = query->value(0).toLongLong();
    document.meta = metadataFrom(*query, 1);
    document.sourcePath = query->value(11).toString();
    document.format = sourceFormatFromString(query->value(12).toString()).value_or(SourceFormat::Text);
    document.encoding = query->value(13).toString();
    document.contentHash = query->value(14).toString().toLatin1();
    document.text = query->value(15).toString();

    auto sections = schema::loadSectionTree(db, id);
    if (!sections)
        return tl::unexpected(sections.error());
    document.sections = std::move(*sections);
    auto starts = schema::loadTokenStarts(db, id, document.text.size());
    if (!starts)
        return tl::unexpected(starts.error());
    document.tokenStarts = std::move(*starts);
    return document;
}

Result<std::optional<qint64>> LibraryStore::findByHash(const QByteArray &contentHash) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto query = sql::exec(db, u"SELECT id FROM documents WHERE content_hash = ?"_s,
                           {QString::fromLatin1(contentHash)});
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<void> LibraryStore::updateMetadata(qint64 id, const DocumentMetadata &meta)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto query = sql::exec(db,
                           u"UPDATE documents SET title = ?, region = ?, region_level = ?, kind = ?, date = ?, "
                           "speaker = ?, year_reported = ?, year_planned = ?, period_end = ?, user_fields = ? "
                           "WHERE id = ?"_s,
                           {meta.title, meta.region, toString(meta.regionLevel), toString(meta.kind), meta.date,
                            meta.speaker, meta.yearReported, meta.yearPlanned, meta.periodEnd,
                            userFieldsToJson(meta.userFields), id});
    if (!query)
        return tl::unexpected(query.error());
    if (query->numRowsAffected() == 0)
        return fail(ErrorCode::DocumentNotFound, QString::number(id));
    return {};
}

Result<void> LibraryStore::removeDocument(qint64 id)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // The index is a contentless virtual table outside the foreign-key cascade: remove each row
    // with the tokens it was built from, regenerated from the stored span.
    auto spans = sql::exec(db,
                           u"SELECT t.section_id, t.span FROM section_text t JOIN sections s ON s.id = t.section_id "
                           "WHERE s.document_id = ?"_s,
                           {id});
    if (!spans)
        return tl::unexpected(spans.error());
    QSqlQuery deleteIndex(db);
    if (!deleteIndex.prepare(schema::deleteIndexRowStatement()))
        return tl::unexpected(sql::queryError(deleteIndex));
    while (spans->next()) {
        if (auto done = sql::execPrepared(deleteIndex, {spans->value(0), bigramTokens(spans->value(1).toString())});
            !done)
            return done;
    }
    auto removed = sql::exec(db, u"DELETE FROM documents WHERE id = ?"_s, {id});
    if (!removed)
        return tl::unexpected(removed.error());
    if (removed->numRowsAffected() == 0)
        return fail(ErrorCode::DocumentNotFound, QString::number(id));
    return transaction.commit();
}

Result<int> LibraryStore::documentCount() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto count = sql::scalar(db, u"SELECT COUNT(*) FROM documents"_s);
    if (!count)
        return tl::unexpected(count.error());
    return int(*count);
}

Result<std::vector<SearchHit>> LibraryStore::search(QStringView query, int limit) const
{
    std::vector<SearchHit> hits;
    const QString expression = matchExpression(query);
    if (expression.isEmpty() || limit <= 0)
        return hits;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Rank and limit inside the index first (FTS5's `rank` is bm25), then join the few winners.
    auto rows = sql::exec(db,
                          u"SELECT m.rowid, m.rank, f.span, f.ranges, "
                          "s.document_id, d.title, s.label, s.heading "
                          "FROM (SELECT rowid, rank FROM section_fts WHERE section_fts MATCH ? "
                          "      ORDER BY rank LIMIT ?) m "
                          "JOIN section_text f ON f.section_id = m.rowid "
                          "JOIN sections s ON s.id = m.rowid JOIN documents d ON d.id = s.document_id "
                          "ORDER BY m.rank"_s,
                          {expression, limit});
    if (!rows)
        return tl::unexpected(rows.error());
    while (rows->next()) {
        SearchHit hit;
        hit.sectionId = rows->value(0).toLongLong();
        hit.score = -rows->value(1).toDouble(); // bm25 is lower-is-better
        const QString span = rows->value(2).toString();
        const QString ranges = rows->value(3).toString();
        hit.documentId = rows->value(4).toLongLong();
        hit.documentTitle = rows->value(5).toString();
        hit.sectionLabel = rows->value(6).toString();
        hit.heading = rows->value(7).toString();
        auto [at, length] = firstOccurrence(span, query);
        if (at < 0) // matched across punctuation the index ignores; show the section's start
            at = 0;
        hit.matchStart = schema::documentOffset(ranges, at);
        hit.matchLength = length;
        hit.snippet = snippetAround(span, at, length);
        hits.push_back(std::move(hit));
    }
    return hits;
}

QString defaultLibraryPath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return directory + u"/library.sqlite"_s;
}

} // namespace parallax
