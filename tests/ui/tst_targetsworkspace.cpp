// Targets model, filter, edits with undo (kept in the library), exports; charts workspace from a
// selection; the main window's workspaces. Offscreen.

#include "core/import/importer.h"
#include "core/store/librarystore.h"
#include "core/store/observationstore.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/chartsworkspace.h"
#include "ui/charts/chartview.h"
#include "ui/mainwindow.h"
#include "ui/targets/targetsexport.h"
#include "ui/targets/targetsfiltermodel.h"
#include "ui/targets/targetsmodel.h"
#include "ui/targets/targetsworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

constexpr int kLoadTimeout = 60000;

Observation target(const QString &indicator, double value, Qualifier qualifier, int year, const QString &region)
{
    Observation o;
    o.indicator = indicator;
    o.measure = Measure::Growth;
    o.value = value;
    o.unit = u"%"_s;
    o.qualifier = qualifier;
    o.kind = ObservationKind::Target;
    o.year = year;
    o.region = region;
    o.quote = u"%1增长%2%"_s.arg(indicator).arg(value);
    o.start = 100;
    o.end = 110;
    return o;
}

DocumentObservationSet documentSet(qint64 id, const QString &region, int planned, std::vector<Observation> observations)
{
    DocumentObservationSet set;
    set.id = id;
    set.meta.title = u"%1%2年政府工作报告"_s.arg(region).arg(planned);
    set.meta.region = region;
    set.meta.yearPlanned = planned;
    set.meta.yearReported = planned - 1;
    for (Observation &o : observations)
        o.documentId = id;
    set.extracted = std::move(observations);
    set.applyEdits();
    return set;
}

/// Region A: 2024 target 7%以上, 2025 target 6%左右 (lowered and loosened), 2024 actual 6.5 (missed).
std::vector<DocumentObservationSet> syntheticSets()
{
    Observation actual = target(u"地区生产总值"_s, 6.5, Qualifier::Exact, 2024, u"甲市"_s);
    actual.kind = ObservationKind::Actual;
    actual.start = 50;
    return {
        documentSet(1, u"甲市"_s, 2024,
                    {target(u"地区生产总值"_s, 7, Qualifier::Min, 2024, u"甲市"_s),
                     target(u"城镇调查失业率"_s, 5.5, Qualifier::Max, 2024, u"甲市"_s)}),
        documentSet(2, u"甲市"_s, 2025,
                    {target(u"地区生产总值"_s, 6, Qualifier::About, 2025, u"甲市"_s), actual,
                     target(u"固定资产投资"_s, 8, Qualifier::Exact, 2025, u"甲市"_s)}),
    };
}

int rowOf(const QAbstractItemModel &model, const QString &indicator, const QString &measure = u"growth"_s)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(TargetsModel::IndicatorRole).toString() == indicator
            && index.data(TargetsModel::MeasureRole).toString() == measure)
            return row;
    }
    return -1;
}

int columnOfDocument(const QAbstractItemModel &model, qint64 id)
{
    for (int column = TargetsModel::labelColumns; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal, TargetsModel::DocumentIdRole).toLongLong() == id)
            return column;
    }
    return -1;
}

} // namespace

class TestTargetsWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ParallaxTests"_s);
        QCoreApplication::setApplicationName(u"tst_targetsworkspace"_s);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().clear();
        m_db = m_dir.filePath(u"library.sqlite"_s);
        auto store = LibraryStore::open(m_db);
        QVERIFY(store);
        const QStringList files{u"huyanghe_2025_work-report.txt"_s, u"turpan_2025_work-report.txt"_s,
                                u"xinjiang_2025_work-report-summary.txt"_s, u"urumqi_2023_work-report.txt"_s,
                                u"changji_2021-2025_five-year-plan.txt"_s};
        for (const QString &file : files) {
            auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + file);
            QVERIFY(document);
            auto id = (*store)->addDocument(*document);
            QVERIFY(id);
            m_ids << *id;
        }
        auto listed = (*store)->listDocuments();
        QVERIFY(listed);
        m_summaries = *listed;
    }

    void modelMarksChangesAndAttainment()
    {
        TargetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(syntheticSets());
        QCOMPARE(model.documentColumnCount(), 2);
        QCOMPARE(model.attainmentColumnCount(), 1);
        const int gdp = rowOf(model, u"地区生产总值"_s);
        QVERIFY(gdp >= 0);
        const QModelIndex before = model.index(gdp, columnOfDocument(model, 1));
        const QModelIndex after = model.index(gdp, columnOfDocument(model, 2));
        QCOMPARE(before.data(TargetsModel::ValueRole).toDouble(), 7.0);
        QCOMPARE(before.data(TargetsModel::QualifierRole).toString(), u"min"_s);
        QCOMPARE(after.data(TargetsModel::ChangeRole).toString(), u"lowered"_s);
        QCOMPARE(after.data(TargetsModel::QualifierChangeRole).toString(), u"loosened"_s);
        QVERIFY(after.data().toString().contains(u"▼"_s));
        QVERIFY(after.data(Qt::BackgroundRole).isValid());
        QCOMPARE(after.data(TargetsModel::UnitRole).toString(), u"%"_s);

        const int unemployment = rowOf(model, u"城镇调查失业率"_s);
        QCOMPARE(model.index(unemployment, columnOfDocument(model, 2)).data(TargetsModel::ChangeRole).toString(),
                 u"dropped"_s);
        const int investment = rowOf(model, u"固定资产投资"_s);
        QCOMPARE(model.index(investment, columnOfDocument(model, 2)).data(TargetsModel::ChangeRole).toString(),
                 u"added"_s);

        const QModelIndex attainment = model.index(gdp, model.columnCount() - 1);
        QCOMPARE(attainment.data(TargetsModel::ColumnTypeRole).toString(), u"attainment"_s);
        QCOMPARE(attainment.data(TargetsModel::AttainmentRole).toString(), u"missed"_s);
        QCOMPARE(attainment.data(TargetsModel::MarginRole).toDouble(), -0.5);

        // Actuals instead of targets: one column per document, the 2024 actual in the 2025 report.
        model.setKind(ObservationKind::Actual);
        const int actualRow = rowOf(model, u"地区生产总值"_s);
        QCOMPARE(model.index(actualRow, columnOfDocument(model, 2)).data(TargetsModel::ValueRole).toDouble(), 6.5);
        QCOMPARE(model.index(actualRow, columnOfDocument(model, 2)).data(TargetsModel::KindRole).toString(), u"actual"_s);
    }

    void filterByGroupMeasureAndChosenRows()
    {
        TargetsModel model;
        TargetsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(syntheticSets());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setGroup(u"income-employment"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TargetsModel::IndicatorRole).toString(), u"城镇调查失业率"_s);
        proxy.setGroup({});
        proxy.setHiddenIndicators({u"地区生产总值"_s});
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(rowOf(proxy, u"地区生产总值"_s), -1);
        proxy.setHiddenIndicators({});
        proxy.setMeasure(Measure::Level);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setMeasure(std::nullopt);
        // Sorted by the 2024 column's value, descending: 7 before 5.5 before the empty cell.
        proxy.sort(columnOfDocument(model, 1), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TargetsModel::IndicatorRole).toString(), u"地区生产总值"_s);
        QCOMPARE(proxy.index(1, 0).data(TargetsModel::IndicatorRole).toString(), u"城镇调查失业率"_s);
    }

    void exportsKeepUnitsQualifiersAndQuotes()
    {
        TargetsModel model;
        model.setDocuments(syntheticSets());
        const QList<QVariantList> rows = targetsSheetRows(model);
        QVERIFY(rows.size() == model.rowCount() + 1);
        const QVariantList &header = rows.first();
        const qsizetype unitColumn = header.indexOf(QVariant(header.value(4)));
        QVERIFY(header.value(unitColumn).toString().contains(u"unit"_s) || unitColumn == 4);
        const int gdp = rowOf(model, u"地区生产总值"_s);
        const QVariantList &gdpRow = rows.value(gdp + 1);
        QCOMPARE(gdpRow.value(2).typeId(), QMetaType::Double); // a number, not "7%以上"
        QCOMPARE(gdpRow.value(2).toDouble(), 7.0);
        QCOMPARE(gdpRow.value(4).toString(), u"%"_s);
        QVERIFY(!gdpRow.value(5).toString().isEmpty()); // qualifier in its own column
        const QList<QVariantList> quotes = quotesSheetRows(model);
        QVERIFY(quotes.size() >= 5);
        QVERIFY(quotes.value(1).value(5).toString().contains(u"增长"_s));
        const QString tsv = targetsTabSeparated(model);
        QVERIFY(tsv.contains(u"\t7\t"_s));
        QVERIFY(tsv.contains(u"地区生产总值"_s));
        const QByteArray csv = targetsCsv(model);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(csv).contains(u"地区生产总值,"_s));
    }

    void workspaceEditUndoRedoPersists()
    {
        TargetsWorkspace workspace;
        workspace.resize(1200, 700);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy loaded(&workspace, &TargetsWorkspace::documentsLoaded);
        workspace.setLibrary(m_db, m_summaries);
        // The newest reports are checked by default.
        QVERIFY(loaded.wait(kLoadTimeout));
        QCOMPARE(workspace.selectedDocuments().size(), 3);

        TargetsModel *model = workspace.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int gdp = rowOf(*model, u"地区生产总值"_s);
        QVERIFY(gdp >= 0);
        const qint64 turpan = turpanId();
        const int column = columnOfDocument(*model, turpan);
        QVERIFY(column > 0);
        const QModelIndex cell = model->index(gdp, column);
        const double extracted = cell.data(TargetsModel::ValueRole).toDouble();
        QVERIFY(extracted > 0);
        QVERIFY(!cell.data(TargetsModel::EditedRole).toBool());

        // Every cell opens the reader at its quote.
        QSignalSpy quote(&workspace, &TargetsWorkspace::quoteRequested);
        QTableView *view = workspace.tableView();
        const QModelIndex proxyCell = workspace.proxyModel()->mapFromSource(cell);
        view->scrollTo(proxyCell);
        const QPoint centre = view->visualRect(proxyCell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(quote.count(), 1);
        QCOMPARE(quote.first().at(0).toLongLong(), turpan);
        QVERIFY(quote.first().at(2).toLongLong() > 0);

        const std::optional<Observation> shown = model->observationAt(cell);
        QVERIFY(shown);
        Observation corrected = *shown;
        corrected.value = extracted + 1.5;
        corrected.qualifier = Qualifier::Min;
        QVERIFY(workspace.commitEdit(ObservationEdit{turpan, model->editKeyFor(turpan, *shown), corrected}));
        auto valueNow = [&] { return model->index(rowOf(*model, u"地区生产总值"_s), column).data(TargetsModel::ValueRole).toDouble(); };
        QCOMPARE(valueNow(), extracted + 1.5);
        QVERIFY(model->index(rowOf(*model, u"地区生产总值"_s), column).data(TargetsModel::EditedRole).toBool());
        QVERIFY(model->index(rowOf(*model, u"地区生产总值"_s), column).data().toString().contains(u"✎"_s));

        auto stored = [&] {
            auto store = ObservationStore::open(m_db);
            return store ? (*store)->edits(turpan).value_or(std::vector<ObservationEdit>{}).size() : std::size_t(99);
        };
        QCOMPARE(stored(), std::size_t(1));

        workspace.undoStack()->undo();
        QCOMPARE(valueNow(), extracted);
        QVERIFY(!model->index(rowOf(*model, u"地区生产总值"_s), column).data(TargetsModel::EditedRole).toBool());
        QCOMPARE(stored(), std::size_t(0));
        workspace.undoStack()->redo();
        QCOMPARE(valueNow(), extracted + 1.5);
        QCOMPARE(stored(), std::size_t(1));

        // Exports of the edited table.
        const QString csvPath = m_dir.filePath(u"targets.csv"_s);
        QVERIFY(workspace.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(QLocale::c().toString(extracted + 1.5, 'g', 12)));
        const QString xlsxPath = m_dir.filePath(u"targets.xlsx"_s);
        QVERIFY(workspace.exportXlsx(xlsxPath));
        QVERIFY(QFileInfo(xlsxPath).size() > 3000);
        QVERIFY(!workspace.exportXlsx(m_dir.filePath(u"missing-folder/targets.xlsx"_s)));
        workspace.copyTable();
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"地区生产总值\t"_s));

        // "Restart": a new workspace reads the correction back from the library, marked as edited.
        TargetsWorkspace again;
        QSignalSpy loadedAgain(&again, &TargetsWorkspace::documentsLoaded);
        again.setLibrary(m_db, m_summaries);
        // A hidden workspace reads nothing until it is shown.
        QVERIFY(!again.isLoading());
        QVERIFY(!loadedAgain.wait(200));
        again.show();
        QVERIFY(loadedAgain.wait(kLoadTimeout));
        TargetsModel *reloaded = again.model();
        const QModelIndex kept = reloaded->index(rowOf(*reloaded, u"地区生产总值"_s), columnOfDocument(*reloaded, turpan));
        QCOMPARE(kept.data(TargetsModel::ValueRole).toDouble(), extracted + 1.5);
        QVERIFY(kept.data(TargetsModel::EditedRole).toBool());
        QCOMPARE(kept.data(TargetsModel::QualifierRole).toString(), u"min"_s);

        // Clean up for the tests that follow.
        workspace.undoStack()->undo();
        QCOMPARE(stored(), std::size_t(0));
    }

    void chartFromSelectionAndExport()
    {
        ChartsWorkspace workspace;
        workspace.resize(1200, 700);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy updated(&workspace, &ChartsWorkspace::chartUpdated);
        workspace.setLibrary(m_db, m_summaries);
        QVERIFY(updated.wait(kLoadTimeout));
        QVERIFY(workspace.availableIndicators().contains(u"地区生产总值"_s));
        ChartRequest request;
        request.indicators = {u"地区生产总值"_s};
        request.measure = Measure::Growth;
        workspace.setRequest(request);
        const ChartData &data = workspace.chartView()->data();
        QVERIFY2(!data.isEmpty(), qPrintable(data.emptyReason));
        QStringList regions = data.categories;
        regions.sort();
        QCOMPARE(regions, (QStringList{u"吐鲁番市"_s, u"胡杨河市"_s}));
        QVERIFY(data.title.contains(u"2025"_s));

        const QString png = m_dir.filePath(u"gdp.png"_s);
        QVERIFY(workspace.exportChartTo(png, ChartExportOptions{QSize(1280, 800), 150}));
        QCOMPARE(QImage(png).size(), QSize(1280, 800));
        if (qEnvironmentVariableIsSet("PARALLAX_KEEP_CHARTS"))
            QFile::copy(png, qEnvironmentVariable("PARALLAX_KEEP_CHARTS") + u"/workspace-gdp.png"_s);
        QVERIFY(!workspace.exportChartTo(m_dir.filePath(u"gdp.gif"_s), {}));
        workspace.copyChart();
        QVERIFY(!QGuiApplication::clipboard()->image().isNull());

        // Narrowing the selection redraws the chart.
        updated.clear();
        workspace.setSelectedDocuments({turpanId()});
        QVERIFY(updated.wait(kLoadTimeout));
        QCOMPARE(workspace.chartView()->data().categories.size(), 1);
    }

    void mainWindowHasWorkspacesAndUndo()
    {
        MainWindow window(m_db);
        QVERIFY(window.openLibrary(m_db));
        QTabWidget *tabs = window.workspaceTabs();
        QVERIFY(tabs->count() >= 3); // Library, Targets, Charts; Compare comes after them
        QCOMPARE(tabs->widget(1), static_cast<QWidget *>(window.targetsWorkspace()));
        QCOMPARE(tabs->widget(2), static_cast<QWidget *>(window.chartsWorkspace()));
        bool hasUndo = false;
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menu : menus) {
            if (!menu->menu())
                continue;
            const QList<QAction *> actions = menu->menu()->actions();
            for (QAction *action : actions)
                hasUndo = hasUndo || action->shortcut() == QKeySequence(QKeySequence::Undo);
        }
        QVERIFY(hasUndo);
        // A quote request from the targets table opens the reader on the Library tab.
        tabs->setCurrentIndex(1);
        Q_EMIT window.targetsWorkspace()->quoteRequested(turpanId(), 10, 5);
        QCOMPARE(tabs->currentIndex(), 0);
    }

private:
    qint64 turpanId() const
    {
        for (const DocumentSummary &summary : m_summaries) {
            if (summary.sourcePath.contains(u"turpan"_s))
                return summary.id;
        }
        return 0;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QList<qint64> m_ids;
    std::vector<DocumentSummary> m_summaries;
};

QTEST_MAIN(TestTargetsWorkspace)
#include "tst_targetsworkspace.moc"
