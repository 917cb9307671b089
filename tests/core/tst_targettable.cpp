#include "core/common/errortext.h"
#include "core/document/metadataextractor.h"
#include "core/document/structureparser.h"
#include "core/import/importer.h"
#include "core/indicators/indicatorextractor.h"
#include "core/indicators/targettable.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Document parse(const QString &text, const QString &region, int reported, int planned)
{
    Document document;
    document.text = text;
    document.sections = parseStructure(text);
    document.meta.region = region;
    document.meta.title = region + QString::number(planned);
    document.meta.yearReported = reported;
    document.meta.yearPlanned = planned;
    return document;
}

DocumentObservations observe(const Document &document, qint64 id)
{
    Document copy = document;
    copy.id = id;
    return DocumentObservations{TargetColumn{id, copy.meta.title, copy.meta.region, copy.meta.yearPlanned},
                                extractIndicators(copy)};
}

const TargetDiff *find(const std::vector<TargetDiff> &diffs, const QString &indicator)
{
    for (const TargetDiff &diff : diffs) {
        if (diff.indicator == indicator)
            return &diff;
    }
    return nullptr;
}

} // namespace

class TestTargetTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffOfASampleWithEditedTargets()
    {
        // Turpan 2025 against the same report with its targets edited as a later year might.
        QFile file(QStringLiteral(PARALLAX_SAMPLES) + u"/turpan_2025_work-report.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QString edited = QString::fromUtf8(original);
        edited.replace(u"生产总值增长8%以上"_s, u"生产总值增长7%左右"_s);          // lowered, loosened
        edited.replace(u"固定资产投资增长20%以上"_s, u"固定资产投资增长25%以上"_s);  // raised
        edited.replace(u"外贸进出口总额增长15%以上,"_s, QString());                    // dropped
        edited.replace(u"城镇调查失业率控制在5.5%以内"_s, u"城镇调查失业率控制在5%以内"_s); // lowered cap
        const auto before = importBytes(original, u"turpan.txt"_s);
        const auto after = importBytes(edited.toUtf8(), u"turpan-edited.txt"_s);
        QVERIFY(before && after);

        const TargetTable table = buildTargetTable({observe(*before, 1), observe(*after, 2)},
                                                   IndicatorLexicon::instance().canonicalNames());
        QCOMPARE(table.columns.size(), std::size_t(2));
        QVERIFY(table.rows.size() >= 10);
        QCOMPARE(table.rows.front().indicator, u"地区生产总值"_s); // lexicon order

        const std::vector<TargetDiff> diffs = diffTargets(table, 0, 1);
        const TargetDiff *gdp = find(diffs, u"地区生产总值"_s);
        QVERIFY(gdp);
        QCOMPARE(toString(gdp->change), u"lowered"_s);
        QCOMPARE(toString(gdp->qualifierChange), u"loosened"_s);
        QCOMPARE(*gdp->delta, -1.0);
        QCOMPARE(toString(find(diffs, u"固定资产投资"_s)->change), u"raised"_s);
        QCOMPARE(toString(find(diffs, u"进出口总额"_s)->change), u"dropped"_s);
        QCOMPARE(toString(find(diffs, u"城镇调查失业率"_s)->change), u"lowered"_s);
        QCOMPARE(toString(find(diffs, u"一般公共预算收入"_s)->change), u"unchanged"_s);
        QCOMPARE(toString(find(diffs, u"一般公共预算收入"_s)->qualifierChange), QString());

        const std::vector<TargetDiff> reverse = diffTargets(table, 1, 0);
        QCOMPARE(toString(find(reverse, u"进出口总额"_s)->change), u"added"_s);
        QCOMPARE(toString(find(reverse, u"地区生产总值"_s)->qualifierChange), u"tightened"_s);
    }

    void attainment_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("result");
        QTest::addColumn<double>("margin");
        QTest::newRow("floor met") << u"生产总值增长8%以上"_s << u"全市生产总值增长9.1%"_s << u"地区生产总值"_s
                                   << u"met"_s << 1.1;
        QTest::newRow("floor missed") << u"固定资产投资增长10%"_s << u"固定资产投资增长3%"_s << u"固定资产投资"_s
                                      << u"missed"_s << -7.0;
        QTest::newRow("cap met") << u"城镇调查失业率控制在5.5%以内"_s << u"城镇调查失业率5.2%"_s
                                 << u"城镇调查失业率"_s << u"met"_s << 0.3;
        QTest::newRow("cap missed") << u"居民消费价格涨幅控制在2%以内"_s << u"居民消费价格上涨2.6%"_s
                                    << u"居民消费价格"_s << u"missed"_s << -0.6;
        QTest::newRow("about within tolerance") << u"社会消费品零售总额增长8%左右"_s
                                                << u"社会消费品零售总额增长7.6%"_s << u"社会消费品零售总额"_s
                                                << u"met"_s << -0.4;
    }

    void attainment()
    {
        QFETCH(QString, target);
        QFETCH(QString, actual);
        QFETCH(QString, indicator);
        // The 2024 report sets the 2024 target; the 2025 report reviews 2024.
        const Document earlier = parse(u"二、2024年工作安排\n今年预期目标是：%1。\n"_s.arg(target), u"某市"_s, 2023, 2024);
        const Document later = parse(u"一、2024年工作回顾\n%1。\n"_s.arg(actual), u"某市"_s, 2024, 2025);
        std::vector<Observation> all = extractIndicators(earlier);
        const auto more = extractIndicators(later);
        all.insert(all.end(), more.begin(), more.end());
        const auto results = assessAttainment(all);
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(results.front().indicator, indicator);
        QCOMPARE(results.front().year, 2024);
        QTEST(toString(results.front().result), "result");
        QFETCH(double, margin);
        QVERIFY2(std::abs(*results.front().margin - margin) < 1e-9, qPrintable(QString::number(*results.front().margin)));
    }

    void noAttainmentAcrossRegions()
    {
        const Document earlier = parse(u"二、2024年工作安排\n今年预期目标是：生产总值增长8%。\n"_s, u"甲市"_s, 2023, 2024);
        const Document later = parse(u"一、2024年工作回顾\n生产总值增长9%。\n"_s, u"乙市"_s, 2024, 2025);
        std::vector<Observation> all = extractIndicators(earlier);
        const auto more = extractIndicators(later);
        all.insert(all.end(), more.begin(), more.end());
        QVERIFY(assessAttainment(all).empty());
    }
};

QTEST_GUILESS_MAIN(TestTargetTable)
#include "tst_targettable.moc"
