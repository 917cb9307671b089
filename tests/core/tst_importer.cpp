#include "core/common/errortext.h"
#include "core/import/importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString samplePath(const QString &name)
{
    return QStringLiteral(PARALLAX_SAMPLES) + u'/' + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const char *formatName(std::optional<SourceFormat> format)
{
    if (!format)
        return "none";
    switch (*format) {
    case SourceFormat::Text: return "text";
    case SourceFormat::Html: return "html";
    case SourceFormat::Pdf: return "pdf";
    case SourceFormat::Docx: return "docx";
    }
    return "?";
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sniffFormat_data();
    void sniffFormat();
    void badFiles_data();
    void badFiles();
    void fileTooLarge();
    void longLine();
    void noHeadings();
    void timeBudget_data();
    void timeBudget();
    void sectionDepth();
    void realSample();
    void gb18030File();
    void htmlFile();
    void pdfWithoutGuiApplication();
    void fiftyMegabytes();

private:
    QTemporaryDir m_dir;
};

void TestImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

namespace {

// Bytes of a string literal that may hold NULs, its terminator excluded (a hand-counted length
// once read past the end: AddressSanitizer found it).
template<std::size_t N>
QByteArray literal(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

} // namespace

void TestImporter::sniffFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pdf by content") << QByteArray("%PDF-1.7\n...") << u"report.txt"_s << u"pdf"_s;
    QTest::newRow("docx by content") << literal("PK\x03\x04....word/document.xml....") << u"report.bin"_s
                                     << u"docx"_s;
    QTest::newRow("zip named docx") << literal("PK\x03\x04....") << u"report.docx"_s << u"docx"_s;
    QTest::newRow("other zip") << literal("PK\x03\x04....xl/workbook.xml") << u"book.zip"_s << u"none"_s;
    QTest::newRow("html by content") << QByteArray("<!DOCTYPE html><html><body>x</body></html>") << u"report.txt"_s
                                     << u"html"_s;
    QTest::newRow("html fragment by content") << QByteArray("\n  <div class=\"main\"><p>正文</p></div>")
                                              << u"page"_s << u"html"_s;
    QTest::newRow("markup named html") << QByteArray("<span>正文</span>") << u"page.HTML"_s << u"html"_s;
    QTest::newRow("text named html") << QByteArray("政府工作报告") << u"page.html"_s << u"text"_s;
    QTest::newRow("text") << QByteArray("政府工作报告\n各位代表：") << u"report.txt"_s << u"text"_s;
    QTest::newRow("text with a less-than sign") << QByteArray("增速 < 5%") << u"report.txt"_s << u"text"_s;
    QTest::newRow("png named txt") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"report.txt"_s
                                   << u"none"_s;
}

void TestImporter::sniffFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromLatin1(formatName(parallax::sniffFormat(bytes, fileName))), expected);
}

void TestImporter::badFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes"); // null: do not create the file
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("empty file") << u"empty.txt"_s << QByteArray("") << ErrorCode::EmptyFile;
    QTest::newRow("png named txt") << u"picture.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                                   << ErrorCode::BinaryFile;
    QTest::newRow("missing file") << u"does-not-exist.txt"_s << QByteArray() << ErrorCode::FileNotFound;
    QTest::newRow("only whitespace") << u"blank.txt"_s << QByteArray(" \n\n\t\r\n\xE3\x80\x80\n") << ErrorCode::NoText;
    QTest::newRow("only chrome") << u"chrome.txt"_s << QByteArray("用户登录\n×\n全文检索\n") << ErrorCode::NoText;
    QTest::newRow("docx that is not a zip") << u"fake.docx"_s << QByteArray("PK\x03\x04 not really", 16)
                                            << ErrorCode::DocxNotZip;
    QTest::newRow("encrypted pdf") << u"encrypted.pdf"_s
                                   << readFile(QStringLiteral(PARALLAX_TEST_DATA) + u"/bad/encrypted.pdf"_s)
                                   << ErrorCode::PdfEncrypted;
}

void TestImporter::badFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    const QString path = m_dir.filePath(fileName);
    if (!bytes.isNull())
        QVERIFY(writeFile(path, bytes));
    const Result<Document> document = importFile(path);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, code);
    QCOMPARE(document.error().subject, QFileInfo(path).absoluteFilePath());
}

void TestImporter::fileTooLarge()
{
    const QString path = m_dir.filePath(u"large.txt"_s);
    QVERIFY(writeFile(path, QByteArray(4096, 'a')));
    ImportOptions options;
    options.maxFileBytes = 4095;
    const Result<Document> document = importFile(path, options);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, ErrorCode::FileTooLarge);
    QCOMPARE(document.error().subject, path);
    options.maxFileBytes = 4096;
    QVERIFY(importFile(path, options).has_value());
}

void TestImporter::longLine()
{
    const QString path = m_dir.filePath(u"oneline.txt"_s);
    const QByteArray line = QByteArray("推动高质量发展，").repeated(1024 * 1024 / 24);
    QVERIFY(writeFile(path, line));

    const Result<Document> document = importFile(path);
    QVERIFY(document.has_value());
    QCOMPARE(document->text.size(), QString::fromUtf8(line).size());

    ImportOptions options;
    options.maxLineLength = 1000;
    const Result<Document> rejected = importFile(path, options);
    QVERIFY(!rejected.has_value());
    QCOMPARE(rejected.error().code, ErrorCode::LineTooLong);
    QCOMPARE(rejected.error().subject, path);
}

void TestImporter::timeBudget_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("text") << samplePath(u"turpan_2025_work-report.txt"_s);
    QTest::newRow("pdf (stops between pages)") << QStringLiteral(PARALLAX_TEST_DATA) + u"/formats/hello.pdf"_s;
}

// A document over its time budget fails with its own code, naming the file; with the default budget
// the same file imports.
void TestImporter::timeBudget()
{
    QFETCH(QString, path);
    ImportOptions options;
    options.timeBudgetMs = 0;
    const Result<Document> late = importFile(path, options);
    QVERIFY(!late.has_value());
    QCOMPARE(late.error().code, ErrorCode::TimeBudgetExceeded);
    QCOMPARE(late.error().subject, QFileInfo(path).absoluteFilePath());
    QVERIFY(errorText(late.error()).contains(QFileInfo(path).fileName()));
    QVERIFY(importFile(path).has_value());
}

// Headings deeper than the limit stay in their parent's text: no section is deeper, and the tree
// still covers the same text.
void TestImporter::sectionDepth()
{
    const QString path = samplePath(u"changji_2021-2025_five-year-plan.txt"_s);
    const Result<Document> full = importFile(path);
    QVERIFY(full.has_value());
    auto depthOf = [](const std::vector<Section> &sections, auto &&self) -> int {
        int deepest = 0;
        for (const Section &section : sections)
            deepest = std::max(deepest, 1 + self(section.children, self));
        return deepest;
    };
    QVERIFY(depthOf(full->sections, depthOf) >= 3);
    for (int limit : {1, 2}) {
        ImportOptions options;
        options.maxSectionDepth = limit;
        const Result<Document> shallow = importFile(path, options);
        QVERIFY(shallow.has_value());
        QCOMPARE(depthOf(shallow->sections, depthOf), limit);
        QCOMPARE(shallow->text, full->text);
        QCOMPARE(shallow->sections.back().end, full->sections.back().end);
    }
}

void TestImporter::noHeadings()
{
    const QString path = m_dir.filePath(u"plain.txt"_s);
    QVERIFY(writeFile(path, "今年以来，全市经济运行总体平稳。\n\n居民收入稳步增长，民生保障持续加强。\n"));
    const Result<Document> document = importFile(path);
    QVERIFY(document.has_value());
    QCOMPARE(document->text, u"今年以来，全市经济运行总体平稳。\n\n居民收入稳步增长，民生保障持续加强。"_s);
    QCOMPARE(document->sections.size(), size_t(1));
    QCOMPARE(document->sections.front().start, 0);
    QCOMPARE(document->sections.front().end, document->text.size());
}

void TestImporter::realSample()
{
    const QString path = samplePath(u"huyanghe_2025_work-report.txt"_s);
    const Result<Document> document = importFile(path);
    QVERIFY(document.has_value());
    QVERIFY(document->format == SourceFormat::Text);
    QCOMPARE(document->encoding, u"UTF-8"_s);
    QCOMPARE(document->sourcePath, QFileInfo(path).absoluteFilePath());
    QVERIFY(document->text.startsWith(u"2025年政府工作报告"_s));
    QVERIFY(!document->text.contains(u"您的位置"_s));
    QVERIFY(!document->text.contains(u"用户登录"_s));
    QCOMPARE(document->contentHash,
             QCryptographicHash::hash(document->text.toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(document->contentHash.size(), 64);
    QVERIFY(document->sections.size() > 1);
}

void TestImporter::gb18030File()
{
    // The sample re-encoded as GB18030 imports to the same display text and hash.
    const QString utf8Path = samplePath(u"turpan_2025_work-report.txt"_s);
    const Result<Document> original = importFile(utf8Path);
    QVERIFY(original.has_value());

    // Qt's codec by name (ICU-backed on Debian); the decoder under test is our own.
    QStringEncoder encoder("GB18030");
    QVERIFY(encoder.isValid());
    const QString text = QString::fromUtf8(readFile(utf8Path));
    const QByteArray gb18030 = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const QString path = m_dir.filePath(u"gb18030.txt"_s);
    QVERIFY(writeFile(path, gb18030));
    const Result<Document> converted = importFile(path);
    QVERIFY(converted.has_value());
    QCOMPARE(converted->encoding, u"GB18030"_s);
    QCOMPARE(converted->text, original->text);
    QCOMPARE(converted->contentHash, original->contentHash);
}

void TestImporter::htmlFile()
{
    const QString path = m_dir.filePath(u"report.html"_s);
    QVERIFY(writeFile(path, "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                            "<div class=\"crumb\">您的位置: 首页 > 政务公开</div>"
                            "<h1>政府工作报告</h1><h2>一、2024年工作回顾</h2><p>过去一年，经济平稳。</p>"
                            "<h2>二、2025年工作安排</h2><p>今年要稳中求进。</p></body></html>"));
    const Result<Document> document = importFile(path);
    QVERIFY(document.has_value());
    QVERIFY(document->format == SourceFormat::Html);
    QCOMPARE(document->encoding, u"UTF-8"_s);
    QCOMPARE(document->text, u"政府工作报告\n一、2024年工作回顾\n过去一年，经济平稳。\n二、2025年工作安排\n今年要稳中求进。"_s);
}

void TestImporter::pdfWithoutGuiApplication()
{
    // QTEST_GUILESS_MAIN: only a QCoreApplication exists. QtPdf text extraction must still work.
    const Result<Document> document = importFile(QStringLiteral(PARALLAX_TEST_DATA) + u"/formats/hello.pdf"_s);
    QVERIFY2(document.has_value(), qPrintable(document ? QString() : document.error().detail));
    QVERIFY(document->format == SourceFormat::Pdf);
    QVERIFY(document->text.contains(u"Parallax import fixture"_s));
    QVERIFY(document->encoding.isEmpty());
}

void TestImporter::fiftyMegabytes()
{
    const QByteArray sample = readFile(samplePath(u"huyanghe_2025_work-report.txt"_s));
    QVERIFY(!sample.isEmpty());
    const QString path = m_dir.filePath(u"huge.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        while (file.size() < 50ll * 1024 * 1024)
            QVERIFY(file.write(sample) == sample.size());
    }
    QElapsedTimer timer;
    timer.start();
    const Result<Document> document = importFile(path);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(document.has_value());
    QVERIFY(document->text.size() > 10 * 1024 * 1024);
    QVERIFY(!document->sections.empty());
    // Informational only: speed is measured in bench/, not asserted in tests (CI machines vary).
    qInfo("50 MB imported in %lld ms", elapsed);
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
