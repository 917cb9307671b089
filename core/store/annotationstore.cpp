#include "core/store/annotationstore.h"

#include "core/annotations/anchoring.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {


const QString columns = u"id, document_id, document_title, document_source, start, \"end\", quote, prefix, suffix, "
                        "color, note, tags, status, created, modified"_s;

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFrom(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << value.toString();
    return tags;
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString &text)
{
    // Stored with a 'Z': Qt reads that back as UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

Annotation annotationFrom(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        a.documentId = query.value(1).toLongLong();
    a.documentTitle = query.value(2).toString();
    a.documentSource = query.value(3).toString();
    a.anchor.start = query.value(4).toLongLong();
    a.anchor.end = query.value(5).toLongLong();
    a.anchor.quote = query.value(6).toString();
    a.anchor.prefix = query.value(7).toString();
    a.anchor.suffix = query.value(8).toString();
    a.color = highlightColorFromString(query.value(9).toString()).value_or(HighlightColor::Yellow);
    a.note = query.value(10).toString();
    a.tags = tagsFrom(query.value(11).toString());
    a.status = anchorStatusFromString(query.value(12).toString()).value_or(AnchorStatus::Attached);
    a.created = timeFrom(query.value(13).toString());
    a.modified = timeFrom(query.value(14).toString());
    return a;
}

Result<void> validate(const Annotation &a)
{
    if (a.anchor.quote.isEmpty() || a.anchor.end <= a.anchor.start)
        return fail(ErrorCode::InvalidArgument, u"annotation"_s, u"empty quote or span"_s);
    if (a.anchor.quote.size() > kMaxQuoteLength)
        return fail(ErrorCode::InvalidArgument, u"annotation"_s,
                    u"quote of %1 characters (limit %2)"_s.arg(a.anchor.quote.size()).arg(kMaxQuoteLength));
    if (a.note.size() > kMaxNoteLength)
        return fail(ErrorCode::InvalidArgument, u"annotation"_s,
                    u"note of %1 characters (limit %2)"_s.arg(a.note.size()).arg(kMaxNoteLength));
    if (a.tags.size() > kMaxTags)
        return fail(ErrorCode::InvalidArgument, u"annotation"_s,
                    u"%1 tags (limit %2)"_s.arg(a.tags.size()).arg(kMaxTags));
    return {};
}

QVariant documentIdValue(const Annotation &a)
{
    return a.documentId ? QVariant(*a.documentId) : QVariant(QMetaType::fromType<qint64>());
}

Result<std::vector<Annotation>> selectAll(const QSqlDatabase &db, const QString &where,
                                          std::initializer_list<QVariant> values)
{
    auto rows = sql::exec(db, u"SELECT %1 FROM annotations %2"_s.arg(columns, where), values);
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<Annotation> result;
    while (rows->next())
        result.push_back(annotationFrom(*rows));
    return result;
}

// Writes a resolution back to an annotation; true if anything changed.
bool applyResolution(Annotation &a, const AnchorResolution &found, QStringView text)
{
    if (!found.found()) {
        if (a.status == AnchorStatus::Orphaned)
            return false;
        a.status = AnchorStatus::Orphaned;
        return true;
    }
    if (found.match == AnchorMatch::Exact && a.status == AnchorStatus::Attached)
        return false;
    // The anchor is remade from the current text: after a loose match the quote takes the new
    // punctuation and spacing, so the next check is exact again.
    a.anchor = makeAnchor(text, found.start, found.end);
    a.status = AnchorStatus::Attached;
    return true;
}

} // namespace

AnnotationStore::AnnotationStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

AnnotationStore::~AnnotationStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<AnnotationStore>> AnnotationStore::open(const QString &path)
{
    const QString connectionName = sql::uniqueConnectionName();
    // From here on the destructor removes the connection, whatever happens below.
    std::unique_ptr<AnnotationStore> store(new AnnotationStore(connectionName));
    if (auto opened = sql::openStoreConnection(connectionName, path, u"annotations"_s); !opened)
        return tl::unexpected(opened.error());
    return store;
}

Result<qint64> AnnotationStore::add(const Annotation &annotation)
{
    if (auto valid = validate(annotation); !valid)
        return tl::unexpected(valid.error());
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (annotation.documentId) {
        auto exists = sql::scalar(db, u"SELECT COUNT(*) FROM documents WHERE id = ?"_s, {*annotation.documentId});
        if (!exists)
            return tl::unexpected(exists.error());
        if (*exists == 0)
            return fail(ErrorCode::DocumentNotFound, QString::number(*annotation.documentId));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Annotation &a = annotation;
    auto inserted = sql::exec(
        db,
        u"INSERT INTO annotations (document_id, document_title, document_source, start, \"end\", quote, prefix, "
        "suffix, color, note, tags, status, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {documentIdValue(a), a.documentTitle, a.documentSource, qint64(a.anchor.start), qint64(a.anchor.end),
         a.anchor.quote, a.anchor.prefix, a.anchor.suffix, toString(a.color), a.note, tagsJson(normalizedTags(a.tags)),
         toString(a.status), timestamp(a.created.isValid() ? a.created : now),
         timestamp(a.modified.isValid() ? a.modified : now)});
    if (!inserted)
        return tl::unexpected(inserted.error());
    return inserted->lastInsertId().toLongLong();
}

Result<void> AnnotationStore::restore(const Annotation &annotation)
{
    if (auto valid = validate(annotation); !valid)
        return tl::unexpected(valid.error());
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Annotation &a = annotation;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The document may have been deleted meanwhile: then the note comes back archived.
    auto restored = sql::exec(
        db,
        u"INSERT INTO annotations (id, document_id, document_title, document_source, start, \"end\", quote, prefix, "
        "suffix, color, note, tags, status, created, modified) "
        "VALUES (?, (SELECT id FROM documents WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {a.id, documentIdValue(a), a.documentTitle, a.documentSource, qint64(a.anchor.start), qint64(a.anchor.end),
         a.anchor.quote, a.anchor.prefix, a.anchor.suffix, toString(a.color), a.note, tagsJson(normalizedTags(a.tags)),
         toString(a.status), timestamp(a.created.isValid() ? a.created : now),
         timestamp(a.modified.isValid() ? a.modified : now)});
    if (!restored)
        return tl::unexpected(restored.error());
    return {};
}

Result<void> AnnotationStore::update(const Annotation &annotation)
{
    if (auto valid = validate(annotation); !valid)
        return tl::unexpected(valid.error());
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Annotation &a = annotation;
    auto updated = sql::exec(db,
                             u"UPDATE annotations SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?, "
                             "color = ?, note = ?, tags = ?, status = ?, modified = ? WHERE id = ?"_s,
                             {qint64(a.anchor.start), qint64(a.anchor.end), a.anchor.quote, a.anchor.prefix,
                              a.anchor.suffix, toString(a.color), a.note, tagsJson(normalizedTags(a.tags)),
                              toString(a.status), timestamp(QDateTime::currentDateTimeUtc()), a.id});
    if (!updated)
        return tl::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::InvalidArgument, u"annotation %1"_s.arg(a.id), u"no such annotation"_s);
    return {};
}

Result<void> AnnotationStore::remove(qint64 id)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto removed = sql::exec(db, u"DELETE FROM annotations WHERE id = ?"_s, {id});
    if (!removed)
        return tl::unexpected(removed.error());
    return {};
}

Result<std::optional<Annotation>> AnnotationStore::annotation(qint64 id) const
{
    auto rows = selectAll(QSqlDatabase::database(m_connectionName, false), u"WHERE id = ?"_s, {id});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::optional<Annotation>();
    return std::optional<Annotation>(std::move(rows->front()));
}

Result<std::vector<Annotation>> AnnotationStore::forDocument(qint64 documentId) const
{
    return selectAll(QSqlDatabase::database(m_connectionName, false),
                     u"WHERE document_id = ? ORDER BY start, \"end\", id"_s, {documentId});
}

Result<std::vector<Annotation>> AnnotationStore::all() const
{
    // Archived notes (NULL document) last, grouped by the title they were made on.
    return selectAll(QSqlDatabase::database(m_connectionName, false),
                     u"ORDER BY document_id IS NULL, document_id, document_title, start, id"_s, {});
}

Result<int> AnnotationStore::count() const
{
    auto n = sql::scalar(QSqlDatabase::database(m_connectionName, false), u"SELECT COUNT(*) FROM annotations"_s);
    if (!n)
        return tl::unexpected(n.error());
    return int(*n);
}

Result<int> AnnotationStore::reanchor(const Document &document)
{
    auto annotations = forDocument(document.id);
    if (!annotations)
        return tl::unexpected(annotations.error());
    const AnchorResolver resolver(document.text);
    std::vector<const Annotation *> changed;
    for (Annotation &a : *annotations) {
        if (applyResolution(a, resolver.resolve(a.anchor), document.text))
            changed.push_back(&a);
    }
    if (changed.empty())
        return 0;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return tl::unexpected(begun.error());
    QSqlQuery query(db);
    if (!query.prepare(u"UPDATE annotations SET start = ?, \"end\" = ?, quote = ?, prefix = ?, suffix = ?, "
                       "status = ? WHERE id = ?"_s))
        return tl::unexpected(sql::queryError(query));
    for (const Annotation *a : changed) {
        if (auto done = sql::execPrepared(query, {qint64(a->anchor.start), qint64(a->anchor.end), a->anchor.quote,
                                                  a->anchor.prefix, a->anchor.suffix, toString(a->status), a->id});
            !done)
            return tl::unexpected(done.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    return int(changed.size());
}

Result<int> AnnotationStore::adoptArchived(const Document &document)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return tl::unexpected(begun.error());
    auto adopted = adoptArchivedAnnotations(db, document, document.id);
    if (!adopted)
        return adopted;
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    return adopted;
}

Result<int> adoptArchivedAnnotations(const QSqlDatabase &db, const Document &document, qint64 documentId)
{
    if (documentId == 0)
        return fail(ErrorCode::DocumentNotFound, document.meta.title);
    auto archived = selectAll(db,
                              u"WHERE document_id IS NULL AND ((document_source <> '' AND document_source = ?) OR "
                              "(document_title <> '' AND document_title = ?)) ORDER BY id"_s,
                              {document.sourcePath, document.meta.title});
    if (!archived)
        return tl::unexpected(archived.error());
    if (archived->empty())
        return 0;
    const AnchorResolver resolver(document.text);
    QSqlQuery query(db);
    if (!query.prepare(u"UPDATE annotations SET document_id = ?, document_title = ?, document_source = ?, start = ?, "
                       "\"end\" = ?, quote = ?, prefix = ?, suffix = ?, status = 'attached' WHERE id = ?"_s))
        return tl::unexpected(sql::queryError(query));
    int adopted = 0;
    for (Annotation &a : *archived) {
        const AnchorResolution found = resolver.resolve(a.anchor);
        if (!found.found())
            continue; // stays archived: better kept apart than attached to the wrong words
        a.anchor = makeAnchor(document.text, found.start, found.end);
        if (auto done = sql::execPrepared(query, {documentId, document.meta.title, document.sourcePath,
                                                  qint64(a.anchor.start), qint64(a.anchor.end), a.anchor.quote,
                                                  a.anchor.prefix, a.anchor.suffix, a.id});
            !done)
            return tl::unexpected(done.error());
        ++adopted;
    }
    return adopted;
}

} // namespace parallax
