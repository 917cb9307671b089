// Chart data, rendering and export: SVG text, PNG size and DPI, PDF text with real ideographs.

#include "core/import/importer.h"
#include "ui/charts/chartcanvas.h"
#include "ui/charts/chartdata.h"
#include "ui/charts/chartexporter.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const char *const sampleFiles[] = {"huyanghe_2025_work-report.txt", "turpan_2025_work-report.txt",
                                   "xinjiang_2025_work-report-summary.txt", "urumqi_2023_work-report.txt",
                                   "changji_2021-2025_five-year-plan.txt"};

std::vector<DocumentObservationSet> loadSamples()
{
    std::vector<DocumentObservationSet> sets;
    qint64 id = 0;
    for (const char *name : sampleFiles) {
        auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + QString::fromLatin1(name));
        if (!document)
            return {};
        document->id = ++id;
        sets.push_back(observationSet(*document));
    }
    return sets;
}

QString gdp() { return u"地区生产总值"_s; }

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_sets = loadSamples();
        QCOMPARE(m_sets.size(), std::size(sampleFiles));
        QVERIFY(m_dir.isValid());
    }

    void regionBarOfGdpTargets()
    {
        ChartRequest request;
        request.indicators = {gdp()};
        request.measure = Measure::Growth;
        request.kind = ObservationKind::Target;
        const ChartData data = buildChartData(m_sets, request);
        QVERIFY2(!data.isEmpty(), qPrintable(data.emptyReason));
        QVERIFY(data.title.contains(gdp()));
        QVERIFY(data.title.contains(u"2025"_s));
        QCOMPARE(data.unit, u"%"_s);
        // Of the 2025 documents, the two city reports set a GDP growth target (the regional summary
        // has none); the 2023 report's target is for 2023 and the plan's is in words.
        QCOMPARE(data.categories, (QStringList{u"胡杨河市"_s, u"吐鲁番市"_s}));
        QCOMPARE(data.series.size(), std::size_t(1));
        for (const ChartPoint &point : data.series.front().points) {
            QVERIFY(point.value);
            QVERIFY(*point.value > 3 && *point.value < 12);
            QVERIFY(point.label.contains(u'%'));
        }
        QCOMPARE(data.documentsUsed.size(), 2);
        QCOMPARE(data.series.front().points.front().label, u"7%以上"_s);
        QVERIFY(data.source.contains(data.documentsUsed.first()));
    }

    void emptyWhenNothingMatches()
    {
        ChartRequest request;
        request.indicators = {u"不存在的指标"_s};
        QVERIFY(buildChartData(m_sets, request).isEmpty());
    }

    void canvasLaysOutEveryText()
    {
        ChartCanvas canvas;
        canvas.setData(gdpChart());
        canvas.setSize(QSizeF(900, 560));
        const QStringList texts = canvas.texts();
        for (const QString &category : gdpChart().categories)
            QVERIFY2(texts.contains(category), qPrintable(category));
        // Every text item lies inside the canvas: nothing is pushed out and cut.
        const QList<QGraphicsItem *> items = canvas.scene()->items();
        const QRectF bounds = canvas.scene()->sceneRect();
        for (QGraphicsItem *item : items) {
            if (item->isVisible() && (item->type() == QGraphicsTextItem::Type || item->type() == QGraphicsSimpleTextItem::Type))
                QVERIFY2(bounds.adjusted(-1, -1, 1, 1).contains(item->sceneBoundingRect()),
                         qPrintable(u"%1 at %2,%3"_s.arg(item->type()).arg(item->sceneBoundingRect().x()).arg(item->sceneBoundingRect().bottom())));
        }
    }

    void pngHasRequestedSizeAndDpi_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("slide 1600x900 @150") << QSize(1600, 900) << 150;
        QTest::newRow("paper 2400x1500 @300") << QSize(2400, 1500) << 300;
        QTest::newRow("small 640x400 @96") << QSize(640, 400) << 96;
    }

    void pngHasRequestedSizeAndDpi()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        const QString path = m_dir.filePath(u"chart-%1.png"_s.arg(size.width()));
        QVERIFY(exportChart(gdpChart(), path, ChartExportOptions{size, dpi}));
        QImage image(path);
        QCOMPARE(image.size(), size);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Not blank: the bars draw dark pixels.
        int dark = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        }
        QVERIFY(dark > 100);
    }

    void svgHoldsTitleLabelsAndValues()
    {
        const ChartData data = gdpChart();
        const QString path = m_dir.filePath(u"chart.svg"_s);
        QVERIFY(exportChart(data, path, {}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(u"<text"_s));
        QVERIFY2(svg.contains(data.title.toHtmlEscaped()), qPrintable(data.title));
        for (const QString &category : data.categories)
            QVERIFY2(svg.contains(category), qPrintable(category));
        for (const ChartPoint &point : data.series.front().points)
            QVERIFY2(svg.contains(point.label.toHtmlEscaped()), qPrintable(point.label));
    }

    void pdfTextIsRealIdeographs()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const ChartData data = gdpChart();
        const QString path = m_dir.filePath(u"chart.pdf"_s);
        QVERIFY(exportChart(data, path, {}));
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(gdp()), qPrintable(text));
        for (const QString &category : data.categories)
            QVERIFY2(text.contains(category), qPrintable(category));
        // No Kangxi radicals or radical supplements instead of ideographs.
        for (QChar c : text)
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF), qPrintable(text));
        // Vector: the file holds no page-sized image.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("/Subtype /Image"));
    }

    void everyChartTypeDraws_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("indicators");
        QTest::newRow("bar") << int(ChartType::RegionBar) << QStringList{gdp()};
        QTest::newRow("line") << int(ChartType::YearLine) << QStringList{gdp()};
        QTest::newRow("target-actual") << int(ChartType::TargetVsActual) << QStringList{gdp()};
        QTest::newRow("indicators") << int(ChartType::Indicators)
                                    << QStringList{gdp(), u"规模以上工业增加值"_s, u"固定资产投资"_s};
    }

    void everyChartTypeDraws()
    {
        QFETCH(int, type);
        QFETCH(QStringList, indicators);
        ChartRequest request;
        request.type = ChartType(type);
        request.indicators = indicators;
        request.measure = Measure::Growth;
        const ChartData data = buildChartData(m_sets, request);
        QVERIFY2(!data.isEmpty(), qPrintable(data.emptyReason));
        QVERIFY(!data.categories.isEmpty());
        const QString path = m_dir.filePath(u"type-%1.png"_s.arg(toString(ChartType(type))));
        QVERIFY(exportChart(data, path, ChartExportOptions{QSize(1200, 750), 96}));
        if (qEnvironmentVariableIsSet("PARALLAX_KEEP_CHARTS"))
            QFile::copy(path, qEnvironmentVariable("PARALLAX_KEEP_CHARTS") + u"/"_s + QFileInfo(path).fileName());
        QCOMPARE(QImage(path).size(), QSize(1200, 750));
    }

    void unknownFormatFails()
    {
        QVERIFY(!exportChart(gdpChart(), m_dir.filePath(u"chart.bmp"_s), {}));
    }

private:
    ChartData gdpChart() const
    {
        ChartRequest request;
        request.indicators = {gdp()};
        request.measure = Measure::Growth;
        return buildChartData(m_sets, request);
    }

    std::vector<DocumentObservationSet> m_sets;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
