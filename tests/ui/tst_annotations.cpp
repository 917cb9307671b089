#include "core/annotations/anchoring.h"
#include "core/import/batchimporter.h"
#include "core/store/annotationstore.h"
#include "core/store/librarystore.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/annotations/annotationdock.h"
#include "ui/annotations/annotationfiltermodel.h"
#include "ui/annotations/annotationmodel.h"
#include "ui/annotations/annotationnotedialog.h"
#include "ui/annotations/compareannotator.h"
#include "ui/compare/compareview.h"
#include "ui/compare/compareworkspace.h"
#include "ui/compare/diffpane.h"
#include "ui/library/librarymodel.h"
#include "ui/library/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/reader/readerview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Annotation makeAnnotation(qint64 id, std::optional<qint64> document, qsizetype start, HighlightColor color,
                          const QString &note, const QStringList &tags)
{
    Annotation annotation;
    annotation.id = id;
    annotation.documentId = document;
    annotation.documentTitle = u"Title %1"_s.arg(document.value_or(0));
    annotation.anchor.start = start;
    annotation.anchor.end = start + 4;
    annotation.anchor.quote = u"粮食产量%1"_s.arg(id);
    annotation.color = color;
    annotation.note = note;
    annotation.tags = tags;
    annotation.created = annotation.modified = QDateTime::currentDateTimeUtc();
    return annotation;
}

int storedCount(const QString &db)
{
    auto store = AnnotationStore::open(db);
    if (!store)
        return -1;
    auto count = (*store)->count();
    return count ? *count : -1;
}

std::optional<Annotation> stored(const QString &db, qint64 id)
{
    auto store = AnnotationStore::open(db);
    if (!store)
        return std::nullopt;
    auto annotation = (*store)->annotation(id);
    return annotation ? *annotation : std::nullopt;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ParallaxTests"_s);
        QCoreApplication::setApplicationName(u"tst_annotations"_s);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        m_db = m_dir.filePath(u"library.sqlite"_s);
        auto store = LibraryStore::open(m_db);
        QVERIFY(store);
        const auto outcomes =
            importFiles(**store, {QStringLiteral(PARALLAX_SAMPLES "/turpan_2025_work-report.txt"),
                                  QStringLiteral(PARALLAX_SAMPLES "/huyanghe_2025_work-report.txt")});
        QCOMPARE(int(outcomes.size()), 2);
        auto documents = (*store)->listDocuments();
        QVERIFY(documents);
        for (const DocumentSummary &summary : *documents) {
            if (summary.sourcePath.endsWith(u"turpan_2025_work-report.txt"_s))
                m_turpan = summary.id;
            else
                m_huyanghe = summary.id;
        }
        QVERIFY(m_turpan != 0 && m_huyanghe != 0);
        auto turpan = (*store)->document(m_turpan);
        QVERIFY(turpan);
        m_turpanText = turpan->text;
    }

    void modelAndFilterPassTheTester()
    {
        AnnotationModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnnotationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setDocumentTitles({{1, u"吐鲁番市政府工作报告"_s}, {2, u"胡杨河市政府工作报告"_s}});
        std::vector<Annotation> annotations{
            makeAnnotation(10, 1, 100, HighlightColor::Yellow, u"目标偏高"_s, {u"粮食"_s}),
            makeAnnotation(11, 1, 300, HighlightColor::Green, {}, {u"targets"_s, u"粮食"_s}),
            makeAnnotation(12, 2, 50, HighlightColor::Blue, u"compare with 2024"_s, {}),
            makeAnnotation(13, std::nullopt, 20, HighlightColor::Pink, u"archived note"_s, {u"old"_s}),
        };
        annotations[1].status = AnchorStatus::Orphaned;
        model.setAnnotations(annotations);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(AnnotationModel::ColumnCount));
        QCOMPARE(model.index(0, AnnotationModel::DocumentColumn).data().toString(),
                 u"吐鲁番市政府工作报告"_s);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::IdRole).toLongLong(), 10);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::TagsRole).toStringList(), QStringList{u"粮食"_s});
        QCOMPARE(model.index(2, 0).data(AnnotationModel::ColorRole).toInt(), int(HighlightColor::Blue));
        QCOMPARE(model.index(0, 0).data(AnnotationModel::StartRole).toLongLong(), 100);
        QCOMPARE(model.index(0, 0).data(AnnotationModel::EndRole).toLongLong(), 104);
        QCOMPARE(model.roleNames().value(AnnotationModel::IdRole), QByteArray("id"));
        // Archived and orphaned rows are flagged in what the user sees.
        QVERIFY(model.index(3, 0).data(AnnotationModel::ArchivedRole).toBool());
        QVERIFY(model.index(3, AnnotationModel::DocumentColumn).data().toString().contains(u"(deleted)"_s));
        QCOMPARE(model.index(1, 0).data(AnnotationModel::StatusRole).toInt(), int(AnchorStatus::Orphaned));
        QVERIFY(model.index(1, AnnotationModel::QuoteColumn).data().toString().contains(u"Not found"_s));
        QVERIFY(model.index(1, AnnotationModel::QuoteColumn).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.allTags().size(), 3);

        // Filters.
        QCOMPARE(filter.rowCount(), 4);
        filter.setTag(u"粮食"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setColor(HighlightColor::Green);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(AnnotationModel::IdRole).toLongLong(), 11); // the orphaned one stays
        filter.setColor(std::nullopt);
        filter.setTag(QString());
        filter.setDocument(1);
        QCOMPARE(filter.rowCount(), 2);
        filter.setDocument(std::nullopt);
        filter.setShowArchived(false);
        QCOMPARE(filter.rowCount(), 3);
        filter.setShowArchived(true);
        filter.setText(u"2024"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(u"胡杨河"_s); // document titles match too
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QString());

        // Sorting by the modified column and by quote position works through SortRole.
        filter.sort(AnnotationModel::QuoteColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(AnnotationModel::IdRole).toLongLong(), 11);
        filter.sort(-1);

        // Row changes the controller makes.
        model.insertAnnotation(makeAnnotation(14, 1, 200, HighlightColor::Purple, {}, {}));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(14), 1); // between 100 and 300 of the same document
        Annotation changed = *model.annotation(14);
        changed.note = u"edited"_s;
        QVERIFY(model.replaceAnnotation(changed));
        QCOMPARE(model.index(1, AnnotationModel::NoteColumn).data().toString(), u"edited"_s);
        model.setSectionTitles({{14, u"（二）粮食生产"_s}});
        QCOMPARE(model.index(1, AnnotationModel::SectionColumn).data().toString(), u"（二）粮食生产"_s);
        model.removeAnnotations({10, 12});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(14), 0);
        QCOMPARE(model.rowOf(10), -1);
        QCOMPARE(filter.rowCount(), 3);
    }

    void annotateUndoRedoEditDelete()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(m_db));
        QVERIFY(window.openDocument(m_turpan));
        AnnotationController *controller = window.annotationController();
        AnnotationModel *model = controller->model();
        ReaderView *reader = window.readerView();
        QUndoStack *stack = window.undoStack();
        const int before = storedCount(m_db);
        QVERIFY(before >= 0);
        const int rowsBefore = model->rowCount();

        // Select a passage in the reader: the highlight actions become available.
        const QString quote = u"吐鲁番"_s;
        const qsizetype at = m_turpanText.indexOf(quote, 200);
        QVERIFY(at > 0);
        QVERIFY(!controller->highlightAction()->isEnabled());
        QTextCursor cursor(reader->textView()->document());
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + quote.size()), QTextCursor::KeepAnchor);
        reader->textView()->setTextCursor(cursor);
        QVERIFY(controller->highlightAction()->isEnabled());
        QCOMPARE(reader->selectedRange(), std::make_pair(at, at + quote.size()));

        // Highlight in green from the colour menu.
        QAction *green = controller->highlightMenu()->findChild<QAction *>(u"highlight-green"_s);
        QVERIFY(green);
        green->trigger();
        QCOMPARE(model->rowCount(), rowsBefore + 1);
        QCOMPARE(storedCount(m_db), before + 1);
        QCOMPARE(reader->annotationHighlightCount(), 1);
        const Annotation added = model->annotationsOf(m_turpan).front();
        QVERIFY(added.id > 0);
        QCOMPARE(added.anchor.start, at);
        QCOMPARE(added.anchor.quote, quote);
        QCOMPARE(int(added.color), int(HighlightColor::Green));
        QCOMPARE(reader->annotationsAt(at + 1), QList<qint64>{added.id});
        QVERIFY(!model->index(model->rowOf(added.id), AnnotationModel::SectionColumn)
                     .data()
                     .toString()
                     .isEmpty());

        // Undo removes it from store, model and reader; redo brings it back under the same id.
        stack->undo();
        QCOMPARE(model->rowCount(), rowsBefore);
        QCOMPARE(storedCount(m_db), before);
        QCOMPARE(reader->annotationHighlightCount(), 0);
        stack->redo();
        QCOMPARE(model->rowCount(), rowsBefore + 1);
        QCOMPARE(storedCount(m_db), before + 1);
        QVERIFY(model->annotation(added.id));
        QVERIFY(stored(m_db, added.id));
        QCOMPARE(reader->annotationHighlightCount(), 1);

        // Edit the note, colour and tags; undo restores them in store and model.
        QVERIFY(controller->editAnnotation(
            added.id, {u"需核对数据来源"_s, HighlightColor::Blue, {u"粮食"_s, u"核对"_s}}));
        QCOMPARE(stored(m_db, added.id)->note, u"需核对数据来源"_s);
        QCOMPARE(stored(m_db, added.id)->tags, (QStringList{u"粮食"_s, u"核对"_s}));
        QCOMPARE(int(model->annotation(added.id)->color), int(HighlightColor::Blue));
        QVERIFY(reader->annotationToolTip(at + 1).contains(u"需核对数据来源"_s));
        stack->undo();
        QCOMPARE(stored(m_db, added.id)->note, QString());
        QCOMPARE(int(model->annotation(added.id)->color), int(HighlightColor::Green));
        QVERIFY(reader->annotationToolTip(at + 1).isEmpty());
        stack->redo();
        QCOMPARE(model->annotation(added.id)->note, u"需核对数据来源"_s);

        // Delete from the dock; undo restores the same annotation.
        AnnotationDock *dock = window.annotationDock();
        QTableView *table = dock->tableView();
        const QModelIndex source = model->index(model->rowOf(added.id), 0);
        const QModelIndex proxy = dock->filterModel()->mapFromSource(source);
        QVERIFY(proxy.isValid());
        table->selectionModel()->select(proxy,
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->setCurrentIndex(proxy);
        QCOMPARE(dock->selectedIds(), QList<qint64>{added.id});
        QVERIFY(dock->deleteAction()->isEnabled());
        dock->deleteAction()->trigger();
        QVERIFY(!model->annotation(added.id));
        QVERIFY(!stored(m_db, added.id));
        QCOMPARE(reader->annotationHighlightCount(), 0);
        stack->undo();
        QVERIFY(model->annotation(added.id));
        QCOMPARE(stored(m_db, added.id)->note, u"需核对数据来源"_s);
        QCOMPARE(reader->annotationHighlightCount(), 1);

        // Activating the row selects the passage in the reader.
        reader->textView()->moveCursor(QTextCursor::Start);
        QVERIFY(controller->goToAnnotation(added.id));
        QCOMPARE(reader->textView()->textCursor().selectedText(), quote);

        // And clicking the highlight in the text selects its row in the dock; a click elsewhere does not.
        table->clearSelection();
        QTextCursor inside(reader->textView()->document());
        inside.setPosition(int(at + 1));
        const QPoint onHighlight = reader->textView()->cursorRect(inside).center() + QPoint(2, 0);
        QTest::mouseClick(reader->textView()->viewport(), Qt::LeftButton, {}, onHighlight);
        QCOMPARE(dock->selectedIds(), QList<qint64>{added.id});
        table->clearSelection();
        QTextCursor outside(reader->textView()->document());
        outside.setPosition(int(at + quote.size() + 4));
        QTest::mouseClick(reader->textView()->viewport(), Qt::LeftButton, {},
                          reader->textView()->cursorRect(outside).center() + QPoint(2, 0));
        QVERIFY(dock->selectedIds().isEmpty());
    }

    void addNoteThroughTheDialog()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(m_db));
        QVERIFY(window.openDocument(m_huyanghe));
        AnnotationController *controller = window.annotationController();
        ReaderView *reader = window.readerView();
        const int rowsBefore = controller->model()->rowCount();

        QTextCursor cursor(reader->textView()->document());
        cursor.setPosition(300);
        cursor.setPosition(330, QTextCursor::KeepAnchor);
        reader->textView()->setTextCursor(cursor);
        controller->addNoteAction()->trigger();
        auto *dialog = window.findChild<AnnotationNoteDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString longNote = QString(10'000, u'注');
        dialog->noteEdit()->setPlainText(longNote);
        dialog->tagsEdit()->setText(u"产业，目标, 产业"_s); // full-width comma, a duplicate
        dialog->setColor(HighlightColor::Purple);
        dialog->accept();
        QCOMPARE(controller->model()->rowCount(), rowsBefore + 1);
        const std::vector<Annotation> mine = controller->model()->annotationsOf(m_huyanghe);
        QCOMPARE(int(mine.size()), 1);
        QCOMPARE(mine.front().note.size(), 10'000);
        QCOMPARE(mine.front().tags, (QStringList{u"产业"_s, u"目标"_s}));
        QCOMPARE(int(mine.front().color), int(HighlightColor::Purple));
        QCOMPARE(stored(m_db, mine.front().id)->note, longNote);
        QCOMPARE(reader->annotationHighlightCount(), 1);
    }

    void filterByTagInTheDock()
    {
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        AnnotationDock *dock = window.annotationDock();
        QCoreApplication::processEvents(); // the coalesced tag refresh
        QComboBox *tags = dock->tagCombo();
        const int index = tags->findData(u"产业"_s);
        QVERIFY2(index > 0, qPrintable(tags->itemText(1)));
        QVERIFY(dock->filterModel()->rowCount() >= 2);
        tags->setCurrentIndex(index);
        QCOMPARE(dock->filterModel()->rowCount(), 1);
        QCOMPARE(dock->filterModel()->index(0, 0).data(AnnotationModel::TagsRole).toStringList().first(),
                 u"产业"_s);
        tags->setCurrentIndex(0);
        dock->filterEdit()->setText(u"需核对"_s);
        QCOMPARE(dock->filterModel()->rowCount(), 1);
        dock->filterEdit()->clear();
        // "This document" follows the reader.
        QVERIFY(window.openDocument(m_huyanghe));
        dock->setScope(AnnotationDock::Scope::CurrentDocument);
        QCOMPARE(dock->filterModel()->rowCount(), 1);
        QCOMPARE(dock->filterModel()->index(0, 0).data(AnnotationModel::DocumentIdRole).toLongLong(),
                 m_huyanghe);
        QCoreApplication::processEvents();
        QVERIFY2(dock->summaryText().contains(u"Showing 1 of"_s), qPrintable(dock->summaryText()));
    }

    void persistAcrossReopening()
    {
        // A new window opens new connections: the notes of the earlier tests are there.
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        AnnotationModel *model = window.annotationController()->model();
        QCOMPARE(model->rowCount(), storedCount(m_db));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(window.openDocument(m_turpan));
        QCOMPARE(window.readerView()->annotationHighlightCount(), 1);
        QCOMPARE(model->annotationsOf(m_turpan).front().note, u"需核对数据来源"_s);
        // Switching libraries empties the model; switching back loads it again.
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        QVERIFY(window.openLibrary(other));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(window.openLibrary(m_db));
        QCOMPARE(model->rowCount(), 2);
    }

    void failedStoreCallLeavesModelAndStoreInStep()
    {
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        QVERIFY(window.openDocument(m_turpan));
        AnnotationController *controller = window.annotationController();
        QSignalSpy failed(controller, &AnnotationController::failed);
        const int rows = controller->model()->rowCount();
        const int commands = window.undoStack()->count();
        // A note over the store's limit is refused: nothing stored, nothing shown, no command left.
        QVERIFY(!controller->annotate(10, 20, HighlightColor::Yellow, QString(kMaxNoteLength + 1, u'x')));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(controller->model()->rowCount(), rows);
        QCOMPARE(storedCount(m_db), rows);
        QCOMPARE(window.undoStack()->count(), commands);
        QVERIFY(!window.lastStatusMessage().isEmpty());
    }

    void exportCsvAndMarkdown()
    {
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        AnnotationController *controller = window.annotationController();
        QSignalSpy exported(controller, &AnnotationController::exported);
        const QString csv = m_dir.filePath(u"notes.csv"_s);
        controller->exportAnnotations(csv, AnnotationExportFormat::Csv, controller->model()->annotations());
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QCOMPARE(exported.at(0).at(1).toInt(), 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"需核对数据来源"_s));
        QVERIFY(text.contains(u"吐鲁番"_s));
        const QString markdown = m_dir.filePath(u"notes.md"_s);
        controller->exportAnnotations(markdown, AnnotationExportFormat::Markdown,
                                      controller->model()->annotations());
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 30000);
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(md.readAll()).contains(u"需核对数据来源"_s));
    }

    void deletedDocumentArchivesItsNotes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"archive.sqlite"_s);
        QVERIFY(QFile::copy(m_db, db));
        MainWindow window(db);
        QVERIFY(window.openLibrary(db));
        AnnotationModel *model = window.annotationController()->model();
        const int rows = model->rowCount();
        QVERIFY(window.deleteDocuments({m_turpan}));
        QCoreApplication::processEvents(); // the coalesced library refresh
        QTRY_VERIFY(model->rowCount() == rows && !model->annotationsOf(m_turpan).size());
        QCOMPARE(model->rowCount(), rows); // kept, never dropped
        int archived = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(AnnotationModel::ArchivedRole).toBool()) {
                ++archived;
                QVERIFY(model->index(row, AnnotationModel::DocumentColumn)
                            .data()
                            .toString()
                            .contains(u"(deleted)"_s));
            }
        }
        QCOMPARE(archived, 1);
        // The dock can hide them, and says so.
        AnnotationDock *dock = window.annotationDock();
        dock->archivedCheck()->setChecked(false);
        QCOMPARE(dock->filterModel()->rowCount(), rows - 1);
        QCoreApplication::processEvents();
        QVERIFY2(dock->summaryText().contains(u"archived (hidden)"_s), qPrintable(dock->summaryText()));
    }

    void tenThousandAnnotationsOnOneDocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"many.sqlite"_s);
        QVERIFY(QFile::copy(m_db, db));
        constexpr int count = 10'000;
        {
            auto store = AnnotationStore::open(db);
            QVERIFY(store);
            const qsizetype span = m_turpanText.size() - 10;
            for (int i = 0; i < count; ++i) {
                Annotation annotation;
                annotation.documentId = m_turpan;
                annotation.documentTitle = u"吐鲁番"_s;
                const qsizetype start = (qsizetype(i) * 37) % span;
                annotation.anchor = makeAnchor(m_turpanText, start, start + 1 + i % 8);
                annotation.color = kAllColors[i % 5];
                if (i % 3 == 0)
                    annotation.note = u"note %1"_s.arg(i);
                annotation.tags = {u"t%1"_s.arg(i % 20)};
                QVERIFY((*store)->add(annotation));
            }
        }
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(db));
        AnnotationModel *model = window.annotationController()->model();
        QVERIFY(model->rowCount() >= count);
        QVERIFY(window.openDocument(m_turpan));
        const int mine = int(model->annotationsOf(m_turpan).size());
        QCOMPARE(mine, count + 1);
        QCOMPARE(window.readerView()->annotationHighlightCount(), count + 1);
        AnnotationDock *dock = window.annotationDock();
        dock->setScope(AnnotationDock::Scope::CurrentDocument);
        QCOMPARE(dock->filterModel()->rowCount(), count + 1);
        dock->filterEdit()->setText(u"note 99"_s); // note 99, 990..999, 9900..9999 (multiples of 3)
        QVERIFY(dock->filterModel()->rowCount() > 0);
        dock->filterEdit()->clear();
        QCoreApplication::processEvents();
        QCOMPARE(dock->tagCombo()->count(), 1 + 20 + 4); // All tags, t0..t19, 粮食, 核对, 产业, 目标
        // Repaint with all highlights drawn.
        QVERIFY(!window.grab().isNull());
    }

    void annotateFromAComparePane()
    {
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(m_db));
        CompareWorkspace *workspace = window.compareWorkspace();
        QSignalSpy shown(workspace, &CompareWorkspace::rowShown);
        window.compareDocuments({m_turpan, m_huyanghe});
        QVERIFY(shown.wait(60000) || shown.count() > 0);
        auto *annotator = window.findChild<CompareAnnotator *>();
        QVERIFY(annotator);
        const auto comparison = workspace->comparison();
        QVERIFY(comparison);
        // The first pane of the current row with a section in it.
        int d = -1;
        for (int i = 0; i < workspace->compareView()->paneCount(); ++i) {
            DiffPane *pane = workspace->compareView()->pane(i);
            if (!pane->isMissing() && pane->text().size() > 40) {
                d = i;
                break;
            }
        }
        QVERIFY(d >= 0);
        DiffPane *pane = workspace->compareView()->pane(d);
        QVERIFY(!annotator->selectedSpan(d));
        QTextCursor cursor(pane->textView()->document());
        cursor.setPosition(20);
        cursor.setPosition(32, QTextCursor::KeepAnchor);
        pane->textView()->setTextCursor(cursor);
        const QString selected = pane->text().mid(20, 12);
        const auto span = annotator->selectedSpan(d);
        QVERIFY(span);
        const Document &document = comparison->documents[size_t(d)];
        QCOMPARE(document.text.mid(span->first, span->second - span->first), selected);

        AnnotationModel *model = window.annotationController()->model();
        const int rows = model->rowCount();
        QVERIFY(annotator->highlightSelection(d, int(HighlightColor::Pink)));
        QCOMPARE(model->rowCount(), rows + 1);
        bool found = false;
        for (const Annotation &annotation : model->annotationsOf(document.id)) {
            if (annotation.anchor.start == span->first && annotation.anchor.quote == selected)
                found = int(annotation.color) == int(HighlightColor::Pink);
        }
        QVERIFY(found);
        QCOMPARE(storedCount(m_db), rows + 1);
        // Undoable like any other annotation.
        window.undoStack()->undo();
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(storedCount(m_db), rows);
    }

    void screenshot()
    {
        MainWindow window(m_db);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(m_db));
        QVERIFY(window.openDocument(m_turpan));
        AnnotationController *controller = window.annotationController();
        // A few overlapping highlights and notes near the start of the review section.
        const qsizetype base = m_turpanText.indexOf(u"一、"_s);
        QVERIFY(base >= 0);
        const qsizetype paragraph = m_turpanText.indexOf(u'\n', base) + 1;
        controller->annotate(paragraph + 4, paragraph + 30, HighlightColor::Yellow,
                             u"Growth figure to check against the statistics bulletin"_s,
                             {u"GDP"_s, u"核对"_s});
        controller->annotate(paragraph + 20, paragraph + 48, HighlightColor::Blue, {}, {u"对比"_s});
        controller->annotate(paragraph + 70, paragraph + 96, HighlightColor::Pink, u"与胡杨河对比"_s,
                             {u"对比"_s});
        controller->annotate(paragraph + 120, paragraph + 150, HighlightColor::Green);
        controller->annotate(paragraph + 170, paragraph + 190, HighlightColor::Purple, u"新提法"_s,
                             {u"提法"_s});
        window.annotationDock()->setScope(AnnotationDock::Scope::CurrentDocument);
        QVERIFY(controller->goToAnnotation(controller->model()->annotationsOf(m_turpan).front().id));
        window.readerView()->textView()->moveCursor(QTextCursor::Start);
        window.readerView()->scrollToPosition(base);
        QTest::qWait(200);
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = qEnvironmentVariable("PARALLAX_ANNOTATIONS_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(image.save(path));
    }

private:
    static constexpr HighlightColor kAllColors[] = {HighlightColor::Yellow, HighlightColor::Green,
                                                    HighlightColor::Blue, HighlightColor::Pink,
                                                    HighlightColor::Purple};
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_turpan = 0;
    qint64 m_huyanghe = 0;
    QString m_turpanText;
};

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
