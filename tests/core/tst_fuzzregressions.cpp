#include "core/align/alignment.h"
#include "core/align/topicclassifier.h"
#include "core/diff/worddiff.h"
#include "core/document/metadataextractor.h"
#include "core/document/structureparser.h"
#include "core/import/docxreader.h"
#include "core/import/htmlextractor.h"
#include "core/import/importer.h"
#include "core/import/pdfextractor.h"
#include "core/import/textdecoder.h"
#include "core/indicators/indicatorextractor.h"
#include "core/text/normalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace parallax;

// Inputs the fuzz targets (fuzz/, scripts/fuzz.sh) crashed or hung on, and a few hostile seeds,
// replayed through the same entry points. A file tests/data/fuzz/<target>-<name> goes to fuzz_<target>'s
// entry point, split and flagged the same way; its row says what a sane result is.

namespace {

// Slow inputs are bugs too. Every file replays in a fraction of a second, also in Debug builds; the
// budget leaves ample room for busy or sanitized CI machines and still catches a return to
// super-linear behaviour (before their fixes the indicator inputs took 11 seconds each in Debug).
constexpr qint64 BudgetMs = 8000;

QString dataPath(const QString &file)
{
    return QStringLiteral(PARALLAX_TEST_DATA "/fuzz/") + file;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// As fuzz/fuzzinput.h: split at the first NUL byte, else in the middle.
std::pair<QByteArray, QByteArray> splitInTwo(const QByteArray &bytes)
{
    const qsizetype cut = bytes.indexOf('\0');
    if (cut < 0)
        return {bytes.first(bytes.size() / 2), bytes.sliced(bytes.size() / 2)};
    return {bytes.first(cut), bytes.sliced(cut + 1)};
}

Document parsedText(const QByteArray &bytes)
{
    Document document;
    document.text = normalizeDisplayText(QString::fromUtf8(bytes));
    document.sections = parseStructure(document.text);
    document.meta = inferMetadata(document.text, document.sections, u"report.txt");
    assignTopics(document);
    return document;
}

/// Section spans nest inside their parent and follow each other in order.
bool sectionsNested(const std::vector<Section> &sections, qsizetype from, qsizetype to)
{
    qsizetype previousEnd = from;
    for (const Section &section : sections) {
        if (!(previousEnd <= section.start && section.start <= section.bodyStart && section.bodyStart <= section.end
              && section.end <= to && section.level >= 1))
            return false;
        if (!sectionsNested(section.children, section.start, section.end))
            return false;
        previousEnd = section.end;
    }
    return true;
}

/// The chunks cover one side's text completely and in order.
bool chunksCover(const WordDiff &diff, DiffSide side, qsizetype length)
{
    qsizetype position = 0;
    for (const DiffChunk &chunk : diff.chunks) {
        if (chunk.spans[side].start != position || chunk.spans[side].end < position)
            return false;
        position = chunk.spans[side].end;
    }
    return position == length;
}

/// A file of tests/data/fuzz and what a sane result for it is.
struct Regression
{
    QString file;
    std::optional<ErrorCode> error; ///< the expected failure, or none: it must succeed
    qsizetype count = -1;           ///< on success: text length, sections, observations, chunks or matches
};

const std::vector<Regression> &regressions()
{
    static const std::vector<Regression> rows = {
        // Two zip64 entries declaring 2^62+ bytes each: the declared total overflowed qint64 (UB)
        // and, wrapped negative, passed the zip-bomb check.
        {u"docxreader-zip64-size-overflow"_s, ErrorCode::DocxTooLarge, -1},
        // 8,001 figures after one 分别 mention of two indicators: every observation copied the whole
        // 24,000-character quote and re-scanned its sentence (quadratic time, 780 MB).
        {u"indicatorextractor-long-series"_s, std::nullopt, 2 * 8001},
        // 4,000 mentions on one line without a full stop: each walked back to the line's start and
        // searched all of it for target cue words (quadratic).
        {u"indicatorextractor-no-full-stop"_s, std::nullopt, 4000},
        // 4,000 "GDP增长5%、" on one line (CI's fuzz session, 10 s timeout): each figure ran regular
        // expressions over the rest of the line, and QRegularExpression reads its whole subject on
        // every match (quadratic; 1.2 s alone, over 10 s under load). Checked for invariants and time.
        {u"indicatorextractor-regex-subjects"_s, std::nullopt, -1},

        // Hostile seeds that never failed, kept so each entry point has a replayed input.
        // 4,000 unclosed <div>s around one paragraph, deeper than ImportOptions::maxHtmlDepth: the
        // paragraph's 7 characters are still extracted.
        {u"htmlextractor-deep-nesting"_s, std::nullopt, 7},
        // The rest are checked for their invariants only (nested sections, chunks covering both
        // texts, matches in range), not for counts the heuristics may legitimately change.
        // Every heading system at once, in random order (12 KB).
        {u"structureparser-mixed-headings"_s, std::nullopt, -1},
        // Two unrelated 1,300-character texts of digits, ideographs and punctuation, all options on.
        {u"worddiff-unrelated-texts"_s, std::nullopt, -1},
        // 200 short numbered headings a side, N-way.
        {u"alignment-many-headings"_s, std::nullopt, -1},
    };
    return rows;
}

/// What an entry point made of a file: an error code, or a count (sections, observations, chunks…).
struct Outcome
{
    std::optional<ErrorCode> error;
    qsizetype count = 0;
};

template<typename T>
Outcome outcomeOf(const Result<T> &result, qsizetype count)
{
    if (!result)
        return {result.error().code, 0};
    return {std::nullopt, count};
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileHasARow();
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<ErrorCode>("code");   // when it fails
    QTest::addColumn<qsizetype>("count"); // when it succeeds, if not -1

    for (const Regression &regression : regressions()) {
        QTest::newRow(qPrintable(regression.file))
            << regression.file << !regression.error.has_value() << regression.error.value_or(ErrorCode::InvalidArgument)
            << regression.count;
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, file);
    QFETCH(bool, succeeds);
    QFETCH(ErrorCode, code);
    QFETCH(qsizetype, count);

    const QByteArray bytes = readFile(dataPath(file));
    QVERIFY2(!bytes.isEmpty(), qPrintable(dataPath(file)));
    const QString target = file.section(u'-', 0, 0);

    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    if (target == u"textdecoder") {
        const Result<DecodedText> decoded = decodeText(bytes);
        outcome = outcomeOf(decoded, decoded ? decoded->text.size() : 0);
    } else if (target == u"htmlextractor") {
        const Result<ExtractedText> extracted = extractHtml(bytes);
        outcome = outcomeOf(extracted, extracted ? extracted->text.size() : 0);
    } else if (target == u"docxreader") {
        const Result<ExtractedText> extracted = readDocx(bytes);
        outcome = outcomeOf(extracted, extracted ? extracted->text.size() : 0);
    } else if (target == u"pdfextractor") {
        const Result<ExtractedText> extracted = extractPdf(bytes);
        outcome = outcomeOf(extracted, extracted ? extracted->text.size() : 0);
    } else if (target == u"importer") {
        // The file's own name (and extension) is the path, as a dropped file's would be.
        const Result<Document> document = importBytes(bytes, dataPath(file));
        if (document)
            QVERIFY(sectionsNested(document->sections, 0, document->text.size()));
        outcome = outcomeOf(document, document ? qsizetype(document->sections.size()) : 0);
    } else if (target == u"structureparser") {
        const Document document = parsedText(bytes);
        QVERIFY(sectionsNested(document.sections, 0, document.text.size()));
        outcome.count = qsizetype(document.sections.size());
    } else if (target == u"indicatorextractor") {
        const Document document = parsedText(bytes);
        const std::vector<Observation> observations = extractIndicators(document);
        for (const Observation &observation : observations)
            QVERIFY(observation.start <= observation.end && observation.end <= document.text.size());
        outcome.count = qsizetype(observations.size());
    } else if (target == u"worddiff") {
        // As fuzz_worddiff: the first byte holds the options.
        DiffOptions options;
        const auto flags = uchar(bytes.front());
        options.ignorePunctuationVariants = flags & 1;
        options.ignoreWhitespace = flags & 2;
        options.semanticCleanup = flags & 4;
        options.detectNumbers = flags & 8;
        options.detectMoves = flags & 16;
        const auto [leftBytes, rightBytes] = splitInTwo(bytes.sliced(1));
        const QString left = QString::fromUtf8(leftBytes);
        const QString right = QString::fromUtf8(rightBytes);
        const WordDiff diff = diffTexts(left, right, options);
        QVERIFY(chunksCover(diff, LeftSide, left.size()));
        QVERIFY(chunksCover(diff, RightSide, right.size()));
        outcome.count = qsizetype(diff.chunks.size());
    } else if (target == u"alignment") {
        // As fuzz_alignment: the first byte holds depth, cross-role matching and pair or N-way.
        const auto flags = uchar(bytes.front());
        AlignOptions options;
        options.parallel = false;
        options.depth = AlignDepth(flags % 3);
        options.crossRoles = flags & 4;
        const auto [leftBytes, rightBytes] = splitInTwo(bytes.sliced(1));
        const std::vector<Document> documents = {parsedText(leftBytes), parsedText(rightBytes)};
        if (flags & 8) {
            const AlignmentMatrix matrix = alignDocuments(documents, options);
            for (const AlignmentRow &row : matrix.rows) {
                QCOMPARE(row.cells.size(), documents.size());
                for (std::size_t d = 0; d < row.cells.size(); ++d)
                    QVERIFY(!row.cells[d] || std::size_t(row.cells[d]->unit) < matrix.units[d].size());
            }
            outcome.count = qsizetype(matrix.rows.size());
        } else {
            const PairAlignment pair = alignPair(documents[0], documents[1], options);
            for (const SectionMatch &match : pair.matches) {
                QVERIFY(match.left >= 0 && std::size_t(match.left) < pair.left.size());
                QVERIFY(match.right >= 0 && std::size_t(match.right) < pair.right.size());
            }
            outcome.count = qsizetype(pair.matches.size());
        }
    } else {
        QFAIL(qPrintable(u"no fuzz target named %1"_s.arg(target)));
    }
    const qint64 elapsed = timer.elapsed();

    if (succeeds) {
        QVERIFY2(!outcome.error, qPrintable(u"failed with error code %1"_s.arg(int(outcome.error.value_or(code)))));
        if (count >= 0)
            QCOMPARE(outcome.count, count);
    } else {
        QVERIFY2(outcome.error, "succeeded");
        QCOMPARE(int(*outcome.error), int(code));
    }
    QVERIFY2(elapsed < BudgetMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

void TestFuzzRegressions::everyFileHasARow()
{
    // A regression input without a row would never be replayed.
    QStringList listed;
    for (const Regression &regression : regressions())
        listed.append(regression.file);
    listed.sort();
    QCOMPARE(QDir(dataPath({})).entryList(QDir::Files, QDir::Name), listed);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
