#include "core/import/batchimporter.h"
#include "core/store/librarystore.h"
#include "ui/compare/compareworkspace.h"
#include "ui/library/documentpropertiesdialog.h"
#include "ui/library/librarymodel.h"
#include "ui/library/libraryview.h"
#include "ui/library/regionpinyin.h"
#include "ui/mainwindow.h"

#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestLibraryCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ParallaxTests"_s);
        QCoreApplication::setApplicationName(u"tst_librarycommands"_s);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        m_db = m_dir.filePath(u"library.sqlite"_s);
        auto store = LibraryStore::open(m_db);
        QVERIFY(store);
        const auto outcomes = importFiles(**store, {QStringLiteral(PARALLAX_SAMPLES "/turpan_2025_work-report.txt"),
                                                    QStringLiteral(PARALLAX_SAMPLES "/huyanghe_2025_work-report.txt")});
        QCOMPARE(int(outcomes.size()), 2);
    }

    void pinyin()
    {
        QVERIFY(regionPinyin(u"吐鲁番市"_s).contains(u"tulufan"_s));
        QVERIFY(regionPinyin(u"吐鲁番市"_s).contains(u"tu lu fan"_s));
        QVERIFY(regionPinyin(u"Xinjiang"_s).isEmpty());
    }

    void undoPropertyEdit()
    {
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        LibraryModel *model = window.libraryView()->model();
        QCOMPARE(model->documentCount(), 2);
        const qint64 id = model->documentIds().first();
        const DocumentMetadata original = model->summary(id)->meta;

        // The dialog marks what changed as set by the user.
        DocumentPropertiesDialog dialog(original);
        QVERIFY(!dialog.isChanged());
        dialog.titleEdit()->setText(u"改过的标题"_s);
        dialog.yearPlannedBox()->setValue(2030);
        QVERIFY(dialog.isChanged());
        const DocumentMetadata edited = dialog.metadata();
        QVERIFY(edited.userFields.contains(u"title"_s));
        QVERIFY(edited.userFields.contains(u"year_planned"_s));
        QVERIFY(!edited.userFields.contains(u"region"_s));

        QVERIFY(window.setDocumentProperties(id, edited));
        QTRY_COMPARE(model->summary(id)->meta.title, u"改过的标题"_s);
        QCOMPARE(model->summary(id)->meta.yearPlanned, 2030);
        QVERIFY(window.undoStack()->canUndo());
        window.undoStack()->undo();
        QTRY_COMPARE(model->summary(id)->meta.title, original.title);
        QCOMPARE(model->summary(id)->meta.yearPlanned, original.yearPlanned);
        window.undoStack()->redo();
        QTRY_COMPARE(model->summary(id)->meta.title, u"改过的标题"_s);
        window.undoStack()->undo();
        QTRY_COMPARE(model->summary(id)->meta.title, original.title);
    }

    void undoDelete()
    {
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        LibraryModel *model = window.libraryView()->model();
        QCOMPARE(model->documentCount(), 2);
        const qint64 id = model->documentIds().first();
        const QString title = model->summary(id)->meta.title;

        // An edit before the deletion still undoes after the document came back under a new id.
        DocumentMetadata meta = model->summary(id)->meta;
        meta.title = u"删除前的修改"_s;
        QVERIFY(window.setDocumentProperties(id, meta));
        QVERIFY(window.deleteDocuments({id}));
        QTRY_COMPARE(model->documentCount(), 1);
        QVERIFY(!model->summary(id));
        window.undoStack()->undo(); // the deletion
        QTRY_COMPARE(model->documentCount(), 2);
        qint64 restored = 0;
        for (qint64 candidate : model->documentIds()) {
            if (model->summary(candidate)->meta.title == u"删除前的修改"_s)
                restored = candidate;
        }
        QVERIFY(restored != 0);
        window.undoStack()->undo(); // the edit, on the re-added document
        QTRY_COMPARE(model->summary(restored)->meta.title, title);
        window.undoStack()->redo();
        window.undoStack()->redo(); // delete again
        QTRY_COMPARE(model->documentCount(), 1);
        window.undoStack()->undo();
        QTRY_COMPARE(model->documentCount(), 2);
    }

    void pinyinFilterAndCompareAction()
    {
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        LibraryView *library = window.libraryView();
        QLineEdit *filter = nullptr;
        for (QLineEdit *edit : library->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Library filter"_s)
                filter = edit;
        }
        QVERIFY(filter);
        filter->setText(u"tulufan"_s);
        QSortFilterProxyModel *proxy = library->proxyModel();
        QCOMPARE(proxy->rowCount(), 1);
        QVERIFY(proxy->index(0, 0).data(LibraryModel::RegionRole).toString().contains(u"吐鲁番"_s));
        filter->clear();
        QCOMPARE(proxy->rowCount(), 2);

        // Select both documents and compare them: the Compare workspace opens and aligns them.
        const QList<qint64> ids = library->model()->documentIds();
        window.compareDocuments(ids);
        QCOMPARE(window.workspaceTabs()->currentWidget(), static_cast<QWidget *>(window.compareWorkspace()));
        QTRY_VERIFY_WITH_TIMEOUT(window.compareWorkspace()->comparison() != nullptr, 60000);
        QCOMPARE(window.compareWorkspace()->documentIds(), ids);
        QCOMPARE(CompareWorkspace::recentComparisons(m_db).value(0), ids);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestLibraryCommands)
#include "tst_librarycommands.moc"
