#include "app/cli/clicommands.h"
#include "app/common/translator.h"
#include "core/import/pdfprocess.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Charts are drawn with Qt Charts, which needs a QApplication (so do the charts in a report,
    // and printing needs fonts); it runs offscreen, so these commands work without a display.
    // Every other command stays a plain QCoreApplication.
    const bool chart = argc > 1
        && (std::strcmp(argv[1], "chart") == 0 || std::strcmp(argv[1], "print") == 0
            || std::strcmp(argv[1], "report") == 0);
    if (chart && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = chart ? std::make_unique<QApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    // The same names as the GUI, so both open the same library in the platform data directory.
    QCoreApplication::setOrganizationName(u"Parallax"_s);
    QCoreApplication::setApplicationName(u"Parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    parallax::installTranslators(*app, qEnvironmentVariable("PARALLAX_LANGUAGE"));
    parallax::setPdfHelperProgram(parallax::defaultPdfHelperProgram());

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const int code = parallax::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
