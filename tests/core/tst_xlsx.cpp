// XLSX writer (libxlsxwriter) and CSV: write, read back (zip + XML), compare.

#include "core/export/csvwriter.h"
#include "core/export/xlsxwriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QByteArray zipEntry(const QString &path, const char *name)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QByteArray data;
    zip_stat_t stat;
    if (zip_stat(archive, name, 0, &stat) == 0) {
        if (zip_file_t *file = zip_fopen(archive, name, 0)) {
            data.resize(qsizetype(stat.size));
            const zip_int64_t read = zip_fread(file, data.data(), stat.size);
            data.resize(read < 0 ? 0 : qsizetype(read));
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return data;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == u"t" && inItem) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == u"si") {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

/// Cells of a worksheet as "A1" → text (shared strings resolved) or number text.
QHash<QString, QString> cells(const QByteArray &xml, const QStringList &strings, QHash<QString, QString> *types = nullptr)
{
    QHash<QString, QString> result;
    QXmlStreamReader reader(xml);
    QString reference;
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"c") {
            reference = reader.attributes().value(u"r"_s).toString();
            type = reader.attributes().value(u"t"_s).toString();
        } else if (reader.isStartElement() && reader.name() == u"v") {
            const QString value = reader.readElementText();
            result.insert(reference, type == u"s" ? strings.value(value.toInt()) : value);
            if (types)
                types->insert(reference, type.isEmpty() ? u"n"_s : type);
        }
    }
    return result;
}

QStringList sheetNames(const QByteArray &workbook)
{
    QStringList names;
    QXmlStreamReader reader(workbook);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"sheet")
            names << reader.attributes().value(u"name"_s).toString();
    }
    return names;
}

/// A minimal RFC 4180 reader for the round trip.
QList<QStringList> parseCsv(QString text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripTwoSheets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"targets.xlsx"_s);
        const std::vector<XlsxSheet> sheets{
            {u"目标"_s,
             {{u"指标"_s, u"数值"_s, u"单位"_s, u"限定"_s},
              {u"地区生产总值"_s, 6.5, u"%"_s, u"左右"_s},
              {u"一般公共预算收入"_s, 315.5, u"亿元"_s, QVariant()},
              {u"城镇调查失业率"_s, 5, u"%"_s, u"以内"_s}},
             {}},
            {u"Quotes"_s, {{u"Quote"_s}, {u"地区生产总值增长6.5%左右，“稳”字当头"_s}}, {80}},
        };
        QVERIFY(writeXlsx(path, sheets));

        QCOMPARE(sheetNames(zipEntry(path, "xl/workbook.xml")), (QStringList{u"目标"_s, u"Quotes"_s}));
        const QStringList strings = sharedStrings(zipEntry(path, "xl/sharedStrings.xml"));
        QHash<QString, QString> types;
        const auto first = cells(zipEntry(path, "xl/worksheets/sheet1.xml"), strings, &types);
        QCOMPARE(first.value(u"A1"_s), u"指标"_s);
        QCOMPARE(first.value(u"A2"_s), u"地区生产总值"_s);
        QCOMPARE(first.value(u"B2"_s).toDouble(), 6.5);
        QCOMPARE(types.value(u"B2"_s), u"n"_s); // a number Excel can compute with, not text
        QCOMPARE(first.value(u"C3"_s), u"亿元"_s);
        QCOMPARE(first.value(u"B3"_s).toDouble(), 315.5);
        QVERIFY(!first.contains(u"D3"_s)); // null stays empty
        QCOMPARE(first.value(u"D4"_s), u"以内"_s);
        const auto second = cells(zipEntry(path, "xl/worksheets/sheet2.xml"), strings);
        QCOMPARE(second.value(u"A2"_s), u"地区生产总值增长6.5%左右，“稳”字当头"_s);
    }

    void unwritablePathFails()
    {
        const auto written = writeXlsx(u"/nonexistent-dir/x/targets.xlsx"_s, {XlsxSheet{u"a"_s, {{1}}, {}}});
        QVERIFY(!written);
        QCOMPARE(written.error().subject, u"/nonexistent-dir/x/targets.xlsx"_s);
    }

    void csvRoundTrip()
    {
        const QList<QStringList> rows{{u"指标"_s, u"数值"_s, u"引文"_s},
                                      {u"地区生产总值"_s, u"6.5"_s, u"增长6.5%左右, 与“十四五”衔接"_s},
                                      {u"多行"_s, u""_s, u"第一行\n第二行"_s}};
        const QByteArray csv = toCsv(rows);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(parseCsv(QString::fromUtf8(csv.mid(3))), rows);
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
