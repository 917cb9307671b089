#include "core/import/importer.h"
#include "core/text/tokenizer.h"
#include "core/text/tokenstarts.h"
#include "core/text/wordboundaries.h"

#include <QDir>
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

// One row per bundled sample: its imported text.
void addSampleRows()
{
    const QStringList samples = QDir(QStringLiteral(PARALLAX_SAMPLES)).entryList({u"*.txt"_s});
    QVERIFY(!samples.isEmpty());
    for (const QString &name : samples) {
        auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
        QVERIFY(document.has_value());
        QTest::newRow(qPrintable(name)) << document->text;
    }
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
    void cacheGivesTheSameTokens();
    void dictionaryMatchesBreakIterator_data();
    void dictionaryMatchesBreakIterator();
    void tokenStartsRestoreTokens();
    void tokenStartsOfSections();
    void tokenStartsRejectForeignBits();
    void signature();
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
    addSampleRows();
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

// A repeated text comes from the cache; it must be exactly what segmenting it gives, also after
// the cache was emptied and for a text that differs by one digit.
void TestTokenizer::cacheGivesTheSameTokens()
{
    const Tokenizer &tokenizer = Tokenizer::instance();
    const QString text = u"坚持稳中求进工作总基调，地区生产总值增长6.1%，规上工业增加值增长8%左右。"_s.repeated(4);
    tokenizer.clearCache();
    const std::vector<Token> fresh = tokenizer.tokenize(text);
    QVERIFY(fresh.size() > 20);
    QCOMPARE(tokenizer.tokenize(text), fresh);
    QString changed = text;
    changed.insert(changed.lastIndexOf(u"8%"_s), u'1'); // 18%: one number longer by a digit
    const std::vector<Token> other = tokenizer.tokenize(changed);
    QVERIFY(other != fresh);
    tokenizer.clearCache();
    QCOMPARE(tokenizer.tokenize(changed), other);
    QCOMPARE(tokenizer.tokenize(text), fresh);
}

void TestTokenizer::dictionaryMatchesBreakIterator_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("policy sentence") << u"坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"_s;
    QTest::newRow("mixed scripts") << u"推进5G基站和GDP核算，ｅ化政务;カタカナ와 한국어 𠀀字𠀁 e\u0301"_s;
    addSampleRows();
}

// The dictionary engine reimplements ICU's Chinese segmentation for speed: between two ideographs it
// must put a boundary exactly where ICU's break iterator does.
void TestTokenizer::dictionaryMatchesBreakIterator()
{
    QFETCH(QString, text);
    if (!isSegmentationEngineAvailable(SegmentationEngine::Dictionary))
        QSKIP("ICU's data has no cjdict dictionary here");
    const std::vector<quint8> ours = wordBoundaries(text, SegmentationEngine::Dictionary);
    const std::vector<quint8> icu = wordBoundaries(text, SegmentationEngine::IcuBreakIterator);
    QCOMPARE(ours.size(), size_t(text.size()) + 1);
    QCOMPARE(ours.front(), quint8(1));
    QCOMPARE(ours.back(), quint8(1));
    auto isHan = [](QChar c) { return c.script() == QChar::Script_Han; };
    qsizetype compared = 0;
    qsizetype differing = 0;
    QString firstDifference;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate())
            QCOMPARE(ours[size_t(i)], quint8(0)); // never inside a surrogate pair
        if (!isHan(text[i - 1]) || !isHan(text[i]))
            continue;
        ++compared;
        if (ours[size_t(i)] != icu[size_t(i)]) {
            ++differing;
            if (firstDifference.isEmpty())
                firstDifference = text.mid(std::max<qsizetype>(0, i - 6), 12);
        }
    }
    qInfo("%lld positions between ideographs, %lld differ from ICU's break iterator", qint64(compared), qint64(differing));
    QVERIFY2(differing == 0, qPrintable(u"first difference near: "_s + firstDifference));
}

// A document's stored segmentation must give back exactly the tokens that segmenting gives: the
// same starts, lengths and kinds, for whole texts and for any cut at a line start.
void TestTokenizer::tokenStartsRestoreTokens()
{
    const QStringList texts{u"  一、 2024年工作回顾\n\n(一)加快改革,激活动能。GDP增长6.1%，0.5个百分点"_s,
                            u"𠀀字𠀁 abc 12.5%\t\n——《规划》"_s, u"x"_s};
    for (const QString &text : texts) {
        const TokenStarts starts = TokenStarts::compute(text);
        QCOMPARE(starts.textLength(), text.size());
        QCOMPARE(starts.tokens(text), Tokenizer::instance().tokenize(text));
    }
    const TokenStarts none = TokenStarts::compute(QString());
    QVERIFY(none.isEmpty());
    QVERIFY(none.tokens(QString()).empty());
    // Kinds follow from first characters for every character class tokenize() knows.
    for (const char16_t c : {u'8', u'８', u' ', u'\n', u'，', u'%', u'+', u'生', u'A', u'の'}) {
        const QString one(QChar{c});
        QCOMPARE(Tokenizer::kindOf(c), Tokenizer::instance().tokenize(one).front().kind);
    }
}

void TestTokenizer::tokenStartsOfSections()
{
    const QStringList samples = QDir(QStringLiteral(PARALLAX_SAMPLES)).entryList({u"*.txt"_s});
    QVERIFY(!samples.isEmpty());
    qsizetype sections = 0;
    for (const QString &name : samples) {
        auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
        QVERIFY(document.has_value());
        const QString &text = document->text;
        // The import made them; they are those of the whole text.
        QCOMPARE(document->tokenStarts.textLength(), text.size());
        QCOMPARE(document->tokenStarts.tokens(text), Tokenizer::instance().tokenize(text));
        // A section's tokens, cut from the document's, are those of the section's text alone.
        forEachSection(document->sections, [&](const Section &section) {
            ++sections;
            const QStringView piece = QStringView(text).mid(section.start, section.end - section.start);
            if (document->tokenStarts.tokens(text, section.start, section.end) != Tokenizer::instance().tokenize(piece))
                QFAIL(qPrintable(name + u": section "_s + section.label + section.heading));
        });
    }
    qInfo("%lld sections checked", qint64(sections));
    QVERIFY(sections > 100);
    // A cut inside a token starts a token there and ends the last one at the cut.
    const QString text = u"地区生产总值增长6.1%"_s;
    const TokenStarts starts = TokenStarts::compute(text);
    const std::vector<Token> inside = starts.tokens(text, 3, text.size() - 1);
    QCOMPARE(inside.front().start, 0);
    QCOMPARE(inside.back().end(), text.size() - 4);
    QCOMPARE(inside.back().kind, TokenKind::Number);
}

void TestTokenizer::tokenStartsRejectForeignBits()
{
    const QString text = u"坚持稳中求进工作总基调。"_s; // 12 units: 2 bytes, 4 spare bits
    const TokenStarts starts = TokenStarts::compute(text);
    QCOMPARE(starts.bytes().size(), 2);
    QVERIFY(TokenStarts::fromBytes(starts.bytes(), text.size()).has_value());
    QVERIFY(!TokenStarts::fromBytes(starts.bytes(), text.size() + 8).has_value()); // other length
    QVERIFY(!TokenStarts::fromBytes(QByteArray(2, '\0'), text.size()).has_value()); // no start at 0
    QByteArray stray = starts.bytes();
    stray[1] = char(quint8(stray[1]) | 0x80); // a start past the end
    QVERIFY(!TokenStarts::fromBytes(stray, text.size()).has_value());
    QVERIFY(TokenStarts::fromBytes(QByteArray(), 0).has_value());
    QVERIFY(!TokenStarts::fromBytes(QByteArray(1, '\1'), 0).has_value());
    // Starts made for another text are not used: the piece is segmented instead.
    const QString other = u"增长8%左右"_s;
    QCOMPARE(starts.tokens(other), Tokenizer::instance().tokenize(other));
}

// Stored segmentations are keyed by the signature: it must change with the lexicon.
void TestTokenizer::signature()
{
    const Tokenizer a({u"生产总值"_s}, {u"亿元"_s});
    const Tokenizer b({u"生产总值"_s}, {u"亿元"_s});
    const Tokenizer c({u"生产总值"_s, u"增加值"_s}, {u"亿元"_s});
    const Tokenizer d({u"生产总值"_s}, {u"万元"_s});
    QCOMPARE(a.signature(), b.signature());
    QVERIFY(a.signature() != c.signature());
    QVERIFY(a.signature() != d.signature());
    QVERIFY(Tokenizer::instance().signature() != a.signature());
    QCOMPARE(Tokenizer::instance().signature().size(), 16);
    QVERIFY(wordBoundariesIdentity().startsWith("icu "));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
