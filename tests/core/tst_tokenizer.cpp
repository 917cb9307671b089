#include "core/import/importer.h"
#include "core/text/tokenizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QStringList tokenTexts(QStringView text, const std::vector<Token> &tokens, TokenKind kind)
{
    QStringList out;
    for (const Token &t : tokens) {
        if (t.kind == kind)
            out << t.view(text).toString();
    }
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeTokens_data();
    void wholeTokens();
    void spansCoverText_data();
    void spansCoverText();
    void speed();
};

void TestTokenizer::wholeTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");   // must each be one Word token
    QTest::addColumn<QStringList>("numbers"); // the Number tokens, in order

    QTest::newRow("lexicon: 生产总值 (ICU splits 生产|总值)")
        << u"全市生产总值增长9.1%"_s << QStringList{u"生产总值"_s} << QStringList{u"9.1%"_s};
    QTest::newRow("lexicon: 规上工业增加值 longest match")
        << u"规上工业增加值增长23.1%,工业增加值占比提高"_s << QStringList{u"规上工业增加值"_s, u"工业增加值"_s}
        << QStringList{u"23.1%"_s};
    QTest::newRow("lexicon: 一般公共预算收入 and 高质量发展")
        << u"一般公共预算收入增长5.5%,推动高质量发展"_s << QStringList{u"一般公共预算收入"_s, u"高质量发展"_s}
        << QStringList{u"5.5%"_s};
    QTest::newRow("boilerplate kept whole")
        << u"坚定以习近平新时代中国特色社会主义思想为指导"_s
        << QStringList{u"习近平新时代中国特色社会主义思想"_s} << QStringList{};
    QTest::newRow("money with unit")
        << u"投入13.23亿元,保障农业优先发展"_s << QStringList{} << QStringList{u"13.23亿元"_s};
    QTest::newRow("percentage points")
        << u"城镇化率提高0.5个百分点"_s << QStringList{} << QStringList{u"0.5个百分点"_s};
    QTest::newRow("full-width percent and two figures")
        << u"城乡居民人均可支配收入分别增长5.7％、8.7%"_s << QStringList{u"城乡居民人均可支配收入"_s}
        << QStringList{u"5.7％"_s, u"8.7%"_s};
    QTest::newRow("units: 万吨 万亩 万人次 万千瓦 亿千瓦时")
        << u"粮食产量12.5万吨,播种面积30万亩,接待游客1200万人次,新能源装机500万千瓦,发电量80亿千瓦时"_s
        << QStringList{u"粮食产量"_s, u"发电量"_s}
        << QStringList{u"12.5万吨"_s, u"30万亩"_s, u"1200万人次"_s, u"500万千瓦"_s, u"80亿千瓦时"_s};
    QTest::newRow("year is one number token") << u"2024年全市"_s << QStringList{} << QStringList{u"2024年"_s};
    QTest::newRow("full-width digits") << u"增长８％左右"_s << QStringList{u"左右"_s} << QStringList{u"８％"_s};
    QTest::newRow("number not glued to a following word")
        << u"1535工作思路"_s << QStringList{} << QStringList{u"1535"_s};
}

void TestTokenizer::wholeTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QStringList, numbers);
    const std::vector<Token> tokens = Tokenizer::instance().tokenize(text);
    const QStringList wordTokens = tokenTexts(text, tokens, TokenKind::Word);
    for (const QString &word : std::as_const(words)) {
        if (!wordTokens.contains(word))
            qWarning().noquote() << "tokens:" << wordTokens.join(u'|');
        QVERIFY2(wordTokens.contains(word), qPrintable(word));
    }
    QCOMPARE(tokenTexts(text, tokens, TokenKind::Number), numbers);
}

void TestTokenizer::spansCoverText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces and punctuation") << u"  一、 2024年工作回顾\n\n(一)加快改革,激活动能。"_s;
    QTest::newRow("surrogate pair") << u"𠀀字𠀁 abc 12.5%"_s;
    const QStringList samples = QDir(QStringLiteral(PARALLAX_SAMPLES)).entryList({u"*.txt"_s});
    for (const QString &name : samples) {
        auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
        QVERIFY(document.has_value());
        QTest::newRow(qPrintable(name)) << document->text;
    }
}

void TestTokenizer::spansCoverText()
{
    QFETCH(QString, text);
    const std::vector<Token> tokens = Tokenizer::instance().tokenize(text);
    qsizetype at = 0;
    for (const Token &t : tokens) {
        QCOMPARE(t.start, at);
        QVERIFY(t.length > 0);
        const QStringView piece = t.view(text);
        if (t.kind == TokenKind::Space)
            QVERIFY(piece.trimmed().isEmpty());
        if (t.kind == TokenKind::Number)
            QVERIFY(piece.front().isDigit());
        if (t.kind == TokenKind::Word)
            QVERIFY2(!piece.front().isSpace() && !piece.front().isPunct(), qPrintable(piece.toString()));
        at = t.end();
    }
    QCOMPARE(at, text.size());
}

void TestTokenizer::speed()
{
    auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u"/changji_2021-2025_five-year-plan.txt"_s);
    QVERIFY(document.has_value());
    QString text;
    while (text.size() < 2'000'000)
        text += document->text;
    (void)Tokenizer::instance().tokenize(u"预热"_s);
    QElapsedTimer timer;
    timer.start();
    const std::vector<Token> tokens = Tokenizer::instance().tokenize(text);
    const double seconds = std::max<qint64>(timer.nsecsElapsed(), 1) / 1e9;
    const double mb = text.toUtf8().size() / 1e6;
    qInfo("tokenized %.1f MB (UTF-8), %zu tokens in %.0f ms: %.1f MB/s", mb, tokens.size(), seconds * 1e3, mb / seconds);
    QVERIFY(!tokens.empty());
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
