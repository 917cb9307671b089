#include "core/document/structureparser.h"
#include "core/indicators/indicatorextractor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

/// A small work report for 2025 (reviewing 2024): `review` goes under 工作回顾, `plan` under 工作安排.
Document report(const QString &review, const QString &plan)
{
    Document document;
    document.text = u"一、2024年工作回顾\n"_s + review + u"\n二、2025年工作安排\n"_s + plan + u'\n';
    document.sections = parseStructure(document.text);
    document.meta.region = u"某市"_s;
    document.meta.yearReported = 2024;
    document.meta.yearPlanned = 2025;
    return document;
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : u"-"_s;
}

QString render(const std::vector<Observation> &observations)
{
    QStringList lines;
    for (const Observation &o : observations) {
        lines << QStringList{o.indicator, toString(o.measure), number(o.value), number(o.valueMax), o.unit,
                             toString(o.qualifier), toString(o.kind), QString::number(o.year)}
                     .join(u'|');
    }
    return lines.join(u'\n');
}

} // namespace

class TestIndicatorExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("review");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("expected");

        QTest::newRow("growth in a review is an actual")
            << u"全市生产总值增长9.1%。"_s << QString() << u"地区生产总值|growth|9.1|-|%|exact|actual|2024"_s;
        QTest::newRow("floor target in the plan")
            << QString() << u"生产总值同比增长7%以上。"_s << u"地区生产总值|growth|7|-|%|min|target|2025"_s;
        QTest::newRow("level and growth from one clause")
            << u"全年实现地区生产总值315.5亿元、同比增长6.6%。"_s << QString()
            << u"地区生产总值|level|315.5|-|亿元|exact|actual|2024\n地区生产总值|growth|6.6|-|%|exact|actual|2024"_s;
        QTest::newRow("分别 over urban and rural")
            << u"城乡居民人均可支配收入分别增长5.7%、8.7%。"_s << QString()
            << u"城镇居民人均可支配收入|growth|5.7|-|%|exact|actual|2024\n"
               u"农村居民人均可支配收入|growth|8.7|-|%|exact|actual|2024"_s;
        QTest::newRow("分别 over a listed series")
            << u"地区生产总值和一般公共预算收入分别增长6%和8%。"_s << QString()
            << u"地区生产总值|growth|6|-|%|exact|actual|2024\n一般公共预算收入|growth|8|-|%|exact|actual|2024"_s;
        QTest::newRow("range with a long dash")
            << QString() << u"生产总值增长5.5%—6%。"_s << u"地区生产总值|growth|5.5|6|%|range|target|2025"_s;
        QTest::newRow("range with a hyphen")
            << QString() << u"生产总值增长5.5%-6%。"_s << u"地区生产总值|growth|5.5|6|%|range|target|2025"_s;
        QTest::newRow("cap: 控制在…以内 on a rate")
            << QString() << u"城镇调查失业率控制在5.5%以内。"_s << u"城镇调查失业率|rate|5.5|-|%|max|target|2025"_s;
        QTest::newRow("prices: 涨幅保持在2%以内")
            << QString() << u"居民消费价格涨幅保持在2%以内。"_s << u"居民消费价格|growth|2|-|%|max|target|2025"_s;
        QTest::newRow("about: 左右")
            << QString() << u"社会消费品零售总额增长8%左右。"_s << u"社会消费品零售总额|growth|8|-|%|about|target|2025"_s;
        QTest::newRow("percentage points, signed, never percent")
            << u"城镇调查失业率下降0.5个百分点。"_s << QString()
            << u"城镇调查失业率|growth|-0.5|-|个百分点|exact|actual|2024"_s;
        QTest::newRow("a decline is negative")
            << u"单位地区生产总值能耗降低2.5%。"_s << QString()
            << u"单位地区生产总值能耗|growth|-2.5|-|%|exact|actual|2024"_s;
        QTest::newRow("qualitative target")
            << QString() << u"居民人均可支配收入增长与经济增长基本同步。"_s
            << u"居民人均可支配收入|growth|-|-||qualitative|target|2025"_s;
        QTest::newRow("Chinese numerals: 百分之五")
            << QString() << u"生产总值增长百分之五。"_s << u"地区生产总值|growth|5|-|%|exact|target|2025"_s;
        QTest::newRow("Chinese numerals: 两位数")
            << QString() << u"固定资产投资实现两位数增长。"_s << u"固定资产投资|growth|10|-|%|min|target|2025"_s;
        QTest::newRow("Chinese numerals: 一万五千人")
            << u"城镇新增就业一万五千人。"_s << QString() << u"城镇新增就业|level|15000|-|人|exact|actual|2024"_s;
        QTest::newRow("力争 makes a target even in a review")
            << u"力争明年生产总值增长8%。"_s << QString() << u"地区生产总值|growth|8|-|%|exact|target|2025"_s;
        QTest::newRow("explicit year before a level")
            << u"三产增加值由2015年的358.05亿元增长到2020年的563.51亿元。"_s << QString()
            << u"第三产业增加值|level|358.05|-|亿元|exact|actual|2015\n"
               u"第三产业增加值|level|563.51|-|亿元|exact|actual|2020"_s;
        QTest::newRow("trap: meeting numbers, plan names and years")
            << u"深入贯彻党的二十届三中全会精神，十四五规划收官，2024年是关键一年。"_s << QString() << QString();
        QTest::newRow("trap: counts without an indicator")
            << u"新建项目200个，签约企业36家，第5条措施落地。"_s << QString() << QString();
        QTest::newRow("trap: a share of a larger whole")
            << u"发电量占全疆30%以上。"_s << QString() << QString();
        QTest::newRow("trap: a narrower series")
            << u"规上纺织工业增加值增长24.8%。"_s << QString() << QString();
        QTest::newRow("trap: the next item after 、 is not the same indicator")
            << u"城镇新增就业7723人、农村劳动力外出务工6.24万人次。"_s << QString()
            << u"城镇新增就业|level|7723|-|人|exact|actual|2024"_s;
        QTest::newRow("elliptical 总产 after a grain mention; 皮棉总产 is cotton")
            << u"种植粮食64.8万亩,总产29.1万吨种植棉花170.9万亩,皮棉总产30.8万吨。"_s << QString()
            << u"粮食播种面积|level|64.8|-|万亩|exact|actual|2024\n粮食产量|level|29.1|-|万吨|exact|actual|2024"_s;
        QTest::newRow("trap: 产量 without a grain mention before it")
            << u"电子铝箔产量超5000万平方米。"_s << QString() << QString();
        QTest::newRow("scraped text without punctuation between items")
            << u"固定资产投资同比增长2.6%一般公共预算收入11.1亿元、同比增长19.3%"_s << QString()
            << u"固定资产投资|growth|2.6|-|%|exact|actual|2024\n一般公共预算收入|level|11.1|-|亿元|exact|actual|2024\n"
               u"一般公共预算收入|growth|19.3|-|%|exact|actual|2024"_s;
    }

    void patterns()
    {
        QFETCH(QString, review);
        QFETCH(QString, plan);
        QFETCH(QString, expected);
        QCOMPARE(render(extractIndicators(report(review, plan))), expected);
    }

    void quoteAndSpan()
    {
        const Document document = report(u"全市生产总值增长9.1%，主要指标位居前列。"_s, QString());
        const auto observations = extractIndicators(document);
        QCOMPARE(observations.size(), std::size_t(1));
        const Observation &o = observations.front();
        QCOMPARE(o.quote, u"生产总值增长9.1%"_s);
        QCOMPARE(document.text.mid(o.start, o.end - o.start), o.quote);
        QCOMPARE(o.section, u"一、 2024年工作回顾"_s);
        QCOMPARE(o.region, u"某市"_s);
    }

    void qualitativeWording()
    {
        const auto observations =
            extractIndicators(report(QString(), u"城镇和连队居民人均可支配收入增长与经济增长基本同步。"_s));
        QCOMPARE(observations.size(), std::size_t(2));
        QCOMPARE(formatFigure(observations[0]), u"与经济增长基本同步"_s);
        QCOMPARE(observations[1].indicator, u"农村居民人均可支配收入"_s);
    }

    void normalisedUnits()
    {
        const auto observations = extractIndicators(report(u"地区生产总值315.5亿元。"_s, QString()));
        QCOMPARE(observations.size(), std::size_t(1));
        QCOMPARE(observations.front().normalizedUnit, u"元"_s);
        QCOMPARE(*observations.front().normalizedValue, 3.155e10);
    }

    void planTable()
    {
        Document document;
        document.text = u"第一章 目标\n专栏1 主要指标 |\n序号 |\n指标名称 |\n单位 |\n2020年 |\n2025年 |\n年均/累计 |\n属性 |\n"
                        u"1 |\n地区生产总值增长 |\n% |\n5.3 |\n— |\n保持在合理区间 |\n预期性 |\n"
                        u"2 |\n森林覆盖率 |\n% |\n14 |\n14.2 |\n— |\n约束性 |\n"
                        u"3 |\n粮食综合生产能力 |\n万吨 |\n134.8 |\n145 |\n〔10.2〕 |\n约束性 |\n"
                        u"注:带〔〕为五年累计数。\n正文继续，不属于专栏。\n"_s;
        document.sections = parseStructure(document.text);
        document.meta.kind = DocumentKind::Plan;
        document.meta.yearReported = 2020;
        document.meta.yearPlanned = 2021;
        document.meta.periodEnd = 2025;
        const auto observations = extractIndicators(document);
        QCOMPARE(render(observations),
                 u"地区生产总值|growth|5.3|-|%|exact|actual|2020\n"
                 u"地区生产总值|growth|-|-|%|qualitative|target|2025\n"
                 u"森林覆盖率|rate|14|-|%|exact|actual|2020\n"
                 u"森林覆盖率|rate|14.2|-|%|exact|target|2025\n"
                 u"粮食综合生产能力|level|134.8|-|万吨|exact|actual|2020\n"
                 u"粮食综合生产能力|level|145|-|万吨|exact|target|2025\n"
                 u"粮食综合生产能力|level|10.2|-|万吨|exact|target|2025"_s);
        QCOMPARE(observations[1].basis, u"annual-average"_s);
        QCOMPARE(formatFigure(observations[1]), u"保持在合理区间"_s);
        QCOMPARE(formatFigure(observations[3]), u"14.2%"_s);
        QCOMPARE(observations[6].basis, u"cumulative"_s);
        QCOMPARE(observations[6].period, u"2021-2025"_s);
        QCOMPARE(observations[2].attribute, u"binding"_s);
        QCOMPARE(observations[0].attribute, u"expected"_s);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorExtractor)
#include "tst_indicatorextractor.moc"
