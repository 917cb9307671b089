#include "core/import/importer.h"
#include "ui/compare/alignmentmatrixmodel.h"
#include "ui/compare/compareview.h"
#include "ui/compare/compareworkspace.h"
#include "ui/compare/diffchangemodel.h"
#include "ui/compare/diffoverviewbar.h"
#include "ui/compare/diffpane.h"

#include <QAction>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

constexpr int kTimeout = 60000;

std::vector<Document> twoReports()
{
    std::vector<Document> documents;
    for (const QString &name : {u"turpan_2025_work-report.txt"_s, u"huyanghe_2025_work-report.txt"_s}) {
        auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
        documents.push_back(document ? *document : Document{});
    }
    return documents;
}

bool openComparison(CompareWorkspace &workspace)
{
    QSignalSpy shown(&workspace, &CompareWorkspace::rowShown);
    workspace.compareDocuments(twoReports());
    return shown.wait(kTimeout) || shown.count() > 0;
}

} // namespace

class TestCompareWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ParallaxTests"_s);
        QCoreApplication::setApplicationName(u"tst_compareworkspace"_s);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void openAndNavigate()
    {
        CompareWorkspace workspace;
        workspace.resize(1400, 900);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(openComparison(workspace));
        QVERIFY(workspace.comparison());
        QCOMPARE(workspace.matrixModel()->columnCount(), 2);
        CompareView *view = workspace.compareView();
        QCOMPARE(view->paneCount(), 2);
        QCOMPARE(view->base(), 0);
        QCOMPARE(view->target(), 1);
        QVERIFY(!view->pane(0)->text().isEmpty());
        QVERIFY(!view->pane(1)->text().isEmpty());
        QCOMPARE(view->pane(0)->text(), view->rowDiff().texts[0]);
        QVERIFY(view->changeModel()->changeCount() > 0);
        QCOMPARE(int(view->overview()->marks().size()), view->changeModel()->changeCount());
        QCOMPARE(view->currentChange(), -1);

        // Next change: the first change becomes current and is outlined in the target pane.
        QVERIFY(workspace.nextChange());
        QCOMPARE(view->currentChange(), 0);
        QVERIFY(!view->pane(1)->textView()->extraSelections().isEmpty());
        QVERIFY(workspace.summaryText().contains(u"1"_s));
        // F7 goes on to the next change (a second one in this row, or the first of a later row).
        const int row = workspace.currentRow();
        QSignalSpy rowShown(&workspace, &CompareWorkspace::rowShown);
        workspace.matrixView()->setFocus();
        QTest::keyClick(workspace.matrixView(), Qt::Key_F7);
        if (view->changeModel()->changeCount() > 1) {
            QCOMPARE(workspace.currentRow(), row);
            QCOMPARE(view->currentChange(), 1);
        } else {
            QVERIFY(rowShown.wait(kTimeout));
            QVERIFY(workspace.currentRow() > row);
            QCOMPARE(view->currentChange(), 0);
        }
        QTest::keyClick(workspace.matrixView(), Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(view->currentChange(), 0);

        // Figures only: the change list keeps just changed figures.
        workspace.setFiguresOnly(true);
        for (int r = 0; r < view->changeModel()->rowCount(); ++r)
            QCOMPARE(DiffKind(view->changeModel()->index(r, 0).data(DiffChangeModel::KindRole).toInt()),
                     DiffKind::ChangedNumber);
        workspace.setFiguresOnly(false);
    }

    void changedFiguresAreMarked()
    {
        CompareWorkspace workspace;
        workspace.resize(1400, 900);
        workspace.show();
        QVERIFY(openComparison(workspace));
        // Walk the rows until one has a changed figure; its pane text carries the old → new tooltip.
        CompareView *view = workspace.compareView();
        bool found = false;
        for (int row = 0; row < workspace.matrixModel()->rowCount() && !found; ++row) {
            if (workspace.matrixModel()->index(row, 0).data(AlignmentMatrixModel::FilledCountRole).toInt() < 2)
                continue;
            QSignalSpy shown(&workspace, &CompareWorkspace::rowShown);
            workspace.selectRow(row);
            if (view->rowDiff().row != row)
                QVERIFY(shown.wait(kTimeout));
            found = view->changeModel()->count(DiffKind::ChangedNumber) > 0;
        }
        QVERIFY(found);
        workspace.setFiguresOnly(true);
        QVERIFY(workspace.nextChange());
        const DiffChunk *chunk = view->changeModel()->chunk(view->currentChange());
        QVERIFY(chunk);
        QCOMPARE(chunk->kind, DiffKind::ChangedNumber);
        QTextCursor cursor(view->pane(1)->textView()->document());
        cursor.setPosition(int(chunk->spans[RightSide].start) + 1);
        QVERIFY(cursor.charFormat().toolTip().contains(u"→"_s));
        QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Bold));
    }

    void synchronizedScrolling()
    {
        CompareWorkspace workspace;
        workspace.resize(1000, 500);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QVERIFY(openComparison(workspace));
        CompareView *view = workspace.compareView();
        // Find a row long enough to scroll.
        for (int row = 0; row < workspace.matrixModel()->rowCount(); ++row) {
            if (view->pane(0)->textView()->verticalScrollBar()->maximum() > 200
                && view->pane(1)->textView()->verticalScrollBar()->maximum() > 200)
                break;
            if (workspace.matrixModel()->index(row, 0).data(AlignmentMatrixModel::FilledCountRole).toInt() < 2)
                continue;
            QSignalSpy shown(&workspace, &CompareWorkspace::rowShown);
            workspace.selectRow(row);
            QVERIFY(shown.wait(kTimeout));
        }
        QScrollBar *base = view->pane(0)->textView()->verticalScrollBar();
        QScrollBar *target = view->pane(1)->textView()->verticalScrollBar();
        QVERIFY(base->maximum() > 200);
        QCOMPARE(target->value(), 0);
        base->setValue(base->maximum() / 2);
        QVERIFY(target->value() > 0); // followed
        // The text at the top of both panes corresponds through the diff.
        const qsizetype top = view->pane(0)->topPosition();
        const qsizetype mapped = CompareView::mapOffset(*view->rowDiff().diffs[1], LeftSide, top);
        QVERIFY(std::abs(view->pane(1)->topPosition() - mapped) < 200);
        // No feedback loop: the base stays where it was put.
        QCOMPARE(base->value(), base->maximum() / 2);
    }

    void overrideIsKept()
    {
        QSettings().remove(u"compare/alignmentOverrides"_s);
        int unlinkedUnit = -1;
        int partnerUnit = -1;
        int rowsAfter = 0;
        {
            CompareWorkspace workspace;
            QVERIFY(openComparison(workspace));
            AlignmentMatrixModel *model = workspace.matrixModel();
            const int rowsBefore = model->rowCount();
            int row = -1;
            for (int r = 0; r < rowsBefore && row < 0; ++r) {
                if (model->index(r, 0).data(AlignmentMatrixModel::FilledCountRole).toInt() == 2)
                    row = r;
            }
            QVERIFY(row >= 0);
            const QModelIndex cell = model->index(row, 1);
            unlinkedUnit = cell.data(AlignmentMatrixModel::UnitIndexRole).toInt();
            const int partner = model->index(row, 0).data(AlignmentMatrixModel::UnitIndexRole).toInt();
            partnerUnit = partner;
            QVERIFY(workspace.unlinkCell(cell));
            rowsAfter = model->rowCount();
            QCOMPARE(rowsAfter, rowsBefore + 1);
            QVERIFY(model->rowOfUnit(1, unlinkedUnit) != model->rowOfUnit(0, partner));
            QCOMPARE(workspace.overrides().size(), 1);
            QCOMPARE(QSettings().value(u"compare/alignmentOverrides"_s).toStringList().size(), 1);
            const int unlinkedRow = model->rowOfUnit(1, unlinkedUnit);
            QVERIFY(model->index(unlinkedRow, 1).data(AlignmentMatrixModel::OverriddenRole).toBool());
        }
        // A new workspace (as after a restart) applies the override to the same documents.
        CompareWorkspace again;
        QVERIFY(openComparison(again));
        QCOMPARE(again.matrixModel()->rowCount(), rowsAfter);
        const int row = again.matrixModel()->rowOfUnit(1, unlinkedUnit);
        QVERIFY(row >= 0);
        QCOMPARE(again.matrixModel()->index(row, 0).data(AlignmentMatrixModel::FilledCountRole).toInt(), 1);

        // Link it with another section of the first document; reset forgets both decisions.
        QModelIndex other;
        for (int r = 0; r < again.matrixModel()->rowCount() && !other.isValid(); ++r) {
            const QModelIndex candidate = again.matrixModel()->index(r, 0);
            if (r != row && !candidate.data(AlignmentMatrixModel::IsEmptyRole).toBool()
                && candidate.data(AlignmentMatrixModel::UnitIndexRole).toInt() != partnerUnit)
                other = candidate;
        }
        QVERIFY(other.isValid());
        const int otherUnit = other.data(AlignmentMatrixModel::UnitIndexRole).toInt();
        QVERIFY(again.linkCells(other, again.matrixModel()->index(row, 1)));
        QVERIFY(again.matrixModel()->rowOfUnit(1, unlinkedUnit) >= 0);
        QCOMPARE(again.matrixModel()->rowOfUnit(1, unlinkedUnit), again.matrixModel()->rowOfUnit(0, otherUnit));
        QCOMPARE(again.overrides().size(), 2);
        QSignalSpy shown(&again, &CompareWorkspace::comparisonShown);
        again.resetOverrides();
        QVERIFY(shown.wait(kTimeout));
        QVERIFY(again.overrides().isEmpty());
    }

    void depthSwitchRealigns()
    {
        CompareWorkspace workspace;
        QVERIFY(openComparison(workspace));
        const int second = workspace.matrixModel()->rowCount();
        QSignalSpy shown(&workspace, &CompareWorkspace::comparisonShown);
        workspace.setDepth(AlignDepth::Paragraphs);
        QVERIFY(shown.wait(kTimeout));
        QCOMPARE(workspace.comparison()->depth, AlignDepth::Paragraphs);
        QVERIFY(workspace.matrixModel()->rowCount() > second);
        workspace.setDepth(AlignDepth::SecondLevel);
    }

    // A document with more units than the alignment takes: the summary says how many were left out.
    void alignmentLimitIsSaid()
    {
        CompareWorkspace workspace;
        workspace.setDepth(AlignDepth::Paragraphs);
        QString text = u"一、重点工作\n"_s;
        for (int i = 0; i < 1600; ++i)
            text += u"推进第%1个重点项目建设，完成投资%2亿元。\n"_s.arg(i + 1).arg(i % 37 + 1);
        auto longDocument = importBytes(text.toUtf8(), u"long.txt"_s);
        QVERIFY(longDocument);
        QSignalSpy shown(&workspace, &CompareWorkspace::comparisonShown);
        workspace.compareDocuments({twoReports().front(), *longDocument});
        QVERIFY(shown.wait(kTimeout) || shown.count() > 0);
        const std::vector<int> &leftOut = workspace.comparison()->matrix.unitsLeftOut;
        QCOMPARE(leftOut[0], 0);
        QCOMPARE(leftOut[1], 1600 - AlignOptions{}.maxUnits);
        const QString summary = workspace.summaryText();
        QVERIFY2(summary.contains(u"100 section"_s) && summary.contains(u"beyond the alignment limit left out"_s),
                 qPrintable(summary));
        workspace.setDepth(AlignDepth::SecondLevel);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestCompareWorkspace)
#include "tst_compareworkspace.moc"
