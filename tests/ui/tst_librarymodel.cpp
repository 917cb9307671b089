#include "ui/library/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using parallax::DocumentKind;
using parallax::DocumentSummary;
using parallax::LibraryModel;
using parallax::RegionLevel;

namespace {

DocumentSummary makeSummary(qint64 id, const QString &title, const QString &region, RegionLevel level,
                            DocumentKind kind, int reported, int planned, int periodEnd = 0)
{
    DocumentSummary summary;
    summary.id = id;
    summary.meta.title = title;
    summary.meta.region = region;
    summary.meta.regionLevel = level;
    summary.meta.kind = kind;
    summary.meta.yearReported = reported;
    summary.meta.yearPlanned = planned;
    summary.meta.periodEnd = periodEnd;
    summary.sourcePath = u"/data/%1.txt"_s.arg(id);
    summary.encoding = u"GB18030"_s;
    return summary;
}

std::vector<DocumentSummary> sampleLibrary()
{
    return {
        makeSummary(1, u"吐鲁番市2025年政府工作报告"_s, u"吐鲁番市"_s, RegionLevel::Prefecture,
                    DocumentKind::WorkReport, 2024, 2025),
        makeSummary(2, u"乌鲁木齐市2023年政府工作报告"_s, u"乌鲁木齐市"_s, RegionLevel::Prefecture,
                    DocumentKind::WorkReport, 2022, 2023),
        makeSummary(3, u"昌吉州国民经济和社会发展第十四个五年规划纲要"_s, u"昌吉回族自治州"_s,
                    RegionLevel::Prefecture, DocumentKind::Plan, 2020, 2021, 2025),
        makeSummary(4, u"新疆2025年政府工作报告摘要"_s, u"新疆维吾尔自治区"_s, RegionLevel::Province,
                    DocumentKind::WorkReport, 2024, 2025),
        makeSummary(5, u"吐鲁番市2024年政府工作报告"_s, u"吐鲁番市"_s, RegionLevel::Prefecture,
                    DocumentKind::WorkReport, 2023, 2024),
        makeSummary(6, u"吐鲁番市2025年政府工作报告（修订）"_s, u"吐鲁番市"_s, RegionLevel::Prefecture,
                    DocumentKind::WorkReport, 2024, 2025),
        makeSummary(7, u"无题文件"_s, QString(), RegionLevel::Unknown, DocumentKind::Other, 0, 0),
    };
}

QModelIndex findTopLevel(const QAbstractItemModel &model, const QString &region)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(LibraryModel::RegionRole).toString() == region)
            return index;
    }
    return {};
}

} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.documentCount(), 0);
        QVERIFY(!model.indexForDocument(1).isValid());
    }

    void modelTesterOnResets()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(sampleLibrary());
        model.setDocuments({});
        model.setDocuments(sampleLibrary());
        QCOMPARE(model.documentCount(), 7);
    }

    void regionOrder()
    {
        LibraryModel model;
        model.setDocuments(sampleLibrary());
        // Province before prefectures, unknown region last.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, 0).data(LibraryModel::RegionRole).toString(), u"新疆维吾尔自治区"_s);
        QCOMPARE(model.index(4, 0).data(LibraryModel::RegionRole).toString(), QString());
        QCOMPARE(model.index(4, 0).data().toString(), u"Unknown region (1)"_s);
    }

    void groupLabels_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("yearLabels");
        QTest::newRow("two years, two reports in one") << u"吐鲁番市"_s << u"吐鲁番市 (3)"_s
                                                       << QStringList{u"2025 (2)"_s, u"2024 (1)"_s};
        QTest::newRow("single report") << u"乌鲁木齐市"_s << u"乌鲁木齐市 (1)"_s << QStringList{u"2023 (1)"_s};
        QTest::newRow("plan period") << u"昌吉回族自治州"_s << u"昌吉回族自治州 (1)"_s
                                     << QStringList{u"2021–2025 (1)"_s};
        QTest::newRow("unknown year") << QString() << u"Unknown region (1)"_s << QStringList{u"Unknown year (1)"_s};
    }

    void groupLabels()
    {
        QFETCH(QString, region);
        QFETCH(QString, label);
        QFETCH(QStringList, yearLabels);
        LibraryModel model;
        model.setDocuments(sampleLibrary());
        const QModelIndex regionIndex = findTopLevel(model, region);
        QVERIFY(regionIndex.isValid());
        QCOMPARE(regionIndex.data().toString(), label);
        QCOMPARE(regionIndex.data(LibraryModel::NodeTypeRole).toInt(), int(LibraryModel::NodeType::Region));
        QStringList actual;
        int documents = 0;
        for (int row = 0; row < model.rowCount(regionIndex); ++row) {
            const QModelIndex year = model.index(row, 0, regionIndex);
            QCOMPARE(year.data(LibraryModel::NodeTypeRole).toInt(), int(LibraryModel::NodeType::Year));
            QCOMPARE(year.parent(), regionIndex);
            actual << year.data().toString();
            QCOMPARE(model.rowCount(year), year.data(LibraryModel::CountRole).toInt());
            documents += model.rowCount(year);
        }
        QCOMPARE(actual, yearLabels);
        QCOMPARE(documents, regionIndex.data(LibraryModel::CountRole).toInt());
    }

    void documentRoles()
    {
        LibraryModel model;
        model.setDocuments(sampleLibrary());
        const QModelIndex index = model.indexForDocument(3);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), u"昌吉州国民经济和社会发展第十四个五年规划纲要"_s);
        QCOMPARE(index.data(LibraryModel::DocumentIdRole).toLongLong(), 3);
        QCOMPARE(index.data(LibraryModel::RegionRole).toString(), u"昌吉回族自治州"_s);
        QCOMPARE(index.data(LibraryModel::YearRole).toInt(), 2021);
        QCOMPARE(index.data(LibraryModel::KindRole).toString(), u"plan"_s);
        QCOMPARE(index.data(LibraryModel::RegionLevelRole).toString(), u"prefecture"_s);
        QCOMPARE(index.data(LibraryModel::SourcePathRole).toString(), u"/data/3.txt"_s);
        QCOMPARE(index.data(LibraryModel::NodeTypeRole).toInt(), int(LibraryModel::NodeType::Document));
        QCOMPARE(model.rowCount(index), 0);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Five-year plan"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Prefecture"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"2021–2025"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"/data/3.txt"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"GB18030"_s), qPrintable(tip));
        // Group rows carry no document.
        QCOMPARE(index.parent().data(LibraryModel::DocumentIdRole).toLongLong(), 0);
        QVERIFY(model.roleNames().value(LibraryModel::DocumentIdRole) == "documentId");
    }

    void documentsNewestFirstAndTitleOrder()
    {
        LibraryModel model;
        model.setDocuments(sampleLibrary());
        const QList<qint64> ids = model.documentIds();
        QCOMPARE(ids.size(), 7);
        // 吐鲁番市: 2025 (titles in order: 1 before 6), then 2024.
        const qsizetype first = ids.indexOf(1);
        QCOMPARE(ids.mid(first, 3), (QList<qint64>{1, 6, 5}));
        QCOMPARE(model.summary(6)->meta.title, u"吐鲁番市2025年政府工作报告（修订）"_s);
        QCOMPARE(model.summary(99), nullptr);
    }

    void recursiveFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<int>("documents");
        QTest::newRow("region") << u"吐鲁番"_s << QStringList{u"吐鲁番市"_s} << 3;
        QTest::newRow("year") << u"2023"_s << QStringList{u"乌鲁木齐市"_s, u"吐鲁番市"_s} << 2;
        QTest::newRow("title word") << u"规划"_s << QStringList{u"昌吉回族自治州"_s} << 1;
        QTest::newRow("nothing") << u"上海"_s << QStringList{} << 0;
        QTest::newRow("empty") << QString() << QStringList{u"新疆维吾尔自治区"_s, u"乌鲁木齐市"_s,
                                                            u"昌吉回族自治州"_s, u"吐鲁番市"_s, QString()}
                               << 7;
    }

    void recursiveFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, regions);
        QFETCH(int, documents);
        LibraryModel model;
        model.setDocuments(sampleLibrary());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(LibraryModel::FilterTextRole);
        proxy.setRecursiveFilteringEnabled(true);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(filter);

        QStringList actualRegions;
        int actualDocuments = 0;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex region = proxy.index(r, 0);
            actualRegions << region.data(LibraryModel::RegionRole).toString();
            for (int y = 0; y < proxy.rowCount(region); ++y)
                actualDocuments += proxy.rowCount(proxy.index(y, 0, region));
        }
        std::sort(actualRegions.begin(), actualRegions.end());
        std::sort(regions.begin(), regions.end());
        QCOMPARE(actualRegions, regions);
        QCOMPARE(actualDocuments, documents);
    }
};

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
