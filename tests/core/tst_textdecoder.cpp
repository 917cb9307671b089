#include "core/import/textdecoder.h"

#include <unicode/ucnv.h>

#include <QFile>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

/// Encodes with ICU, failing (empty result) if any character is not representable, so a test
/// never compares against substitution characters.
QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status))
        return {};
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter.get(), out.data(), int32_t(out.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                                           &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(length);
    return out;
}

/// A few thousand characters of real report text (simplified Chinese, mixed punctuation).
QString sampleText()
{
    QFile file(QStringLiteral(PARALLAX_SAMPLES) + u"/turpan_2025_work-report.txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).left(6000);
}

/// GBK (and so GB2312-era pages) cannot hold every character of GB18030; this keeps a paragraph
/// made of common characters only.
QString gbkSubsetText()
{
    return u"各位代表：现在，我代表市人民政府向大会报告工作，请予审议。一年来，我们坚持稳中求进工作总基调，"
           u"地区生产总值增长6.5%，城乡居民人均可支配收入分别增长5.7%、8.7%，粮食产量达到12.3万吨。"_s;
}

/// Traditional Chinese as a Taiwan or Hong Kong page would have it, for Big5.
QString traditionalText()
{
    return u"各位代表：現在，我代表市人民政府向大會報告工作，請予審議。過去一年，我們堅持穩中求進工作總基調，"
           u"經濟社會發展取得新成績，地區生產總值增長百分之六點五，城鄉居民收入穩步提高，民生福祉持續改善。"
           u"我們將繼續深化改革開放，推動高質量發展，加快建設現代化產業體系。"_s;
}

QByteArray withPrefix(const char *prefix, int length, const QByteArray &bytes)
{
    return QByteArray(prefix, length) + bytes;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void emptyInput();
    void invalidInput_data();
    void invalidInput();
    void decodeWithCharset_data();
    void decodeWithCharset();
    void looksBinary_data();
    void looksBinary();
};

void TestTextDecoder::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");

    const QString sample = sampleText();
    QVERIFY(sample.size() > 1000);

    QTest::newRow("utf-8") << sample.toUtf8() << sample << u"UTF-8"_s;
    QTest::newRow("utf-8 with bom") << withPrefix("\xEF\xBB\xBF", 3, sample.toUtf8()) << sample << u"UTF-8"_s;
    QTest::newRow("ascii") << QByteArray("Plain ASCII report, 2025.\n") << u"Plain ASCII report, 2025.\n"_s
                           << u"UTF-8"_s;
    QTest::newRow("gb18030") << encode(sample, "GB18030") << sample << u"GB18030"_s;
    QTest::newRow("gbk subset") << encode(gbkSubsetText(), "GBK") << gbkSubsetText() << u"GB18030"_s;
    QTest::newRow("gb18030 short line") << encode(u"政府工作报告\n"_s, "GB18030") << u"政府工作报告\n"_s
                                        << u"GB18030"_s;
    QTest::newRow("big5") << encode(traditionalText(), "Big5") << traditionalText() << u"Big5"_s;
    QTest::newRow("utf-16le with bom") << withPrefix("\xFF\xFE", 2, encode(sample, "UTF-16LE")) << sample
                                       << u"UTF-16LE"_s;
    QTest::newRow("utf-16be with bom") << withPrefix("\xFE\xFF", 2, encode(sample, "UTF-16BE")) << sample
                                       << u"UTF-16BE"_s;
    QTest::newRow("utf-16le without bom") << encode(sample, "UTF-16LE") << sample << u"UTF-16LE"_s;
    QTest::newRow("utf-16be without bom") << encode(sample, "UTF-16BE") << sample << u"UTF-16BE"_s;
    QTest::newRow("utf-16le latin without bom") << encode(u"Government work report 2025\n"_s, "UTF-16LE")
                                                << u"Government work report 2025\n"_s << u"UTF-16LE"_s;
}

void TestTextDecoder::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QVERIFY2(!bytes.isEmpty(), "test text not representable in the encoding");
    const Result<DecodedText> decoded = decodeText(bytes);
    QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error().detail));
    QCOMPARE(decoded->encoding, expectedEncoding);
    QCOMPARE(decoded->text, expectedText);
}

void TestTextDecoder::emptyInput()
{
    const Result<DecodedText> decoded = decodeText(QByteArrayView());
    QVERIFY(decoded.has_value());
    QVERIFY(decoded->text.isEmpty());
}

void TestTextDecoder::invalidInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << ErrorCode::BinaryFile;
    QTest::newRow("nul ridden") << QByteArray(4000, '\0').append("text") << ErrorCode::BinaryFile;
    QTest::newRow("no plausible encoding") << QByteArray(999, '\xFF') << ErrorCode::UnknownEncoding;
    QTest::newRow("bom but invalid utf-8") << QByteArray("\xEF\xBB\xBF\xC3\x28 text") << ErrorCode::UnknownEncoding;
}

void TestTextDecoder::invalidInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    const Result<DecodedText> decoded = decodeText(bytes);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, code);
}

void TestTextDecoder::decodeWithCharset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("ok");
    const QString text = gbkSubsetText();
    QTest::newRow("gb2312 label") << encode(text, "GB18030") << u"gb2312"_s << text << true;
    QTest::newRow("gbk label") << encode(text, "GBK") << u"GBK"_s << text << true;
    QTest::newRow("gb18030 label") << encode(text, "GB18030") << u" gb18030 "_s << text << true;
    QTest::newRow("big5 label") << encode(traditionalText(), "Big5") << u"big5"_s << traditionalText() << true;
    QTest::newRow("utf-8 label") << text.toUtf8() << u"UTF-8"_s << text << true;
    QTest::newRow("unknown label") << QByteArray("abc") << u"x-no-such-charset"_s << QString() << false;
    QTest::newRow("wrong label") << text.toUtf8() << u"big5"_s << QString() << false;
}

void TestTextDecoder::decodeWithCharset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, charset);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    const Result<QString> decoded = parallax::decodeWithCharset(bytes, charset);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, expected);
    else
        QCOMPARE(decoded.error().code, ErrorCode::UnknownEncoding);
}

void TestTextDecoder::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    const QString sample = sampleText();
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\nrest of file") << true;
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << true;
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << true;
    QTest::newRow("elf") << QByteArray("\x7F" "ELF\x02\x01\x01\0", 8) << true;
    QTest::newRow("zip not docx") << QByteArray("PK\x03\x04\x14\0\0\0xl/workbook.xml", 22) << true;
    QTest::newRow("zip with document.xml") << QByteArray("PK\x03\x04\x14\0\0\0word/document.xml", 25) << false;
    QTest::newRow("nul ridden") << QByteArray(2000, '\0') << true;
    QTest::newRow("control ridden") << QByteArray(2000, '\x01') << true;
    QTest::newRow("utf-8 text") << sample.toUtf8() << false;
    QTest::newRow("gb18030 text") << encode(sample, "GB18030") << false;
    QTest::newRow("utf-16le with bom") << withPrefix("\xFF\xFE", 2, encode(sample, "UTF-16LE")) << false;
    QTest::newRow("utf-16le without bom") << encode(sample, "UTF-16LE") << false;
    QTest::newRow("utf-16be latin without bom") << encode(u"Work report\n"_s.repeated(50), "UTF-16BE") << false;
}

void TestTextDecoder::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(parallax::looksBinary(bytes), binary);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
