#include "core/import/batchimporter.h"
#include "core/store/librarystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString turpan = u"turpan_2025_work-report.txt"_s;
const QString urumqi = u"urumqi_2023_work-report.txt"_s;

} // namespace

class TestBatchImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void collect_data();
    void collect();
    void importSamples();
    void importFromResources();
    void duplicatesAreNotErrors();
    void errorsNameTheFile_data();
    void errorsNameTheFile();
    void cancel();
    void emptyBatch();

private:
    std::unique_ptr<LibraryStore> openStore()
    {
        auto store = LibraryStore::open(m_dir->filePath(u"library.sqlite"_s));
        return store ? std::move(*store) : nullptr;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBatchImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBatchImporter::collect_data()
{
    QTest::addColumn<QStringList>("paths");    // relative to a tree made in the test
    QTest::addColumn<QStringList>("expected"); // relative, sorted

    QTest::newRow("folder, recursive, document files only")
        << QStringList{u"tree"_s}
        << QStringList{u"tree/a.txt"_s, u"tree/b.HTML"_s, u"tree/sub/c.docx"_s, u"tree/sub/deeper/d.pdf"_s,
                       u"tree/sub/e.text"_s, u"tree/sub/f.shtml"_s, u"tree/sub/g.xhtml"_s, u"tree/z.htm"_s};
    QTest::newRow("explicit file with another extension is taken")
        << QStringList{u"tree/picture.png"_s} << QStringList{u"tree/picture.png"_s};
    QTest::newRow("missing path is passed on") << QStringList{u"missing.txt"_s} << QStringList{u"missing.txt"_s};
    QTest::newRow("sorted and without repeats")
        << QStringList{u"tree/z.htm"_s, u"tree/sub/deeper"_s, u"tree/z.htm"_s, u"tree/a.txt"_s}
        << QStringList{u"tree/a.txt"_s, u"tree/sub/deeper/d.pdf"_s, u"tree/z.htm"_s};
    QTest::newRow("empty folder") << QStringList{u"empty"_s} << QStringList{};
}

void TestBatchImporter::collect()
{
    QFETCH(QStringList, paths);
    QFETCH(QStringList, expected);
    const QString root = m_dir->path() + u'/';
    for (const QString &file : {u"a.txt"_s, u"b.HTML"_s, u"z.htm"_s, u"picture.png"_s, u"notes.tsv"_s,
                                u"sub/c.docx"_s, u"sub/e.text"_s, u"sub/f.shtml"_s, u"sub/g.xhtml"_s,
                                u"sub/readme"_s, u"sub/deeper/d.pdf"_s})
        QVERIFY(writeFile(root + u"tree/"_s + file, "x"));
    QVERIFY(QDir(root).mkpath(u"empty"_s));

    QStringList absolute;
    for (const QString &path : std::as_const(paths))
        absolute << root + path;
    QStringList actual = collectImportFiles(absolute);
    for (QString &path : actual) {
        QVERIFY2(path.startsWith(root), qPrintable(path));
        path.remove(0, root.size());
    }
    QCOMPARE(actual, expected);
}

void TestBatchImporter::importSamples()
{
    auto store = openStore();
    QVERIFY(store);
    const QStringList files = collectImportFiles({QStringLiteral(PARALLAX_SAMPLES)});
    QCOMPARE(files.size(), 5);
    QList<int> done;
    BatchCallbacks callbacks;
    callbacks.progress = [&](int count, int total, const ImportOutcome &outcome) {
        done << count;
        QCOMPARE(total, 5);
        QCOMPARE(outcome.path, files.at(count - 1));
    };
    const std::vector<ImportOutcome> outcomes = importFiles(*store, files, {}, callbacks);
    QCOMPARE(done, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(outcomes.size(), std::size_t(5));
    for (const ImportOutcome &outcome : outcomes) {
        QVERIFY2(!outcome.error, qPrintable(outcome.path + u": "_s + (outcome.error ? outcome.error->detail : QString())));
        QVERIFY(!outcome.duplicate);
        QVERIFY(outcome.documentId > 0);
        const auto document = store->document(outcome.documentId);
        QVERIFY(document);
        QCOMPARE(document->sourcePath, outcome.path);
        QVERIFY(!document->sections.empty());
    }
    QCOMPARE(*store->documentCount(), 5);

    // Parsed sections are searchable: every hit's match is the query, at its document offset.
    for (const QString &query : {u"粮食"_s, u"棉"_s, u"高质量"_s}) {
        const auto hits = store->search(query, 1000);
        QVERIFY(hits);
        QVERIFY2(!hits->empty(), qPrintable(query));
        for (const SearchHit &hit : *hits) {
            const auto document = store->document(hit.documentId);
            QCOMPARE(document->text.mid(hit.matchStart, hit.matchLength), query);
        }
    }
}

void TestBatchImporter::importFromResources()
{
    // The GUI offers the bundled samples from Qt resources.
    const QStringList files = collectImportFiles({u":/parallax/samples"_s});
    QCOMPARE(files.size(), 5);
    QVERIFY(files.first().startsWith(u":/parallax/samples/"_s));
    auto store = openStore();
    QVERIFY(store);
    const auto outcomes = importFiles(*store, files);
    QCOMPARE(outcomes.size(), std::size_t(5));
    for (const ImportOutcome &outcome : outcomes)
        QVERIFY2(!outcome.error, qPrintable(outcome.path));
    QCOMPARE(*store->documentCount(), 5);
}

void TestBatchImporter::duplicatesAreNotErrors()
{
    auto store = openStore();
    QVERIFY(store);
    const QString first = m_dir->filePath(u"in/turpan.txt"_s);
    const QString copy = m_dir->filePath(u"in/turpan-copy.txt"_s);
    QVERIFY(writeFile(first, sample(turpan)));
    QVERIFY(writeFile(copy, sample(turpan)));
    QVERIFY(writeFile(m_dir->filePath(u"in/urumqi.txt"_s), sample(urumqi)));

    // Within one batch: the copy is reported as a duplicate of the original.
    const QStringList files = collectImportFiles({m_dir->filePath(u"in"_s)});
    const auto outcomes = importFiles(*store, files);
    QCOMPARE(outcomes.size(), std::size_t(3));
    const auto &copyOutcome = outcomes[0]; // turpan-copy.txt sorts before turpan.txt
    const auto &original = outcomes[1];
    QCOMPARE(copyOutcome.path, copy);
    QVERIFY(!copyOutcome.error);
    QVERIFY(!copyOutcome.duplicate);
    QVERIFY(!original.error);
    QVERIFY(original.duplicate);
    QCOMPARE(original.documentId, copyOutcome.documentId);

    // Across batches: everything again is all duplicates, with the existing ids.
    const auto again = importFiles(*store, files);
    QCOMPARE(again.size(), std::size_t(3));
    for (std::size_t i = 0; i < again.size(); ++i) {
        QVERIFY(!again[i].error);
        QVERIFY(again[i].duplicate);
        QCOMPARE(again[i].documentId, outcomes[i].documentId);
    }
    QCOMPARE(*store->documentCount(), 2);
}

void TestBatchImporter::errorsNameTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("empty file") << u"empty.txt"_s << QByteArray() << true;
    QTest::newRow("binary named .txt") << u"picture.txt"_s
                                       << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001") << true;
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray() << false;
}

void TestBatchImporter::errorsNameTheFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    auto store = openStore();
    QVERIFY(store);
    const QString bad = m_dir->filePath(name);
    if (create)
        QVERIFY(writeFile(bad, content));
    const QString good = m_dir->filePath(u"turpan.txt"_s);
    QVERIFY(writeFile(good, sample(turpan)));
    const QString alsoGood = m_dir->filePath(u"zz-urumqi.txt"_s);
    QVERIFY(writeFile(alsoGood, sample(urumqi)));

    const auto outcomes = importFiles(*store, {good, bad, alsoGood});
    QCOMPARE(outcomes.size(), std::size_t(3));
    QCOMPARE(outcomes[1].path, bad);
    QVERIFY(outcomes[1].error);
    QCOMPARE(outcomes[1].error->subject, bad);
    QCOMPARE(outcomes[1].documentId, 0);
    QVERIFY(!outcomes[0].error);
    QVERIFY(!outcomes[2].error);
    QCOMPARE(*store->documentCount(), 2);
}

void TestBatchImporter::cancel()
{
    auto store = openStore();
    QVERIFY(store);
    const QByteArray text = sample(urumqi);
    QStringList files;
    for (int i = 0; i < 24; ++i) {
        const QString path = m_dir->filePath(u"many/%1.txt"_s.arg(i, 2, 10, QChar(u'0')));
        QVERIFY(writeFile(path, text + "\n第" + QByteArray::number(i) + "份。\n"));
        files << path;
    }
    int progressCalls = 0;
    BatchCallbacks callbacks;
    callbacks.progress = [&](int, int, const ImportOutcome &) { ++progressCalls; };
    callbacks.isCancelled = [&] { return progressCalls >= 3; };
    const auto outcomes = importFiles(*store, files, {}, callbacks);
    QCOMPARE(outcomes.size(), std::size_t(3));
    QCOMPARE(progressCalls, 3);
    QCOMPARE(*store->documentCount(), 3);
    // What was stored is complete and the store is still usable.
    QVERIFY(!store->document(outcomes.back().documentId)->sections.empty());
    QCOMPARE(importFiles(*store, files.mid(3, 2)).size(), std::size_t(2));
    QCOMPARE(*store->documentCount(), 5);
}

void TestBatchImporter::emptyBatch()
{
    auto store = openStore();
    QVERIFY(store);
    int calls = 0;
    BatchCallbacks callbacks;
    callbacks.progress = [&](int, int, const ImportOutcome &) { ++calls; };
    QVERIFY(importFiles(*store, {}, {}, callbacks).empty());
    QCOMPARE(calls, 0);
    QVERIFY(collectImportFiles({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestBatchImporter)
#include "tst_batchimporter.moc"
