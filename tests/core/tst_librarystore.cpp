#include "core/store/librarystore.h"
#include "core/text/tokenizer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

Section makeSection(const QString &text, QStringView label, QStringView heading, qsizetype start, int level)
{
    Section section;
    section.label = label.toString();
    section.heading = heading.toString();
    section.level = level;
    section.start = start;
    section.bodyStart = start + label.size() + heading.size() + 1;
    section.end = text.size();
    return section;
}

/// A small report with a nested tree whose offsets are right, and every field set.
Document nestedDocument()
{
    Document document;
    document.text = u"政府工作报告\n一、工作回顾\n过去一年粮食增产。\n（一）农业\n棉花丰收，棉花增产。\n"
                    "（二）工业\n工业增加值增长6.5%。\n二、今年安排\n推动高质量发展。\n"_s;
    const QString &text = document.text;
    document.meta.title = u"政府工作报告"_s;
    document.meta.region = u"吐鲁番市"_s;
    document.meta.regionLevel = RegionLevel::Prefecture;
    document.meta.kind = DocumentKind::WorkReport;
    document.meta.date = u"2025-01-13"_s;
    document.meta.speaker = u"克衣色尔·克尤木"_s;
    document.meta.yearReported = 2024;
    document.meta.yearPlanned = 2025;
    document.meta.periodEnd = 0;
    document.meta.userFields = QStringList{u"title"_s, u"speaker"_s};
    document.sourcePath = u"/tmp/turpan.txt"_s;
    document.format = SourceFormat::Html;
    document.encoding = u"GB18030"_s;
    document.contentHash = hashOf(text);

    Section review = makeSection(text, u"一、", u"工作回顾", text.indexOf(u"一、"), 1);
    review.role = SectionRole::Review;
    review.topic = u"经济运行与预期目标"_s;
    Section farming = makeSection(text, u"（一）", u"农业", text.indexOf(u"（一）"), 2);
    farming.topic = u"农业农村与乡村振兴"_s;
    farming.labelImplied = true;
    Section industry = makeSection(text, u"（二）", u"工业", text.indexOf(u"（二）"), 2);
    industry.headingSplit = true;
    farming.end = industry.start;
    const qsizetype planStart = text.indexOf(u"二、今年");
    industry.end = planStart;
    review.end = planStart;
    review.children = {farming, industry};
    Section plan = makeSection(text, u"二、", u"今年安排", planStart, 1);
    plan.role = SectionRole::Plan;
    Section opening;
    opening.heading = u"政府工作报告"_s;
    opening.role = SectionRole::Opening;
    opening.end = review.start;
    opening.bodyStart = 7;
    document.sections = {opening, review, plan};
    return document;
}

/// A plain document with one untitled section per line, for texts not run through the parser.
Document lineDocument(const QString &text, const QString &title)
{
    Document document;
    document.text = text;
    document.meta.title = title;
    document.contentHash = hashOf(text);
    document.sourcePath = title;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end > start) {
            Section section;
            section.start = start;
            section.bodyStart = start;
            section.end = end;
            document.sections.push_back(section);
        }
        start = end + 1;
    }
    return document;
}

QString readSample(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void compareSections(const std::vector<Section> &actual, const std::vector<Section> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const Section &a = actual[i];
        const Section &e = expected[i];
        QCOMPARE(a.label, e.label);
        QCOMPARE(a.heading, e.heading);
        QCOMPARE(a.level, e.level);
        QCOMPARE(toString(a.role), toString(e.role));
        QCOMPARE(a.topic, e.topic);
        QCOMPARE(a.start, e.start);
        QCOMPARE(a.end, e.end);
        QCOMPARE(a.bodyStart, e.bodyStart);
        QCOMPARE(a.labelImplied, e.labelImplied);
        QCOMPARE(a.headingSplit, e.headingSplit);
        compareSections(a.children, e.children);
        if (QTest::currentTestFailed())
            return;
    }
}

/// Raw access to the file, beside the store, to check what the store cannot tell about itself.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(statement);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }
    bool exec(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(statement);
        if (!ok)
            qWarning() << query.lastError().text();
        return ok;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openCreatesCurrentSchema();
    void openFails_data();
    void openFails();
    void schemaTooNewIsUntouched();
    void migrationFromVersion1();
    void roundTrip();
    void tokenStartsStored();
    void tokenStartsRefreshed();
    void documentWithoutSectionsGetsOne();
    void duplicate();
    void failedAddLeavesNothing();
    void summaryAndList();
    void findByHash();
    void updateMetadata();
    void removeDocument();
    void notFound();
    void twoThreadsOneFile();

    void searchSamples_data();
    void searchSamples();
    void searchAbsent_data();
    void searchAbsent();
    void searchRanksFrequentFirst();
    void searchMetacharactersAreInert_data();
    void searchMetacharactersAreInert();
    void searchSnippet();
    void searchMatchAfterChild();

    void defaultPath();

private:
    QString dbPath() const { return m_dir->filePath(u"library.sqlite"_s); }
    std::unique_ptr<LibraryStore> openStore()
    {
        auto store = LibraryStore::open(dbPath());
        if (!store) {
            qWarning() << store.error().detail;
            return nullptr;
        }
        return std::move(*store);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_sampleNames;
};

void TestLibraryStore::initTestCase()
{
    m_sampleNames = {u"changji_2021-2025_five-year-plan.txt"_s, u"huyanghe_2025_work-report.txt"_s,
                     u"turpan_2025_work-report.txt"_s, u"urumqi_2023_work-report.txt"_s,
                     u"xinjiang_2025_work-report-summary.txt"_s};
    for (const QString &name : std::as_const(m_sampleNames))
        QVERIFY2(!readSample(name).isEmpty(), qPrintable(name));
}

void TestLibraryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLibraryStore::cleanup() { m_dir.reset(); }

void TestLibraryStore::openCreatesCurrentSchema()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->path(), dbPath());
    QVERIFY(LibraryStore::currentSchemaVersion() >= 2);
    RawDb raw(dbPath());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), LibraryStore::currentSchemaVersion());
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM sqlite_master WHERE name IN ('documents', 'sections', "
                       "'section_fts')"_s)
                 .toInt(),
             3);
    QCOMPARE(*store->documentCount(), 0);
}

void TestLibraryStore::openFails_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("directory");
    QTest::newRow("not a database") << QByteArray("this is a text file, not SQLite, long enough to matter "
                                                  "for the header check of sqlite3 which reads 100 bytes")
                                    << false;
    QTest::newRow("a directory") << QByteArray() << true;
}

void TestLibraryStore::openFails()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, directory);
    if (directory) {
        QVERIFY(QDir(m_dir->path()).mkdir(u"library.sqlite"_s));
    } else {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto store = LibraryStore::open(dbPath());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::DatabaseOpen);
    QCOMPARE(store.error().subject, dbPath());
}

void TestLibraryStore::schemaTooNewIsUntouched()
{
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"CREATE TABLE future (x)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
    }
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    auto store = LibraryStore::open(dbPath());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ErrorCode::DatabaseSchemaTooNew);

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    RawDb raw(dbPath());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 99);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
}

void TestLibraryStore::migrationFromVersion1()
{
    // Version 1 exactly as it shipped: documents and sections, no full-text index.
    const QString text = u"一、农业\n棉花产量增长，粮食安全。\n二、工业\n高质量发展。\n"_s;
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', "
                         "region TEXT NOT NULL DEFAULT '', region_level TEXT NOT NULL DEFAULT 'unknown', "
                         "kind TEXT NOT NULL DEFAULT 'other', date TEXT NOT NULL DEFAULT '', "
                         "speaker TEXT NOT NULL DEFAULT '', year_reported INTEGER NOT NULL DEFAULT 0, "
                         "year_planned INTEGER NOT NULL DEFAULT 0, period_end INTEGER NOT NULL DEFAULT 0, "
                         "user_fields TEXT NOT NULL DEFAULT '[]', source_path TEXT NOT NULL DEFAULT '', "
                         "format TEXT NOT NULL DEFAULT 'text', encoding TEXT NOT NULL DEFAULT '', "
                         "content_hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL, "
                         "text_length INTEGER NOT NULL, imported_at TEXT NOT NULL)"_s));
        QVERIFY(raw.exec(u"CREATE TABLE sections (id INTEGER PRIMARY KEY, "
                         "document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "
                         "parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE, "
                         "ordinal INTEGER NOT NULL, level INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', "
                         "heading TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT 'body', "
                         "topic TEXT NOT NULL DEFAULT '', start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, "
                         "body_start INTEGER NOT NULL, label_implied INTEGER NOT NULL DEFAULT 0, "
                         "heading_split INTEGER NOT NULL DEFAULT 0, UNIQUE (document_id, ordinal))"_s));
        QVERIFY(raw.exec(u"CREATE INDEX sections_parent ON sections(parent_id)"_s));
        QSqlQuery insert(QSqlDatabase::database(u"raw-%1"_s.arg(0), false));
        Q_UNUSED(insert);
        QVERIFY(raw.value(u"INSERT INTO documents (id, title, region_level, kind, user_fields, format, "
                          "content_hash, text, text_length, imported_at) VALUES (7, '旧报告', 'prefecture', "
                          "'work-report', '[\"title\"]', 'text', 'abc', ?, ?, '2024-01-01T00:00:00.000Z') "
                          "RETURNING id"_s,
                          {text, text.size()})
                    .isValid());
        const qsizetype second = text.indexOf(u"二、");
        QVERIFY(raw.value(u"INSERT INTO sections (id, document_id, parent_id, ordinal, level, label, heading, "
                          "role, start, \"end\", body_start) VALUES (1, 7, NULL, 0, 1, '一、', '农业', 'review', "
                          "0, ?, 5), (2, 7, NULL, 1, 1, '二、', '工业', 'plan', ?, ?, ?) RETURNING id"_s,
                          {second, second, text.size(), second + 5})
                    .isValid());
        QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
    }

    auto store = openStore();
    QVERIFY(store);
    {
        RawDb raw(dbPath());
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), LibraryStore::currentSchemaVersion());
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM section_fts"_s).toInt(), 2);
    }
    auto document = store->document(7);
    QVERIFY(document);
    QCOMPARE(document->text, text);
    QCOMPARE(document->meta.title, u"旧报告"_s);
    QCOMPARE(document->meta.userFields, QStringList{u"title"_s});
    QCOMPARE(toString(document->meta.regionLevel), toString(RegionLevel::Prefecture));
    QCOMPARE(document->sections.size(), std::size_t(2));
    QCOMPARE(document->sections[1].heading, u"工业"_s);
    QCOMPARE(document->tokenStarts.bytes(), TokenStarts::compute(text).bytes()); // segmented by the migration

    const auto cotton = store->search(u"棉");
    QVERIFY(cotton);
    QCOMPARE(cotton->size(), std::size_t(1));
    QCOMPARE(cotton->front().documentId, 7);
    QCOMPARE(cotton->front().sectionId, 1);
    const auto quality = store->search(u"高质量");
    QVERIFY(quality);
    QCOMPARE(quality->size(), std::size_t(1));
    QCOMPARE(quality->front().sectionId, 2);
    QCOMPARE(text.mid(quality->front().matchStart, 3), u"高质量"_s);
    // Headings are indexed too.
    const auto heading = store->search(u"工业");
    QVERIFY(heading);
    QCOMPARE(heading->size(), std::size_t(1));
}

void TestLibraryStore::roundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    const Document original = nestedDocument();
    const auto id = store->addDocument(original);
    QVERIFY(id);
    QVERIFY(*id > 0);

    // A fresh connection, so nothing can come from a cache.
    store.reset();
    store = openStore();
    const auto loaded = store->document(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, *id);
    QCOMPARE(loaded->text, original.text);
    QCOMPARE(loaded->sourcePath, original.sourcePath);
    QCOMPARE(toString(loaded->format), toString(original.format));
    QCOMPARE(loaded->encoding, original.encoding);
    QCOMPARE(loaded->contentHash, original.contentHash);
    QCOMPARE(loaded->meta.title, original.meta.title);
    QCOMPARE(loaded->meta.region, original.meta.region);
    QCOMPARE(toString(loaded->meta.regionLevel), toString(original.meta.regionLevel));
    QCOMPARE(toString(loaded->meta.kind), toString(original.meta.kind));
    QCOMPARE(loaded->meta.date, original.meta.date);
    QCOMPARE(loaded->meta.speaker, original.meta.speaker);
    QCOMPARE(loaded->meta.yearReported, original.meta.yearReported);
    QCOMPARE(loaded->meta.yearPlanned, original.meta.yearPlanned);
    QCOMPARE(loaded->meta.periodEnd, original.meta.periodEnd);
    QCOMPARE(loaded->meta.userFields, original.meta.userFields);
    compareSections(loaded->sections, original.sections);
    // The segmentation made when it was stored (the document came without one).
    QVERIFY(original.tokenStarts.isEmpty());
    QCOMPARE(loaded->tokenStarts.bytes(), TokenStarts::compute(original.text).bytes());
}

// The segmentation the import made is what comes back, and goes with the document.
void TestLibraryStore::tokenStartsStored()
{
    auto store = openStore();
    QVERIFY(store);
    Document document = nestedDocument();
    document.tokenStarts = TokenStarts::compute(document.text);
    const auto id = store->addDocument(document);
    QVERIFY(id);
    const auto loaded = store->document(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->tokenStarts.textLength(), document.text.size());
    QCOMPARE(loaded->tokenStarts.tokens(loaded->text), Tokenizer::instance().tokenize(document.text));
    {
        RawDb raw(dbPath());
        QCOMPARE(raw.value(u"SELECT segmenter FROM document_tokens WHERE document_id = ?"_s, {*id}).toByteArray(),
                 Tokenizer::instance().signature());
    }
    QVERIFY(store->removeDocument(*id));
    {
        RawDb raw(dbPath());
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM document_tokens"_s).toInt(), 0);
    }
    // A text without characters has no bits: stored all the same, and current at the next open.
    Document empty;
    empty.contentHash = hashOf(QString());
    const auto emptyId = store->addDocument(empty);
    QVERIFY(emptyId);
    store.reset();
    store = openStore();
    QVERIFY(store);
    const auto loadedEmpty = store->document(*emptyId);
    QVERIFY(loadedEmpty);
    QVERIFY(loadedEmpty->tokenStarts.isEmpty());
    RawDb raw(dbPath());
    QCOMPARE(raw.value(u"SELECT length(starts) FROM document_tokens WHERE document_id = ?"_s, {*emptyId}).toInt(), 0);
}

// Stored segmentations that another tokenizer made (an upgrade of ICU or of the lexicon) or that
// do not fit the text are never used, and the next open makes them anew.
void TestLibraryStore::tokenStartsRefreshed()
{
    auto store = openStore();
    QVERIFY(store);
    const Document document = nestedDocument();
    const auto id = store->addDocument(document);
    QVERIFY(id);
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"UPDATE document_tokens SET segmenter = 'older tokenizer'"_s));
    }
    auto stale = store->document(*id);
    QVERIFY(stale);
    QVERIFY(stale->tokenStarts.isEmpty());
    // Without them, a section's tokens are segmented on the spot: the same tokens.
    QCOMPARE(stale->tokenStarts.tokens(stale->text, 0, 20), Tokenizer::instance().tokenize(QStringView(stale->text).left(20)));
    store.reset();
    store = openStore();
    QVERIFY(store);
    auto refreshed = store->document(*id);
    QVERIFY(refreshed);
    QCOMPARE(refreshed->tokenStarts.bytes(), TokenStarts::compute(document.text).bytes());
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"UPDATE document_tokens SET starts = x'ff'"_s)); // damaged: wrong size
    }
    auto damaged = store->document(*id);
    QVERIFY(damaged);
    QVERIFY(damaged->tokenStarts.isEmpty());
    store.reset();
    store = openStore();
    QVERIFY(store);
    auto repaired = store->document(*id);
    QVERIFY(repaired);
    QCOMPARE(repaired->tokenStarts.bytes(), TokenStarts::compute(document.text).bytes());
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"DELETE FROM document_tokens"_s));
    }
    store.reset();
    store = openStore();
    QVERIFY(store);
    RawDb raw(dbPath());
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM document_tokens"_s).toInt(), 1);
}

void TestLibraryStore::documentWithoutSectionsGetsOne()
{
    auto store = openStore();
    QVERIFY(store);
    Document document;
    document.text = u"没有标题的短文，提到棉花。"_s;
    document.contentHash = hashOf(document.text);
    const auto id = store->addDocument(document);
    QVERIFY(id);
    const auto loaded = store->document(*id);
    QVERIFY(loaded);
    QCOMPARE(loaded->sections.size(), std::size_t(1));
    QCOMPARE(loaded->sections.front().end, document.text.size());
    QCOMPARE(store->search(u"棉花")->size(), std::size_t(1));
}

void TestLibraryStore::duplicate()
{
    auto store = openStore();
    QVERIFY(store);
    Document document = nestedDocument();
    const auto first = store->addDocument(document);
    QVERIFY(first);
    document.sourcePath = u"/elsewhere/copy.txt"_s; // same content, other file
    const auto second = store->addDocument(document);
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Duplicate);
    QCOMPARE(second.error().detail.toLongLong(), *first);
    QCOMPARE(*store->documentCount(), 1);
    QCOMPARE(store->search(u"棉花")->size(), std::size_t(1));
}

void TestLibraryStore::failedAddLeavesNothing()
{
    auto store = openStore();
    QVERIFY(store);
    {
        // Make the database refuse the third section, half-way through the document.
        RawDb raw(dbPath());
        QVERIFY(raw.exec(u"CREATE TRIGGER refuse AFTER INSERT ON sections WHEN NEW.ordinal = 2 "
                         "BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    }
    const auto id = store->addDocument(nestedDocument());
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::DatabaseQuery);
    QVERIFY2(id.error().detail.contains(u"refused"_s), qPrintable(id.error().detail));
    QCOMPARE(*store->documentCount(), 0);
    RawDb raw(dbPath());
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM sections"_s).toInt(), 0);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM section_fts"_s).toInt(), 0);
    // The connection is usable afterwards: no transaction left open.
    QVERIFY(raw.exec(u"DROP TRIGGER refuse"_s));
    QVERIFY(store->addDocument(nestedDocument()));
    QCOMPARE(*store->documentCount(), 1);
}

void TestLibraryStore::summaryAndList()
{
    auto store = openStore();
    QVERIFY(store);
    const Document nested = nestedDocument();
    const Document lines = lineDocument(u"第一行\n第二行\n第三行"_s, u"三行"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 first = *store->addDocument(nested);
    const qint64 second = *store->addDocument(lines);

    const auto summary = store->summary(first);
    QVERIFY(summary);
    QCOMPARE(summary->id, first);
    QCOMPARE(summary->meta.title, nested.meta.title);
    QCOMPARE(summary->meta.region, nested.meta.region);
    QCOMPARE(summary->meta.yearPlanned, 2025);
    QCOMPARE(summary->meta.userFields, nested.meta.userFields);
    QCOMPARE(summary->sourcePath, nested.sourcePath);
    QCOMPARE(toString(summary->format), toString(SourceFormat::Html));
    QCOMPARE(summary->encoding, u"GB18030"_s);
    QCOMPARE(summary->sectionCount, 5);
    QCOMPARE(summary->characterCount, nested.text.size());
    QVERIFY(summary->importedAt.isValid());
    QVERIFY(summary->importedAt >= before);
    QVERIFY(summary->importedAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    const auto list = store->listDocuments();
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->at(0).id, first);
    QCOMPARE(list->at(1).id, second);
    QCOMPARE(list->at(1).meta.title, u"三行"_s);
    QCOMPARE(list->at(1).sectionCount, 3);
    QCOMPARE(*store->documentCount(), 2);
}

void TestLibraryStore::findByHash()
{
    auto store = openStore();
    QVERIFY(store);
    const Document document = nestedDocument();
    const qint64 id = *store->addDocument(document);
    const auto found = store->findByHash(document.contentHash);
    QVERIFY(found);
    QCOMPARE(found->value_or(0), id);
    const auto absent = store->findByHash(hashOf(u"something else"_s));
    QVERIFY(absent);
    QVERIFY(!absent->has_value());
}

void TestLibraryStore::updateMetadata()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = *store->addDocument(nestedDocument());
    DocumentMetadata meta = store->summary(id)->meta;
    meta.title = u"2025年吐鲁番市政府工作报告"_s;
    meta.kind = DocumentKind::Plan;
    meta.regionLevel = RegionLevel::County;
    meta.yearPlanned = 2021;
    meta.periodEnd = 2025;
    meta.userFields = QStringList{u"title"_s, u"kind"_s, u"year_planned"_s};
    QVERIFY(store->updateMetadata(id, meta));

    const auto document = store->document(id);
    QVERIFY(document);
    QCOMPARE(document->meta.title, meta.title);
    QCOMPARE(toString(document->meta.kind), toString(DocumentKind::Plan));
    QCOMPARE(toString(document->meta.regionLevel), toString(RegionLevel::County));
    QCOMPARE(document->meta.periodEnd, 2025);
    QCOMPARE(document->meta.userFields, meta.userFields);
    QCOMPARE(document->text, nestedDocument().text); // only metadata changed
    QCOMPARE(store->search(u"高质量")->front().documentTitle, meta.title);
}

void TestLibraryStore::removeDocument()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 kept = *store->addDocument(lineDocument(u"棉花\n其他"_s, u"kept"_s));
    const qint64 removed = *store->addDocument(nestedDocument());
    QCOMPARE(store->search(u"棉花")->size(), std::size_t(2));

    QVERIFY(store->removeDocument(removed));
    QCOMPARE(*store->documentCount(), 1);
    const auto hits = store->search(u"棉花");
    QCOMPARE(hits->size(), std::size_t(1));
    QCOMPARE(hits->front().documentId, kept);
    RawDb raw(dbPath());
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM sections WHERE document_id = ?"_s, {removed}).toInt(), 0);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM section_fts"_s).toInt(), 2);
    QCOMPARE(raw.value(u"SELECT COUNT(*) FROM sections"_s).toInt(), 2);
    // Its content can be imported again.
    QVERIFY(store->addDocument(nestedDocument()));
}

void TestLibraryStore::notFound()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->document(42).error().code, ErrorCode::DocumentNotFound);
    QCOMPARE(store->summary(42).error().code, ErrorCode::DocumentNotFound);
    QCOMPARE(store->updateMetadata(42, {}).error().code, ErrorCode::DocumentNotFound);
    QCOMPARE(store->removeDocument(42).error().code, ErrorCode::DocumentNotFound);
}

void TestLibraryStore::twoThreadsOneFile()
{
    QVERIFY(openStore()); // create and migrate once, so both threads start from a library
    constexpr int perThread = 15;
    auto work = [this](int thread) -> QString {
        auto store = LibraryStore::open(dbPath()); // opened, used and closed on this thread
        if (!store)
            return store.error().detail;
        for (int i = 0; i < perThread; ++i) {
            const QString text = u"线程%1文档%2\n棉花与粮食。"_s.arg(thread).arg(i);
            if (auto added = (*store)->addDocument(lineDocument(text, text)); !added)
                return added.error().detail;
            if (auto hits = (*store)->search(u"棉花"); !hits || hits->empty())
                return u"search failed"_s;
        }
        return {};
    };
    QFuture<QString> a = QtConcurrent::run(work, 1);
    QFuture<QString> b = QtConcurrent::run(work, 2);
    QCOMPARE(a.result(), QString());
    QCOMPARE(b.result(), QString());
    auto store = openStore();
    QCOMPARE(*store->documentCount(), 2 * perThread);
    QCOMPARE(store->search(u"棉花", 100)->size(), std::size_t(2 * perThread));
}

void TestLibraryStore::searchSamples_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("two chars 粮食") << u"粮食"_s;
    QTest::newRow("one char 棉") << u"棉"_s;
    QTest::newRow("three chars 高质量") << u"高质量"_s;
    QTest::newRow("four chars 乡村振兴") << u"乡村振兴"_s;
    QTest::newRow("mixed GDP") << u"十四五"_s;
}

void TestLibraryStore::searchSamples()
{
    QFETCH(QString, query);
    auto store = openStore();
    QVERIFY(store);
    std::vector<Document> documents;
    QSet<QPair<qint64, qsizetype>> expected; // (document, section start) whose line holds the query
    for (const QString &name : std::as_const(m_sampleNames)) {
        Document document = lineDocument(readSample(name), name);
        document.id = *store->addDocument(document);
        for (const Section &section : document.sections) {
            if (ownBody(document, section).contains(query))
                expected.insert({document.id, section.start});
        }
        documents.push_back(std::move(document));
    }
    QVERIFY2(!expected.isEmpty(), "the query must occur in the samples");

    const auto hits = store->search(query, 100000);
    QVERIFY(hits);
    QSet<QPair<qint64, qsizetype>> found;
    for (const SearchHit &hit : *hits) {
        const Document &document = documents.at(std::size_t(hit.documentId - 1));
        QCOMPARE(hit.documentTitle, document.meta.title);
        QCOMPARE(document.text.mid(hit.matchStart, hit.matchLength), query);
        QVERIFY2(hit.snippet.contains(query), qPrintable(hit.snippet));
        // The section holding the match: the line around matchStart.
        const qsizetype lineStart = document.text.lastIndexOf(u'\n', hit.matchStart) + 1;
        found.insert({hit.documentId, lineStart});
    }
    QCOMPARE(found, expected);
    for (std::size_t i = 1; i < hits->size(); ++i)
        QVERIFY(hits->at(i - 1).score >= hits->at(i).score);
}

void TestLibraryStore::searchAbsent_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("absent word") << u"量子纠缠"_s;
    QTest::newRow("absent char") << u"鼋"_s;
    QTest::newRow("absent latin") << u"Parallax"_s;
    QTest::newRow("chars present, not adjacent") << u"棉粮"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("only punctuation") << u"，。"_s;
}

void TestLibraryStore::searchAbsent()
{
    QFETCH(QString, query);
    auto store = openStore();
    QVERIFY(store);
    for (const QString &name : std::as_const(m_sampleNames))
        QVERIFY(store->addDocument(lineDocument(readSample(name), name)));
    const auto hits = store->search(query);
    QVERIFY(hits);
    QCOMPARE(hits->size(), std::size_t(0));
}

void TestLibraryStore::searchRanksFrequentFirst()
{
    auto store = openStore();
    QVERIFY(store);
    const QString filler = u"推动经济社会持续健康发展，"_s.repeated(4);
    const QString text = u"甲、一次\n"_s + filler + u"棉花"_s + filler + u"\n乙、多次\n"_s + filler
                         + u"棉花产业，棉花收购，棉花加工，棉花出口。"_s + u"\n丙、没有\n"_s + filler;
    Document document = lineDocument(text, u"ranking"_s);
    const qint64 id = *store->addDocument(document);
    const auto hits = store->search(u"棉花");
    QVERIFY(hits);
    QCOMPARE(hits->size(), std::size_t(2));
    QCOMPARE(hits->front().documentId, id);
    QVERIFY(document.text.mid(hits->front().matchStart - 20, 40).contains(u"棉花产业"));
    QVERIFY(hits->front().score > hits->back().score);
    // The same for single characters (prefix queries on the bigram column).
    const auto single = store->search(u"棉");
    QCOMPARE(single->size(), std::size_t(2));
    QCOMPARE(single->front().sectionId, hits->front().sectionId);
}

void TestLibraryStore::searchMetacharactersAreInert_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedHits");
    QTest::newRow("double quote") << uR"(")"_s << 0;
    QTest::newRow("unbalanced quote") << uR"("棉)"_s << 1;
    QTest::newRow("star") << u"*"_s << 0;
    QTest::newRow("prefix star") << u"棉*"_s << 1;
    QTest::newRow("OR is a plain word") << u"OR"_s << 1;
    QTest::newRow("OR between words") << u"棉花 OR 量子"_s << 0;
    QTest::newRow("apostrophe") << u"'"_s << 0;
    QTest::newRow("sql comment") << u";--"_s << 0;
    QTest::newRow("sql injection") << u"棉'); DELETE FROM documents;--"_s << 0;
    QTest::newRow("fts injection") << uR"(棉" OR "粮)"_s << 0;
    QTest::newRow("column filter") << u"bi:棉花"_s << 0;
    QTest::newRow("NEAR") << u"NEAR(棉 花)"_s << 0;
    QTest::newRow("caret and minus") << u"^棉 -花"_s << 1;
    QTest::newRow("parentheses") << u"(棉花)"_s << 1;
}

void TestLibraryStore::searchMetacharactersAreInert()
{
    QFETCH(QString, query);
    QFETCH(int, expectedHits);
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->addDocument(lineDocument(u"棉花丰收\nOR 是英文"_s, u"one"_s)));
    const auto hits = store->search(query);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().detail));
    QCOMPARE(int(hits->size()), expectedHits);
    QCOMPARE(*store->documentCount(), 1);
    QCOMPARE(store->search(u"棉花")->size(), std::size_t(1));
}

void TestLibraryStore::searchSnippet()
{
    auto store = openStore();
    QVERIFY(store);
    const QString sample = readSample(u"turpan_2025_work-report.txt"_s);
    const qint64 id = *store->addDocument(lineDocument(sample, u"turpan"_s));
    const auto hits = store->search(u"葡萄"_s, 5);
    QVERIFY(hits);
    QVERIFY(!hits->empty());
    for (const SearchHit &hit : *hits) {
        QCOMPARE(hit.documentId, id);
        QCOMPARE(hit.matchLength, 2);
        QCOMPARE(sample.mid(hit.matchStart, 2), u"葡萄"_s);
        QVERIFY2(hit.snippet.size() <= 82 && hit.snippet.size() >= 20, qPrintable(hit.snippet));
        QVERIFY(!hit.snippet.contains(u'\n'));
        // The snippet is display text around the first occurrence, with context before it.
        QString core = hit.snippet;
        core.remove(u'…');
        const qsizetype at = sample.indexOf(core);
        QVERIFY2(at >= 0, qPrintable(core));
        QVERIFY(at <= hit.matchStart && hit.matchStart + 2 <= at + core.size());
        // It is the first occurrence in that section.
        const qsizetype lineStart = sample.lastIndexOf(u'\n', hit.matchStart) + 1;
        QCOMPARE(sample.indexOf(u"葡萄"_s, lineStart), hit.matchStart);
    }
}

void TestLibraryStore::searchMatchAfterChild()
{
    // A box inside a chapter, with more chapter text after the box: that text is the chapter's.
    auto store = openStore();
    QVERIFY(store);
    Document document;
    document.text = u"第一章 农业\n前言。\n专栏1 指标\n表格内容。\n专栏之后的棉花段落。\n第二章 工业\n工业。"_s;
    document.contentHash = hashOf(document.text);
    const QString &text = document.text;
    Section chapter = makeSection(text, u"第一章", u" 农业", 0, 1);
    Section box = makeSection(text, u"专栏1", u" 指标", text.indexOf(u"专栏1"), 2);
    box.end = text.indexOf(u"专栏之后");
    chapter.end = text.indexOf(u"第二章");
    chapter.children = {box};
    Section second = makeSection(text, u"第二章", u" 工业", chapter.end, 1);
    document.sections = {chapter, second};
    QVERIFY(store->addDocument(document));

    const auto hits = store->search(u"棉花");
    QVERIFY(hits);
    QCOMPARE(hits->size(), std::size_t(1));
    QCOMPARE(hits->front().heading, u" 农业"_s);
    QCOMPARE(hits->front().matchStart, text.indexOf(u"棉花"));
    QVERIFY(hits->front().snippet.contains(u"专栏之后的棉花段落"));
    QVERIFY(!hits->front().snippet.contains(u"表格内容"));
    const auto table = store->search(u"表格");
    QCOMPARE(table->size(), std::size_t(1));
    QCOMPARE(table->front().heading, u" 指标"_s);
}

void TestLibraryStore::defaultPath()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = defaultLibraryPath();
    QVERIFY(path.endsWith(u"/library.sqlite"_s));
    QVERIFY(QFileInfo(path).absoluteDir().exists());
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
