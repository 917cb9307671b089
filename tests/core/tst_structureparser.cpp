#include "core/document/metadataextractor.h"
#include "core/document/structureparser.h"
#include "core/text/chinesenumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

/// One line per section: "level|label|heading|role", with "*" after the label if implied and
/// "✂" after the heading if it was split from its body.
QString render(const std::vector<Section> &sections)
{
    QString out;
    forEachSection(sections, [&](const Section &section) {
        out += QString::number(section.level) + u'|' + section.label + (section.labelImplied ? u"*"_s : QString())
               + u'|' + section.heading + (section.headingSplit ? u"✂"_s : QString()) + u'|'
               + toString(section.role) + u'\n';
    });
    return out;
}

} // namespace

class TestStructureParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no headings: one body section")
            << u"这是一段没有标题的文字。\n第二段也没有。"_s << u"1|||body\n"_s;
        QTest::newRow("nested by order of appearance")
            << u"一、总体情况\n正文。\n（一）分项\n正文。\n1.细目\n正文。\n二、下一部分\n正文。"_s
            << u"1|一、|总体情况|body\n2|（一）|分项|body\n3|1.|细目|body\n1|二、|下一部分|body\n"_s;
        QTest::newRow("a major system closes deeper ones")
            << u"（一）先出现的小标题\n正文。\n一、大标题\n正文。"_s
            << u"1|（一）|先出现的小标题|body\n1|一、|大标题|body\n"_s;
        QTest::newRow("ascii and full-width brackets are one system")
            << u"一、甲部分\n(一)第一项\n正文。\n（二）第二项\n正文。"_s
            << u"1|一、|甲部分|body\n2|(一)|第一项|body\n2|（二）|第二项|body\n"_s;
        QTest::newRow("plan chapters")
            << u"第一篇 总论\n第一章 发展基础\n第一节 成就\n正文。\n第二章 形势\n正文。\n第二篇 任务\n正文。"_s
            << u"1|第一篇|总论|plan\n2|第一章|发展基础|plan\n3|第一节|成就|plan\n2|第二章|形势|plan\n"
               u"1|第二篇|任务|plan\n"_s;
        QTest::newRow("fused heading split by sibling shape")
            << u"（一）加快改革攻坚步伐，激活经济社会发展动能贯彻落实好全会精神，推进改革。\n"
               u"（二）加快产业集群建设，构建现代化产业体系\n正文。\n"
               u"（三）加快改善生态环境，筑牢绿色保护屏障\n正文。"_s
            << u"1|（一）|加快改革攻坚步伐，激活经济社会发展动能✂|body\n"
               u"1|（二）|加快产业集群建设，构建现代化产业体系|body\n"
               u"1|（三）|加快改善生态环境，筑牢绿色保护屏障|body\n"_s;
        QTest::newRow("heading ended by a full stop")
            << u"一是让农业基础更牢固。力争增长6.5%以上。\n二是让连队更宜居。持续改善。"_s
            << u"1|一是|让农业基础更牢固|body\n1|二是|让连队更宜居|body\n"_s;
        QTest::newRow("lost numbering recovered from parallel wording")
            << u"（一）突出美丽连队“大振兴”，把高质量团连奋斗出来\n正文。\n"
               u"（二）突出产业发展“大培育”，把高质量行业奋斗出来\n正文。\n"
               u"突出开放融合“大协同”，把高质量改革奋斗出来\n正文。"_s
            << u"1|（一）|突出美丽连队“大振兴”，把高质量团连奋斗出来|body\n"
               u"1|（二）|突出产业发展“大培育”，把高质量行业奋斗出来|body\n"
               u"1|（三）*|突出开放融合“大协同”，把高质量改革奋斗出来|body\n"_s;
        QTest::newRow("short line unlike its siblings stays body")
            << u"（一）突出美丽连队建设\n正文。\n（二）突出产业发展\n正文。\n各位代表\n正文。"_s
            << u"1|（一）|突出美丽连队建设|body\n1|（二）|突出产业发展|body\n"_s;
        QTest::newRow("decimals, years and table cells are not headings")
            << u"一、回顾\n5.3 |\n2024年是关键一年。\n3.5%的增长来之不易。"_s << u"1|一、|回顾|review\n"_s;
        QTest::newRow("unnumbered top-level headings")
            << u"2024年工作回顾\n1.农业发展\n正文。\n2025年工作安排\n总体要求\n正文。\n重点工作\n1.加快改革\n正文。"_s
            << u"1||2024年工作回顾|review\n2|1.|农业发展|review\n1||2025年工作安排|plan\n2||总体要求|plan\n"
               u"2||重点工作|plan\n3|1.|加快改革|plan\n"_s;
        QTest::newRow("targets paragraph and review/plan roles")
            << u"一、2024年工作回顾\n正文。\n二、2025年工作安排\n今年主要预期目标是：生产总值增长8%。\n（一）加快改革\n正文。"_s
            << u"1|一、|2024年工作回顾|review\n1|二、|2025年工作安排|plan\n2||今年主要预期目标|targets\n"
               u"2|（一）|加快改革|plan\n"_s;
        QTest::newRow("glossary with numbered terms")
            << u"一、正文部分\n正文。\n名词解释\n1.六稳：稳就业、稳金融。\n2.3+3产业体系：传统产业。\n3.两区：试验区。"_s
            << u"1|一、|正文部分|body\n1||名词解释|glossary\n2|1.|六稳|glossary-entry\n"
               u"2|2.|3+3产业体系|glossary-entry\n2|3.|两区|glossary-entry\n"_s;
        QTest::newRow("box with a flattened table ends at the body")
            << u"一、发展目标\n专栏1 主要指标 |\n指标名称 |\n% |\n5.3 |\n这是一段很长的正文，不属于专栏，而是规划正文的内容。"_s
            << u"1|一、|发展目标|plan\n2|专栏1|主要指标|targets\n"_s;
        QTest::newRow("lead-in paragraphs")
            << u"一、2024年工作回顾\n一年来，我们注重提质培优，特色农业取得新成效。正文。\n"
               u"一年来，我们聚焦延链补链，主导产业实现新跨越。正文。\n"
               u"一年来，我们聚力强基增效，现代服务业迈出新步伐。正文。"_s
            << u"1|一、|2024年工作回顾|review\n2||一年来，我们注重提质培优，特色农业取得新成效|review\n"
               u"2||一年来，我们聚焦延链补链，主导产业实现新跨越|review\n"
               u"2||一年来，我们聚力强基增效，现代服务业迈出新步伐|review\n"_s;
        QTest::newRow("dateline is front matter, not a heading")
            << u"政府工作报告\n——2025年1月13日在某市第二届人民代表大会第五次会议上\n各位代表：\n一、回顾\n正文。"_s
            << u"1|||opening\n1|一、|回顾|review\n"_s;
    }

    void structure()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(render(parseStructure(text)), expected);
    }

    void headingHints()
    {
        StructureOptions options;
        options.headingHints = {{u"概述"_s, 1}, {u"细节说明"_s, 2}};
        const auto sections = parseStructure(u"概述\n正文。\n细节说明\n正文。"_s, options);
        QCOMPARE(render(sections), u"1||概述|body\n2||细节说明|body\n"_s);
    }

    void maxDepthFoldsDeeperHeadingsIntoBody()
    {
        StructureOptions options;
        options.maxDepth = 2;
        const auto sections = parseStructure(u"一、甲\n（一）乙\n1.丙\n正文。"_s, options);
        QCOMPARE(render(sections), u"1|一、|甲|body\n2|（一）|乙|body\n"_s);
        QCOMPARE(sections.front().children.front().end, qsizetype(u"一、甲\n（一）乙\n1.丙\n正文。"_s.size()));
    }

    void deepNestingIsLinearAndBounded()
    {
        // 20,000 headings of alternating systems: must finish quickly and stay within maxDepth.
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += u"一、甲\n（一）乙\n1.丙\n（1）丁\n正文。\n"_s;
        const auto sections = parseStructure(text);
        QCOMPARE(sections.size(), std::size_t(5000));
        int maxLevel = 0;
        forEachSection(sections, [&](const Section &section) { maxLevel = std::max(maxLevel, section.level); });
        QCOMPARE(maxLevel, 4);
    }

    void ownBodyIncludesTextBetweenChildren()
    {
        Document document;
        document.text = u"一、甲\n开头。\n专栏1 表 |\n甲 |\n中间的正文内容很长，不属于专栏。\n（一）乙\n正文。"_s;
        document.sections = parseStructure(document.text);
        QCOMPARE(document.sections.size(), std::size_t(1));
        const QString body = ownBody(document, document.sections.front());
        QVERIFY(body.contains(u"开头。"_s));
        QVERIFY(body.contains(u"中间的正文内容"_s));
        QVERIFY(!body.contains(u"正文。"_s.prepend(u'\n')));
    }

    void chineseNumbers_data()
    {
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<qint64>("value");
        QTest::newRow("one") << u"一"_s << qint64(1);
        QTest::newRow("ten") << u"十"_s << qint64(10);
        QTest::newRow("twelve") << u"十二"_s << qint64(12);
        QTest::newRow("twenty") << u"二十"_s << qint64(20);
        QTest::newRow("105") << u"一百零五"_s << qint64(105);
        QTest::newRow("two thousand (两)") << u"两千"_s << qint64(2000);
        QTest::newRow("15000") << u"一万五千"_s << qint64(15000);
        QTest::newRow("14th plan") << u"十四"_s << qint64(14);
    }

    void chineseNumbers()
    {
        QFETCH(QString, numeral);
        QFETCH(qint64, value);
        QCOMPARE(chineseNumeralValue(numeral), std::optional<qint64>(value));
        if (value <= 9999 && !numeral.contains(u'两'))
            QCOMPARE(chineseNumeral(int(value)), numeral);
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("reported");
        QTest::addColumn<int>("planned");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("title");

        QTest::newRow("dateline broken over two lines, corps city")
            << u"政府工作报告\n——2025年2月19日在胡杨河市第一届人民代表大会\n第四次会议上\n胡杨河市人民政府市长  宋学华\n"
               u"一、2024年工作回顾\n正文。\n二、2025年重点工作\n正文。"_s
            << u"胡杨河市"_s << u"corps"_s << u"work-report"_s << 2024 << 2025 << u"2025-02-19"_s << u"宋学华"_s
            << u"胡杨河市2025年政府工作报告"_s;
        QTest::newRow("unknown region falls back to its suffix")
            << u"政府工作报告\n——2024年1月5日在某某县第十八届人民代表大会第三次会议上\n县长 张三\n一、回顾\n正文。"_s
            << u"某某县"_s << u"county"_s << u"work-report"_s << 2023 << 2024 << u"2024-01-05"_s << u"张三"_s
            << u"某某县2024年政府工作报告"_s;
        QTest::newRow("plan title over three lines")
            << u"昌吉回族自治州国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要\n正文。"_s
            << u"昌吉回族自治州"_s << u"prefecture"_s << u"plan"_s << 2020 << 2021 << QString() << QString()
            << u"昌吉回族自治州国民经济和社会发展第十四个五年规划和2035年远景目标纲要"_s;
        QTest::newRow("no title: region from the body")
            << u"2024年工作回顾\n全疆粮食增产，新疆经济增长，自治区财政收入增长，全疆就业稳定，新疆外贸增长。\n"
               u"2025年工作安排\n正文。"_s
            << u"新疆维吾尔自治区"_s << u"province"_s << u"work-report"_s << 2024 << 2025 << QString() << QString()
            << u"新疆维吾尔自治区2025年政府工作报告"_s;
    }

    void metadata()
    {
        QFETCH(QString, text);
        const DocumentMetadata meta = inferMetadata(text, parseStructure(text));
        QTEST(meta.region, "region");
        QTEST(toString(meta.regionLevel), "level");
        QTEST(toString(meta.kind), "kind");
        QTEST(meta.yearReported, "reported");
        QTEST(meta.yearPlanned, "planned");
        QTEST(meta.date, "date");
        QTEST(meta.speaker, "speaker");
        QTEST(meta.title, "title");
    }
};

QTEST_GUILESS_MAIN(TestStructureParser)
#include "tst_structureparser.moc"
