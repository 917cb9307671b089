#include "core/align/alignment.h"
#include "tests/core/alignfixture.h"

#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::testing;

namespace {

struct Expected
{
    std::set<std::pair<int, int>> sure;
    std::set<std::pair<int, int>> possible;
};

struct Score
{
    int predicted = 0;
    int correct = 0;     // predicted pairs that are sure or possible
    int sureFound = 0;
    int sure = 0;
};

Score g_total;

QString describe(const PairAlignment &alignment, const std::pair<int, int> &pair)
{
    return alignment.left[size_t(pair.first)].heading.left(16) + u" ↔ "_s
        + alignment.right[size_t(pair.second)].heading.left(16);
}

} // namespace

class TestAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectedPairs_data();
    void expectedPairs();
    void overall();
    void matchScores_data();
    void matchScores();
    void rolesStayApart();
    void unitLimit();
    void nwayStableWhenAdding();
    void nwayShape();
};

void TestAlignment::expectedPairs_data()
{
    QTest::addColumn<QString>("leftFile");
    QTest::addColumn<QString>("rightFile");
    QTest::addColumn<double>("minPrecision");
    QTest::addColumn<double>("minRecall");
    QSet<QString> seen;
    for (const QStringList &row : readTsv(QStringLiteral(PARALLAX_TEST_DATA) + u"/align/expected-pairs.tsv"_s)) {
        const QString key = row.value(0) + u" vs "_s + row.value(2);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QTest::newRow(qPrintable(key)) << row.value(0) << row.value(2) << 0.75 << 0.75;
    }
}

void TestAlignment::expectedPairs()
{
    QFETCH(QString, leftFile);
    QFETCH(QString, rightFile);
    QFETCH(double, minPrecision);
    QFETCH(double, minRecall);
    const Document &left = sample(leftFile);
    const Document &right = sample(rightFile);
    QVERIFY(!left.sections.empty() && !right.sections.empty());
    AlignOptions options;
    if (qEnvironmentVariableIsSet("ALIGN_THRESHOLD"))
        options.threshold = qEnvironmentVariable("ALIGN_THRESHOLD").toDouble();
    if (qEnvironmentVariableIsSet("ALIGN_SPLIT"))
        options.splitRatio = qEnvironmentVariable("ALIGN_SPLIT").toDouble();
    if (qEnvironmentVariableIsSet("ALIGN_CROSS"))
        options.crossingThreshold = qEnvironmentVariable("ALIGN_CROSS").toDouble();
    if (qEnvironmentVariableIsSet("ALIGN_HEADING"))
        options.headingWeight = qEnvironmentVariable("ALIGN_HEADING").toDouble();
    // The expected pairs cover the second-level sections; opening remarks (level-1 leaves) are
    // aligned too but are outside what was labelled.
    options.includeOpening = false;
    const PairAlignment alignment = alignPair(left, right, options);

    Expected expected;
    for (const QStringList &row : readTsv(QStringLiteral(PARALLAX_TEST_DATA) + u"/align/expected-pairs.tsv"_s)) {
        if (row.value(0) != leftFile || row.value(2) != rightFile)
            continue;
        const int l = unitByHeading(alignment.left, row.value(1));
        const int r = unitByHeading(alignment.right, row.value(3));
        QVERIFY2(l >= 0, qPrintable(u"left heading not unique or missing: "_s + row.value(1)));
        QVERIFY2(r >= 0, qPrintable(u"right heading not unique or missing: "_s + row.value(3)));
        (row.value(4) == u"sure"_s ? expected.sure : expected.possible).insert({l, r});
    }
    Score score;
    score.sure = int(expected.sure.size());
    for (const SectionMatch &match : alignment.matches) {
        const std::pair<int, int> pair{match.left, match.right};
        ++score.predicted;
        const bool sure = expected.sure.count(pair) > 0;
        if (sure || expected.possible.count(pair)) {
            ++score.correct;
            score.sureFound += sure;
        } else {
            qInfo().noquote() << "  extra:" << describe(alignment, pair) << QString::number(match.score, 'f', 3);
        }
    }
    for (const auto &pair : expected.sure) {
        const bool found = std::any_of(alignment.matches.begin(), alignment.matches.end(),
                                       [&](const SectionMatch &m) { return m.left == pair.first && m.right == pair.second; });
        if (!found)
            qInfo().noquote() << "  missed:" << describe(alignment, pair)
                              << QString::number(alignment.scores[size_t(pair.first)][size_t(pair.second)], 'f', 3);
    }
    const double precision = score.predicted ? double(score.correct) / score.predicted : 1.0;
    const double recall = score.sure ? double(score.sureFound) / score.sure : 1.0;
    qInfo("precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, score.correct, score.predicted, recall,
          score.sureFound, score.sure);
    g_total.predicted += score.predicted;
    g_total.correct += score.correct;
    g_total.sure += score.sure;
    g_total.sureFound += score.sureFound;
    QVERIFY2(precision >= minPrecision, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= minRecall, qPrintable(QString::number(recall)));
}

void TestAlignment::overall()
{
    QVERIFY(g_total.predicted > 0);
    const double precision = double(g_total.correct) / g_total.predicted;
    const double recall = double(g_total.sureFound) / g_total.sure;
    qInfo("overall: precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, g_total.correct, g_total.predicted,
          recall, g_total.sureFound, g_total.sure);
    QVERIFY(precision >= 0.85);
    QVERIFY(recall >= 0.85);
}

void TestAlignment::matchScores_data()
{
    using Matrix = std::vector<std::vector<double>>;
    QTest::addColumn<Matrix>("scores");
    QTest::addColumn<QString>("expected"); // "left-right:kind" sorted, space separated

    QTest::newRow("diagonal") << Matrix{{0.9, 0.1, 0.0}, {0.1, 0.8, 0.1}, {0.0, 0.1, 0.7}} << u"0-0:o 1-1:o 2-2:o"_s;
    QTest::newRow("below threshold: nothing forced") << Matrix{{0.05, 0.02}, {0.01, 0.04}} << QString();
    QTest::newRow("gap on the right") << Matrix{{0.9, 0.05, 0.0}, {0.0, 0.1, 0.8}} << u"0-0:o 1-2:o"_s;
    QTest::newRow("crossing: swapped sections")
        << Matrix{{0.9, 0.0, 0.0}, {0.0, 0.0, 0.7}, {0.0, 0.6, 0.0}} << u"0-0:o 1-2:o 2-1:x"_s;
    QTest::newRow("one-to-many: left splits what right keeps together")
        << Matrix{{0.6, 0.0}, {0.5, 0.0}, {0.0, 0.8}} << u"0-0:o 1-0:s 2-1:o"_s;
    QTest::newRow("weak second partner is not a split")
        << Matrix{{0.8, 0.0}, {0.2, 0.0}, {0.0, 0.8}} << u"0-0:o 2-1:o"_s;
}

void TestAlignment::matchScores()
{
    using Matrix = std::vector<std::vector<double>>;
    QFETCH(Matrix, scores);
    QFETCH(QString, expected);
    AlignOptions options;
    options.relativeScores = false;
    options.threshold = 0.15;
    options.crossingThreshold = 0.3;
    options.splitRatio = 0.55;
    QStringList got;
    for (const SectionMatch &match : parallax::matchScores(scores, options)) {
        const QChar kind = match.kind == MatchKind::InOrder ? u'o' : match.kind == MatchKind::Crossing ? u'x' : u's';
        got << u"%1-%2:%3"_s.arg(match.left).arg(match.right).arg(kind);
    }
    QCOMPARE(got.join(u' '), expected);
}

// Alignment is O(n·m): a document with more units than AlignOptions::maxUnits has only its first
// ones aligned, and the result says how many were left out.
void TestAlignment::unitLimit()
{
    const Document &a = sample(u"turpan_2025_work-report.txt"_s);
    const Document &b = sample(u"huyanghe_2025_work-report.txt"_s);
    AlignOptions options;
    options.depth = AlignDepth::Paragraphs;
    const PairAlignment full = alignPair(a, b, options);
    QVERIFY(full.left.size() > 20 && full.right.size() > 20);
    QCOMPARE(full.unitsLeftOut[0], 0);
    QCOMPARE(full.unitsLeftOut[1], 0);

    options.maxUnits = 20;
    const PairAlignment limited = alignPair(a, b, options);
    QCOMPARE(limited.left.size(), size_t(20));
    QCOMPARE(limited.right.size(), size_t(20));
    QCOMPARE(limited.unitsLeftOut[0], int(full.left.size()) - 20);
    QCOMPARE(limited.unitsLeftOut[1], int(full.right.size()) - 20);
    QCOMPARE(limited.scores.size(), size_t(20));
    for (const SectionMatch &match : limited.matches)
        QVERIFY(match.left < 20 && match.right < 20);

    const AlignmentMatrix matrix = alignDocuments({a, b, a}, options);
    QCOMPARE(matrix.unitsLeftOut, (std::vector<int>{limited.unitsLeftOut[0], limited.unitsLeftOut[1], limited.unitsLeftOut[0]}));
    for (const auto &units : matrix.units)
        QCOMPARE(units.size(), size_t(20));
}

void TestAlignment::rolesStayApart()
{
    const Document &a = sample(u"turpan_2025_work-report.txt"_s);
    const Document &b = sample(u"urumqi_2023_work-report.txt"_s);
    const PairAlignment strict = alignPair(a, b);
    int crossing = 0;
    for (const SectionMatch &m : strict.matches) {
        const bool reviewLeft = strict.left[size_t(m.left)].role == SectionRole::Review;
        const bool reviewRight = strict.right[size_t(m.right)].role == SectionRole::Review;
        crossing += reviewLeft != reviewRight;
    }
    QCOMPARE(crossing, 0);
    AlignOptions loose;
    loose.crossRoles = true;
    const PairAlignment mixed = alignPair(a, b, loose);
    QVERIFY(!mixed.matches.empty());
    double best = 0;
    for (size_t i = 0; i < mixed.left.size(); ++i) {
        for (size_t j = 0; j < mixed.right.size(); ++j) {
            if ((mixed.left[i].role == SectionRole::Review) != (mixed.right[j].role == SectionRole::Review))
                best = std::max(best, mixed.scores[i][j]);
        }
    }
    QVERIFY2(best > 0, "with crossRoles, review × plan pairs are scored");
}

void TestAlignment::nwayStableWhenAdding()
{
    const std::vector<Document> three{sample(u"turpan_2025_work-report.txt"_s), sample(u"huyanghe_2025_work-report.txt"_s),
                                      sample(u"xinjiang_2025_work-report-summary.txt"_s)};
    std::vector<Document> four = three;
    four.push_back(sample(u"urumqi_2023_work-report.txt"_s));
    const AlignmentMatrix before = alignDocuments(three);
    const AlignmentMatrix after = alignDocuments(four);
    auto tuples = [](const AlignmentMatrix &matrix) {
        std::set<std::vector<int>> out;
        for (const AlignmentRow &row : matrix.rows) {
            std::vector<int> tuple;
            bool any = false;
            for (int d = 0; d < 3; ++d) {
                tuple.push_back(row.cells[size_t(d)] ? row.cells[size_t(d)]->unit : -1);
                any = any || row.cells[size_t(d)].has_value();
            }
            if (any)
                out.insert(tuple);
        }
        return out;
    };
    QCOMPARE(tuples(after), tuples(before));
    for (int l = 0; l < 3; ++l) {
        for (int r = l + 1; r < 3; ++r)
            QCOMPARE(matrixPairs(after, l, r), matrixPairs(before, l, r));
    }
}

void TestAlignment::nwayShape()
{
    const std::vector<Document> documents{sample(u"turpan_2025_work-report.txt"_s),
                                          sample(u"huyanghe_2025_work-report.txt"_s),
                                          sample(u"xinjiang_2025_work-report-summary.txt"_s)};
    const AlignmentMatrix matrix = alignDocuments(documents);
    QCOMPARE(matrix.units.size(), size_t(3));
    std::vector<std::set<int>> placed(3);
    int full = 0;
    for (const AlignmentRow &row : matrix.rows) {
        QCOMPARE(row.cells.size(), size_t(3));
        int filled = 0;
        for (int d = 0; d < 3; ++d) {
            if (row.cells[size_t(d)]) {
                QCOMPARE(row.cells[size_t(d)]->document, d);
                placed[size_t(d)].insert(row.cells[size_t(d)]->unit);
                ++filled;
            }
        }
        QVERIFY(filled > 0);
        full += filled == 3;
        QVERIFY(!row.topic.isEmpty());
    }
    for (int d = 0; d < 3; ++d)
        QCOMPARE(placed[size_t(d)].size(), matrix.units[size_t(d)].size()); // every unit appears
    qInfo("%zu rows, %d with all three documents", matrix.rows.size(), full);
    QVERIFY(full >= 8);
}

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
