#include "core/text/normalizer.h"

#include <QFile>
#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QString readSample(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString fromUcs4(char32_t codePoint)
{
    return QString::fromUcs4(&codePoint, 1);
}

} // namespace

class TestNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radicals_data();
    void radicals();
    void radicalTableIsComplete_data();
    void radicalTableIsComplete();
    void compatibilityIdeographs();
    void invisibleCharactersRemoved_data();
    void invisibleCharactersRemoved();
    void lineStructure_data();
    void lineStructure();
    void fullWidthPunctuationKept();
    void chromeLines_data();
    void chromeLines();
    void realChromeHuyanghe();
    void realChromeUrumqi();
    void fold_data();
    void fold();
};

void TestNormalizer::radicals_data()
{
    QTest::addColumn<uint>("radical");
    QTest::addColumn<uint>("ideograph");
    QTest::newRow("kangxi one") << 0x2F00u << 0x4E00u;   // ⼀ → 一
    QTest::newRow("kangxi work") << 0x2F2Fu << 0x5DE5u;  // ⼯ → 工
    QTest::newRow("kangxi person") << 0x2F08u << 0x4EBAu; // ⼈ → 人
    QTest::newRow("kangxi flute") << 0x2FD5u << 0x9FA0u; // last Kangxi radical
    QTest::newRow("supplement long") << 0x2ED3u << 0x957Fu; // ⻓ → 长
    QTest::newRow("supplement see") << 0x2EC5u << 0x89C1u;  // ⻅ → 见
    QTest::newRow("supplement gate") << 0x2ED4u << 0x95E8u; // ⻔ → 门
    QTest::newRow("supplement wind") << 0x2EDBu << 0x98CEu; // ⻛ → 风
    QTest::newRow("supplement mother") << 0x2E9Fu << 0x6BCDu; // ⺟ → 母
    QTest::newRow("plain ideograph unchanged") << 0x5DE5u << 0x5DE5u;
    QTest::newRow("latin unchanged") << uint('A') << uint('A');
}

void TestNormalizer::radicals()
{
    QFETCH(uint, radical);
    QFETCH(uint, ideograph);
    QCOMPARE(uint(ideographForRadical(radical)), ideograph);
    const QString text = u"加快"_s + fromUcs4(radical) + u"业"_s;
    QCOMPARE(normalizeDisplayText(text), u"加快"_s + fromUcs4(ideograph) + u"业"_s);
}

void TestNormalizer::radicalTableIsComplete_data()
{
    QTest::addColumn<uint>("first");
    QTest::addColumn<uint>("last");
    QTest::newRow("kangxi radicals") << 0x2F00u << 0x2FDFu;
    // U+2E80 (CJK RADICAL REPEAT) has no ideograph equivalent in Unicode's data.
    QTest::newRow("cjk radicals supplement") << 0x2E81u << 0x2EFFu;
}

void TestNormalizer::radicalTableIsComplete()
{
    QFETCH(uint, first);
    QFETCH(uint, last);
    int assigned = 0;
    for (char32_t cp = first; cp <= last; ++cp) {
        if (QChar::category(cp) == QChar::Other_NotAssigned)
            continue;
        ++assigned;
        const char32_t mapped = ideographForRadical(cp);
        QVERIFY2(mapped != cp, qPrintable(u"U+%1 has no mapping"_s.arg(uint(cp), 4, 16, QChar(u'0'))));
        // Unified ideograph blocks (U+2B739 is newer than Qt's Unicode tables, so no script check).
        const bool ideograph = (mapped >= 0x3400 && mapped <= 0x4DBF) || (mapped >= 0x4E00 && mapped <= 0x9FFF)
                               || (mapped >= 0x20000 && mapped <= 0x3134F);
        QVERIFY2(ideograph,
                 qPrintable(u"U+%1 maps to a non-ideograph"_s.arg(uint(cp), 4, 16, QChar(u'0'))));
    }
    QVERIFY(assigned > 100);
}

void TestNormalizer::compatibilityIdeographs()
{
    // U+F900 豈 → U+8C48, U+FA10 塚 → U+585A; U+FA0E is a unified ideograph and stays.
    const QString input = fromUcs4(0xF900) + fromUcs4(0xFA10) + fromUcs4(0xFA0E);
    QCOMPARE(normalizeDisplayText(input), fromUcs4(0x8C48) + fromUcs4(0x585A) + fromUcs4(0xFA0E));
}

void TestNormalizer::invisibleCharactersRemoved_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nul and controls") << u"经济\u0000增长\u0007\u001b"_s << u"经济增长"_s;
    QTest::newRow("tab kept") << u"项目\t金额"_s << u"项目\t金额"_s;
    QTest::newRow("zero width") << u"发\u200b展\u200c改\u200d革\u2060委\u200e"_s << u"发展改革委"_s;
    QTest::newRow("bom inside") << u"\ufeff政府\ufeff工作报告"_s << u"政府工作报告"_s;
    QTest::newRow("bidi overrides") << u"\u202a一\u202b二\u202c三\u202d四\u202e五\u2066六\u2067七\u2068八\u2069"_s
                                    << u"一二三四五六七八"_s;
    QTest::newRow("c1 controls") << u"文\u0085字\u009f"_s << u"文字"_s;
}

void TestNormalizer::invisibleCharactersRemoved()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeDisplayText(input), expected);
}

void TestNormalizer::lineStructure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf") << u"一\r\n二\r\n"_s << u"一\n二"_s;
    QTest::newRow("lone cr") << u"一\r二\r三"_s << u"一\n二\n三"_s;
    QTest::newRow("trailing spaces") << u"一   \n二\u3000\u00a0\t\n三"_s << u"一\n二\n三"_s;
    QTest::newRow("leading indentation kept") << u"\u3000\u3000各位代表："_s << u"\u3000\u3000各位代表："_s;
    QTest::newRow("one blank line kept") << u"一\n\n二"_s << u"一\n\n二"_s;
    QTest::newRow("many blank lines") << u"一\n\n\n\n\n二"_s << u"一\n\n二"_s;
    QTest::newRow("whitespace-only lines are blank") << u"一\n \n\u00a0\n\t\n二"_s << u"一\n\n二"_s;
    QTest::newRow("leading and trailing blanks") << u"\n\n\n一\n\n\n"_s << u"一"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestNormalizer::lineStructure()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeDisplayText(input), expected);
}

void TestNormalizer::fullWidthPunctuationKept()
{
    // Not NFKC: full-width punctuation and digits stay exactly as written.
    const QString text = u"（一）增长５．５％，达到１２３亿元：“稳中求进”！"_s;
    QCOMPARE(normalizeDisplayText(text), text);
}

void TestNormalizer::chromeLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("chrome");
    QTest::newRow("breadcrumb") << u"您的位置: 首页 >政务公开>政府信息公开年报>详细内容"_s << true;
    QTest::newRow("breadcrumb full-width colon") << u"当前位置：首页 > 政务公开"_s << true;
    QTest::newRow("site search") << u"全文检索"_s << true;
    QTest::newRow("index number") << u"索引号: 3070211020000013000000/2025022800000014 发布机构:"_s << true;
    QTest::newRow("effective date") << u"生效日期: 2025-02-28 废止日期:"_s << true;
    QTest::newRow("document number") << u"文 号: 所属主题: 政府信息公开年报"_s << true;
    QTest::newRow("source and views") << u"来源: 发布时间:2025-02-28 浏览次数: 【字体:"_s << true;
    QTest::newRow("print widget") << u"【打印正文】 【字体: "_s << true;
    QTest::newRow("close cross") << u"×"_s << true;
    QTest::newRow("login") << u"用户登录"_s << true;
    QTest::newRow("more reports") << u"点击查阅更多2023年地方政府工作报告"_s << true;
    QTest::newRow("title with year") << u"2025年政府工作报告"_s << false;
    QTest::newRow("title") << u"政府工作报告"_s << false;
    QTest::newRow("heading") << u"一、2024年工作回顾"_s << false;
    QTest::newRow("body mentioning source")
        << u"来源：统计部门初步核算，全年地区生产总值增长6.5%，其中第一产业增加值增长5.2%，第二产业增加值增长7.1%，第三产业增加值增长6.3%，经济运行总体平稳、稳中有进。"_s
        << false;
    QTest::newRow("body mentioning publication time")
        << u"各类政策文件均在政府网站集中公开，发布时间、浏览次数等信息实时更新，政务公开标准化规范化水平持续提升，群众满意度不断提高。"_s
        << false;
    QTest::newRow("empty") << QString() << false;
}

void TestNormalizer::chromeLines()
{
    QFETCH(QString, line);
    QFETCH(bool, chrome);
    QCOMPARE(isWebChromeLine(line), chrome);
}

void TestNormalizer::realChromeHuyanghe()
{
    const QString sample = readSample(u"huyanghe_2025_work-report.txt"_s);
    QVERIFY(!sample.isEmpty());
    const QStringList lines = sample.split(u'\n');
    QVERIFY(lines.size() > 40);
    const QString head = lines.mid(0, 15).join(u'\n');
    const QString tail = lines.mid(lines.size() - 12).join(u'\n');

    const QString normalizedHead = normalizeDisplayText(head);
    for (const QString &chrome : {u"您的位置"_s, u"全文检索"_s, u"索引号"_s, u"生效日期"_s, u"所属主题"_s,
                                  u"浏览次数"_s}) {
        QVERIFY2(!normalizedHead.contains(chrome), qPrintable(chrome));
    }
    QVERIFY(normalizedHead.startsWith(u"2025年政府工作报告\n\n政府工作报告\n\n——2025年2月19日"_s));

    const QString normalizedTail = normalizeDisplayText(tail);
    QVERIFY(normalizedTail.endsWith(u"一种非周期性科研资助安排。"_s));
    for (const QString &chrome : {u"打印正文"_s, u"字体"_s, u"×"_s, u"用户登录"_s})
        QVERIFY2(!normalizedTail.contains(chrome), qPrintable(chrome));

    // The whole document: chrome gone, body intact.
    const QString whole = normalizeDisplayText(sample);
    QVERIFY(!whole.contains(u"用户登录"_s));
    QVERIFY(whole.contains(u"各位代表"_s));
    QVERIFY(!whole.contains(u"\n\n\n"_s));
}

void TestNormalizer::realChromeUrumqi()
{
    const QString sample = readSample(u"urumqi_2023_work-report.txt"_s);
    QVERIFY(sample.startsWith(u"点击查阅更多"_s));
    const QString normalized = normalizeDisplayText(sample);
    QVERIFY(normalized.startsWith(u"——2023年1月6日在乌鲁木齐市"_s));
}

void TestNormalizer::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii punctuation") << u"(一)增长,稳定;目标:何?是!"_s << u"（一）增长，稳定；目标：何？是！"_s;
    QTest::newRow("full-width digits") << u"增长５．５％"_s << u"增长5．5%"_s;
    QTest::newRow("full-width letters") << u"ＧＤＰ与ｃｐｉ"_s << u"GDP与cpi"_s;
    QTest::newRow("already folded") << u"（二）增长6%，"_s << u"（二）增长6%，"_s;
    QTest::newRow("surrogates untouched") << u"𠀀𪚥"_s << u"𠀀𪚥"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestNormalizer::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString folded = analysisFold(input);
    QCOMPARE(folded.size(), input.size());
    QCOMPARE(folded, expected);
}

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
