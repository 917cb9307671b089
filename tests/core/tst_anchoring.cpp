// Anchors re-attach notes to their passage when the text changes: exact, moved, loose
// (whitespace/punctuation changed) and not found.

#include "core/annotations/anchoring.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makeAnchorTakesQuoteAndContext();
    void makeAnchorClampsSpan();
    void resolve_data();
    void resolve();
    void repeatedQuoteChoosesByContext();
    void repeatedQuoteWithoutContextChoosesNearest();
    void findExactThenLoose();
    void manyOneCharacterOccurrencesStayBounded();
};

namespace {

const QString kText = u"一、2024年工作回顾\n地区生产总值增长6.2%，规模以上工业增加值增长8.1%。\n"
                      "二、2025年工作安排\n地区生产总值增长6%左右，城镇新增就业1.2万人。\n"_s;

TextAnchor anchorOf(const QString &text, const QString &quote, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    return makeAnchor(text, at, at + quote.size());
}

} // namespace

void TestAnchoring::makeAnchorTakesQuoteAndContext()
{
    const TextAnchor anchor = makeAnchor(kText, 17, 23, 5);
    QCOMPARE(anchor.quote, kText.mid(17, 6));
    QCOMPARE(anchor.prefix, kText.mid(12, 5));
    QCOMPARE(anchor.suffix, kText.mid(23, 5));
}

void TestAnchoring::makeAnchorClampsSpan()
{
    const TextAnchor anchor = makeAnchor(u"abc"_s, -5, 99);
    QCOMPARE(anchor.start, 0);
    QCOMPARE(anchor.end, 3);
    QCOMPARE(anchor.quote, u"abc"_s);
    QVERIFY(anchor.prefix.isEmpty());
    QVERIFY(anchor.suffix.isEmpty());
}

void TestAnchoring::resolve_data()
{
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("expected"); // the text found in newText

    const QString quote = u"规模以上工业增加值增长8.1%"_s;
    QTest::newRow("unchanged") << kText << quote << int(AnchorMatch::Exact) << quote;
    QTest::newRow("text inserted before")
        << (u"前言。\n"_s + kText) << quote << int(AnchorMatch::Moved) << quote;
    QTest::newRow("whitespace inside the quote")
        << QString(kText).replace(u"工业增加值"_s, u"工业 增加值"_s) << quote << int(AnchorMatch::Loose)
        << u"规模以上工业 增加值增长8.1%"_s;
    QTest::newRow("full-width figures")
        << QString(kText).replace(u"8.1%"_s, u"８．１％"_s) << quote << int(AnchorMatch::Loose)
        << u"规模以上工业增加值增长８．１％"_s;
    QTest::newRow("comma changed inside the quote")
        << QString(kText).replace(u"6.2%，规模"_s, u"6.2%,规模"_s) << u"增长6.2%，规模以上"_s
        << int(AnchorMatch::Loose) << u"增长6.2%,规模以上"_s;
    QTest::newRow("line break in the quote")
        << QString(kText).replace(u"增长6%左右"_s, u"增长\n6%左右"_s) << u"增长6%左右"_s << int(AnchorMatch::Loose)
        << u"增长\n6%左右"_s;
    QTest::newRow("passage removed") << QString(kText).remove(quote) << quote << int(AnchorMatch::NotFound)
                                     << QString();
}

void TestAnchoring::resolve()
{
    QFETCH(QString, newText);
    QFETCH(QString, quote);
    QFETCH(int, match);
    QFETCH(QString, expected);

    const AnchorResolution found = AnchorResolver(newText).resolve(anchorOf(kText, quote));
    QCOMPARE(int(found.match), match);
    if (found.found()) {
        QCOMPARE(newText.mid(found.start, found.end - found.start), expected);
    }
}

void TestAnchoring::repeatedQuoteChoosesByContext()
{
    // "地区生产总值增长" occurs twice; the note was on the second (the target).
    const TextAnchor anchor = anchorOf(kText, u"地区生产总值增长"_s, 1);
    // Insert text at the start so neither occurrence stays at the old offset; the second one's
    // context (`工作安排\n` before, `6%左右` after) must win over nearness.
    const QString changed = u"各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n"_s + kText;
    const AnchorResolution found = AnchorResolver(changed).resolve(anchor);
    QCOMPARE(found.match, AnchorMatch::Moved);
    QCOMPARE(found.start, changed.lastIndexOf(u"地区生产总值增长"_s));
}

void TestAnchoring::repeatedQuoteWithoutContextChoosesNearest()
{
    const QString text = u"甲乙甲乙甲乙甲乙"_s;
    TextAnchor anchor;
    anchor.quote = u"甲乙"_s;
    anchor.start = 5; // no longer a match; nearest occurrences are 4 and 6
    anchor.end = 7;
    const AnchorResolution found = AnchorResolver(text).resolve(anchor);
    QCOMPARE(found.match, AnchorMatch::Moved);
    QCOMPARE(found.start, 4);
}

void TestAnchoring::findExactThenLoose()
{
    const AnchorResolver resolver(kText);
    const auto exact = resolver.find(u"地区生产总值"_s);
    QCOMPARE(exact.size(), 2u);
    QCOMPARE(exact[0].match, AnchorMatch::Exact);
    QCOMPARE(exact[1].start, kText.lastIndexOf(u"地区生产总值"_s));

    const auto loose = resolver.find(u"增长6.2% , 规模以上"_s);
    QCOMPARE(loose.size(), 1u);
    QCOMPARE(loose[0].match, AnchorMatch::Loose);
    QCOMPARE(kText.mid(loose[0].start, loose[0].end - loose[0].start), u"增长6.2%，规模以上"_s);

    QVERIFY(resolver.find(u"粮食产量"_s).empty());
    QVERIFY(resolver.find(u"，。"_s).empty()); // punctuation only: nothing to anchor on
}

void TestAnchoring::manyOneCharacterOccurrencesStayBounded()
{
    // 200,000 occurrences of the quote: resolution examines a bounded number of candidates.
    const QString text = QString(200'000, u'的');
    TextAnchor anchor;
    anchor.quote = u"的"_s;
    anchor.start = 300'000; // beyond the text: not exact
    anchor.end = 300'001;
    const AnchorResolution found = AnchorResolver(text).resolve(anchor);
    QCOMPARE(found.match, AnchorMatch::Moved);
    QVERIFY(found.start >= 0 && found.end <= text.size());
    QCOMPARE(AnchorResolver(text).find(u"的"_s, 100).size(), 100u);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
