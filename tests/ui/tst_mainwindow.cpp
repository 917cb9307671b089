#include "core/common/errortext.h"
#include "core/store/librarystore.h"
#include "ui/common/settingsdialog.h"
#include "ui/library/importcontroller.h"
#include "ui/library/librarymodel.h"
#include "ui/library/libraryview.h"
#include "ui/library/searchresultmodel.h"
#include "ui/mainwindow.h"
#include "ui/reader/outlinedock.h"
#include "ui/reader/readerview.h"
#include "ui/reader/sectiontreemodel.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

constexpr int kImportTimeout = 120000;

bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ParallaxTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void dropImportReadAndNavigate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString turpan = dir.filePath(u"turpan_2025_work-report.txt"_s);
        const QString urumqi = dir.filePath(u"urumqi_2023_work-report.txt"_s);
        QVERIFY(QFile::copy(QStringLiteral(PARALLAX_SAMPLES "/turpan_2025_work-report.txt"), turpan));
        QVERIFY(QFile::copy(QStringLiteral(PARALLAX_SAMPLES "/urumqi_2023_work-report.txt"), urumqi));
        const QString db = dir.filePath(u"library.sqlite"_s);

        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
        QVERIFY(window.openLibrary(db));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(window.libraryView()->isShowingEmptyState());

        // Drop two files onto the window, as from a file manager.
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(dropFiles(&window, {turpan, urumqi}));
        QVERIFY(window.importController()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeout);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.duplicates, 0);
        QVERIFY(summary.failures.empty());
        QVERIFY(!summary.cancelled);
        QVERIFY2(window.lastStatusMessage().contains(u"Imported 2"_s), qPrintable(window.lastStatusMessage()));

        // The library lists both, grouped under regions.
        LibraryView *library = window.libraryView();
        QVERIFY(!library->isShowingEmptyState());
        QCOMPARE(library->model()->documentCount(), 2);
        qint64 turpanId = 0;
        for (qint64 id : library->model()->documentIds()) {
            if (library->model()->summary(id)->sourcePath.endsWith(u"turpan_2025_work-report.txt"_s))
                turpanId = id;
        }
        QVERIFY(turpanId != 0);

        // Select it in the tree: the reader shows its text with the first heading.
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        const QModelIndex proxyIndex = library->proxyModel()->mapFromSource(library->model()->indexForDocument(turpanId));
        QVERIFY(proxyIndex.isValid());
        library->treeView()->setCurrentIndex(proxyIndex);
        QCOMPARE(opened.count(), 1);
        ReaderView *reader = window.readerView();
        QCOMPARE(reader->documentId(), turpanId);
        const QString text = reader->textView()->toPlainText();
        const qsizetype headingAt = text.indexOf(u"一、2024年工作回顾"_s);
        QVERIFY2(headingAt >= 0, qPrintable(text.left(200)));
        // The heading is styled as a heading (bold), its body is not.
        const QTextBlock headingBlock = reader->textView()->document()->findBlock(int(headingAt));
        QCOMPARE(headingBlock.begin().fragment().charFormat().fontWeight(), int(QFont::Bold));
        QVERIFY(headingBlock.next().begin().fragment().charFormat().fontWeight() < int(QFont::DemiBold));

        // Click a top-level section in the outline: the reader scrolls to it.
        OutlineDock *outline = window.outlineDock();
        QTreeView *tree = outline->treeView();
        SectionTreeModel *sections = outline->model();
        QVERIFY(sections->rowCount() >= 3);
        QModelIndex target;
        for (int row = 1; row < sections->rowCount(); ++row) {
            if (sections->index(row, 0).data(SectionTreeModel::LevelRole).toInt() == 1) {
                target = sections->index(row, 0);
                break;
            }
        }
        QVERIFY(target.isValid());
        const auto targetStart = target.data(SectionTreeModel::StartRole).value<qsizetype>();
        QCOMPARE(reader->textView()->verticalScrollBar()->value(), 0);
        tree->scrollTo(target);
        const QRect rect = tree->visualRect(target);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QVERIFY(reader->textView()->verticalScrollBar()->value() > 0);
        const int targetBlock = reader->textView()->document()->findBlock(int(targetStart)).position();
        QCOMPARE(int(reader->topPosition()), targetBlock);
        QCOMPARE(tree->currentIndex(), target);
        QVERIFY(text.mid(targetStart).startsWith(target.data(SectionTreeModel::LabelRole).toString()));

        // Scrolling the reader to the end moves the outline's current section along.
        QScrollBar *bar = reader->textView()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QVERIFY(tree->currentIndex().isValid());
        QVERIFY(tree->currentIndex().data(SectionTreeModel::StartRole).value<qsizetype>() > targetStart);

        // Full-text search with a two-character word opens the reader at the match, selected.
        QVERIFY(library->search(u"葡萄"_s) > 0);
        const QModelIndex hit = library->searchResults()->index(0, 0);
        const qint64 hitDocument = hit.data(SearchResultModel::DocumentIdRole).toLongLong();
        QVERIFY(hitDocument != 0);
        Q_EMIT library->searchHitActivated(hitDocument, hit.data(SearchResultModel::MatchStartRole).value<qsizetype>(),
                                           hit.data(SearchResultModel::MatchLengthRole).value<qsizetype>());
        QCOMPARE(reader->documentId(), hitDocument);
        QCOMPARE(reader->textView()->textCursor().selectedText(), u"葡萄"_s);

        // Dropping the same files again imports nothing new.
        QVERIFY(dropFiles(&window, {turpan}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kImportTimeout);
        QCOMPARE(finished.at(1).at(0).value<ImportSummary>().duplicates, 1);
        QCOMPARE(library->model()->documentCount(), 2);
    }

    void failedFilesAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bad = dir.filePath(u"not-a-report.txt"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + QByteArray(4096, '\0'));
        file.close();
        const QString empty = dir.filePath(u"empty.txt"_s);
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));

        MainWindow window(dir.filePath(u"library.sqlite"_s));
        window.show();
        QVERIFY(window.openLibrary(dir.filePath(u"library.sqlite"_s)));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importPaths({bad, empty});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeout);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.imported, 0);
        QCOMPARE(int(summary.failures.size()), 2);
        for (const ImportOutcome &outcome : summary.failures) {
            QVERIFY(outcome.error.has_value());
            QVERIFY(!errorText(*outcome.error).isEmpty());
        }
        QVERIFY(window.lastStatusMessage().contains(u"2 failed"_s));
        QVERIFY(window.libraryView()->isShowingEmptyState());
        // The failure dialog is open (non-modal to the event loop) and names the files.
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->detailedText().contains(u"not-a-report.txt"_s), qPrintable(box->detailedText()));
    }

    // The import limits chosen in Settings govern the next import: a file over the size limit is
    // reported by name, the depth limit shapes the tree, and the values survive the dialog.
    void settingsImportLimits()
    {
        {
            SettingsDialog dialog;
            QCOMPARE(dialog.maxFileSizeBox()->value(), 256);
            QCOMPARE(dialog.maxSectionDepthBox()->value(), 6);
            QCOMPARE(dialog.timeBudgetBox()->value(), 120);
            dialog.maxFileSizeBox()->setValue(1);
            dialog.maxSectionDepthBox()->setValue(1);
            dialog.timeBudgetBox()->setValue(30);
            dialog.apply();
        }
        const ImportOptions limits = SettingsDialog::importLimits();
        QCOMPARE(limits.maxFileBytes, 1ll << 20);
        QCOMPARE(limits.maxSectionDepth, 1);
        QCOMPARE(limits.timeBudgetMs, 30'000);
        QCOMPARE(SettingsDialog().maxSectionDepthBox()->value(), 1);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString large = dir.filePath(u"large.txt"_s);
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("推动高质量发展。\n").repeated(100'000));
        file.close();
        const QString report = dir.filePath(u"turpan_2025_work-report.txt"_s);
        QVERIFY(QFile::copy(QStringLiteral(PARALLAX_SAMPLES "/turpan_2025_work-report.txt"), report));

        MainWindow window(dir.filePath(u"library.sqlite"_s));
        window.show();
        QVERIFY(window.openLibrary(dir.filePath(u"library.sqlite"_s)));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.importPaths({large, report});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeout);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.imported, 1);
        QCOMPARE(int(summary.failures.size()), 1);
        QCOMPARE(summary.failures.front().error->code, ErrorCode::FileTooLarge);
        QVERIFY(errorText(*summary.failures.front().error).contains(u"large.txt"_s));
        delete window.findChild<QMessageBox *>();

        auto store = LibraryStore::open(dir.filePath(u"library.sqlite"_s));
        QVERIFY(store.has_value());
        const auto documents = (*store)->listDocuments();
        QVERIFY(documents.has_value() && documents->size() == 1);
        const auto document = (*store)->document(documents->front().id);
        QVERIFY(document.has_value());
        QVERIFY(document->sections.size() > 1);
        for (const Section &section : document->sections)
            QVERIFY(section.children.empty());
        QSettings().remove(u"import"_s);
    }

    void cancelStopsTheBatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        for (int i = 0; i < 6; ++i) {
            const QString path = dir.filePath(u"copy%1.txt"_s.arg(i));
            QFile source(QStringLiteral(PARALLAX_SAMPLES "/changji_2021-2025_five-year-plan.txt"));
            QVERIFY(source.open(QIODevice::ReadOnly));
            QFile target(path);
            QVERIFY(target.open(QIODevice::WriteOnly));
            target.write(source.readAll() + "\n" + QByteArray::number(i)); // distinct content
            files << path;
        }
        ImportController controller(dir.filePath(u"library.sqlite"_s));
        QSignalSpy finished(&controller, &ImportController::finished);
        controller.start(files);
        QVERIFY(controller.isRunning());
        controller.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeout);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.imported < files.size());
        QVERIFY(!controller.isRunning());
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
