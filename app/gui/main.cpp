// The Parallax desktop application: wiring only (settings, translators, command line, main window).

#include "app/common/translator.h"
#include "core/import/pdfprocess.h"
#include "core/store/librarystore.h"
#include "ui/common/fonts.h"
#include "ui/compare/compareworkspace.h"
#include "ui/library/librarymodel.h"
#include "ui/library/libraryview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Developer aid for documentation: PARALLAX_SCREENSHOT=file.png grabs the window once the library
// is loaded and idle, opens the first document (or the one whose title contains
// PARALLAX_SCREENSHOT_DOCUMENT), optionally runs PARALLAX_SCREENSHOT_SEARCH, saves and quits.
void scheduleScreenshot(parallax::MainWindow &window, const QString &path)
{
    auto take = [&window, path] {
        if (window.importController()->isRunning())
            return;
        const parallax::LibraryModel *model = window.libraryView()->model();
        const QList<qint64> ids = model->documentIds();
        const QString wanted = qEnvironmentVariable("PARALLAX_SCREENSHOT_DOCUMENT");
        qint64 chosen = ids.value(0);
        for (qint64 id : ids) {
            if (!wanted.isEmpty() && model->summary(id)->meta.title.contains(wanted))
                chosen = id;
        }
        if (chosen != 0)
            window.openDocument(chosen);
        // PARALLAX_SCREENSHOT_COMPARE="吐鲁番,胡杨河": compare the documents whose titles contain
        // those words, show row PARALLAX_SCREENSHOT_ROW (1-based) and go to change PARALLAX_SCREENSHOT_CHANGE.
        const QStringList compare =
            qEnvironmentVariable("PARALLAX_SCREENSHOT_COMPARE").split(u',', Qt::SkipEmptyParts);
        if (compare.size() >= 2) {
            QList<qint64> picked;
            for (const QString &word : compare) {
                for (qint64 id : ids) {
                    if (model->summary(id)->meta.title.contains(word) && !picked.contains(id)) {
                        picked << id;
                        break;
                    }
                }
            }
            parallax::CompareWorkspace *workspace = window.compareWorkspace();
            window.resize(1560, 940);
            QObject::connect(workspace, &parallax::CompareWorkspace::comparisonShown, &window, [workspace] {
                const int row = qEnvironmentVariableIntValue("PARALLAX_SCREENSHOT_ROW");
                if (row > 0)
                    workspace->selectRow(row - 1);
            }, Qt::SingleShotConnection);
            QObject::connect(workspace, &parallax::CompareWorkspace::rowShown, &window, [&window, workspace, path] {
                QTimer::singleShot(300, &window, [&window, workspace, path] {
                    const int change = qEnvironmentVariableIntValue("PARALLAX_SCREENSHOT_CHANGE");
                    for (int i = 0; i < change; ++i)
                        workspace->nextChange();
                    QTimer::singleShot(300, &window, [&window, path] {
                        const bool saved = window.grab().save(path);
                        std::fprintf(stderr, "screenshot %s: %s\n", saved ? "saved" : "FAILED", qPrintable(path));
                        QCoreApplication::exit(saved ? 0 : 1);
                    });
                });
            });
            window.compareDocuments(picked);
            return;
        }
        const QString query = qEnvironmentVariable("PARALLAX_SCREENSHOT_SEARCH");
        if (!query.isEmpty())
            window.libraryView()->search(query);
        QTimer::singleShot(500, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            std::fprintf(stderr, "screenshot %s: %s\n", saved ? "saved" : "FAILED", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(&window, &parallax::MainWindow::libraryLoaded, &window,
                     [take] { QTimer::singleShot(200, take); });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Parallax"_s);
    QApplication::setOrganizationDomain(u"parallax.example.org"_s);
    QApplication::setApplicationName(u"Parallax"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(PARALLAX_VERSION));
    QApplication::setWindowIcon(QIcon(u":/parallax/icons/parallax.svg"_s));

    // The language must be known before any string is translated, including the --help text.
    QString language = QSettings().value(u"ui/language"_s).toString();
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--language"_s && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(u"--language="_s))
            language = arguments[i].mid(11);
    }
    parallax::installTranslators(app, language);
    parallax::setPdfHelperProgram(parallax::defaultPdfHelperProgram());
    QApplication::setFont(parallax::defaultUiFont());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Compare Chinese government work reports and five-year plans."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QCoreApplication::translate("main", "Open the library file <path>."),
        QCoreApplication::translate("main", "path"), parallax::defaultLibraryPath());
    const QCommandLineOption samplesOption(
        u"samples"_s, QCoreApplication::translate("main", "Open the bundled sample library."));
    const QCommandLineOption languageOption(
        u"language"_s,
        QCoreApplication::translate("main", "User interface language: en, zh_CN, or empty for the system language."),
        QCoreApplication::translate("main", "language"));
    QCommandLineOption quitOption(
        u"quit-after-start"_s,
        QCoreApplication::translate("main", "Quit as soon as the window is shown and the library loaded (for tests)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, samplesOption, languageOption, quitOption});
    parser.process(app);

    parallax::MainWindow window(parser.value(dbOption));
    const QString screenshot = qEnvironmentVariable("PARALLAX_SCREENSHOT");
    if (!screenshot.isEmpty())
        scheduleScreenshot(window, screenshot);
    window.show();

    const bool opened = parser.isSet(samplesOption) ? window.openSampleLibrary()
                                                    : window.openLibrary(parser.value(dbOption));
    if (parser.isSet(quitOption)) {
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(window.lastStatusMessage()));
            return 1;
        }
        QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
    }
    return QApplication::exec();
}
