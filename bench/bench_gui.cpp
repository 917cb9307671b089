// GUI benchmarks (not a ctest): cold start to a usable window with a 1,000-document library, time to
// first paint of a comparison of two work reports, and event-loop latency while importing 1,000
// documents. Run: bench_gui [count] (QT_QPA_PLATFORM=offscreen works; xvfb too).

#include "core/import/batchimporter.h"
#include "core/store/librarystore.h"
#include "ui/compare/compareworkspace.h"
#include "ui/library/importcontroller.h"
#include "ui/library/librarymodel.h"
#include "ui/library/libraryview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QStringList kSamples{u"turpan_2025_work-report.txt"_s, u"huyanghe_2025_work-report.txt"_s,
                           u"urumqi_2023_work-report.txt"_s, u"xinjiang_2025_work-report-summary.txt"_s,
                           u"changji_2021-2025_five-year-plan.txt"_s};

// Perturbed copies of the samples: a distinct region name and figures, so every text is unique.
QStringList writeCorpus(const QString &dir, int count)
{
    QStringList texts;
    for (const QString &name : kSamples) {
        QFile file(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    const QStringList regions{u"吐鲁番市"_s, u"胡杨河市"_s, u"乌鲁木齐市"_s, u"新疆维吾尔自治区"_s, u"昌吉回族自治州"_s};
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const int k = i % int(texts.size());
        QString text = texts[k];
        text.replace(regions[k], u"样本%1市"_s.arg(i / int(texts.size()) + 1));
        text.replace(u"8%"_s, u"%1%"_s.arg(5 + i % 7));
        text += u"\n编号%1。\n"_s.arg(i);
        const QString path = dir + u"/doc%1_%2"_s.arg(i, 4, 10, QLatin1Char('0')).arg(kSamples[k]);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(text.toUtf8());
        paths << path;
    }
    return paths;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ParallaxBench"_s);
    QCoreApplication::setApplicationName(u"bench_gui"_s);
    const int count = argc > 1 ? std::max(10, std::atoi(argv[1])) : 1000;
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QDir().mkpath(dir.filePath(u"corpus"_s));
    const QStringList files = writeCorpus(dir.filePath(u"corpus"_s), count);

    // 1. A library of `count` documents, built with core's importer (not timed).
    const QString db = dir.filePath(u"library.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    {
        auto store = LibraryStore::open(db);
        if (!store)
            return 1;
        (void)importFiles(**store, files);
    }
    std::printf("library: %d documents built in %.1f s\n", count, double(timer.elapsed()) / 1000.0);

    // 2. Cold start: window constructed, library listed, shown, first event-loop turn (first paint).
    timer.restart();
    auto *window = new MainWindow(db);
    window->openLibrary(db);
    window->show();
    QTimer::singleShot(0, &app, [&] {
        std::printf("cold start to usable window (%d documents): %lld ms\n", window->libraryView()->model()->documentCount(),
                    timer.elapsed());

        // 3. Comparison of two work reports: request to first paint of the side-by-side view.
        QList<qint64> pair;
        const LibraryModel *model = window->libraryView()->model();
        for (qint64 id : model->documentIds()) {
            const QString path = model->summary(id)->sourcePath;
            if ((path.contains(u"doc0000_"_s) || path.contains(u"doc0001_"_s)) && pair.size() < 2)
                pair << id;
        }
        QObject::connect(window->compareWorkspace(), &CompareWorkspace::rowShown, &app, [&] {
            QTimer::singleShot(0, &app, [&] {
                std::printf("open comparison of two work reports to first paint: %lld ms\n", timer.elapsed());

                // 4. Event-loop latency during an import of `count` new documents.
                const QString importDb = dir.filePath(u"import.sqlite"_s);
                window->openLibrary(importDb);
                auto *probe = new QTimer(&app);
                probe->setInterval(5);
                auto last = std::make_shared<QElapsedTimer>();
                auto worst = std::make_shared<qint64>(0);
                auto stalls = std::make_shared<QStringList>(); // over 100 ms: when (s into the import) and how long
                last->start();
                QObject::connect(probe, &QTimer::timeout, &app, [&timer, last, worst, stalls] {
                    const qint64 stall = last->restart();
                    *worst = std::max(*worst, stall);
                    if (stall > 100)
                        *stalls << u"%1 ms at %2 s"_s.arg(stall).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
                });
                QObject::connect(window->importController(), &ImportController::finished, &app,
                                 [&, probe, worst, stalls](const ImportSummary &summary) {
                                     probe->stop();
                                     std::printf("import of %d documents: %.1f s, max event-loop stall %lld ms "
                                                 "(probe every 5 ms)\n",
                                                 summary.imported, double(timer.elapsed()) / 1000.0, *worst);
                                     std::printf("stalls over 100 ms: %lld%s%s\n", qlonglong(stalls->size()),
                                                 stalls->isEmpty() ? "" : ": ",
                                                 qPrintable(stalls->mid(0, 10).join(u", "_s)));
                                     delete window;
                                     QCoreApplication::quit();
                                 });
                timer.restart();
                probe->start();
                window->importPaths(files);
            });
        }, Qt::SingleShotConnection);
        timer.restart();
        window->compareDocuments(pair);
    });
    return QApplication::exec();
}
