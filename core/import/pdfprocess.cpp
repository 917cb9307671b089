#include "core/import/pdfprocess.h"

#include "core/import/pdfextractor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QMutex helperMutex;
QString helperProgram; // guarded by helperMutex

} // namespace

void setPdfHelperProgram(const QString &program)
{
    QMutexLocker locker(&helperMutex);
    helperProgram = program;
}

QString pdfHelperProgram()
{
    QMutexLocker locker(&helperMutex);
    return helperProgram;
}

QString defaultPdfHelperProgram()
{
    const QString path = QCoreApplication::applicationDirPath() + u'/' + QLatin1StringView(kPdfHelperName);
    return QFileInfo(path).isExecutable() ? path : QString();
}

Result<ExtractedText> extractPdfIsolated(const QByteArray &bytes, const ImportOptions &options)
{
    const QString program = pdfHelperProgram();
    if (program.isEmpty())
        return extractPdf(bytes, options);

    // The budget bounds the whole exchange; the helper gets the same limits for its own checks.
    const QDeadlineTimer deadline(options.timeBudgetMs);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, {u"--max-pages"_s, QString::number(options.maxPdfPages), u"--time-budget-ms"_s,
                            QString::number(options.timeBudgetMs)});
    if (!process.waitForStarted(int(std::min<qint64>(deadline.remainingTime(), 30'000))))
        return extractPdf(bytes, options); // no helper after all: read here rather than fail
    process.write(bytes);
    process.closeWriteChannel();
    while (process.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !process.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
    }
    if (!process.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())))) {
        process.kill();
        process.waitForFinished(5000);
        return fail(ErrorCode::TimeBudgetExceeded, {},
                    u"the PDF reader did not finish within %1 ms"_s.arg(options.timeBudgetMs));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(ErrorCode::PdfCorrupt, {},
                    u"the PDF reader stopped (exit status %1, code %2)"_s.arg(int(process.exitStatus())).arg(process.exitCode()));
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype newline = output.indexOf('\n');
    const QByteArray head = output.left(newline);
    const QString body = newline < 0 ? QString() : QString::fromUtf8(output.mid(newline + 1));
    if (head == "ok") {
        ExtractedText text;
        text.format = SourceFormat::Pdf;
        text.text = body;
        return text;
    }
    bool ok = false;
    const int code = head.startsWith("error ") ? head.mid(6).toInt(&ok) : -1;
    if (!ok || code < 0 || code > int(ErrorCode::TimeBudgetExceeded))
        return fail(ErrorCode::PdfCorrupt, {}, u"the PDF reader answered nonsense"_s);
    return fail(ErrorCode(code), {}, body);
}

int runPdfHelper(int argc, char **argv)
{
    ImportOptions options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray name = argv[i];
        const qint64 value = QByteArray(argv[i + 1]).toLongLong();
        if (name == "--max-pages")
            options.maxPdfPages = int(value);
        else if (name == "--time-budget-ms")
            options.timeBudgetMs = value;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = input.readAll();
    const Result<ExtractedText> extracted = extractPdf(bytes, options);
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return 2;
    if (extracted)
        output.write("ok\n" + extracted->text.toUtf8());
    else
        output.write("error " + QByteArray::number(int(extracted.error().code)) + '\n' + extracted.error().detail.toUtf8());
    output.flush();
    return 0;
}

} // namespace parallax
