#include "core/align/alignment.h"
#include "core/diff/worddiff.h"
#include "core/import/importer.h"
#include "ui/compare/alignmentmatrixmodel.h"
#include "ui/compare/alignmentoverride.h"
#include "ui/compare/comparecontroller.h"
#include "ui/compare/compareview.h"
#include "ui/compare/diffchangemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Document sample(const QString &name)
{
    auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + name);
    return document ? *document : Document{};
}

std::shared_ptr<Comparison> turpanHuyanghe(AlignDepth depth = AlignDepth::SecondLevel)
{
    auto comparison = std::make_shared<Comparison>();
    comparison->documents = {sample(u"turpan_2025_work-report.txt"_s), sample(u"huyanghe_2025_work-report.txt"_s)};
    AlignOptions options;
    options.depth = depth;
    comparison->depth = depth;
    comparison->matrix = alignDocuments(comparison->documents, options);
    return comparison;
}

int rowOf(const Comparison &comparison, int document, int unit)
{
    for (size_t r = 0; r < comparison.matrix.rows.size(); ++r) {
        const auto &cell = comparison.matrix.rows[r].cells[size_t(document)];
        if (cell && cell->unit == unit)
            return int(r);
    }
    return -1;
}

} // namespace

class TestCompareModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixModel()
    {
        const auto comparison = turpanHuyanghe();
        QVERIFY(!comparison->documents[0].text.isEmpty());
        QVERIFY(!comparison->documents[1].text.isEmpty());
        AlignmentMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(comparison);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.rowCount(), int(comparison->matrix.rows.size()));
        QVERIFY(model.rowCount() > 5);
        QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(u"吐鲁番"_s));
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(u"胡杨河"_s));
        int empty = 0;
        int full = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.headerData(r, Qt::Vertical).toString(), comparison->matrix.rows[size_t(r)].topic);
            for (int c = 0; c < 2; ++c) {
                const QModelIndex index = model.index(r, c);
                const bool isEmpty = !comparison->matrix.rows[size_t(r)].cells[size_t(c)].has_value();
                QCOMPARE(index.data(AlignmentMatrixModel::IsEmptyRole).toBool(), isEmpty);
                if (isEmpty) {
                    ++empty;
                    QCOMPARE(index.data().toString(), u"—"_s);
                    QCOMPARE(index.data(AlignmentMatrixModel::UnitIndexRole).toInt(), -1);
                } else {
                    QVERIFY(!index.data().toString().isEmpty());
                    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"0."_s)); // the score
                    QCOMPARE(model.rowOfUnit(c, index.data(AlignmentMatrixModel::UnitIndexRole).toInt()), r);
                }
            }
            full += model.index(r, 0).data(AlignmentMatrixModel::FilledCountRole).toInt() == 2;
        }
        QVERIFY(full >= 5);
        qInfo("%d rows, %d with both documents, %d empty cells", model.rowCount(), full, empty);
        QVERIFY(model.roleNames().value(AlignmentMatrixModel::TopicRole) == "topic");
        model.setComparison(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void overrideRoundTrip()
    {
        AlignmentOverride override;
        override.link = false;
        override.depth = AlignDepth::Paragraphs;
        override.leftHash = "abc";
        override.leftPath = u"0.2#3"_s;
        override.rightHash = "def";
        override.rightPath = u"1"_s;
        QCOMPARE(AlignmentOverride::fromString(override.toString()), std::optional(override));
        QVERIFY(!AlignmentOverride::fromString(u"nonsense"_s));
        QList<AlignmentOverride> list;
        addAlignmentOverride(list, override);
        AlignmentOverride swapped = override;
        std::swap(swapped.leftHash, swapped.rightHash);
        std::swap(swapped.leftPath, swapped.rightPath);
        swapped.link = true;
        addAlignmentOverride(list, swapped);
        QCOMPARE(list.size(), 1); // the same pair: the later decision wins
        QVERIFY(list.first().link);
    }

    void unlinkAndLink()
    {
        auto comparison = turpanHuyanghe();
        // A row with both documents: unlink separates them.
        int shared = -1;
        for (size_t r = 0; r < comparison->matrix.rows.size() && shared < 0; ++r) {
            if (comparison->matrix.rows[r].cells[0] && comparison->matrix.rows[r].cells[1])
                shared = int(r);
        }
        QVERIFY(shared >= 0);
        const int left = comparison->matrix.rows[size_t(shared)].cells[0]->unit;
        const int right = comparison->matrix.rows[size_t(shared)].cells[1]->unit;
        AlignmentOverride unlink;
        unlink.link = false;
        unlink.depth = comparison->depth;
        unlink.leftHash = comparison->documents[0].contentHash;
        unlink.leftPath = unitKey(*comparison->unit(0, left));
        unlink.rightHash = comparison->documents[1].contentHash;
        unlink.rightPath = unitKey(*comparison->unit(1, right));
        const size_t rowsBefore = comparison->matrix.rows.size();
        applyAlignmentOverrides(*comparison, {unlink});
        QCOMPARE(comparison->matrix.rows.size(), rowsBefore + 1);
        QVERIFY(rowOf(*comparison, 0, left) != rowOf(*comparison, 1, right));
        QVERIFY(comparison->overriddenCells.contains({1, right}));

        // Link them back: one row again, no empty rows left behind.
        AlignmentOverride link = unlink;
        link.link = true;
        applyAlignmentOverrides(*comparison, {link});
        QCOMPARE(rowOf(*comparison, 0, left), rowOf(*comparison, 1, right));
        QCOMPARE(comparison->matrix.rows.size(), rowsBefore);
        for (const AlignmentRow &row : comparison->matrix.rows)
            QVERIFY(row.cells[0] || row.cells[1]);

        // Overrides of other documents or depths are ignored.
        AlignmentOverride foreign = unlink;
        foreign.leftHash = "not-a-document";
        applyAlignmentOverrides(*comparison, {foreign});
        QCOMPARE(rowOf(*comparison, 0, left), rowOf(*comparison, 1, right));
    }

    void changeModel()
    {
        const QString left = u"全年地区生产总值增长8%，固定资产投资100亿元。我们坚持稳中求进。"_s;
        const QString right = u"全年地区生产总值增长7%，固定资产投资100亿元。我们坚持稳中求进，推进改革。"_s;
        const WordDiff diff = diffTexts(left, right);
        DiffChangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(left, right, diff);
        QVERIFY(model.changeCount() >= 2);
        QCOMPARE(model.count(DiffKind::ChangedNumber), 1);
        int figureRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(DiffKind(model.index(row, 0).data(DiffChangeModel::KindRole).toInt()) != DiffKind::Equal);
            if (DiffKind(model.index(row, 0).data(DiffChangeModel::KindRole).toInt()) == DiffKind::ChangedNumber)
                figureRow = row;
        }
        QVERIFY(figureRow >= 0);
        QCOMPARE(model.index(figureRow, DiffChangeModel::OldColumn).data().toString(), u"8%"_s);
        QCOMPARE(model.index(figureRow, DiffChangeModel::NewColumn).data().toString(), u"7%"_s);
        QVERIFY(model.index(figureRow, 0).data(Qt::ToolTipRole).toString().contains(u"→"_s));
        model.setFiguresOnly(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(DiffKind(model.index(0, 0).data(DiffChangeModel::KindRole).toInt()), DiffKind::ChangedNumber);
        model.setFiguresOnly(false);
        QVERIFY(model.rowCount() >= 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void mapOffsetFollowsChunks()
    {
        const QString left = u"第一段相同。旧的内容被删除。第三段相同的文字。"_s;
        const QString right = u"第一段相同。这里插入了一段很长很长很长的新内容。第三段相同的文字。"_s;
        const WordDiff diff = diffTexts(left, right);
        const qsizetype leftThird = left.indexOf(u"第三段"_s);
        const qsizetype rightThird = right.indexOf(u"第三段"_s);
        QCOMPARE(CompareView::mapOffset(diff, LeftSide, leftThird), rightThird);
        QCOMPARE(CompareView::mapOffset(diff, RightSide, rightThird), leftThird);
        QCOMPARE(CompareView::mapOffset(diff, LeftSide, 2), 2);
        QCOMPARE(CompareView::mapOffset(diff, LeftSide, left.size()), right.size());
    }

    void rowDiffIsComputedAgainstTheBase()
    {
        const auto comparison = turpanHuyanghe();
        int row = -1;
        for (size_t r = 0; r < comparison->matrix.rows.size() && row < 0; ++r) {
            if (comparison->matrix.rows[r].cells[0] && comparison->matrix.rows[r].cells[1])
                row = int(r);
        }
        const RowDiff diff = CompareController::computeRowDiff(*comparison, row, 0, {});
        QCOMPARE(diff.row, row);
        QVERIFY(!diff.diffs[0].has_value()); // the base has no diff of its own
        QVERIFY(diff.diffs[1].has_value());
        QVERIFY(!diff.texts[0].isEmpty());
        QVERIFY(!diff.texts[1].isEmpty());
        // The chunks cover both texts completely.
        QCOMPARE(diff.diffs[1]->chunks.back().spans[LeftSide].end, diff.texts[0].size());
        QCOMPARE(diff.diffs[1]->chunks.back().spans[RightSide].end, diff.texts[1].size());
    }
};

QTEST_MAIN(TestCompareModels)
#include "tst_comparemodels.moc"
