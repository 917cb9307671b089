#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Starts the real `parallax` and `parallax-cli` binaries, isolated from the user's settings and data.
class TestSmoke : public QObject
{
    Q_OBJECT

private:
    QProcess *start(const QStringList &arguments, const QString &program = QStringLiteral(PARALLAX_GUI))
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"PARALLAX_LANGUAGE"_s, u"en"_s); // parallax-cli's language (the GUI takes --language)
        process->setProcessEnvironment(environment);
        process->start(program, arguments);
        return process;
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(PARALLAX_GUI)));
    }

    void startsAndQuits()
    {
        const QString db = m_home.filePath(u"library.sqlite"_s);
        QProcess *process = start({u"--db"_s, db, u"--quit-after-start"_s});
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(db)); // the library was really opened (and created)
    }

    void unusableLibraryFails()
    {
        // A directory cannot be a library file.
        QProcess *process = start({u"--db"_s, m_home.path(), u"--quit-after-start"_s});
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY(process->exitCode() != 0);
    }

    void helpIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_s << u"Open the bundled sample library."_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"打开内置的示例文库。"_s;
    }

    void helpIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QProcess *process = start({u"--language"_s, language, u"--help"_s});
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
        const QString help = QString::fromUtf8(process->readAllStandardOutput());
        QVERIFY2(help.contains(u"--db"_s), qPrintable(help));
        QVERIFY2(help.contains(expected), qPrintable(help));
        QVERIFY2(!help.contains(u"quit-after-start"_s), qPrintable(help));
    }

    // `parallax-cli import` takes the import limits: a bad value is refused before anything is read,
    // a file over its limit fails with a message naming it while the others still import, and the
    // section depth limit holds.
    void cliImportLimits()
    {
        const QString cli = QStringLiteral(PARALLAX_CLI);
        const QString db = m_home.filePath(u"limits.sqlite"_s);
        const QString sample = QStringLiteral(PARALLAX_SAMPLES) + u"/xinjiang_2025_work-report-summary.txt"_s;
        QFile source(sample);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString large = m_home.filePath(u"large-report.txt"_s);
        QFile out(large);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray text = source.readAll();
        while (out.size() <= 1024 * 1024)
            QVERIFY(out.write(text + "\n") > 0);
        out.close();

        QProcess *refused = start({u"import"_s, sample, u"--db"_s, db, u"--time-budget"_s, u"0"_s}, cli);
        QVERIFY(refused->waitForFinished(60000));
        QCOMPARE(refused->exitCode(), 2);
        QVERIFY(QString::fromUtf8(refused->readAllStandardError()).contains(u"--time-budget"_s));
        QVERIFY(!QFileInfo::exists(db));

        QProcess *limited = start({u"import"_s, sample, large, u"--db"_s, db, u"--max-file-mb"_s, u"1"_s,
                                   u"--max-section-depth"_s, u"1"_s, u"--time-budget"_s, u"60"_s},
                                  cli);
        QVERIFY(limited->waitForFinished(120000));
        const QString errors = QString::fromUtf8(limited->readAllStandardError());
        QCOMPARE(limited->exitCode(), 1);
        QVERIFY2(QString::fromUtf8(limited->readAllStandardOutput()).contains(u"imported: #1"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"large-report.txt"_s) && errors.contains(u"import limit"_s), qPrintable(errors));
        // English plurals come from the plural-only catalogue: "1 document", never "document(s)".
        QVERIFY2(errors.contains(u"1 document imported"_s) && !errors.contains(u"(s)"_s), qPrintable(errors));

        QProcess *outline = start({u"outline"_s, u"1"_s, u"--db"_s, db, u"--json"_s}, cli);
        QVERIFY(outline->waitForFinished(60000));
        QCOMPARE(outline->exitCode(), 0);
        const QJsonArray sections = QJsonDocument::fromJson(outline->readAllStandardOutput())[u"sections"_s].toArray();
        QVERIFY(sections.size() > 1);
        for (const QJsonValue &section : sections)
            QVERIFY(section[u"children"_s].toArray().isEmpty());

        const QString more = QStringLiteral(PARALLAX_SAMPLES) + u"/turpan_2025_work-report.txt"_s;
        QProcess *two = start({u"import"_s, more, QStringLiteral(PARALLAX_SAMPLES) + u"/huyanghe_2025_work-report.txt"_s,
                               u"--db"_s, db},
                              cli);
        QVERIFY(two->waitForFinished(120000));
        const QString summary = QString::fromUtf8(two->readAllStandardError());
        QVERIFY2(summary.contains(u"2 documents imported"_s), qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
