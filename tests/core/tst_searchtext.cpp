#include "core/store/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bigrams_data();
    void bigrams();
    void expression_data();
    void expression();
};

void TestSearchText::bigrams_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("two chars, run end") << u"粮食"_s << u"粮食 食"_s;
    QTest::newRow("overlapping") << u"粮食安全"_s << u"粮食 食安 安全 全"_s;
    QTest::newRow("lone char kept") << u"棉"_s << u"棉"_s;
    QTest::newRow("runs split by punctuation") << u"一、粮食，棉"_s << u"一 粮食 食 棉"_s;
    QTest::newRow("mixed latin") << u"GDP增长6%"_s << u"GDP 增长 长 6"_s;
    QTest::newRow("numbers split at the point") << u"增长6.5%"_s << u"增长 长 6 5"_s;
    QTest::newRow("only punctuation") << u"，。、；——"_s << QString();
    QTest::newRow("newlines are separators") << u"标题\n正文"_s << u"标题 题 正文 文"_s;
    QTest::newRow("astral ideograph") << u"𠀀字词"_s << u"𠀀字 字词 词"_s;
    QTest::newRow("sql metacharacters") << u"'; DROP--"_s << u"DROP"_s;
}

void TestSearchText::bigrams()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(bigramTokens(text), tokens);
}

void TestSearchText::expression_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one char is a prefix") << u"棉"_s << uR"(bi : "棉" *)"_s;
    QTest::newRow("two chars") << u"粮食"_s << uR"(bi : "粮食")"_s;
    QTest::newRow("three chars") << u"高质量"_s << uR"(bi : "高质 质量")"_s;
    QTest::newRow("surrounding space") << u"  粮食 "_s << uR"(bi : "粮食")"_s;
    QTest::newRow("two terms") << u"粮食 棉"_s << uR"(bi : "粮食" AND bi : "棉" *)"_s;
    QTest::newRow("ideographic space") << u"粮食\u3000棉"_s << uR"(bi : "粮食" AND bi : "棉" *)"_s;
    QTest::newRow("mixed, long runs") << u"GDP增长"_s << uR"(bi : "GDP 增长")"_s;
    QTest::newRow("mixed, lone char last") << u"第3季"_s << uR"(bi : "第 3 季" *)"_s;
    QTest::newRow("full-width digits") << u"２０２４年"_s << uR"(bi : "2024 年" *)"_s;
    QTest::newRow("quote inside") << uR"(粮"食)"_s << uR"(bi : "粮 食" *)"_s;
    QTest::newRow("quote alone") << uR"(")"_s << QString();
    QTest::newRow("star") << u"*"_s << QString();
    QTest::newRow("user's star is not syntax") << u"粮*"_s << uR"(bi : "粮" *)"_s;
    QTest::newRow("OR keyword") << u"棉 OR 粮食"_s << uR"(bi : "棉" * AND bi : "OR" AND bi : "粮食")"_s;
    QTest::newRow("apostrophe") << u"'"_s << QString();
    QTest::newRow("sql comment") << u";--"_s << QString();
    QTest::newRow("sql injection") << u"'); DROP TABLE documents;--"_s
                                   << uR"(bi : "DROP" AND bi : "TABLE" AND bi : "documents")"_s;
    QTest::newRow("fts column filter") << u"uni:棉"_s << uR"(bi : "uni 棉" *)"_s;
    QTest::newRow("NEAR group") << u"NEAR(棉 粮)"_s << uR"(bi : "NEAR 棉" * AND bi : "粮" *)"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::expression()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    QCOMPARE(matchExpression(query), expression);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
