// Import and search benchmark: builds a synthetic library of N documents from the five samples,
// imports it through importFiles() and times full-text queries. See bench/README.md.

#include "core/import/batchimporter.h"
#include "core/store/librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

void print(const QString &line) { std::fputs(qPrintable(line + u'\n'), stdout); std::fflush(stdout); }

/// A plausible variant of a sample: some paragraphs swapped or borrowed from another report,
/// figures changed, and a unique closing line, so every hash differs.
QString perturb(const QStringList &paragraphs, const QStringList &donor, int index, QRandomGenerator &random)
{
    QStringList out = paragraphs;
    const int swaps = int(out.size() / 10);
    for (int i = 0; i < swaps; ++i) {
        const int a = int(random.bounded(out.size()));
        const int b = int(random.bounded(out.size()));
        out.swapItemsAt(a, b);
    }
    for (int i = 0; i < int(out.size() / 20); ++i)
        out[int(random.bounded(out.size()))] = donor.at(int(random.bounded(donor.size())));
    static const QRegularExpression number(u"\\d+(\\.\\d+)?"_s);
    for (QString &paragraph : out) {
        if (random.bounded(3) != 0)
            continue;
        QString changed;
        qsizetype last = 0;
        for (auto it = number.globalMatch(paragraph); it.hasNext();) {
            const auto match = it.next();
            changed += QStringView(paragraph).mid(last, match.capturedStart() - last);
            changed += QString::number(match.captured().toDouble() * (0.8 + random.bounded(0.4)), 'f',
                                       match.captured(1).isEmpty() ? 0 : 1);
            last = match.capturedEnd();
        }
        changed += QStringView(paragraph).mid(last);
        paragraph = changed;
    }
    out << u"（基准文档第%1份）"_s.arg(index);
    return out.join(u'\n');
}

struct Latency
{
    double median = 0;
    double p95 = 0;
    std::size_t hits = 0;
};

Latency measure(const LibraryStore &store, const QStringList &queries, int runs)
{
    std::vector<double> samples;
    Latency latency;
    for (int i = 0; i < runs; ++i) {
        const QString &query = queries.at(i % queries.size());
        QElapsedTimer timer;
        timer.start();
        const auto hits = store.search(query);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (hits)
            latency.hits = std::max(latency.hits, hits->size());
    }
    std::sort(samples.begin(), samples.end());
    latency.median = samples[samples.size() / 2];
    latency.p95 = samples[std::min(samples.size() - 1, std::size_t(double(samples.size()) * 0.95))];
    return latency;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Parallax import and search benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"docs"_s, u"Number of synthetic documents (default 1000)."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"runs"_s, u"Search runs per query length (default 50)."_s, u"N"_s, u"50"_s});
    parser.addOption({u"keep"_s, u"Keep the temporary directory and print its path."_s});
    parser.process(app);
    const int docs = std::max(1, parser.value(u"docs"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(u"keep"_s));
    if (!dir.isValid()) {
        print(u"cannot create a temporary directory"_s);
        return 1;
    }

    // 1. Generate the files (not timed).
    const QDir samples(QStringLiteral(PARALLAX_SAMPLES));
    std::vector<QStringList> texts;
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts.push_back(QString::fromUtf8(file.readAll()).split(u'\n'));
    }
    if (texts.size() != 5) {
        print(u"samples not found in " PARALLAX_SAMPLES ""_s);
        return 1;
    }
    const QString input = dir.filePath(u"docs"_s);
    QDir().mkpath(input);
    QRandomGenerator random(20250101);
    qint64 totalBytes = 0;
    for (int i = 0; i < docs; ++i) {
        const QStringList &base = texts[std::size_t(i) % texts.size()];
        const QStringList &donor = texts[std::size_t(i + 1) % texts.size()];
        const QByteArray bytes = perturb(base, donor, i, random).toUtf8();
        QFile file(input + u"/doc-%1.txt"_s.arg(i, 5, 10, QChar(u'0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            print(u"cannot write "_s + file.fileName());
            return 1;
        }
        totalBytes += bytes.size();
    }
    const long rssAfterGeneration = peakRssKb();

    // 2. Import.
    const QString dbPath = dir.filePath(u"library.sqlite"_s);
    auto store = LibraryStore::open(dbPath);
    if (!store) {
        print(u"cannot open the library: "_s + store.error().detail);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QStringList files = collectImportFiles({input});
    const auto outcomes = importFiles(**store, files);
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const long rssAfterImport = peakRssKb();
    const auto failed = std::count_if(outcomes.begin(), outcomes.end(), [](const ImportOutcome &o) { return bool(o.error); });
    const auto duplicates = std::count_if(outcomes.begin(), outcomes.end(), [](const ImportOutcome &o) { return o.duplicate; });
    const double megabytes = double(totalBytes) / (1024.0 * 1024.0);

    // 3. Search.
    struct Case
    {
        int length;
        QStringList queries;
    };
    const std::vector<Case> cases{
        {1, {u"棉"_s, u"粮"_s, u"煤"_s, u"水"_s}},
        {2, {u"粮食"_s, u"旅游"_s, u"口岸"_s, u"发展"_s}},
        {3, {u"高质量"_s, u"新能源"_s, u"营商环境"_s.left(3), u"葡萄干"_s}},
        {4, {u"乡村振兴"_s, u"营商环境"_s, u"高质量发"_s, u"一般公共"_s}},
    };
    std::vector<Latency> latencies;
    for (const Case &c : cases)
        latencies.push_back(measure(**store, c.queries, runs));
    const long rssAfterSearch = peakRssKb();

    print(u"Parallax import benchmark (%1 threads)"_s.arg(QThread::idealThreadCount()));
    print(u"  documents           %1 (%2 MB of UTF-8 text), %3 failed, %4 duplicates"_s.arg(docs)
              .arg(megabytes, 0, 'f', 1).arg(failed).arg(duplicates));
    print(u"  import              %1 s  =  %2 docs/s  =  %3 MB/s"_s.arg(importSeconds, 0, 'f', 2)
              .arg(double(docs) / importSeconds, 0, 'f', 1).arg(megabytes / importSeconds, 0, 'f', 2));
    print(u"  library file        %1 MB (+ WAL %2 MB)"_s
              .arg(double(QFileInfo(dbPath).size()) / 1048576.0, 0, 'f', 1)
              .arg(double(QFileInfo(dbPath + u"-wal"_s).size()) / 1048576.0, 0, 'f', 1));
    print(u"  peak RSS            %1 MB after generation, %2 MB after import, %3 MB after search"_s
              .arg(rssAfterGeneration / 1024).arg(rssAfterImport / 1024).arg(rssAfterSearch / 1024));
    print(u"  search (limit 50, %1 runs each):"_s.arg(runs));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        print(u"    %1-char  median %2 ms  p95 %3 ms  (%4, up to %5 hits)"_s.arg(cases[i].length)
                  .arg(latencies[i].median, 0, 'f', 2).arg(latencies[i].p95, 0, 'f', 2)
                  .arg(cases[i].queries.join(u' ')).arg(latencies[i].hits));
    }
    if (parser.isSet(u"keep"_s))
        print(u"  kept: "_s + dir.path());
    return failed == 0 ? 0 : 1;
}
