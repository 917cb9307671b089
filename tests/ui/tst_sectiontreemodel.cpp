#include "ui/reader/sectiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using parallax::Section;
using parallax::SectionRole;
using parallax::SectionTreeModel;

namespace {

// 一、回顾 / （一）经济 / （二）民生 / 二、目标, with offsets computed from the text itself.
const QString kText = u"政府工作报告\n"
                      u"一、回顾\n正文一。\n"
                      u"（一）经济\n经济正文。\n"
                      u"（二）民生\n民生正文。\n"
                      u"二、目标\n主要预期目标是增长5%。\n"_s;

Section makeSection(const QString &label, const QString &heading, int level, SectionRole role, qsizetype start,
                    qsizetype end)
{
    Section section;
    section.label = label;
    section.heading = heading;
    section.level = level;
    section.role = role;
    section.start = start;
    section.end = end;
    section.bodyStart = kText.indexOf(u'\n', start) + 1;
    return section;
}

std::vector<Section> sampleSections()
{
    const qsizetype one = kText.indexOf(u"一、"_s);
    const qsizetype economy = kText.indexOf(u"（一）"_s);
    const qsizetype welfare = kText.indexOf(u"（二）"_s);
    const qsizetype two = kText.indexOf(u"二、"_s);
    Section review = makeSection(u"一、"_s, u"回顾"_s, 1, SectionRole::Review, one, two);
    review.children.push_back(makeSection(u"（一）"_s, u"经济"_s, 2, SectionRole::Review, economy, welfare));
    review.children.push_back(makeSection(u"（二）"_s, u"民生"_s, 2, SectionRole::Review, welfare, two));
    review.children.back().labelImplied = true;
    Section targets = makeSection(u"二、"_s, u"目标"_s, 1, SectionRole::Targets, two, kText.size());
    return {review, targets};
}

} // namespace

class TestSectionTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        SectionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSections(sampleSections());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setSections(sampleSections());
        QCOMPARE(model.rowCount(), 2);
    }

    void treeShape()
    {
        SectionTreeModel model;
        model.setSections(sampleSections());
        const QModelIndex review = model.index(0, 0);
        QCOMPARE(model.rowCount(review), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        const QModelIndex welfare = model.index(1, 0, review);
        QCOMPARE(welfare.parent(), review);
        QCOMPARE(welfare.row(), 1);
        QVERIFY(!review.parent().isValid());
        QVERIFY(!model.index(2, 0).isValid());
        QVERIFY(!model.index(0, 1).isValid());
    }

    void roles_data()
    {
        QTest::addColumn<QList<int>>("path");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("startsWith");
        QTest::newRow("top level") << QList<int>{0} << u"一、 回顾"_s << u"一、"_s << u"回顾"_s << 1 << u"review"_s
                                   << u"一、回顾"_s;
        QTest::newRow("child") << QList<int>{0, 0} << u"（一） 经济"_s << u"（一）"_s << u"经济"_s << 2
                               << u"review"_s << u"（一）经济"_s;
        QTest::newRow("implied label") << QList<int>{0, 1} << u"[（二）] 民生"_s << u"（二）"_s << u"民生"_s << 2
                                       << u"review"_s << u"（二）民生"_s;
        QTest::newRow("targets") << QList<int>{1} << u"二、 目标"_s << u"二、"_s << u"目标"_s << 1 << u"targets"_s
                                 << u"二、目标"_s;
    }

    void roles()
    {
        QFETCH(QList<int>, path);
        QFETCH(QString, display);
        QFETCH(QString, label);
        QFETCH(QString, heading);
        QFETCH(int, level);
        QFETCH(QString, role);
        QFETCH(QString, startsWith);
        SectionTreeModel model;
        model.setSections(sampleSections());
        QModelIndex index;
        for (int row : path)
            index = model.index(row, 0, index);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), display);
        QCOMPARE(index.data(SectionTreeModel::LabelRole).toString(), label);
        QCOMPARE(index.data(SectionTreeModel::HeadingRole).toString(), heading);
        QCOMPARE(index.data(SectionTreeModel::LevelRole).toInt(), level);
        QCOMPARE(index.data(SectionTreeModel::RoleRole).toString(), role);
        const auto start = index.data(SectionTreeModel::StartRole).value<qsizetype>();
        const auto end = index.data(SectionTreeModel::EndRole).value<qsizetype>();
        QVERIFY(start < end);
        QVERIFY(kText.mid(start).startsWith(startsWith));
        QCOMPARE(model.roleNames().value(SectionTreeModel::HeadingRole), QByteArray("heading"));
    }

    void indexForPosition_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("heading");
        QTest::newRow("before first section") << u"政府"_s << 0 << QString();
        QTest::newRow("top heading") << u"一、回顾"_s << 0 << u"回顾"_s;
        QTest::newRow("body before children") << u"正文一"_s << 1 << u"回顾"_s;
        QTest::newRow("child heading") << u"（一）经济"_s << 0 << u"经济"_s;
        QTest::newRow("inside child body") << u"民生正文"_s << 2 << u"民生"_s;
        QTest::newRow("second top level") << u"主要预期"_s << 3 << u"目标"_s;
        QTest::newRow("end of text") << u"5%"_s << 3 << u"目标"_s;
    }

    void indexForPosition()
    {
        QFETCH(QString, at);
        QFETCH(int, offset);
        QFETCH(QString, heading);
        SectionTreeModel model;
        model.setSections(sampleSections());
        const qsizetype position = kText.indexOf(at) + offset;
        const QModelIndex index = model.indexForPosition(position);
        QCOMPARE(index.data(SectionTreeModel::HeadingRole).toString(), heading);
        QCOMPARE(index.isValid(), !heading.isEmpty());
    }
};

QTEST_MAIN(TestSectionTreeModel)
#include "tst_sectiontreemodel.moc"
