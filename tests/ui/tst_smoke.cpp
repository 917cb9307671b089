#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Starts the real `parallax` binary, isolated from the user's settings and data.
class TestSmoke : public QObject
{
    Q_OBJECT

private:
    QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(PARALLAX_GUI), arguments);
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
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
