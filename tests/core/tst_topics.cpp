#include "core/align/topicclassifier.h"
#include "tests/core/alignfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::testing;

class TestTopics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taxonomy();
    void classify_data();
    void classify();
    void accuracy();
    void assignTopicsFillsTree();
};

void TestTopics::taxonomy()
{
    const QStringList topics = TopicClassifier::instance().topics();
    QCOMPARE(topics.size(), 13);
    QCOMPARE(topics.first(), u"经济运行与预期目标"_s);
    QCOMPARE(topics.last(), u"政府自身建设"_s);
}

void TestTopics::classify_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("topic");
    QTest::newRow("targets") << u"主要预期目标"_s << u"地区生产总值增长6%左右"_s << u"经济运行与预期目标"_s;
    QTest::newRow("ecology from the heading") << u"加快改善生态环境,筑牢绿色保护屏障"_s << QString()
                                              << u"生态环境与绿色低碳"_s;
    QTest::newRow("body decides when the heading is rhetorical")
        << u"让群众过上好日子"_s << u"城镇新增就业5000人,新建学校3所,医院2所,养老服务中心1个,就业培训1万人次"_s
        << u"民生保障（就业、教育、医疗、社保）"_s;
    QTest::newRow("nothing matches") << u"附件"_s << u"见下表"_s << QString();
}

void TestTopics::classify()
{
    QFETCH(QString, heading);
    QFETCH(QString, body);
    QFETCH(QString, topic);
    const TopicGuess guess = TopicClassifier::instance().classify(heading, body);
    QCOMPARE(guess.topic, topic);
    QVERIFY(guess.confidence >= 0 && guess.confidence <= 1);
    QVERIFY(guess.secondary != guess.topic || guess.topic.isEmpty());
}

void TestTopics::accuracy()
{
    AlignOptions options;
    int total = 0;
    int strict = 0;
    int lenient = 0;
    for (const QStringList &row : readTsv(QStringLiteral(PARALLAX_TEST_DATA) + u"/align/topics.tsv"_s)) {
        const Document &document = sample(row.value(0));
        const std::vector<AlignUnit> units = collectUnits(document, options);
        const int index = unitByHeading(units, row.value(1));
        QVERIFY2(index >= 0, qPrintable(row.value(1)));
        const AlignUnit &unit = units[size_t(index)];
        const QStringView body = QStringView(document.text).mid(unit.bodyStart, unit.end - unit.bodyStart);
        const TopicGuess guess = TopicClassifier::instance().classify(unit.heading, body);
        ++total;
        const bool exact = guess.topic == row.value(2);
        const bool acceptable = exact || (!row.value(3).isEmpty() && guess.topic == row.value(3));
        strict += exact;
        lenient += acceptable;
        if (!exact)
            qInfo().noquote() << (acceptable ? "  second topic:" : "  wrong:") << row.value(1) << "→" << guess.topic
                              << "expected" << row.value(2);
    }
    QVERIFY(total >= 60);
    const double strictAccuracy = double(strict) / total;
    const double lenientAccuracy = double(lenient) / total;
    qInfo("topic accuracy %.3f (%d/%d); counting the labelled second topic as right %.3f", strictAccuracy, strict,
          total, lenientAccuracy);
    QVERIFY(strictAccuracy >= 0.8);
}

void TestTopics::assignTopicsFillsTree()
{
    Document document = sample(u"turpan_2025_work-report.txt"_s);
    assignTopics(document);
    int sections = 0;
    int withTopic = 0;
    forEachSection(document.sections, [&](const Section &section) {
        ++sections;
        withTopic += !section.topic.isEmpty();
    });
    QVERIFY(sections > 10);
    QVERIFY(withTopic >= sections - 2);
    const QStringList topics = TopicClassifier::instance().topics();
    forEachSection(document.sections, [&](const Section &section) {
        QVERIFY(section.topic.isEmpty() || topics.contains(section.topic));
    });
}

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
