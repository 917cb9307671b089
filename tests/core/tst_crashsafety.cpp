#include "core/store/annotationstore.h"
#include "core/store/librarystore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

constexpr int fileCount = 80;

/// What a raw connection sees in the file, independent of LibraryStore.
struct RawState
{
    int version = -1;
    QString integrity;
    QString ftsIntegrity; // empty when FTS5's own integrity-check passed
    int documents = -1;
    int documentsWithoutSections = -1;
    int sectionsWithoutIndex = -1;
    int indexRowsWithoutSection = -1;
};

RawState inspect(const QString &path)
{
    RawState state;
    const QString name = u"crash-inspect"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            auto scalar = [&](const QString &statement) {
                if (!query.exec(statement) || !query.next())
                    return QVariant();
                const QVariant value = query.value(0);
                query.finish();
                return value;
            };
            state.version = scalar(u"PRAGMA user_version"_s).toInt();
            state.integrity = scalar(u"PRAGMA integrity_check"_s).toString();
            state.documents = scalar(u"SELECT COUNT(*) FROM documents"_s).toInt();
            state.documentsWithoutSections =
                scalar(u"SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                       "(SELECT 1 FROM sections s WHERE s.document_id = d.id)"_s)
                    .toInt();
            state.sectionsWithoutIndex = scalar(u"SELECT COUNT(*) FROM sections s WHERE NOT EXISTS "
                                                "(SELECT 1 FROM section_fts f WHERE f.rowid = s.id)"_s)
                                             .toInt();
            state.indexRowsWithoutSection = scalar(u"SELECT COUNT(*) FROM section_fts f WHERE NOT EXISTS "
                                                   "(SELECT 1 FROM sections s WHERE s.id = f.rowid)"_s)
                                                .toInt();
            if (!query.exec(u"INSERT INTO section_fts (section_fts) VALUES ('integrity-check')"_s))
                state.ftsIntegrity = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLeaveAConsistentLibrary();
    void killedAnnotationSavesKeepAcknowledgedNotes();

private:
    QTemporaryDir m_dir;
    QString m_input;
    QString m_db;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(PARALLAX_CLI)), PARALLAX_CLI);
    m_input = m_dir.filePath(u"input"_s);
    m_db = m_dir.filePath(u"library.sqlite"_s);
    QVERIFY(QDir().mkpath(m_input));
    const QDir samples(QStringLiteral(PARALLAX_SAMPLES));
    // Smallest first, so that even a run killed early has had time to commit a few documents.
    const QStringList names = samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Size | QDir::Reversed);
    QCOMPARE(names.size(), 5);
    // Distinct content per file (a unique closing line), so none is a duplicate of another.
    for (int i = 0; i < fileCount; ++i) {
        QFile source(samples.filePath(names.at(i % names.size())));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile target(m_input + u"/doc-%1.txt"_s.arg(i, 3, 10, QChar(u'0')));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(source.readAll());
        target.write(u"\n本文件编号%1。\n"_s.arg(i).toUtf8());
    }
}

void TestCrashSafety::killedImportsLeaveAConsistentLibrary()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed); // to replay a failure
    QRandomGenerator random(seed);
    const int runs = random.bounded(15, 26);
    int previousCount = 0;
    int runsWithDocuments = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.start(QStringLiteral(PARALLAX_CLI), {u"import"_s, u"--db"_s, m_db, m_input});
        QVERIFY(cli.waitForStarted());
        QThread::msleep(random.bounded(20, 801));
        cli.kill(); // SIGKILL: no destructors, no rollback, no checkpoint
        QVERIFY(cli.waitForFinished());

        if (!QFileInfo::exists(m_db) && previousCount == 0)
            continue; // killed before the library file was created
        const RawState raw = inspect(m_db);
        QCOMPARE(raw.integrity, u"ok"_s);
        if (raw.version == 0 && previousCount == 0)
            continue; // killed before the schema was committed: an empty file is a valid state
        QCOMPARE(raw.integrity, u"ok"_s);
        QCOMPARE(raw.ftsIntegrity, QString());
        QCOMPARE(raw.documentsWithoutSections, 0);
        QCOMPARE(raw.sectionsWithoutIndex, 0);
        QCOMPARE(raw.indexRowsWithoutSection, 0);
        QVERIFY2(raw.documents >= previousCount,
                 qPrintable(u"run %1: %2 < %3"_s.arg(run).arg(raw.documents).arg(previousCount)));

        auto store = LibraryStore::open(m_db);
        QVERIFY2(store, store ? "" : qPrintable(store.error().detail));
        QCOMPARE(*(*store)->documentCount(), raw.documents);
        previousCount = raw.documents;
        if (raw.documents > 0)
            ++runsWithDocuments;
    }
    qInfo("%d of %d killed runs had committed documents", runsWithDocuments, runs);

    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.setStandardOutputFile(QProcess::nullDevice());
    cli.start(QStringLiteral(PARALLAX_CLI), {u"import"_s, u"--db"_s, m_db, m_input});
    QVERIFY(cli.waitForFinished(240000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);

    const RawState raw = inspect(m_db);
    QCOMPARE(raw.integrity, u"ok"_s);
    QCOMPARE(raw.ftsIntegrity, QString());
    QCOMPARE(raw.documentsWithoutSections, 0);
    QCOMPARE(raw.sectionsWithoutIndex, 0);
    auto store = LibraryStore::open(m_db);
    QVERIFY(store);
    QCOMPARE(*(*store)->documentCount(), fileCount);
    const auto hits = (*store)->search(u"本文件编号"_s, 1000);
    QVERIFY(hits);
    QCOMPARE(int(hits->size()), fileCount);
}

void TestCrashSafety::killedAnnotationSavesKeepAcknowledgedNotes()
{
    // Runs after the import test: the library holds documents. Each run annotates with a unique
    // note and is killed at a random moment; a note whose command exited 0 was acknowledged and
    // must be there after every later kill.
    QVERIFY(QFileInfo::exists(m_db));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    const int runs = random.bounded(20, 31);
    QStringList acknowledged;
    int killed = 0;
    for (int run = 0; run < runs; ++run) {
        const QString note = u"kill-test note %1"_s.arg(run);
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.start(QStringLiteral(PARALLAX_CLI), {u"annotate"_s, u"1"_s, u"--db"_s, m_db, u"--quote"_s, u"发展"_s,
                                                 u"--occurrence"_s, QString::number(run + 1), u"--note"_s, note});
        QVERIFY(cli.waitForStarted());
        if (!cli.waitForFinished(random.bounded(30, 600))) {
            cli.kill();
            QVERIFY(cli.waitForFinished());
            ++killed;
        } else if (cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0) {
            acknowledged << note;
        }

        const RawState raw = inspect(m_db);
        QCOMPARE(raw.integrity, u"ok"_s);
        auto store = AnnotationStore::open(m_db);
        QVERIFY(store);
        auto all = (*store)->all();
        QVERIFY(all);
        QStringList present;
        for (const Annotation &a : *all)
            present << a.note;
        for (const QString &expected : std::as_const(acknowledged))
            QVERIFY2(present.contains(expected), qPrintable(expected));
    }
    qInfo("%d annotate runs: %d killed, %lld acknowledged and all present", runs, killed,
          qlonglong(acknowledged.size()));
    QVERIFY(!acknowledged.isEmpty() || killed == runs);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
