#include "core/store/schema.h"

#include "core/store/database.h"
#include "core/store/searchtext.h"
#include "core/text/tokenizer.h"

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax::schema {

namespace {

Result<void> run(const QSqlDatabase &db, const QString &statement)
{
    auto query = sql::exec(db, statement);
    if (!query)
        return tl::unexpected(query.error());
    return {};
}

QString currentSegmenter()
{
    return QString::fromLatin1(Tokenizer::instance().signature());
}

// Documents whose token starts are missing, made by another tokenizer (bind currentSegmenter())
// or of the wrong size. Only document_tokens is read (and documents' ids): this runs at every open,
// and reading documents.text_length would read every document's text before it.
const QString staleTokenStarts = u"FROM documents d LEFT JOIN document_tokens t ON t.document_id = d.id "
                                  "WHERE t.segmenter IS NULL OR t.segmenter != ? OR length(t.starts) != (t.text_length + 7) / 8"_s;

// Segments those documents anew (the caller holds a transaction).
Result<void> refreshStale(const QSqlDatabase &db)
{
    auto stale = sql::exec(db, u"SELECT d.id, d.text "_s + staleTokenStarts + u" ORDER BY d.id"_s, {currentSegmenter()});
    if (!stale)
        return tl::unexpected(stale.error());
    while (stale->next()) {
        const QString text = stale->value(1).toString();
        if (auto stored = storeTokenStarts(db, stale->value(0).toLongLong(), TokenStarts::compute(text)); !stored)
            return stored;
    }
    return {};
}

Result<void> migrateTo1(const QSqlDatabase &db)
{
    // `end` is an SQL keyword, hence the quotes. Offsets are UTF-16 positions in documents.text.
    static const QString statements[] = {
        u"CREATE TABLE documents ("
        "  id INTEGER PRIMARY KEY,"
        "  title TEXT NOT NULL DEFAULT '',"
        "  region TEXT NOT NULL DEFAULT '',"
        "  region_level TEXT NOT NULL DEFAULT 'unknown',"
        "  kind TEXT NOT NULL DEFAULT 'other',"
        "  date TEXT NOT NULL DEFAULT '',"
        "  speaker TEXT NOT NULL DEFAULT '',"
        "  year_reported INTEGER NOT NULL DEFAULT 0,"
        "  year_planned INTEGER NOT NULL DEFAULT 0,"
        "  period_end INTEGER NOT NULL DEFAULT 0,"
        "  user_fields TEXT NOT NULL DEFAULT '[]',"
        "  source_path TEXT NOT NULL DEFAULT '',"
        "  format TEXT NOT NULL DEFAULT 'text',"
        "  encoding TEXT NOT NULL DEFAULT '',"
        "  content_hash TEXT NOT NULL UNIQUE,"
        "  text TEXT NOT NULL,"
        "  text_length INTEGER NOT NULL,"
        "  imported_at TEXT NOT NULL"
        ")"_s,
        u"CREATE TABLE sections ("
        "  id INTEGER PRIMARY KEY,"
        "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        "  parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,"
        "  ordinal INTEGER NOT NULL,"
        "  level INTEGER NOT NULL,"
        "  label TEXT NOT NULL DEFAULT '',"
        "  heading TEXT NOT NULL DEFAULT '',"
        "  role TEXT NOT NULL DEFAULT 'body',"
        "  topic TEXT NOT NULL DEFAULT '',"
        "  start INTEGER NOT NULL,"
        "  \"end\" INTEGER NOT NULL,"
        "  body_start INTEGER NOT NULL,"
        "  label_implied INTEGER NOT NULL DEFAULT 0,"
        "  heading_split INTEGER NOT NULL DEFAULT 0,"
        "  UNIQUE (document_id, ordinal)"
        ")"_s,
        // The cascade from a parent section needs its children found by parent_id.
        u"CREATE INDEX sections_parent ON sections(parent_id)"_s,
    };
    for (const QString &statement : statements) {
        if (auto done = run(db, statement); !done)
            return done;
    }
    return {};
}

Result<void> migrateTo2(const QSqlDatabase &db)
{
    // One contentless column of character bigrams (see searchtext.h): indexing Chinese by characters
    // makes one token per character, and FTS5's own copy of the token text used to make the library
    // seven times the size of its text and import three times slower. Deleting from a contentless
    // table needs the original tokens, which are regenerated from section_text.span. The `ascii`
    // tokenizer only splits our token stream on spaces (every non-ASCII byte is a token character).
    if (auto created = run(db, u"CREATE VIRTUAL TABLE section_fts USING fts5(bi, content = '', tokenize = 'ascii')"_s);
        !created)
        return created;
    // The section's own display pieces and their document offsets, for snippets and "open at match".
    if (auto created = run(db, u"CREATE TABLE section_text ("
                               "  section_id INTEGER PRIMARY KEY REFERENCES sections(id) ON DELETE CASCADE,"
                               "  span TEXT NOT NULL,"
                               "  ranges TEXT NOT NULL)"_s);
        !created)
        return created;

    auto documents = sql::exec(db, u"SELECT id, text FROM documents ORDER BY id"_s);
    if (!documents)
        return tl::unexpected(documents.error());
    QSqlQuery insert(db);
    if (!insert.prepare(insertIndexRowStatement()))
        return tl::unexpected(sql::queryError(insert));
    QSqlQuery insertText(db);
    if (!insertText.prepare(insertSectionTextStatement()))
        return tl::unexpected(sql::queryError(insertText));
    while (documents->next()) {
        // The same indexing as for a new document, over the tree as stored.
        Document document;
        document.id = documents->value(0).toLongLong();
        document.text = documents->value(1).toString();
        std::vector<qint64> ids;
        auto sections = loadSectionTree(db, document.id, &ids);
        if (!sections)
            return tl::unexpected(sections.error());
        document.sections = std::move(*sections);
        std::size_t next = 0;
        Result<void> indexed;
        forEachSection(document.sections, [&](const Section &section) {
            if (indexed)
                indexed = indexSection(insert, insertText, ids[next++], document, section);
        });
        if (!indexed)
            return indexed;
    }
    return {};
}

Result<void> migrateTo3(const QSqlDatabase &db)
{
    // User corrections of extracted indicator observations (see core/store/observationstore.h).
    // key_* identify the observation as extraction produces it; an edit with no such observation
    // is one the user added. The other columns are the corrected figure.
    static const QString statements[] = {
        u"CREATE TABLE observation_edits ("
        "  id INTEGER PRIMARY KEY,"
        "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        "  key_indicator TEXT NOT NULL,"
        "  key_measure TEXT NOT NULL,"
        "  key_kind TEXT NOT NULL,"
        "  key_year INTEGER NOT NULL,"
        "  key_start INTEGER NOT NULL,"
        "  indicator TEXT NOT NULL,"
        "  measure TEXT NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  year INTEGER NOT NULL,"
        "  value REAL,"
        "  value_max REAL,"
        "  unit TEXT NOT NULL DEFAULT '',"
        "  qualifier TEXT NOT NULL,"
        "  period TEXT NOT NULL DEFAULT '',"
        "  quote TEXT NOT NULL DEFAULT '',"
        "  start INTEGER NOT NULL DEFAULT 0,"
        "  \"end\" INTEGER NOT NULL DEFAULT 0,"
        "  section TEXT NOT NULL DEFAULT '',"
        "  created TEXT NOT NULL,"
        "  modified TEXT NOT NULL,"
        "  UNIQUE (document_id, key_indicator, key_measure, key_kind, key_year, key_start)"
        ")"_s,
    };
    for (const QString &statement : statements) {
        if (auto done = run(db, statement); !done)
            return done;
    }
    return {};
}

Result<void> migrateTo4(const QSqlDatabase &db)
{
    // The user's annotations (see core/store/annotationstore.h). Deleting a document must not
    // delete its notes: the reference is set to NULL (the note is "archived") and the title and
    // source path kept here let the user see where it came from and re-attach it on re-import.
    static const QString statements[] = {
        u"CREATE TABLE annotations ("
        "  id INTEGER PRIMARY KEY,"
        "  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,"
        "  document_title TEXT NOT NULL DEFAULT '',"
        "  document_source TEXT NOT NULL DEFAULT '',"
        "  start INTEGER NOT NULL,"
        "  \"end\" INTEGER NOT NULL,"
        "  quote TEXT NOT NULL,"
        "  prefix TEXT NOT NULL DEFAULT '',"
        "  suffix TEXT NOT NULL DEFAULT '',"
        "  color TEXT NOT NULL DEFAULT 'yellow',"
        "  note TEXT NOT NULL DEFAULT '',"
        "  tags TEXT NOT NULL DEFAULT '[]',"
        "  status TEXT NOT NULL DEFAULT 'attached',"
        "  created TEXT NOT NULL,"
        "  modified TEXT NOT NULL"
        ")"_s,
        u"CREATE INDEX annotations_document ON annotations(document_id, start)"_s,
    };
    for (const QString &statement : statements) {
        if (auto done = run(db, statement); !done)
            return done;
    }
    return {};
}

Result<void> migrateTo5(const QSqlDatabase &db)
{
    // Each document's segmentation (see core/text/tokenstarts.h): one bit per UTF-16 unit of
    // documents.text (text_length of them), valid for the tokenizer whose signature is in `segmenter`.
    if (auto created = run(db, u"CREATE TABLE document_tokens ("
                               "  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
                               "  segmenter TEXT NOT NULL,"
                               "  text_length INTEGER NOT NULL,"
                               "  starts BLOB NOT NULL)"_s);
        !created)
        return created;
    return refreshStale(db);
}

using Step = std::function<Result<void>(const QSqlDatabase &)>;

const std::vector<Step> &steps()
{
    // steps()[i] migrates from version i to version i + 1.
    static const std::vector<Step> all{migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5};
    return all;
}

} // namespace

int currentVersion() { return int(steps().size()); }

QString insertIndexRowStatement()
{
    return u"INSERT INTO section_fts (rowid, bi) VALUES (?, ?)"_s;
}

QString insertSectionTextStatement()
{
    return u"INSERT INTO section_text (section_id, span, ranges) VALUES (?, ?, ?)"_s;
}

QString deleteIndexRowStatement()
{
    return u"INSERT INTO section_fts (section_fts, rowid, bi) VALUES ('delete', ?, ?)"_s;
}

Result<void> indexSection(QSqlQuery &index, QSqlQuery &sectionText, qint64 sectionId, const Document &document,
                          const Section &section)
{
    // The section's own display pieces: from its start to its first child, between children,
    // after the last child. Same cut as ownBody(), but with the heading line and offsets kept.
    const QStringView text(document.text);
    QString span;
    QStringList ranges;
    qsizetype from = std::clamp(section.start, qsizetype(0), text.size());
    auto take = [&](qsizetype to) {
        to = std::clamp(to, from, text.size());
        if (text.mid(from, to - from).trimmed().isEmpty())
            return;
        if (!span.isEmpty())
            span += u'\n';
        span += text.mid(from, to - from);
        ranges << u"%1:%2"_s.arg(from).arg(to);
    };
    for (const Section &child : section.children) {
        take(child.start);
        from = std::clamp(child.end, from, text.size());
    }
    take(section.end);
    // The span is what is indexed, so a delete can regenerate exactly the same tokens from it.
    if (auto stored = sql::execPrepared(sectionText, {sectionId, span, ranges.join(u' ')}); !stored)
        return stored;
    return sql::execPrepared(index, {sectionId, bigramTokens(span)});
}

Result<void> storeTokenStarts(const QSqlDatabase &db, qint64 documentId, const TokenStarts &starts)
{
    // A text without characters has no bits, stored as an empty blob (not NULL).
    const QByteArray bits = starts.isEmpty() ? QByteArray("", 0) : starts.bytes();
    auto stored = sql::exec(db,
                            u"INSERT OR REPLACE INTO document_tokens (document_id, segmenter, text_length, starts) "
                            "VALUES (?, ?, ?, ?)"_s,
                            {documentId, currentSegmenter(), starts.textLength(), bits});
    if (!stored)
        return tl::unexpected(stored.error());
    return {};
}

Result<TokenStarts> loadTokenStarts(const QSqlDatabase &db, qint64 documentId, qsizetype textLength)
{
    auto row = sql::exec(db, u"SELECT segmenter, starts FROM document_tokens WHERE document_id = ?"_s, {documentId});
    if (!row)
        return tl::unexpected(row.error());
    if (!row->next() || row->value(0).toString() != currentSegmenter())
        return TokenStarts();
    return TokenStarts::fromBytes(row->value(1).toByteArray(), textLength).value_or(TokenStarts());
}

Result<void> refreshTokenStarts(const QSqlDatabase &db)
{
    auto count = sql::scalar(db, u"SELECT count(*) "_s + staleTokenStarts, {currentSegmenter()});
    if (!count)
        return tl::unexpected(count.error());
    if (*count == 0)
        return {};
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto refreshed = refreshStale(db); !refreshed)
        return refreshed;
    return transaction.commit();
}

qsizetype documentOffset(QStringView ranges, qsizetype spanOffset)
{
    qsizetype consumed = 0; // span characters before the current piece
    qsizetype lastEnd = 0;
    for (const QStringView range : ranges.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = range.indexOf(u':');
        const qsizetype start = range.left(colon).toLongLong();
        const qsizetype end = range.mid(colon + 1).toLongLong();
        if (spanOffset < consumed + (end - start))
            return start + std::max<qsizetype>(0, spanOffset - consumed);
        consumed += end - start + 1; // the '\n' joining pieces
        lastEnd = end;
    }
    return lastEnd;
}

Result<std::vector<Section>> loadSectionTree(const QSqlDatabase &db, qint64 documentId,
                                             std::vector<qint64> *preorderIds)
{
    auto rows = sql::exec(db,
                          u"SELECT id, parent_id, level, label, heading, role, topic, start, \"end\", "
                          "body_start, label_implied, heading_split FROM sections WHERE document_id = ? "
                          "ORDER BY ordinal"_s,
                          {documentId});
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<Section> roots;
    // Rows come in pre-order, so a section's parent is on the path from the root to the previous
    // row. Only the innermost vector on the path is appended to, so the pointers stay valid.
    std::vector<std::pair<qint64, Section *>> path;
    while (rows->next()) {
        Section section;
        const qint64 sectionId = rows->value(0).toLongLong();
        const qint64 parentId = rows->value(1).isNull() ? 0 : rows->value(1).toLongLong();
        section.level = rows->value(2).toInt();
        section.label = rows->value(3).toString();
        section.heading = rows->value(4).toString();
        section.role = sectionRoleFromString(rows->value(5).toString()).value_or(SectionRole::Body);
        section.topic = rows->value(6).toString();
        section.start = rows->value(7).toLongLong();
        section.end = rows->value(8).toLongLong();
        section.bodyStart = rows->value(9).toLongLong();
        section.labelImplied = rows->value(10).toBool();
        section.headingSplit = rows->value(11).toBool();
        while (!path.empty() && path.back().first != parentId)
            path.pop_back();
        std::vector<Section> &siblings = path.empty() ? roots : path.back().second->children;
        siblings.push_back(std::move(section));
        path.emplace_back(sectionId, &siblings.back());
        if (preorderIds)
            preorderIds->push_back(sectionId);
    }
    return roots;
}

Result<void> migrate(const QSqlDatabase &db)
{
    auto version = sql::scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return tl::unexpected(version.error());
    if (*version >= currentVersion())
        return {};

    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Another connection may have migrated while we waited for the write lock.
    version = sql::scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return tl::unexpected(version.error());
    for (qint64 from = *version; from < currentVersion(); ++from) {
        if (auto migrated = steps()[std::size_t(from)](db); !migrated)
            return migrated;
    }
    // PRAGMA takes no bound parameters; the value is our own constant, never user input.
    if (auto stamped = run(db, u"PRAGMA user_version = %1"_s.arg(currentVersion())); !stamped)
        return stamped;
    return transaction.commit();
}

} // namespace parallax::schema
