// HTML, DOCX and PDF extraction. Runs with a QGuiApplication only because the test draws its
// PDFs with QPdfWriter/QPainter (fonts need a GUI application); extraction itself is GUI-less
// (tst_importer imports a PDF under QTEST_GUILESS_MAIN).

#include "core/import/docxreader.h"
#include "core/import/htmlextractor.h"
#include "core/import/importoptions.h"
#include "core/import/pdfextractor.h"
#include "core/import/pdfprocess.h"

#include <zip.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace parallax;


namespace {

using Entries = std::vector<std::pair<QByteArray, QByteArray>>; // name, content

/// Writes a zip with libzip (deflated entries) and returns its bytes.
QByteArray makeZip(const Entries &entries)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"test.zip"_s));
    int error = 0;
    zip_t *archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return {};
    for (const auto &[name, content] : entries) {
        // libzip reads the buffer at close time; the vector outlives that.
        zip_source_t *source = zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        const zip_int64_t index = zip_file_add(archive, name.constData(), source, ZIP_FL_OVERWRITE);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(archive) != 0)
        return {};
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray wordDocument(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
           + body + "</w:body></w:document>";
}

QByteArray paragraph(const QString &text, const QByteArray &style = {})
{
    QByteArray xml = "<w:p>";
    if (!style.isEmpty())
        xml += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return xml + "<w:r><w:t xml:space=\"preserve\">" + text.toUtf8() + "</w:t></w:r></w:p>";
}

QByteArray stylesXml()
{
    // Style ids as Chinese Word writes them ("1", "2") with the built-in names, one localised
    // name, and an outline level inherited through basedOn.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"cn3\"><w:name w:val=\"\xe6\xa0\x87\xe9\xa2\x98 3\"/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Outline\"><w:name w:val=\"My outline\"/>"
           "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Derived\"><w:name w:val=\"Derived\"/>"
           "<w:basedOn w:val=\"Outline\"/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
           "</w:styles>";
}

struct PdfPage
{
    QString header;        ///< drawn at the top edge
    QStringList body;      ///< one drawn line each
    QString footer;        ///< drawn at the bottom edge
    bool rectangleOnly = false;
};

/// Draws pages with QPdfWriter in WenQuanYi Micro Hei (installed with fonts-wqy-microhei).
QByteArray makePdf(const std::vector<PdfPage> &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(u"WenQuanYi Micro Hei"_s);
    font.setPointSizeF(10);
    painter.setFont(font);
    const int lineHeight = painter.fontMetrics().height() * 3 / 2;
    const int height = writer.height();
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const PdfPage &page = pages[i];
        if (page.rectangleOnly) {
            painter.drawRect(100, 100, 800, 600);
            continue;
        }
        int y = lineHeight;
        if (!page.header.isEmpty())
            painter.drawText(200, y, page.header);
        y += 2 * lineHeight;
        for (const QString &line : page.body) {
            painter.drawText(0, y, line);
            y += lineHeight;
        }
        if (!page.footer.isEmpty())
            painter.drawText(700, height - lineHeight, page.footer);
    }
    painter.end();
    return bytes;
}

// A PDF written object by object (1-based numbers, in order), with a correct cross-reference table:
// for page trees no writer would produce.
QByteArray rawPdf(const std::vector<QByteArray> &objects)
{
    QByteArray pdf = "%PDF-1.4\n";
    std::vector<qsizetype> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(qulonglong(i + 1)) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(qulonglong(objects.size() + 1)) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(qlonglong(offset)).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(qulonglong(objects.size() + 1)) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(qlonglong(xref)) + "\n%%EOF\n";
    return pdf;
}

// Catalog, pages node, a font, then `pages` pages, each with its own line of text (lines repeated on
// every page would be removed as running headers). `kids` replaces the pages node's children: a
// hostile file may point back at the node itself.
QByteArray pagedPdf(int pages, const QByteArray &kids = {})
{
    std::vector<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        {}, // the pages node, below
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray allKids;
    for (int p = 0; p < pages; ++p) {
        QByteArray word; // the page number in letters: a, b, …, ba, bb, …
        for (int n = p; word.isEmpty() || n > 0; n /= 26)
            word.prepend(char('a' + n % 26));
        const QByteArray content = "BT /F1 24 Tf 20 100 Td (Parallax page text " + word + ") Tj ET";
        const int page = int(objects.size()) + 1;
        allKids += QByteArray::number(page) + " 0 R ";
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents "
                          + QByteArray::number(page + 1) + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
        objects.push_back("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    objects[1] = "<< /Type /Pages /Kids [" + (kids.isEmpty() ? allKids : kids) + "] /Count "
                 + QByteArray::number(pages) + " >>";
    return rawPdf(objects);
}

QByteArray readFixture(const QString &relative)
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA) + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data();
    void html();
    void htmlMetaCharsetGbk_data();
    void htmlMetaCharsetGbk();
    void htmlHeadingHints();
    void htmlDeepNesting_data();
    void htmlDeepNesting();

    void docxParagraphsTablesAndHeadings();
    void docxErrors_data();
    void docxErrors();

    void pdfRunningHeadersAndRejoin();
    void pdfErrors_data();
    void pdfErrors();
    void pdfTenThousandPages();
    void pdfPageTreeLoop();
};

void TestFormats::html_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs")
        << QByteArray("<html><body><p>第一段\n  文字</p><p>第二段 text  with   spaces</p></body></html>")
        << u"第一段文字\n第二段 text with spaces"_s;
    QTest::newRow("scripts and chrome dropped")
        << QByteArray("<html><head><title>标题栏</title><style>p{}</style></head><body>"
                      "<header>网站头部</header><nav>首页 &gt; 政务公开</nav>"
                      "<script>var x = '<p>不是正文</p>';</script><noscript>请启用脚本</noscript>"
                      "<p>正文一</p><form><select><option>选项</option></select><button>搜索</button></form>"
                      "<iframe src='x'>框架</iframe><template><p>模板</p></template>"
                      "<p>正文二</p><footer>版权所有</footer></body></html>")
        << u"正文一\n正文二"_s;
    QTest::newRow("br and divs")
        << QByteArray("<div>一、总体要求<br>坚持稳中求进<br/>推动发展</div><div><span>二、</span><b>主要目标</b></div>")
        << u"一、总体要求\n坚持稳中求进\n推动发展\n二、主要目标"_s;
    QTest::newRow("table rows")
        << QByteArray("<table><tr><th>指标</th><th>2025年</th><th>属性</th></tr>"
                      "<tr><td>地区生产总值增长</td><td>6%</td><td><p>预期性</p></td></tr></table><p>表后</p>")
        << u"指标 | 2025年 | 属性\n地区生产总值增长 | 6% | 预期性\n表后"_s;
    QTest::newRow("entities and nbsp indentation")
        << QByteArray("<p>&nbsp;&nbsp;各位代表&#xFF1A;</p><p>R&amp;D投入</p>")
        << u"各位代表：\nR&D投入"_s;
    QTest::newRow("malformed")
        << QByteArray("<html><body><p>未闭合段落<div>嵌套<b>粗体<i>交错</b>斜体</i></div><p>最后一段<table><td>孤立单元格")
        << u"未闭合段落\n嵌套粗体交错斜体\n最后一段\n孤立单元格"_s;
    QTest::newRow("not even tags") << QByteArray("只有文字，没有标签") << u"只有文字，没有标签"_s;
}

void TestFormats::html()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    const Result<ExtractedText> extracted = extractHtml(html);
    QVERIFY(extracted.has_value());
    QCOMPARE(extracted->text, expected);
    QVERIFY(extracted->format == SourceFormat::Html);
}

void TestFormats::htmlMetaCharsetGbk_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("meta charset gbk") << QByteArray("<meta charset=\"gbk\">") << u"GB18030"_s;
    QTest::newRow("http-equiv gb2312")
        << QByteArray("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">") << u"GB18030"_s;
    QTest::newRow("no declaration") << QByteArray() << u"GB18030"_s;
}

void TestFormats::htmlMetaCharsetGbk()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, encoding);
    // 政府工作报告 / 各位代表：现在，我代表市人民政府向大会报告工作。 in GBK
    const QByteArray title("\xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6");
    const QByteArray body("\xb8\xf7\xce\xbb\xb4\xfa\xb1\xed\xa3\xba\xcf\xd6\xd4\xda\xa3\xac\xce\xd2\xb4\xfa\xb1\xed"
                          "\xca\xd0\xc8\xcb\xc3\xf1\xd5\xfe\xb8\xae\xcf\xf2\xb4\xf3\xbb\xe1\xb1\xa8\xb8\xe6\xb9\xa4"
                          "\xd7\xf7\xa1\xa3");
    const QByteArray page = "<html><head>" + head + "</head><body><h1>" + title + "</h1><p>" + body
                            + "</p></body></html>";
    const Result<ExtractedText> extracted = extractHtml(page);
    QVERIFY(extracted.has_value());
    QCOMPARE(extracted->encoding, encoding);
    QCOMPARE(extracted->text, u"政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。"_s);
    QCOMPARE(extracted->headingHints.value(u"政府工作报告"_s), 1);
}

void TestFormats::htmlHeadingHints()
{
    const QByteArray page("<body><h1>政府工作报告</h1><h2> 一、2024年工作回顾 </h2><p>正文</p>"
                          "<h3>（一）<span>经济运行</span></h3><h2></h2></body>");
    const Result<ExtractedText> extracted = extractHtml(page);
    QVERIFY(extracted.has_value());
    QCOMPARE(extracted->headingHints.size(), 3);
    QCOMPARE(extracted->headingHints.value(u"政府工作报告"_s), 1);
    QCOMPARE(extracted->headingHints.value(u"一、2024年工作回顾"_s), 2);
    QCOMPARE(extracted->headingHints.value(u"（一）经济运行"_s), 3);
    QCOMPARE(extracted->text, u"政府工作报告\n一、2024年工作回顾\n正文\n（一）经济运行"_s);
}

void TestFormats::htmlDeepNesting_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::newRow("divs") << QByteArray("<div>") << QByteArray("</div>");
    QTest::newRow("unclosed spans") << QByteArray("<span>") << QByteArray();
    QTest::newRow("formatting") << QByteArray("<b><i>") << QByteArray("</i></b>");
}

void TestFormats::htmlDeepNesting()
{
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    constexpr int Depth = 100000;
    const QByteArray page = "<html><body>" + open.repeated(Depth) + "深处的文字" + close.repeated(Depth)
                            + "<p>之后</p></body></html>";
    // On a thread with a small stack: any recursion per nesting level (ours or gumbo's) would
    // overflow it, not only the 8 MB main stack.
    Result<ExtractedText> extracted = fail(ErrorCode::Cancelled);
    QThread *thread = QThread::create([&] { extracted = extractHtml(page); });
    thread->setStackSize(512 * 1024);
    QElapsedTimer timer;
    timer.start();
    thread->start();
    QVERIFY(thread->wait(60000));
    delete thread;
    QVERIFY2(timer.elapsed() < 20000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(extracted.has_value());
    QVERIFY(extracted->text.contains(u"深处的文字"_s));
    QVERIFY(extracted->text.endsWith(u"之后"_s));
}

void TestFormats::docxParagraphsTablesAndHeadings()
{
    const QByteArray body = paragraph(u"政府工作报告"_s, "1") + paragraph(u"一、2024年工作回顾"_s, "2")
                            + paragraph(u"过去一年，经济运行稳中向好。"_s)
                            + "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>列</w:t></w:r>"
                              "<w:r><w:instrText> PAGE </w:instrText></w:r>"
                              "<w:del><w:r><w:delText>删除的</w:delText></w:r></w:del></w:p>"
                            + paragraph(u"（一）稳增长"_s, "cn3")
                            + "<w:tbl><w:tr><w:tc>" + paragraph(u"指标"_s) + "</w:tc><w:tc>" + paragraph(u"目标"_s)
                            + "</w:tc></w:tr><w:tr><w:tc>" + paragraph(u"地区生产总值"_s) + paragraph(u"增长"_s)
                            + "</w:tc><w:tc>" + paragraph(u"6%左右"_s) + "</w:tc></w:tr></w:tbl>"
                            + paragraph(u"专栏1"_s, "Derived")
                            + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>直接大纲级别</w:t></w:r></w:p>"
                            + paragraph(u"结束语。"_s, "Normal");
    const QByteArray docx = makeZip({{"[Content_Types].xml", "<Types/>"},
                                     {"word/document.xml", wordDocument(body)},
                                     {"word/styles.xml", stylesXml()},
                                     {"../evil.xml", "<x/>"}});
    QVERIFY(!docx.isEmpty());
    const Result<ExtractedText> extracted = readDocx(docx);
    QVERIFY2(extracted.has_value(), qPrintable(extracted ? QString() : extracted.error().detail));
    QVERIFY(extracted->format == SourceFormat::Docx);
    QCOMPARE(extracted->text, u"政府工作报告\n一、2024年工作回顾\n过去一年，经济运行稳中向好。\n第一行\n第二行\t列\n"
                              u"（一）稳增长\n指标 | 目标\n地区生产总值 增长 | 6%左右\n专栏1\n直接大纲级别\n结束语。"_s);
    QCOMPARE(extracted->headingHints.size(), 5);
    QCOMPARE(extracted->headingHints.value(u"政府工作报告"_s), 1);
    QCOMPARE(extracted->headingHints.value(u"一、2024年工作回顾"_s), 2);
    QCOMPARE(extracted->headingHints.value(u"（一）稳增长"_s), 3);
    QCOMPARE(extracted->headingHints.value(u"专栏1"_s), 2);
    QCOMPARE(extracted->headingHints.value(u"直接大纲级别"_s), 1);
}

void TestFormats::docxErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxUncompressed");
    QTest::addColumn<ErrorCode>("code");
    const qint64 defaultLimit = ImportOptions().maxDocxUncompressedBytes;

    QTest::newRow("not a zip") << QByteArray("This is a text file called .docx") << defaultLimit
                               << ErrorCode::DocxNotZip;
    QTest::newRow("zip signature only") << QByteArray("PK\x03\x04garbage", 11) << defaultLimit << ErrorCode::DocxNotZip;
    QTest::newRow("no document.xml") << makeZip({{"word/styles.xml", stylesXml()}, {"readme.txt", "hello"}})
                                     << defaultLimit << ErrorCode::DocxCorrupt;
    QTest::newRow("document.xml by path traversal")
        << makeZip({{"../word/document.xml", wordDocument(paragraph(u"x"_s))}}) << defaultLimit
        << ErrorCode::DocxCorrupt;
    QTest::newRow("bad xml") << makeZip({{"word/document.xml", "<w:document><w:body><w:p>"}}) << defaultLimit
                             << ErrorCode::DocxCorrupt;
    QByteArray bomb = wordDocument(paragraph(QString(u"发展"_s).repeated(2 * 1024 * 1024)));
    QTest::newRow("zip bomb") << makeZip({{"word/document.xml", bomb}}) << qint64(1024 * 1024)
                              << ErrorCode::DocxTooLarge;
    QTest::newRow("many entries over the sum")
        << makeZip({{"word/document.xml", wordDocument(paragraph(u"x"_s))},
                    {"word/media/a.bin", QByteArray(600 * 1024, 'a')},
                    {"word/media/b.bin", QByteArray(600 * 1024, 'b')}})
        << qint64(1024 * 1024) << ErrorCode::DocxTooLarge;
}

void TestFormats::docxErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxUncompressed);
    QFETCH(ErrorCode, code);
    QVERIFY(!bytes.isEmpty());
    ImportOptions options;
    options.maxDocxUncompressedBytes = maxUncompressed;
    const Result<ExtractedText> extracted = readDocx(bytes, options);
    QVERIFY(!extracted.has_value());
    QCOMPARE(extracted.error().code, code);
}

void TestFormats::pdfRunningHeadersAndRejoin()
{
    const QString header = u"胡杨河市2025年政府工作报告"_s;
    const std::vector<PdfPage> pages = {
        {header,
         {u"一、总体要求"_s, u"我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建"_s,
          u"新发展格局，推动高质量发展。"_s, u"二、主要目标"_s,
          u"地区生产总值增长6%左右，城乡居民人均可支配收入与经济增长基本同步，"_s, u"城镇新增就业一万人。"_s},
         u"- 1 -"_s},
        {header,
         {u"三、重点工作"_s, u"坚定不移深化改革开放，持续优化营商环境，激发各类经营主体活力，稳步"_s,
          u"扩大制度型开放。"_s, u"各位代表："_s, u"让我们团结奋斗，开拓进取。"_s},
         u"- 2 -"_s},
    };
    const QByteArray pdf = makePdf(pages);
    QVERIFY(pdf.startsWith("%PDF-"));
    const Result<ExtractedText> extracted = extractPdf(pdf);
    QVERIFY2(extracted.has_value(), qPrintable(extracted ? QString() : extracted.error().detail));
    const QString expected = u"一、总体要求\n"
                             u"我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，推动高质量发展。\n"
                             u"二、主要目标\n"
                             u"地区生产总值增长6%左右，城乡居民人均可支配收入与经济增长基本同步，城镇新增就业一万人。\n"
                             u"三、重点工作\n"
                             u"坚定不移深化改革开放，持续优化营商环境，激发各类经营主体活力，稳步扩大制度型开放。\n"
                             u"各位代表：\n"
                             u"让我们团结奋斗，开拓进取。"_s;
    QCOMPARE(extracted->text, expected);
    QVERIFY(extracted->format == SourceFormat::Pdf);
}

void TestFormats::pdfErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    const QByteArray good = makePdf({{u"页眉"_s, {u"一些文字，足够多的文字。"_s}, u"1"_s}});
    QTest::newRow("truncated") << good.left(300) << ErrorCode::PdfCorrupt;
    QTest::newRow("garbage after header") << QByteArray("%PDF-1.7\nthis is not a pdf at all\n") << ErrorCode::PdfCorrupt;
    PdfPage rectangle;
    rectangle.rectangleOnly = true;
    QTest::newRow("no text layer") << makePdf({rectangle, rectangle}) << ErrorCode::PdfNoTextLayer;
    QTest::newRow("encrypted") << readFixture(u"bad/encrypted.pdf"_s) << ErrorCode::PdfEncrypted;
}

void TestFormats::pdfErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QVERIFY(!bytes.isEmpty());
    const Result<ExtractedText> extracted = extractPdf(bytes);
    QVERIFY2(!extracted.has_value(), qPrintable(extracted ? extracted->text : QString()));
    QCOMPARE(extracted.error().code, code);
}

// 10,000 pages: read up to the page limit, stopped by the time budget between pages.
void TestFormats::pdfTenThousandPages()
{
    const QByteArray pdf = pagedPdf(10'000);
    ImportOptions options;
    options.maxPdfPages = 40;
    const Result<ExtractedText> limited = extractPdf(pdf, options);
    QVERIFY2(limited.has_value(), qPrintable(limited ? QString() : limited.error().detail));
    QCOMPARE(limited->text.count(u"Parallax page text "_s), 40);

    options.maxPdfPages = ImportOptions().maxPdfPages;
    options.timeBudgetMs = 0;
    const Result<ExtractedText> late = extractPdf(pdf, options);
    QVERIFY(!late.has_value());
    QCOMPARE(late.error().code, ErrorCode::TimeBudgetExceeded);
    QVERIFY2(late.error().detail.contains(u"of 10000 pages"_s), qPrintable(late.error().detail));
}

// A pages node that lists itself among its kids hangs pdfium inside QPdfDocument::load() for good.
// Through the helper process the import stops at the time budget with a message; other loops and
// good files are read. (Never in-process: that would hang this test.)
void TestFormats::pdfPageTreeLoop()
{
    setPdfHelperProgram(QStringLiteral(PARALLAX_PDF_HELPER));
    ImportOptions options;
    options.timeBudgetMs = 3000;
    const Result<ExtractedText> good = extractPdfIsolated(pagedPdf(2), options);
    QVERIFY2(good.has_value(), qPrintable(good ? QString() : good.error().detail));
    QVERIFY(good->text.contains(u"Parallax page text a"_s) && good->text.contains(u"Parallax page text b"_s));

    const Result<ExtractedText> hanging = extractPdfIsolated(pagedPdf(1, "2 0 R 4 0 R"), options);
    QVERIFY(!hanging.has_value());
    QCOMPARE(hanging.error().code, ErrorCode::TimeBudgetExceeded);
    QVERIFY2(hanging.error().detail.contains(u"3000 ms"_s), qPrintable(hanging.error().detail));

    const Result<ExtractedText> twice = extractPdfIsolated(pagedPdf(1, "4 0 R 2 0 R 2 0 R"), options);
    if (twice)
        QVERIFY(twice->text.contains(u"Parallax page text"_s));
    else
        QVERIFY2(twice.error().code == ErrorCode::PdfCorrupt || twice.error().code == ErrorCode::TimeBudgetExceeded,
                 qPrintable(twice.error().detail));

    // A helper that is not there: read in this process.
    setPdfHelperProgram(u"/nonexistent/parallax-pdftext"_s);
    QVERIFY(extractPdfIsolated(pagedPdf(1), options).has_value());
    setPdfHelperProgram({});
}

QTEST_MAIN(TestFormats)
#include "tst_formats.moc"
