// Printed documents and comparison reports: what pdftotext reads back from the PDFs, a
// well-formed self-contained HTML report, and the CLI's annotate/annotations/print/report.

#include "core/annotations/anchoring.h"
#include "core/import/importer.h"
#include "ui/print/comparisonreport.h"
#include "ui/print/documentprintout.h"
#include "ui/print/printcontroller.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Document sample(const QString &name, qint64 id)
{
    QFile file(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto document = importBytes(file.readAll(), name);
    if (!document)
        return {};
    document->id = id;
    return *document;
}

Annotation note(const Document &document, const QString &quote, const QString &text, HighlightColor color)
{
    Annotation a;
    a.id = document.text.indexOf(quote);
    a.documentId = document.id;
    const qsizetype at = document.text.indexOf(quote);
    if (at >= 0)
        a.anchor = makeAnchor(document.text, at, at + quote.size());
    a.note = text;
    a.color = color;
    a.tags = {u"测试"_s};
    return a;
}

// pdftotext's text of `pages` ("" = all) or a null string if the tool is missing or fails.
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (first > 0)
        arguments << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    arguments << path << u"-"_s;
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext breaks lines; compare without any whitespace.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

bool hasRadicals(const QString &text)
{
    for (QChar c : text) {
        if ((c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) || (c.unicode() >= 0x2E80 && c.unicode() <= 0x2EFF))
            return true;
    }
    return false;
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void annotatedDocumentPdf();
    void reportHtmlIsWellFormedAndSelfContained();
    void reportPdf();
    void refusesBadOutputPaths();
    void cliAnnotatePrintReport();
    void controllerWritesOnWorkers();

private:
    QTemporaryDir m_dir;
    Document m_turpan;
    Document m_huyanghe;
};

void TestPrinting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_turpan = sample(u"turpan_2025_work-report.txt"_s, 1);
    m_huyanghe = sample(u"huyanghe_2025_work-report.txt"_s, 2);
    QVERIFY(!m_turpan.text.isEmpty() && !m_huyanghe.text.isEmpty());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: scripts/install-deps.sh installs it");
}

void TestPrinting::annotatedDocumentPdf()
{
    const QString longNote = u"长批注开头。"_s + QString(10'000, u'注') + u"长批注结尾。"_s;
    std::vector<Annotation> annotations{
        note(m_turpan, u"加快产业集群建设"_s, u"与胡杨河的产业发展大培育对应"_s, HighlightColor::Green),
        note(m_turpan, u"产业集群"_s, u"重叠的批注"_s, HighlightColor::Pink), // overlaps the first
        note(m_turpan, u"生产总值增长8%以上"_s, longNote, HighlightColor::Yellow),
    };
    Annotation lost = note(m_turpan, u"葡萄"_s, u"找不到的批注"_s, HighlightColor::Blue);
    lost.status = AnchorStatus::Orphaned;
    annotations.push_back(lost);
    for (const Annotation &a : annotations)
        QVERIFY(!a.anchor.quote.isEmpty());

    const QString path = m_dir.filePath(u"turpan.pdf"_s);
    const Result<int> pages = writeDocumentPdf(m_turpan, annotations, path);
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().detail));
    QVERIFY2(*pages >= 10 && *pages <= 40, qPrintable(QString::number(*pages))); // 60,000 characters of A4

    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    QVERIFY(!hasRadicals(text)); // WenQuanYi: real ideographs, not Kangxi radicals
    const QString flat = squeezed(text);
    for (const Annotation &a : annotations) {
        QVERIFY2(flat.contains(squeezed(a.anchor.quote)), qPrintable(a.anchor.quote));
        QVERIFY2(flat.contains(squeezed(a.note.left(12))), qPrintable(a.note.left(12)));
    }
    QVERIFY(flat.contains(u"长批注结尾。"_s)); // the full note, in the endnotes
    QVERIFY(flat.contains(u"Notes"_s) || flat.contains(u"批注"_s));

    // Every page has the header and its number.
    const QString second = pdfText(path, 2, 2);
    QVERIFY(squeezed(second).contains(squeezed(m_turpan.meta.title)));
    QVERIFY2(second.contains(u"2 / %1"_s.arg(*pages)), qPrintable(second.right(200)));
}

void TestPrinting::reportHtmlIsWellFormedAndSelfContained()
{
    std::map<qint64, std::vector<Annotation>> notes;
    notes[m_turpan.id] = {note(m_turpan, u"加快产业集群建设"_s, u"对应胡杨河 <产业> & “大培育”"_s, HighlightColor::Green)};
    const Result<ComparisonReport> report = buildComparisonReport({m_turpan, m_huyanghe}, notes);
    QVERIFY(report);
    QVERIFY(report->matrix.rows.size() >= 10);
    QVERIFY(!report->rows.empty());
    QVERIFY(!report->targets.rows.empty());

    const QString html = comparisonReportHtml(*report);
    // Well-formed: every element closed and nested (the page is also valid XML).
    QString xml = html;
    xml.remove(u"<!DOCTYPE html>"_s);
    QXmlStreamReader reader(xml);
    int elements = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    QVERIFY2(!reader.hasError(), qPrintable(u"%1 at line %2"_s.arg(reader.errorString()).arg(reader.lineNumber())));
    QVERIFY(elements > 100);
    // Self-contained: nothing loaded from elsewhere.
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(!html.contains(u"src=\"http"_s));
    if (!report->charts.empty())
        QVERIFY(html.contains(u"<img src=\"data:image/png;base64,"_s));
    // The note, escaped; a changed figure marked; both documents named.
    QVERIFY(html.contains(u"对应胡杨河 &lt;产业&gt; &amp; “大培育”"_s));
    QVERIFY(html.contains(u"background-color:#ffe08a"_s));
    QVERIFY(html.contains(u"吐鲁番市"_s) && html.contains(u"胡杨河市"_s));
}

void TestPrinting::reportPdf()
{
    std::map<qint64, std::vector<Annotation>> notes;
    notes[m_huyanghe.id] = {note(m_huyanghe, u"突出产业发展"_s, u"胡杨河用突出串起八项任务"_s, HighlightColor::Pink)};
    const Result<ComparisonReport> report = buildComparisonReport({m_turpan, m_huyanghe}, notes);
    QVERIFY(report);
    const QString path = m_dir.filePath(u"report.pdf"_s);
    const Result<int> pages = writeComparisonReport(*report, path);
    QVERIFY(pages);
    QVERIFY2(*pages >= 5, qPrintable(QString::number(*pages)));
    const QString text = pdfText(path);
    QVERIFY(!hasRadicals(text));
    const QString flat = squeezed(text);
    QVERIFY(flat.contains(u"胡杨河用突出串起八项任务"_s));
    QVERIFY(flat.contains(u"地区生产总值"_s)); // the targets table
    QVERIFY(flat.contains(u"吐鲁番市2025"_s));
    QVERIFY(pdfText(path, *pages, *pages).contains(u"%1 / %1"_s.arg(*pages)));
}

void TestPrinting::refusesBadOutputPaths()
{
    const Result<ComparisonReport> report = buildComparisonReport({m_turpan, m_huyanghe}, {});
    QVERIFY(report);
    const Result<int> wrongSuffix = writeComparisonReport(*report, m_dir.filePath(u"report.docx"_s));
    QVERIFY(!wrongSuffix);
    QCOMPARE(wrongSuffix.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!writeComparisonReport(*report, m_dir.filePath(u"no/such/folder/report.pdf"_s)));
    QVERIFY(!writeDocumentPdf(m_turpan, {}, m_dir.filePath(u"no/such/folder/doc.pdf"_s)));
    const Result<ComparisonReport> single = buildComparisonReport({m_turpan}, {});
    QVERIFY(!single);
}

void TestPrinting::cliAnnotatePrintReport()
{
    const QString db = m_dir.filePath(u"cli.sqlite"_s);
    auto run = [&](const QStringList &arguments, QByteArray *out = nullptr) {
        QProcess cli;
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        cli.start(QStringLiteral(PARALLAX_CLI), arguments + QStringList{u"--db"_s, db});
        if (!cli.waitForFinished(120000))
            return -1;
        if (out)
            *out = cli.readAllStandardOutput();
        return cli.exitCode();
    };
    const QString samples = QStringLiteral(PARALLAX_SAMPLES);
    // One by one, so the ids are known: 1 Turpan, 2 Huyanghe.
    QCOMPARE(run({u"import"_s, samples + u"/turpan_2025_work-report.txt"_s}), 0);
    QCOMPARE(run({u"import"_s, samples + u"/huyanghe_2025_work-report.txt"_s}), 0);
    QCOMPARE(run({u"annotate"_s, u"1"_s, u"--quote"_s, u"加快产业集群建设"_s, u"--note"_s, u"命令行批注"_s, u"--tag"_s,
                  u"industry"_s, u"--color"_s, u"green"_s}),
             0);
    QCOMPARE(run({u"annotate"_s, u"1"_s, u"--quote"_s, u"没有这句话"_s}), 1);
    QCOMPARE(run({u"annotate"_s, u"1"_s, u"--quote"_s, u"产业"_s, u"--color"_s, u"orange"_s}), 2);

    QByteArray json;
    QCOMPARE(run({u"annotations"_s, u"1"_s, u"--json"_s}, &json), 0);
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(u"quote"_s).toString(), u"加快产业集群建设"_s);
    QCOMPARE(first.value(u"note"_s).toString(), u"命令行批注"_s);
    QCOMPARE(first.value(u"tags"_s).toArray().first().toString(), u"industry"_s);
    QCOMPARE(first.value(u"color"_s).toString(), u"green"_s);
    QVERIFY(first.value(u"section"_s).toString().contains(u"产业集群"_s));

    QByteArray markdown;
    QCOMPARE(run({u"annotations"_s, u"1"_s, u"--markdown"_s}, &markdown), 0);
    QVERIFY(QString::fromUtf8(markdown).contains(u"> 加快产业集群建设"_s));

    const QString pdf = m_dir.filePath(u"cli-print.pdf"_s);
    QCOMPARE(run({u"print"_s, u"1"_s, u"--annotated"_s, u"--out"_s, pdf}), 0);
    QVERIFY(squeezed(pdfText(pdf)).contains(u"命令行批注"_s));
    const QString html = m_dir.filePath(u"cli-report.html"_s);
    QCOMPARE(run({u"report"_s, u"1"_s, u"2"_s, u"--out"_s, html}), 0);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(page.readAll()).contains(u"命令行批注"_s));
    QCOMPARE(run({u"report"_s, u"1"_s, u"--out"_s, html}), 2); // one document is no comparison
    QCOMPARE(run({u"print"_s, u"1"_s, u"--out"_s, m_dir.filePath(u"x.txt"_s)}), 2);
}

void TestPrinting::controllerWritesOnWorkers()
{
    QWidget window;
    PrintController controller(&window);
    QSignalSpy exported(&controller, &PrintController::exported);
    QSignalSpy failed(&controller, &PrintController::failed);

    const QString pdf = m_dir.filePath(u"controller.pdf"_s);
    controller.exportPdfTo(m_turpan, {note(m_turpan, u"加快产业集群建设"_s, u"后台写入"_s, HighlightColor::Blue)}, pdf);
    QVERIFY(controller.isBusy());
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.first().at(0).toString(), pdf);
    QVERIFY(exported.first().at(1).toInt() >= 10);
    QVERIFY(squeezed(pdfText(pdf)).contains(u"后台写入"_s));

    const QString html = m_dir.filePath(u"controller.html"_s);
    ReportOptions options;
    options.matrix = alignDocuments({m_turpan, m_huyanghe}); // the workspace passes its own, overrides included
    controller.exportReportTo({m_turpan, m_huyanghe}, {}, options, html);
    QVERIFY(exported.wait(120000));
    QCOMPARE(exported.last().at(0).toString(), html);
    QVERIFY(QFileInfo(html).size() > 10000);

    // Cancelled before the worker gets far: nothing reported as written, no failure either.
    controller.exportReportTo({m_turpan, m_huyanghe}, {}, {}, m_dir.filePath(u"cancelled.pdf"_s));
    controller.cancel();
    QTest::qWait(500);
    QVERIFY(!controller.isBusy() || QTest::qWaitFor([&] { return !controller.isBusy(); }, 60000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(exported.size(), 2);

    // Print previews of a document and of a report open window-modal, without a nested loop.
    QSignalSpy previews(&controller, &PrintController::previewOpened);
    controller.printPreview(m_turpan, {});
    QCOMPARE(previews.size(), 1);
    auto *documentPreview = previews.first().at(0).value<QWidget *>();
    QVERIFY(documentPreview && documentPreview->isVisible());
    documentPreview->close();
    controller.previewReport({m_turpan, m_huyanghe}, {}, {});
    QVERIFY(previews.wait(120000));
    auto *reportPreview = previews.last().at(0).value<QWidget *>();
    QVERIFY(reportPreview && reportPreview->isVisible());
    reportPreview->close();
    QCOMPARE(failed.size(), 0);
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
