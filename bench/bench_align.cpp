// Alignment and diff benchmark: tokenizer throughput, pairwise and N-way alignment, word diff on
// sections, whole reports and unrelated long texts, and the same diffs with
// `git diff --no-index --word-diff` for comparison. Not a ctest. Run from a Release build.

#include "core/align/alignment.h"
#include "core/diff/worddiff.h"
#include "core/import/importer.h"
#include "core/store/librarystore.h"
#include "core/text/tokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Median wall time in milliseconds of `runs` calls.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

Document load(const QString &name)
{
    auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
    if (!document) {
        print(u"cannot import "_s + name);
        std::exit(2);
    }
    return *document;
}

// An edited copy, as between two drafts: figures changed, a sentence dropped, one moved, one added.
QString edit(const QString &text, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList sentences = text.split(u'。');
    for (QString &sentence : sentences) {
        if (random.bounded(6) == 0) {
            static const QRegularExpression figure(u"\\d+(\\.\\d+)?"_s);
            sentence.replace(figure, QString::number(random.bounded(100)));
        }
    }
    if (sentences.size() > 6) {
        sentences.removeAt(int(random.bounded(int(sentences.size()) - 1)));
        sentences.move(1, int(sentences.size()) - 2);
        sentences.insert(3, u"新增一句关于优化营商环境和扩大有效投资的表述"_s);
    }
    return sentences.join(u'。');
}

// A long text made of the other samples' sentences in a shuffled order (same register, unrelated).
QString unrelated(const QStringList &texts, qsizetype length, quint32 seed)
{
    QStringList sentences;
    for (const QString &text : texts)
        sentences += text.split(u'。', Qt::SkipEmptyParts);
    QRandomGenerator random(seed);
    std::shuffle(sentences.begin(), sentences.end(), std::mt19937(seed));
    QString out;
    while (out.size() < length)
        out += sentences[int(random.bounded(int(sentences.size())))] + u'。';
    return out.left(length);
}

double gitWordDiffMs(const QString &left, const QString &right, int runs)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.txt"_s);
    const QString b = dir.filePath(u"b.txt"_s);
    for (const auto &[path, text] : {std::pair{a, left}, std::pair{b, right}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(text.toUtf8());
    }
    bool ok = true;
    const double ms = medianMs(runs, [&] {
        QProcess git;
        // Character-level words: git's default splits on whitespace, which Chinese has none of.
        git.start(u"git"_s, {u"diff"_s, u"--no-index"_s, u"--word-diff=porcelain"_s,
                             u"--word-diff-regex=[^[:space:]]"_s, a, b});
        ok = git.waitForFinished(60000) && ok;
        (void)git.readAllStandardOutput();
    });
    return ok ? ms : -1;
}

// `bench_align diff <words>` runs only the diff rows whose name contains <words> (for profiling).
QString g_rowFilter;

// A piece of a document to diff: the text as stored in a library and [from, to) within it.
struct Piece
{
    QString text;
    qsizetype from = 0;
    qsizetype to = -1;
    [[nodiscard]] QStringView view() const { return QStringView(text).mid(from, (to < 0 ? text.size() : to) - from); }
};

// The document as a comparison gets it: imported into a library (which stores its segmentation)
// and loaded back.
Document throughLibrary(LibraryStore &store, const QString &text)
{
    Document document;
    document.text = text;
    document.meta.title = u"bench"_s;
    document.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    auto id = store.addDocument(document);
    if (!id && id.error().code == ErrorCode::Duplicate)
        id = id.error().detail.toLongLong();
    auto loaded = id ? store.document(*id) : tl::unexpected(id.error());
    if (!loaded || loaded->tokenStarts.isEmpty()) {
        print(u"cannot store and load a document: "_s + (loaded ? u"no token starts"_s : loaded.error().detail));
        std::exit(2);
    }
    return *std::move(loaded);
}

void diffRow(LibraryStore &store, const QString &name, const Piece &left, const Piece &right, int runs, double limitMs)
{
    if (!name.contains(g_rowFilter))
        return;
    // Library: the documents' segmentation stored at import, as a comparison of library documents
    // diffs their sections (tokens restored from it, nothing segmented). Cold: both texts segmented
    // anew (texts from elsewhere). Warm: tokens from the tokenizer's cache, as when the same text
    // is diffed again.
    const Document leftDocument = throughLibrary(store, left.text);
    const Document rightDocument = throughLibrary(store, right.text);
    const QStringView l = left.view();
    const QStringView r = right.view();
    WordDiff result;
    const double library = medianMs(runs, [&] {
        Tokenizer::instance().clearCache();
        result = diffTexts(TokenizedText{l, leftDocument.tokenStarts.tokens(leftDocument.text, left.from, left.from + l.size())},
                           TokenizedText{r, rightDocument.tokenStarts.tokens(rightDocument.text, right.from, right.from + r.size())});
    });
    const WordDiff fromLibrary = result;
    const double cold = medianMs(runs, [&] {
        Tokenizer::instance().clearCache();
        result = diffTexts(l, r);
    });
    const double warm = medianMs(runs, [&] { result = diffTexts(l, r); });
    if (fromLibrary.chunks != result.chunks)
        print(u"  (the stored segmentation gave a different diff from segmenting anew)"_s);
    const double git = gitWordDiffMs(l.toString(), r.toString(), std::max(1, runs / 4));
    int changes = 0;
    for (const DiffChunk &chunk : result.chunks)
        changes += chunk.kind != DiffKind::Equal;
    auto verdict = [limitMs](double ms) { return ms <= limitMs ? u"OK"_s : u"OVER"_s; };
    print(
        u"%1 %2 × %3 chars: library %4 ms %5, cold %6 ms, warm %7 ms (limit %8 ms) | %9 changes, %10 changed figures, %11 moved%12 | git word-diff %13 ms, git/parallax %14 (library), %15 (cold)"_s
            .arg(name, -28)
            .arg(l.size())
            .arg(r.size())
            .arg(library, 0, 'f', 2)
            .arg(verdict(library))
            .arg(cold, 0, 'f', 2)
            .arg(warm, 0, 'f', 2)
            .arg(limitMs, 0, 'f', 0)
            .arg(changes)
            .arg(result.count(DiffKind::ChangedNumber))
            .arg(result.count(DiffKind::Moved) / 2)
            .arg(result.approximate ? u" (APPROXIMATE in %1 regions)"_s.arg(result.approximateRegions)
                                    : QString())
            .arg(git, 0, 'f', 1)
            .arg(git > 0 ? git / library : 0.0, 0, 'f', 1)
            .arg(git > 0 ? git / cold : 0.0, 0, 'f', 1));
}

struct Samples
{
    Document turpan;
    Document huyanghe;
    Document xinjiang;
    Document urumqi;
    Document changji;
};

void benchTokenizer(const Samples &samples)
{
    const auto &[turpan, huyanghe, xinjiang, urumqi, changji] = samples;
    // Tokenizer.
    QString big;
    while (big.size() < 2'000'000)
        big += changji.text;
    (void)Tokenizer::instance().tokenize(u"预热"_s);
    const double tokenMs = medianMs(3, [&] { (void)Tokenizer::instance().tokenize(big); });
    const double mb = big.toUtf8().size() / 1e6;
    print(u"tokenizer: %1 MB UTF-8 in %2 ms = %3 MB/s (target ~10)"_s.arg(mb, 0, 'f', 1)
              .arg(tokenMs, 0, 'f', 0)
              .arg(mb / (tokenMs / 1e3), 0, 'f', 1));
    const QString report = turpan.text;
    const double reportTokenMs = medianMs(10, [&] {
        Tokenizer::instance().clearCache();
        (void)Tokenizer::instance().tokenize(report);
    });
    print(u"tokenizer: one report (%1 chars) %2 ms"_s.arg(report.size()).arg(reportTokenMs, 0, 'f', 1));
}

void benchAlignment(const Samples &samples)
{
    const auto &[turpan, huyanghe, xinjiang, urumqi, changji] = samples;
    // Alignment.
    AlignOptions options;
    (void)alignPair(turpan, huyanghe, options);
    const double pairMs = medianMs(20, [&] { (void)alignPair(turpan, huyanghe, options); });
    print(u"align pair turpan × huyanghe (second level): %1 ms (limit 20) %2"_s.arg(pairMs, 0, 'f', 2)
              .arg(pairMs <= 20 ? u"OK"_s : u"OVER"_s));
    const double pairUrumqiMs = medianMs(20, [&] { (void)alignPair(urumqi, turpan, options); });
    print(u"align pair urumqi × turpan: %1 ms"_s.arg(pairUrumqiMs, 0, 'f', 2));
    AlignOptions paragraphs = options;
    paragraphs.depth = AlignDepth::Paragraphs;
    const double paragraphMs = medianMs(5, [&] { (void)alignPair(turpan, huyanghe, paragraphs); });
    print(u"align pair turpan × huyanghe (paragraphs): %1 ms"_s.arg(paragraphMs, 0, 'f', 1));
    // 20 documents: the four work reports five times each, with edited texts (structure kept).
    std::vector<Document> twenty;
    const Document *bases[] = {&turpan, &huyanghe, &xinjiang, &urumqi};
    for (int i = 0; i < 20; ++i) {
        Document copy = *bases[i % 4];
        // Same length edits only, so section spans stay valid: figures replaced digit by digit.
        for (qsizetype c = 0; c < copy.text.size(); ++c) {
            if (copy.text[c].isDigit())
                copy.text[c] = QChar(u'0' + (copy.text[c].digitValue() + i) % 10);
        }
        twenty.push_back(std::move(copy));
    }
    AlignmentMatrix matrix;
    const double matrixMs = medianMs(3, [&] { matrix = alignDocuments(twenty, options); });
    print(u"align 20 documents: %1 ms (limit 1000) %2, %3 rows"_s.arg(matrixMs, 0, 'f', 1)
              .arg(matrixMs <= 1000 ? u"OK"_s : u"OVER"_s)
              .arg(matrix.rows.size()));
    std::vector<Document> fourRegions{turpan, huyanghe, xinjiang, urumqi};
    const double fourMs = medianMs(5, [&] { (void)alignDocuments(fourRegions, options); });
    print(u"align 4 different reports: %1 ms"_s.arg(fourMs, 0, 'f', 1));
}

void benchDiff(const Samples &samples)
{
    const auto &[turpan, huyanghe, xinjiang, urumqi, changji] = samples;
    QTemporaryDir dir;
    auto store = LibraryStore::open(dir.filePath(u"bench.sqlite"_s));
    if (!store) {
        print(u"cannot open a library: "_s + store.error().detail);
        std::exit(2);
    }
    (void)diffTexts(u"预热"_s, u"预热"_s);
    const QString section = turpan.text.mid(turpan.text.size() / 3, 5000);
    diffRow(**store, u"5k section vs edited copy"_s, {section}, {edit(section, 1)}, 50, 2);
    const PairAlignment pair = alignPair(turpan, huyanghe, AlignOptions{});
    // The longest matched section pair, as the compare workspace diffs it: spans of the documents.
    Piece bestLeft{turpan.text, 0, 0};
    Piece bestRight{huyanghe.text, 0, 0};
    for (const SectionMatch &match : pair.matches) {
        const AlignUnit &l = pair.left[size_t(match.left)];
        const AlignUnit &r = pair.right[size_t(match.right)];
        if (l.end - l.start > bestLeft.to - bestLeft.from) {
            bestLeft = {turpan.text, l.start, l.end};
            bestRight = {huyanghe.text, r.start, r.end};
        }
    }
    diffRow(**store, u"aligned sections, 2 reports"_s, bestLeft, bestRight, 50, 2);
    // Whole reports: the plan's first 60,000 characters (repeating a sample would leave no token
    // unique, which is not what real reports look like).
    const QString sixty = changji.text.left(60'000);
    diffRow(**store, u"60k report vs edited copy"_s, {sixty}, {edit(sixty, 2)}, 10, 50);
    const QString otherSixty = turpan.text + huyanghe.text + urumqi.text + xinjiang.text;
    diffRow(**store, u"60k report vs another report"_s, {sixty}, {otherSixty.left(60'000)}, 10, 50);
    QString longLeft;
    while (longLeft.size() < 250'000)
        longLeft += changji.text;
    longLeft.truncate(250'000);
    const QString longRight = unrelated({turpan.text, huyanghe.text, urumqi.text, xinjiang.text}, 250'000, 7);
    diffRow(**store, u"250k unrelated texts"_s, {longLeft}, {longRight}, 3, 500);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Samples samples{load(u"turpan_2025_work-report.txt"_s), load(u"huyanghe_2025_work-report.txt"_s),
                          load(u"xinjiang_2025_work-report-summary.txt"_s),
                          load(u"urumqi_2023_work-report.txt"_s),
                          load(u"changji_2021-2025_five-year-plan.txt"_s)};
    // `bench_align tokenizer|align|diff [row]` runs one part (for profiling); no argument runs all.
    const QString only = app.arguments().value(1);
    g_rowFilter = app.arguments().value(2);
    if (only.isEmpty() || only == u"tokenizer")
        benchTokenizer(samples);
    if (only.isEmpty() || only == u"align")
        benchAlignment(samples);
    if (only.isEmpty() || only == u"diff")
        benchDiff(samples);
    return 0;
}
