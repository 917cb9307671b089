// Precision and recall of indicator extraction against gold files written by reading the samples
// (tests/data/indicators/*.tsv; see the README there for the format and scope).
#include "core/common/errortext.h"
#include "core/import/importer.h"
#include "core/indicators/indicatorextractor.h"

#include <QFile>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

/// The comparable identity of an observation: everything an analyst records, not the quote.
QString key(const QString &indicator, const QString &measure, const QString &value, const QString &valueMax,
            const QString &unit, const QString &qualifier, const QString &kind, const QString &year)
{
    return QStringList{indicator, measure, value, valueMax, unit, qualifier, kind, year}.join(u" | "_s);
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : u"-"_s;
}

QString key(const Observation &o)
{
    return key(o.indicator, toString(o.measure), number(o.value), number(o.valueMax), o.unit, toString(o.qualifier),
               toString(o.kind), QString::number(o.year));
}

struct Range
{
    qsizetype start;
    qsizetype end;
};

const Section *findBox(const std::vector<Section> &sections, const QString &label)
{
    for (const Section &section : sections) {
        if (section.label == label)
            return &section;
        if (const Section *found = findBox(section.children, label))
            return found;
    }
    return nullptr;
}

struct Totals
{
    int extracted = 0;
    int gold = 0;
    int matched = 0;
};

Totals g_totals;

} // namespace

class TestIndicatorGold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gold_data()
    {
        QTest::addColumn<QString>("sample");
        for (const char *sample : {"turpan_2025_work-report", "huyanghe_2025_work-report", "urumqi_2023_work-report",
                                   "xinjiang_2025_work-report-summary", "changji_2021-2025_five-year-plan"})
            QTest::newRow(sample) << QString::fromLatin1(sample);
    }

    void gold()
    {
        QFETCH(QString, sample);
        const auto document = importFile(QStringLiteral(PARALLAX_SAMPLES) + u'/' + sample + u".txt"_s);
        QVERIFY2(document, document ? "" : qPrintable(errorText(document.error())));

        QFile file(QStringLiteral(PARALLAX_TEST_DATA) + u"/indicators/"_s + sample + u".tsv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::vector<Range> scope;
        std::multiset<QString> expected;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            if (fields.front() == u"scope"_s) {
                const QString prefix = fields.value(1);
                if (const Section *box = findBox(document->sections, prefix)) {
                    scope.push_back({box->start, box->end});
                    continue;
                }
                const qsizetype at = document->text.indexOf(prefix);
                QVERIFY2(at >= 0, qPrintable(u"scope paragraph not found: "_s + prefix));
                const qsizetype end = document->text.indexOf(u'\n', at);
                scope.push_back({at, end < 0 ? document->text.size() : end});
                continue;
            }
            QCOMPARE(fields.size(), 8);
            expected.insert(key(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7]));
        }

        std::multiset<QString> extracted;
        for (const Observation &observation : extractIndicators(*document)) {
            const bool inScope = std::any_of(scope.begin(), scope.end(), [&](const Range &range) {
                return observation.start >= range.start && observation.start < range.end;
            });
            if (inScope)
                extracted.insert(key(observation));
        }

        int matched = 0;
        std::multiset<QString> missing = expected;
        QStringList spurious;
        for (const QString &observation : extracted) {
            const auto found = missing.find(observation);
            if (found != missing.end()) {
                missing.erase(found);
                ++matched;
            } else {
                spurious << observation;
            }
        }
        for (const QString &item : missing)
            qInfo().noquote() << "  missed:   " << item;
        for (const QString &item : spurious)
            qInfo().noquote() << "  spurious: " << item;
        const double precision = extracted.empty() ? 1.0 : double(matched) / double(extracted.size());
        const double recall = expected.empty() ? 1.0 : double(matched) / double(expected.size());
        qInfo().noquote() << u"%1: precision %2 (%3/%4), recall %5 (%6/%7)"_s.arg(sample)
                                 .arg(precision, 0, 'f', 3).arg(matched).arg(extracted.size())
                                 .arg(recall, 0, 'f', 3).arg(matched).arg(expected.size());
        g_totals.extracted += int(extracted.size());
        g_totals.gold += int(expected.size());
        g_totals.matched += matched;
        // Each sample on its own must be useful; the bar of the issue applies to the whole set.
        QVERIFY2(precision >= 0.9, qPrintable(sample));
        QVERIFY2(recall >= 0.5, qPrintable(sample));
    }

    void overall()
    {
        QVERIFY(g_totals.gold > 80);
        const double precision = double(g_totals.matched) / double(g_totals.extracted);
        const double recall = double(g_totals.matched) / double(g_totals.gold);
        qInfo().noquote() << u"all samples: precision %1 (%2/%3), recall %4 (%5/%6)"_s.arg(precision, 0, 'f', 3)
                                 .arg(g_totals.matched).arg(g_totals.extracted).arg(recall, 0, 'f', 3)
                                 .arg(g_totals.matched).arg(g_totals.gold);
        QVERIFY(precision >= 0.95);
        QVERIFY(recall >= 0.95);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorGold)
#include "tst_indicatorgold.moc"
