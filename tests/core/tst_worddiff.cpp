#include "core/diff/diffformat.h"
#include "core/diff/sequencediff.h"
#include "core/diff/worddiff.h"
#include "core/text/tokenizer.h"
#include "core/text/tokenstarts.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QString side(QStringView text, const DiffChunk &chunk, int s)
{
    return text.mid(chunk.spans[size_t(s)].start, chunk.spans[size_t(s)].length()).toString();
}

// Chunks must cover both texts completely, in order, and Moved chunks must pair up.
bool coversBoth(const WordDiff &diff, QStringView left, QStringView right)
{
    qsizetype at[2] = {0, 0};
    for (size_t i = 0; i < diff.chunks.size(); ++i) {
        const DiffChunk &chunk = diff.chunks[i];
        for (int s = 0; s < 2; ++s) {
            if (chunk.spans[size_t(s)].start != at[s] || chunk.spans[size_t(s)].end < at[s])
                return false;
            at[s] = chunk.spans[size_t(s)].end;
        }
        if (chunk.kind == DiffKind::Moved) {
            if (chunk.partner < 0 || diff.chunks[size_t(chunk.partner)].partner != int(i))
                return false;
        }
    }
    return at[0] == left.size() && at[1] == right.size();
}

QString kinds(const WordDiff &diff)
{
    static const char16_t *const names[] = {u"=", u"+", u"-", u"~", u"#", u"m"};
    QString out;
    for (const DiffChunk &chunk : diff.chunks)
        out += QString::fromUtf16(names[int(chunk.kind)]);
    return out;
}

// Length of the longest common subsequence (dynamic programming, for checking).
qsizetype lcsLength(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    std::vector<qsizetype> row(b.size() + 1, 0);
    for (const quint32 x : a) {
        qsizetype diagonal = 0;
        for (size_t j = 0; j < b.size(); ++j) {
            const qsizetype above = row[j + 1];
            row[j + 1] = x == b[j] ? diagonal + 1 : std::max(row[j], above);
            diagonal = above;
        }
    }
    return row.back();
}

// Applies an edit script to `a` and returns the result, and counts deleted and inserted elements.
std::vector<quint32> apply(const std::vector<quint32> &a, const std::vector<quint32> &b,
                           const std::vector<EditOp> &ops, qsizetype &edits)
{
    std::vector<quint32> out;
    size_t i = 0;
    size_t j = 0;
    edits = 0;
    for (const EditOp &op : ops) {
        for (qsizetype k = 0; k < op.count; ++k) {
            if (op.type == EditOp::Type::Equal) {
                if (i >= a.size() || j >= b.size() || a[i] != b[j])
                    return {};
                out.push_back(a[i++]);
                ++j;
            } else if (op.type == EditOp::Type::Delete) {
                ++i;
                ++edits;
            } else {
                out.push_back(b[j++]);
                ++edits;
            }
        }
    }
    return i == a.size() ? out : std::vector<quint32>{};
}

std::vector<quint32> randomSequence(QRandomGenerator &random, int length, int alphabet, quint32 offset = 0)
{
    std::vector<quint32> out;
    for (int i = 0; i < length; ++i)
        out.push_back(offset + quint32(random.bounded(alphabet)));
    return out;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void changedNumberIsOneChange();
    void movedSentenceIsPaired();
    void differentTexts();
    void budgetFallbackIsReported();
    void cleanupReducesConfetti();
    void htmlEscapesAndPrints();
    void markup();
    void storedTokensGiveTheSameDiff();
    void sequenceDiffIsMinimal();
    void sequenceDiffGivesUpOnlyWhenHopeless();
};

void TestWordDiff::cases_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("ignorePunctuation");
    QTest::addColumn<QString>("expectedKinds"); // = equal + insert - delete ~ replace # number m moved
    QTest::addColumn<QString>("changedLeft");   // left text of the non-equal chunks, joined by |
    QTest::addColumn<QString>("changedRight");

    QTest::newRow("identical") << u"全市生产总值增长9.1%。"_s << u"全市生产总值增长9.1%。"_s << false << u"="_s
                               << QString() << QString();
    QTest::newRow("both empty") << QString() << QString() << false << QString() << QString() << QString();
    QTest::newRow("pure insertion")
        << u"推进乡村振兴。加强生态保护。"_s << u"推进乡村振兴。深化改革开放。加强生态保护。"_s << false << u"=+="_s
        << u""_s << u"深化改革开放。"_s;
    QTest::newRow("pure deletion at the end") << u"推进乡村振兴。加强生态保护。"_s << u"推进乡村振兴。"_s << false
                                              << u"=-"_s << u"加强生态保护。"_s << u""_s;
    QTest::newRow("number change") << u"地区生产总值增长8%左右。"_s << u"地区生产总值增长7%左右。"_s << false
                                   << u"=#="_s << u"8%"_s << u"7%"_s;
    QTest::newRow("number with unit") << u"投入13.23亿元,保障农业"_s << u"投入15亿元,保障农业"_s << false << u"=#="_s
                                      << u"13.23亿元"_s << u"15亿元"_s;
    QTest::newRow("punctuation variant, option off") << u"一年来,我们坚持改革(试点)。"_s
                                                     << u"一年来，我们坚持改革（试点）。"_s << false << u"=~=~=~="_s
                                                     << u",|(|)"_s << u"，|（|）"_s;
    QTest::newRow("punctuation variant, option on") << u"一年来,我们坚持改革(试点)。"_s
                                                    << u"一年来，我们坚持改革（试点）。"_s << true << u"="_s << QString()
                                                    << QString();
    QTest::newRow("whitespace ignored") << u"增长 8%,\n推进改革"_s << u"增长8%,推进改革"_s << false << u"="_s
                                        << QString() << QString();
    QTest::newRow("whole word replaced, not characters") << u"坚持稳中求进工作总基调"_s << u"坚持稳中有进工作总基调"_s
                                                         << false << u"=~="_s << u"稳中求进"_s << u"稳中有进"_s;
}

void TestWordDiff::cases()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, ignorePunctuation);
    QFETCH(QString, expectedKinds);
    QFETCH(QString, changedLeft);
    QFETCH(QString, changedRight);
    DiffOptions options;
    options.ignorePunctuationVariants = ignorePunctuation;
    const WordDiff diff = diffTexts(left, right, options);
    QVERIFY(coversBoth(diff, left, right));
    QCOMPARE(kinds(diff), expectedKinds);
    QStringList l;
    QStringList r;
    for (const DiffChunk &chunk : diff.chunks) {
        if (chunk.kind == DiffKind::Equal)
            continue;
        l << side(left, chunk, 0);
        r << side(right, chunk, 1);
    }
    QCOMPARE(l.join(u'|'), changedLeft);
    QCOMPARE(r.join(u'|'), changedRight);
    QCOMPARE(diff.isIdentical(), expectedKinds == u"="_s || expectedKinds.isEmpty());
    QVERIFY(!diff.approximate);
}

void TestWordDiff::changedNumberIsOneChange()
{
    const QString left = u"2024年全市生产总值增长9.1%,规上工业增加值增长23.1%,固定资产投资增长28.8%。"_s;
    const QString right = u"2025年全市生产总值增长6.5%,规上工业增加值增长23.1%,固定资产投资增长10%。"_s;
    const WordDiff diff = diffTexts(left, right);
    QVERIFY(coversBoth(diff, left, right));
    QCOMPARE(diff.count(DiffKind::ChangedNumber), 3);
    QCOMPARE(int(diff.chunks.size()) - diff.count(DiffKind::Equal), 3); // nothing else changed
}

void TestWordDiff::movedSentenceIsPaired()
{
    const QString left = u"全面推进乡村振兴战略实施。加快建设现代化产业体系。持续改善生态环境质量。"_s;
    const QString right = u"加快建设现代化产业体系。持续改善生态环境质量。全面推进乡村振兴战略实施。"_s;
    const WordDiff diff = diffTexts(left, right);
    QVERIFY(coversBoth(diff, left, right));
    QVERIFY2(diff.count(DiffKind::Moved) == 2, qPrintable(kinds(diff) + u' ' + renderDiffMarkup(left, right, diff)));
    QVERIFY2(diff.count(DiffKind::Delete) + diff.count(DiffKind::Insert) + diff.count(DiffKind::Replace) == 0,
             qPrintable(kinds(diff) + u' ' + renderDiffMarkup(left, right, diff)));
    for (const DiffChunk &chunk : diff.chunks) {
        if (chunk.kind != DiffKind::Moved)
            continue;
        const DiffChunk &other = diff.chunks[size_t(chunk.partner)];
        const QString text = chunk.spans[0].isEmpty() ? side(right, chunk, 1) : side(left, chunk, 0);
        const QString otherText = other.spans[0].isEmpty() ? side(right, other, 1) : side(left, other, 0);
        QCOMPARE(text, otherText);
        QCOMPARE(text, u"全面推进乡村振兴战略实施。"_s);
    }
    DiffOptions noMoves;
    noMoves.detectMoves = false;
    QCOMPARE(diffTexts(left, right, noMoves).count(DiffKind::Moved), 0);
}

void TestWordDiff::differentTexts()
{
    const QString left = u"坚决维护社会稳定,严厉打击违法犯罪活动。"_s;
    const QString right = u"大力发展葡萄产业,提高农民收入水平。"_s;
    const WordDiff diff = diffTexts(left, right);
    QVERIFY(coversBoth(diff, left, right));
    qsizetype equalChars = 0;
    for (const DiffChunk &chunk : diff.chunks) {
        if (chunk.kind == DiffKind::Equal)
            equalChars += chunk.spans[0].length();
    }
    QVERIFY2(equalChars <= 2, qPrintable(kinds(diff))); // at most the shared punctuation
    QVERIFY(diff.chunks.size() <= 4);                   // one replacement, not confetti
    QVERIFY(!diff.approximate);
}

void TestWordDiff::budgetFallbackIsReported()
{
    QString left;
    QString right;
    for (int i = 0; i < 400; ++i) {
        left += u"甲%1乙,"_s.arg(i * 7 % 13);
        right += u"丙%1丁,"_s.arg(i * 5 % 11);
    }
    DiffOptions tight;
    tight.myersBudget = 50;
    const WordDiff diff = diffTexts(left, right, tight);
    QVERIFY(coversBoth(diff, left, right));
    QVERIFY(diff.approximate);
    QVERIFY(diff.approximateRegions > 0);
    const WordDiff full = diffTexts(left, right);
    QVERIFY(!full.approximate);
}

void TestWordDiff::cleanupReducesConfetti()
{
    const QString left = u"我们要坚持以人民为中心的发展思想,着力解决群众急难愁盼问题"_s;
    const QString right = u"必须始终把人民放在心上的工作理念,切实办好群众关心关切实事"_s;
    DiffOptions raw;
    raw.semanticCleanup = false;
    raw.detectMoves = false;
    const WordDiff confetti = diffTexts(left, right, raw);
    const WordDiff clean = diffTexts(left, right);
    QVERIFY(coversBoth(clean, left, right));
    QVERIFY2(clean.chunks.size() < confetti.chunks.size(), qPrintable(kinds(confetti) + u" → "_s + kinds(clean)));
}

void TestWordDiff::htmlEscapesAndPrints()
{
    const QString left = u"<script>alert(\"x\")</script> & 增长8%。\n第二段相同。"_s;
    const QString right = u"<b>粗体</b> & 增长7%。\n第二段相同。"_s;
    const WordDiff diff = diffTexts(left, right);
    DiffHtmlLabels labels;
    labels.title = u"标题 <i>"_s;
    const QString html = renderDiffHtml(left, right, diff, labels);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(!html.contains(u"<i>"_s));
    QVERIFY(html.contains(u"&lt;"_s) && html.contains(u"&quot;x&quot;"_s) && html.contains(u"&amp;"_s));
    QVERIFY(html.contains(u"@media print"_s));
    QVERIFY(html.contains(u"class=\"num-old\""_s));
    QVERIFY(html.contains(u"第二段相同。"_s));
    QVERIFY(!html.contains(u"http"_s)); // self-contained: nothing fetched
    QCOMPARE(html.count(u"<tr"_s), 3);  // header + two synchronised paragraph rows
}

void TestWordDiff::markup()
{
    const QString left = u"增长8%左右,推进改革。"_s;
    const QString right = u"增长7%左右,深化改革。"_s;
    const QString markup = renderDiffMarkup(left, right, diffTexts(left, right));
    QCOMPARE(markup, u"增长[#8%→7%#]左右,[-推进-]{+深化+}改革。"_s);
}

// Sections of library documents are diffed on their stored segmentation: the same diff as
// segmenting the texts.
void TestWordDiff::storedTokensGiveTheSameDiff()
{
    const QString left = u"一、工作回顾\n地区生产总值增长6.1%，规上工业增加值增长8%左右。推进改革。\n二、今年安排\n稳就业。"_s;
    const QString right = u"一、工作回顾\n地区生产总值增长5.8%，推进改革。规上工业增加值增长7%左右。\n二、今年安排\n稳就业，保民生。"_s;
    const TokenStarts leftStarts = TokenStarts::compute(left);
    const TokenStarts rightStarts = TokenStarts::compute(right);
    const WordDiff stored = diffTexts(TokenizedText{left, leftStarts.tokens(left)}, TokenizedText{right, rightStarts.tokens(right)});
    const WordDiff segmented = diffTexts(left, right);
    QVERIFY(coversBoth(stored, left, right));
    QCOMPARE(kinds(stored), kinds(segmented));
    QVERIFY(stored.chunks == segmented.chunks);
    QCOMPARE(stored.count(DiffKind::ChangedNumber), 2);
    // A section of each: spans index the section's text.
    const qsizetype l = left.indexOf(u"二、"), r = right.indexOf(u"二、");
    const QStringView leftSection = QStringView(left).mid(l), rightSection = QStringView(right).mid(r);
    const WordDiff section = diffTexts(TokenizedText{leftSection, leftStarts.tokens(left, l, left.size())},
                                       TokenizedText{rightSection, rightStarts.tokens(right, r, right.size())});
    QVERIFY(coversBoth(section, leftSection, rightSection));
    QVERIFY(section.chunks == diffTexts(leftSection, rightSection).chunks);
}

// The edit script is valid, with the patience split or without, and without it as short as
// possible; keys of any size give the same script as small ones.
void TestWordDiff::sequenceDiffIsMinimal()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 300; ++round) {
        const int alphabet = 2 + int(random.bounded(30));
        const std::vector<quint32> a = randomSequence(random, int(random.bounded(160)), alphabet);
        std::vector<quint32> b = a;
        for (int e = int(random.bounded(40)); e > 0 && !b.empty(); --e) {
            const size_t at = size_t(random.bounded(int(b.size())));
            if (random.bounded(2))
                b.erase(b.begin() + qsizetype(at));
            else
                b.insert(b.begin() + qsizetype(at), quint32(random.bounded(alphabet)));
        }
        if (round % 3 == 0)
            b = randomSequence(random, int(random.bounded(160)), alphabet);
        // Myers alone is minimal; splitting on unique elements first (patience) need not be.
        SequenceDiffLimits myersOnly;
        myersOnly.anchorThreshold = 1'000'000;
        const SequenceDiffResult result = sequenceDiff(a, b, myersOnly);
        qsizetype edits = 0;
        QCOMPARE(apply(a, b, result.ops, edits), b);
        QCOMPARE(result.approximateRegions, 0);
        QCOMPARE(edits, qsizetype(a.size() + b.size()) - 2 * lcsLength(a, b));
        SequenceDiffLimits patience;
        patience.anchorThreshold = 16;
        const SequenceDiffResult split = sequenceDiff(a, b, patience);
        QCOMPARE(apply(a, b, split.ops, edits), b);
        // Large keys are renumbered: the same scripts.
        std::vector<quint32> bigA = a, bigB = b;
        for (quint32 &x : bigA)
            x = x * 2654435761u + 0x80000000u;
        for (quint32 &x : bigB)
            x = x * 2654435761u + 0x80000000u;
        QVERIFY(sequenceDiff(bigA, bigB, myersOnly).ops == result.ops);
        QVERIFY(sequenceDiff(bigA, bigB, patience).ops == split.ops);
    }
}

// A region is given up without searching only when no edit script could be found within the
// budget; whenever the shortest script is well within it, the diff is exact.
void TestWordDiff::sequenceDiffGivesUpOnlyWhenHopeless()
{
    QRandomGenerator random(7);
    int exact = 0;
    int givenUp = 0;
    for (int round = 0; round < 200; ++round) {
        const int length = 50 + int(random.bounded(300));
        const std::vector<quint32> a = randomSequence(random, length, 40);
        const std::vector<quint32> b = randomSequence(random, length, 40, quint32(random.bounded(30)));
        SequenceDiffLimits limits;
        limits.myersBudget = 100 + random.bounded(200'000);
        limits.anchorThreshold = 1'000'000; // one Myers region, no patience split
        const SequenceDiffResult result = sequenceDiff(a, b, limits);
        qsizetype edits = 0;
        QCOMPARE(apply(a, b, result.ops, edits), b);
        const qint64 shortest = qint64(a.size() + b.size()) - 2 * lcsLength(a, b);
        const qint64 rounds = shortest / 2 + 3; // the search meets in round ceil(D / 2) or before
        if (rounds * rounds <= limits.myersBudget) {
            QCOMPARE(result.approximateRegions, 0);
            QCOMPARE(edits, shortest);
            ++exact;
        }
        if (result.approximateRegions > 0)
            ++givenUp;
    }
    qInfo("%d exact within budget, %d given up", exact, givenUp);
    QVERIFY(exact > 20);
    QVERIFY(givenUp > 20);
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
