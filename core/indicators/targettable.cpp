#include "core/indicators/targettable.h"

#include "core/common/enumnames.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr double epsilon = 1e-9;

using RowKey = std::pair<QString, Measure>;

int measureOrder(Measure measure)
{
    switch (measure) {
    case Measure::Growth:
        return 0;
    case Measure::Level:
        return 1;
    case Measure::Rate:
        return 2;
    }
    return 3;
}

int strength(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Min:
    case Qualifier::Max:
    case Qualifier::Exact:
        return 3;
    case Qualifier::Range:
        return 2;
    case Qualifier::About:
        return 1;
    case Qualifier::Qualitative:
        return 0;
    }
    return 0;
}

/// Indicators where less is better, so an exact or approximate target is a cap.
bool lowerIsBetter(const QString &indicator)
{
    return indicator.contains(u"失业率") || indicator == u"居民消费价格"_s || indicator.contains(u"能耗")
           || indicator.contains(u"二氧化碳");
}

} // namespace

TargetTable buildTargetTable(const std::vector<DocumentObservations> &documents, const QStringList &indicatorOrder)
{
    TargetTable table;
    std::map<RowKey, std::vector<std::optional<Observation>>> cells;
    for (std::size_t column = 0; column < documents.size(); ++column) {
        const DocumentObservations &document = documents[column];
        table.columns.push_back(document.column);
        for (const Observation &observation : document.observations) {
            if (observation.kind != ObservationKind::Target || observation.year != document.column.year)
                continue;
            auto &row = cells[{observation.indicator, observation.measure}];
            row.resize(documents.size());
            if (!row[column])
                row[column] = observation;
        }
    }
    for (auto &[key, row] : cells) {
        row.resize(documents.size());
        table.rows.push_back(TargetRow{key.first, key.second, std::move(row)});
    }
    auto rank = [&](const QString &indicator) {
        const qsizetype index = indicatorOrder.indexOf(indicator);
        return index < 0 ? indicatorOrder.size() : index;
    };
    std::stable_sort(table.rows.begin(), table.rows.end(), [&](const TargetRow &a, const TargetRow &b) {
        if (rank(a.indicator) != rank(b.indicator))
            return rank(a.indicator) < rank(b.indicator);
        if (a.indicator != b.indicator)
            return a.indicator < b.indicator;
        return measureOrder(a.measure) < measureOrder(b.measure);
    });
    return table;
}

std::vector<TargetDiff> diffTargets(const TargetTable &table, std::size_t before, std::size_t after)
{
    std::vector<TargetDiff> diffs;
    for (const TargetRow &row : table.rows) {
        if (before >= row.cells.size() || after >= row.cells.size())
            continue;
        const auto &old = row.cells[before];
        const auto &now = row.cells[after];
        if (!old && !now)
            continue;
        TargetDiff diff;
        diff.indicator = row.indicator;
        diff.measure = row.measure;
        diff.before = old;
        diff.after = now;
        if (!old) {
            diff.change = TargetChange::Added;
        } else if (!now) {
            diff.change = TargetChange::Dropped;
        } else if (old->value && now->value) {
            diff.delta = *now->value - *old->value;
            diff.change = *diff.delta > epsilon    ? TargetChange::Raised
                          : *diff.delta < -epsilon ? TargetChange::Lowered
                                                   : TargetChange::Unchanged;
        } else if (old->value.has_value() != now->value.has_value()) {
            diff.change = TargetChange::Reworded;
        } else {
            diff.change = old->quote == now->quote ? TargetChange::Unchanged : TargetChange::Reworded;
        }
        if (old && now && old->qualifier != now->qualifier) {
            const int from = strength(old->qualifier);
            const int to = strength(now->qualifier);
            diff.qualifierChange = to > from   ? QualifierChange::Tightened
                                   : to < from ? QualifierChange::Loosened
                                               : QualifierChange::Changed;
        }
        diffs.push_back(std::move(diff));
    }
    return diffs;
}

std::vector<AttainmentResult> assessAttainment(const std::vector<Observation> &observations)
{
    std::vector<AttainmentResult> results;
    QSet<QString> seen;
    for (const Observation &target : observations) {
        if (target.kind != ObservationKind::Target || !target.period.isEmpty())
            continue;
        const QString key = target.region + u'|' + target.indicator + u'|' + toString(target.measure) + u'|'
                            + QString::number(target.year);
        if (seen.contains(key))
            continue;
        const auto actual = std::find_if(observations.begin(), observations.end(), [&](const Observation &o) {
            return o.kind == ObservationKind::Actual && o.region == target.region && o.indicator == target.indicator
                   && o.measure == target.measure && o.year == target.year && o.value
                   && (o.unit == target.unit || target.qualifier == Qualifier::Qualitative);
        });
        if (actual == observations.end())
            continue;
        seen.insert(key);
        AttainmentResult result;
        result.region = target.region;
        result.indicator = target.indicator;
        result.measure = target.measure;
        result.year = target.year;
        result.target = target;
        result.actual = *actual;
        if (target.value && actual->value) {
            const bool cap = target.qualifier == Qualifier::Max
                             || (lowerIsBetter(target.indicator) && target.qualifier != Qualifier::Min);
            const double tolerance = target.qualifier == Qualifier::About ? 0.5 : 0.0;
            const double margin = cap ? *target.value - *actual->value : *actual->value - *target.value;
            result.margin = margin;
            result.result = margin + tolerance >= -epsilon ? Attainment::Met : Attainment::Missed;
        }
        results.push_back(std::move(result));
    }
    return results;
}

namespace {

constexpr EnumNames<TargetChange, 6> targetChanges{{
    {TargetChange::Unchanged, u"unchanged"}, {TargetChange::Raised, u"raised"}, {TargetChange::Lowered, u"lowered"},
    {TargetChange::Added, u"added"}, {TargetChange::Dropped, u"dropped"}, {TargetChange::Reworded, u"reworded"}}};
// QualifierChange::None has no name: it is printed as nothing.
constexpr EnumNames<QualifierChange, 3> qualifierChanges{{
    {QualifierChange::Tightened, u"tightened"}, {QualifierChange::Loosened, u"loosened"},
    {QualifierChange::Changed, u"changed"}}};
constexpr EnumNames<Attainment, 3> attainments{{
    {Attainment::Met, u"met"}, {Attainment::Missed, u"missed"}, {Attainment::Unknown, u"unknown"}}};

} // namespace

QString toString(TargetChange change) { return nameOf(targetChanges, change); }
QString toString(QualifierChange change) { return nameOf(qualifierChanges, change); }
QString toString(Attainment attainment) { return nameOf(attainments, attainment); }

} // namespace parallax
