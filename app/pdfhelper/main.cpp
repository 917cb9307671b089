// parallax-pdftext: reads one PDF from stdin and writes its text to stdout, for the apps' importer,
// which runs it as a separate process so that a PDF that hangs or crashes pdfium only costs this
// process (see core/import/pdfprocess.h). Not meant to be run by hand.

#include "core/import/pdfprocess.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    return parallax::runPdfHelper(argc, argv);
}
