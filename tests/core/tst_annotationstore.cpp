// The annotations table: round trips, limits, undo support, archiving when a document is deleted,
// re-attaching after a re-import with changed text, export.

#include "core/annotations/anchoring.h"
#include "core/annotations/annotationexport.h"
#include "core/import/importer.h"
#include "core/store/annotationstore.h"
#include "core/store/librarystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Document sample(const QString &name, const std::function<void(QString &)> &edit = {})
{
    QFile file(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (edit)
        edit(text);
    auto document = importBytes(text.toUtf8(), u"/reports/"_s + name);
    return document ? *document : Document{};
}

Annotation annotationOn(const Document &document, const QString &quote, const QString &note = {})
{
    Annotation a;
    a.documentId = document.id;
    a.documentTitle = document.meta.title;
    a.documentSource = document.sourcePath;
    // A quote missing from the text gives an empty anchor, which the store refuses.
    const qsizetype at = document.text.indexOf(quote);
    if (at >= 0)
        a.anchor = makeAnchor(document.text, at, at + quote.size());
    a.note = note;
    return a;
}

} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip();
    void refusesBadAnnotations_data();
    void refusesBadAnnotations();
    void updateRemoveRestore();
    void overlappingAndCrossSectionAnnotations();
    void deletingDocumentArchivesNotes();
    void reimportWithChangedTextReattaches();
    void reanchorFlagsAndUnflagsOrphans();
    void tenThousandAnnotations();
    void exportCsvAndMarkdown();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryStore> m_library;
    std::unique_ptr<AnnotationStore> m_store;
    Document m_turpan;
};

void TestAnnotationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"library.sqlite"_s);
    auto library = LibraryStore::open(path);
    QVERIFY(library);
    m_library = std::move(*library);
    auto store = AnnotationStore::open(path);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
    m_store = std::move(*store);
    m_turpan = sample(u"turpan_2025_work-report.txt"_s);
    QVERIFY(!m_turpan.text.isEmpty());
    auto id = m_library->addDocument(m_turpan);
    QVERIFY(id);
    m_turpan.id = *id;
}

void TestAnnotationStore::cleanup()
{
    m_store.reset();
    m_library.reset();
    m_dir.reset();
}

void TestAnnotationStore::roundTrip()
{
    Annotation a = annotationOn(m_turpan, u"加快产业集群建设"_s, QString(10'000, u'注'));
    a.color = HighlightColor::Blue;
    // SQL metacharacters and duplicates in user fields are data, nothing more.
    a.tags = {u"financing"_s, u" 新 增 "_s, u"financing"_s, u"'; DROP TABLE annotations; --"_s, u""_s};
    auto id = m_store->add(a);
    QVERIFY(id);
    auto back = m_store->annotation(*id);
    QVERIFY(back && back->has_value());
    const Annotation &b = **back;
    QCOMPARE(b.id, *id);
    QCOMPARE(b.documentId, std::optional<qint64>(m_turpan.id));
    QCOMPARE(b.anchor.quote, u"加快产业集群建设"_s);
    QCOMPARE(b.anchor.start, a.anchor.start);
    QCOMPARE(b.anchor.prefix, a.anchor.prefix);
    QCOMPARE(b.anchor.suffix, a.anchor.suffix);
    QCOMPARE(b.note.size(), 10'000);
    QCOMPARE(toString(b.color), toString(HighlightColor::Blue));
    QCOMPARE(b.tags, (QStringList{u"financing"_s, u"新 增"_s, u"'; DROP TABLE annotations; --"_s}));
    QCOMPARE(toString(b.status), toString(AnchorStatus::Attached));
    QVERIFY(b.created.isValid());
    QCOMPARE(b.created.timeSpec(), Qt::UTC);
    QCOMPARE(*m_store->count(), 1);
}

void TestAnnotationStore::refusesBadAnnotations_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("empty quote") << 0 << int(ErrorCode::InvalidArgument);
    QTest::newRow("note over the limit") << 1 << int(ErrorCode::InvalidArgument);
    QTest::newRow("too many tags") << 2 << int(ErrorCode::InvalidArgument);
    QTest::newRow("no such document") << 3 << int(ErrorCode::DocumentNotFound);
}

void TestAnnotationStore::refusesBadAnnotations()
{
    QFETCH(int, kind);
    QFETCH(int, code);
    Annotation a = annotationOn(m_turpan, u"吐鲁番"_s);
    switch (kind) {
    case 0: a.anchor = makeAnchor(m_turpan.text, 10, 10); break;
    case 1: a.note = QString(kMaxNoteLength + 1, u'x'); break;
    case 2:
        for (int i = 0; i <= kMaxTags; ++i)
            a.tags << QString::number(i);
        break;
    default: a.documentId = m_turpan.id + 1000; break;
    }
    auto id = m_store->add(a);
    QVERIFY(!id);
    QCOMPARE(int(id.error().code), code);
    QCOMPARE(*m_store->count(), 0);
}

void TestAnnotationStore::updateRemoveRestore()
{
    auto id = m_store->add(annotationOn(m_turpan, u"吐鲁番"_s, u"first"_s));
    QVERIFY(id);
    Annotation a = **m_store->annotation(*id);
    a.note = u"second"_s;
    a.color = HighlightColor::Pink;
    a.tags = {u"new this year"_s};
    QVERIFY(m_store->update(a));
    Annotation b = **m_store->annotation(*id);
    QCOMPARE(b.note, u"second"_s);
    QCOMPARE(toString(b.color), toString(HighlightColor::Pink));
    QCOMPARE(b.tags, QStringList{u"new this year"_s});
    QVERIFY(b.modified >= b.created);

    QVERIFY(m_store->remove(*id));
    QVERIFY(!m_store->annotation(*id)->has_value());
    QVERIFY(m_store->restore(b)); // undo of the delete: same id, same content
    const Annotation c = **m_store->annotation(*id);
    QCOMPARE(c.note, u"second"_s);
    QCOMPARE(c.created, b.created);

    a.id = *id + 99;
    auto missing = m_store->update(a);
    QVERIFY(!missing);
}

void TestAnnotationStore::overlappingAndCrossSectionAnnotations()
{
    // Two overlapping highlights, and one that runs from the end of one section into the next.
    const qsizetype second = m_turpan.sections.at(1).start;
    Annotation across;
    across.documentId = m_turpan.id;
    across.anchor = makeAnchor(m_turpan.text, second - 20, second + 20);
    QVERIFY(m_store->add(across));
    Annotation wide = annotationOn(m_turpan, u"加快产业集群建设"_s);
    Annotation inner = wide;
    inner.anchor = makeAnchor(m_turpan.text, wide.anchor.start + 2, wide.anchor.end);
    QVERIFY(m_store->add(inner));
    QVERIFY(m_store->add(wide));
    auto all = m_store->forDocument(m_turpan.id);
    QVERIFY(all);
    QCOMPARE(all->size(), 3u);
    QVERIFY(std::is_sorted(all->begin(), all->end(),
                           [](const Annotation &x, const Annotation &y) { return x.anchor.start < y.anchor.start; }));
    QCOMPARE(*m_store->reanchor(m_turpan), 0); // all exact
}

void TestAnnotationStore::deletingDocumentArchivesNotes()
{
    QVERIFY(m_store->add(annotationOn(m_turpan, u"吐鲁番"_s, u"kept"_s)));
    QVERIFY(m_library->removeDocument(m_turpan.id));
    QVERIFY(m_store->forDocument(m_turpan.id)->empty());
    auto all = m_store->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1u);
    QVERIFY(all->front().isArchived());
    QCOMPARE(all->front().note, u"kept"_s);
    QCOMPARE(all->front().documentTitle, m_turpan.meta.title);
}

void TestAnnotationStore::reimportWithChangedTextReattaches()
{
    const QStringList quotes{u"加快产业集群建设"_s, u"生产总值增长9.1%"_s, u"葡萄"_s};
    for (const QString &quote : quotes)
        QVERIFY(m_store->add(annotationOn(m_turpan, quote, quote)));
    QVERIFY(m_store->add(annotationOn(m_turpan, u"各位代表"_s, u"lost"_s)));
    QVERIFY(m_library->removeDocument(m_turpan.id));

    // The same report re-published: spaces inside the first quote, ASCII commas turned full-width,
    // a new preface, and the salutation gone.
    Document again = sample(u"turpan_2025_work-report.txt"_s, [](QString &text) {
        text.replace(u"加快产业集群建设"_s, u"加快产业集群 建设"_s);
        text.replace(u","_s, u"，"_s);
        text.remove(u"各位代表"_s);
        text.prepend(u"（2025年1月修订）\n"_s);
    });
    QVERIFY(!again.text.isEmpty());
    // Storing the document brings its notes back (same source path) in the same transaction.
    auto id = m_library->addDocument(again);
    QVERIFY(id);
    again.id = *id;
    QCOMPARE(*m_store->adoptArchived(again), 0); // nothing left that can attach
    auto attached = m_store->forDocument(again.id);
    QCOMPARE(attached->size(), 3u);
    for (const Annotation &a : *attached) {
        QCOMPARE(toString(a.status), toString(AnchorStatus::Attached));
        QCOMPARE(again.text.mid(a.anchor.start, a.anchor.end - a.anchor.start), a.anchor.quote);
        QVERIFY2(QString(a.anchor.quote).remove(u' ').replace(u'，', u',') == a.note, qPrintable(a.anchor.quote));
    }
    // The one whose words are gone stays archived, not dropped.
    auto all = m_store->all();
    QCOMPARE(all->size(), 4u);
    QCOMPARE(all->back().note, u"lost"_s);
    QVERIFY(all->back().isArchived());
}

void TestAnnotationStore::reanchorFlagsAndUnflagsOrphans()
{
    auto id = m_store->add(annotationOn(m_turpan, u"加快产业集群建设"_s));
    QVERIFY(id);
    Document changed = m_turpan;
    changed.text.replace(u"加快产业集群建设"_s, u"加快产业园区建设"_s);
    QCOMPARE(*m_store->reanchor(changed), 1);
    QCOMPARE(toString((*m_store->annotation(*id))->status), toString(AnchorStatus::Orphaned));
    QCOMPARE(*m_store->reanchor(changed), 0); // already flagged
    QCOMPARE(*m_store->reanchor(m_turpan), 1); // the words are back
    const Annotation a = **m_store->annotation(*id);
    QCOMPARE(toString(a.status), toString(AnchorStatus::Attached));
    QCOMPARE(m_turpan.text.mid(a.anchor.start, a.anchor.end - a.anchor.start), u"加快产业集群建设"_s);
}

void TestAnnotationStore::tenThousandAnnotations()
{
    const qsizetype length = m_turpan.text.size();
    for (int i = 0; i < 10'000; ++i) {
        Annotation a;
        a.documentId = m_turpan.id;
        const qsizetype start = (qsizetype(i) * 7) % (length - 10);
        a.anchor = makeAnchor(m_turpan.text, start, start + 1 + i % 9);
        a.tags = {u"t%1"_s.arg(i % 5)};
        QVERIFY(m_store->add(a));
    }
    auto all = m_store->forDocument(m_turpan.id);
    QVERIFY(all);
    QCOMPARE(all->size(), 10'000u);
    QCOMPARE(*m_store->reanchor(m_turpan), 0);
}

void TestAnnotationStore::exportCsvAndMarkdown()
{
    Annotation a = annotationOn(m_turpan, u"加快产业集群建设"_s, u"compare with 胡杨河, \"cluster\" wording"_s);
    a.tags = {u"industry"_s, u"new"_s};
    QVERIFY(m_store->add(a));
    const auto rows = annotationRows(*m_store->forDocument(m_turpan.id), &m_turpan);
    QCOMPARE(rows.size(), 1u);
    QVERIFY2(rows[0].section.contains(u"产业集群"_s), qPrintable(rows[0].section));

    const QString csv = QString::fromUtf8(annotationsCsv(rows)).remove(QChar(0xFEFF));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(u"document,section,quote,note,tags"_s));
    QVERIFY(lines[1].contains(u"\"compare with 胡杨河, \"\"cluster\"\" wording\""_s));
    QVERIFY(lines[1].contains(u"industry; new"_s));

    const QString markdown = annotationsMarkdown(rows);
    QVERIFY(markdown.startsWith(u"# "_s + m_turpan.meta.title));
    QVERIFY(markdown.contains(u"> 加快产业集群建设"_s));
    QVERIFY(markdown.contains(u"`industry`, `new`"_s));
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
