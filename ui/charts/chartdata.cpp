#include "ui/charts/chartdata.h"

#include "core/indicators/indicatorlexicon.h"
#include "ui/targets/observationtext.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {


bool matches(const Observation &o, const QString &indicator, Measure measure, ObservationKind kind)
{
    return o.indicator == indicator && o.measure == measure && o.kind == kind && o.value.has_value();
}

/// The most frequent key; ties go to the largest (the latest year, say).
template<typename Key>
std::optional<Key> mostFrequent(const std::map<Key, int> &counts)
{
    std::optional<Key> best;
    int bestCount = 0;
    for (const auto &[key, count] : counts) {
        if (count >= bestCount) {
            best = key;
            bestCount = count;
        }
    }
    return best;
}

Measure resolveMeasure(const std::vector<DocumentObservationSet> &documents, const QString &indicator,
                       ObservationKind kind, std::optional<Measure> requested)
{
    if (requested)
        return *requested;
    std::map<int, int> counts;
    for (const DocumentObservationSet &document : documents) {
        for (const Observation &o : document.observations) {
            if (o.indicator == indicator && o.kind == kind && o.value)
                ++counts[int(o.measure)];
        }
    }
    // Growth wins ties: it is what reports compare.
    std::optional<int> best;
    int bestCount = 0;
    for (const auto &[measure, count] : counts) {
        if (count > bestCount) {
            best = measure;
            bestCount = count;
        }
    }
    return best ? Measure(*best) : Measure::Growth;
}

int resolveYear(const std::vector<DocumentObservationSet> &documents, const QStringList &indicators, Measure measure,
                ObservationKind kind, int requested)
{
    if (requested > 0)
        return requested;
    std::map<int, int> counts;
    for (const DocumentObservationSet &document : documents) {
        for (const Observation &o : document.observations) {
            for (const QString &indicator : indicators) {
                if (matches(o, indicator, measure, kind))
                    ++counts[o.year];
            }
        }
    }
    return mostFrequent(counts).value_or(0);
}

/// The document's figure for the indicator and year: a plain annual figure before a period's
/// average or cumulative one, then the first in the text (the 预期目标 paragraph).
const Observation *figure(const DocumentObservationSet &document, const QString &indicator, Measure measure,
                          ObservationKind kind, int year)
{
    const Observation *best = nullptr;
    for (const Observation &o : document.observations) {
        if (!matches(o, indicator, measure, kind) || o.year != year)
            continue;
        if (o.editedByUser && (!best || !best->editedByUser))
            best = &o;
        else if (!best || (!best->basis.isEmpty() && o.basis.isEmpty() && !best->editedByUser))
            best = &o;
    }
    return best;
}

ChartPoint pointOf(const Observation *o)
{
    if (!o)
        return {};
    return ChartPoint{o->value, formatFigure(*o), o->editedByUser};
}

QString regionName(const DocumentObservationSet &document)
{
    return document.meta.region.isEmpty() ? document.meta.title : document.meta.region;
}

QString axisTitle(Measure measure, const QString &unit)
{
    if (unit.isEmpty())
        return QCoreApplication::translate("Parallax::ChartData", "Mixed units");
    return QCoreApplication::translate("Parallax::ChartData", "%1 (%2)").arg(displayName(measure), unit);
}

void finish(ChartData &data, const std::vector<const DocumentObservationSet *> &used)
{
    QStringList titles;
    for (const DocumentObservationSet *document : used) {
        if (!titles.contains(document->meta.title))
            titles << document->meta.title;
    }
    data.documentsUsed = titles;
    data.source = QCoreApplication::translate("Parallax::ChartData", "Source: %1").arg(titles.join(QCoreApplication::translate("Parallax::ChartData", "; ")));
    bool any = false;
    for (const ChartSeriesData &series : data.series) {
        for (const ChartPoint &point : series.points)
            any = any || point.value.has_value();
    }
    if (!any || data.categories.isEmpty())
        data.emptyReason = QCoreApplication::translate("Parallax::ChartData", "The selected documents have no figures for this chart.");
}

QString commonUnit(const std::vector<ChartSeriesData> &series, const std::vector<const Observation *> &observations)
{
    Q_UNUSED(series)
    QSet<QString> units;
    for (const Observation *o : observations) {
        if (o)
            units.insert(o->unit);
    }
    return units.size() == 1 ? *units.begin() : QString();
}

} // namespace

QString toString(ChartType type)
{
    switch (type) {
    case ChartType::RegionBar:
        return u"bar"_s;
    case ChartType::YearLine:
        return u"line"_s;
    case ChartType::TargetVsActual:
        return u"target-actual"_s;
    case ChartType::Indicators:
        return u"indicators"_s;
    }
    return {};
}

std::optional<ChartType> chartTypeFromString(QStringView name)
{
    for (ChartType type : {ChartType::RegionBar, ChartType::YearLine, ChartType::TargetVsActual, ChartType::Indicators}) {
        if (name == toString(type))
            return type;
    }
    return std::nullopt;
}

ChartData buildChartData(const std::vector<DocumentObservationSet> &documents, const ChartRequest &request)
{
    ChartData data;
    data.type = request.type;
    data.dataLabels = request.dataLabels;
    if (request.indicators.isEmpty()) {
        data.emptyReason = QCoreApplication::translate("Parallax::ChartData", "Choose an indicator to chart.");
        return data;
    }
    const QString indicator = request.indicators.first();
    const ObservationKind kind = request.type == ChartType::TargetVsActual ? ObservationKind::Target : request.kind;
    const Measure measure = resolveMeasure(documents, indicator, kind, request.measure);
    std::vector<const DocumentObservationSet *> used;
    std::vector<const Observation *> plotted;
    auto use = [&](const DocumentObservationSet &document) {
        if (std::find(used.begin(), used.end(), &document) == used.end())
            used.push_back(&document);
    };

    switch (request.type) {
    case ChartType::RegionBar: {
        const int year = resolveYear(documents, {indicator}, measure, kind, request.year);
        ChartSeriesData series{u"%1 %2"_s.arg(year).arg(displayName(kind)), kind == ObservationKind::Target, {}};
        for (const DocumentObservationSet &document : documents) {
            const Observation *o = figure(document, indicator, measure, kind, year);
            if (!o)
                continue;
            QString category = regionName(document);
            if (data.categories.contains(category))
                category += u' ' + document.meta.title;
            data.categories << category;
            series.points.push_back(pointOf(o));
            plotted.push_back(o);
            use(document);
        }
        data.series.push_back(std::move(series));
        data.title = QCoreApplication::translate("Parallax::ChartData", "%1 %2 %3 by region, %4").arg(indicator, displayName(measure), displayName(kind)).arg(year);
        break;
    }
    case ChartType::YearLine: {
        std::map<int, int> years;
        QStringList regions;
        for (const DocumentObservationSet &document : documents) {
            for (const Observation &o : document.observations) {
                if (!matches(o, indicator, measure, kind))
                    continue;
                ++years[o.year];
                if (!regions.contains(regionName(document)))
                    regions << regionName(document);
            }
        }
        for (const auto &[year, count] : years)
            data.categories << QString::number(year);
        for (const QString &region : std::as_const(regions)) {
            ChartSeriesData series{region, kind == ObservationKind::Target, {}};
            for (const auto &[year, count] : years) {
                const Observation *found = nullptr;
                for (const DocumentObservationSet &document : documents) {
                    if (regionName(document) != region)
                        continue;
                    if (const Observation *o = figure(document, indicator, measure, kind, year)) {
                        found = o;
                        use(document);
                        break;
                    }
                }
                series.points.push_back(pointOf(found));
                plotted.push_back(found);
            }
            data.series.push_back(std::move(series));
        }
        const QString span = years.empty() ? QString()
                             : years.size() == 1
                                 ? QString::number(years.begin()->first)
                                 : u"%1–%2"_s.arg(years.begin()->first).arg(years.rbegin()->first);
        data.title = QCoreApplication::translate("Parallax::ChartData", "%1 %2 %3 over the years, %4").arg(indicator, displayName(measure), displayName(kind), span);
        break;
    }
    case ChartType::TargetVsActual: {
        // The year: most frequent among years that have a target and an actual for one region.
        std::map<int, int> paired;
        for (const DocumentObservationSet &document : documents) {
            for (const Observation &t : document.observations) {
                if (!matches(t, indicator, measure, ObservationKind::Target))
                    continue;
                for (const DocumentObservationSet &other : documents) {
                    if (regionName(other) == regionName(document)
                        && figure(other, indicator, measure, ObservationKind::Actual, t.year))
                        ++paired[t.year];
                }
            }
        }
        const int year = request.year > 0 ? request.year
                         : paired.empty()
                             ? resolveYear(documents, {indicator}, measure, ObservationKind::Target, 0)
                             : mostFrequent(paired).value_or(0);
        ChartSeriesData target{QCoreApplication::translate("Parallax::ChartData", "Target"), true, {}};
        ChartSeriesData actual{QCoreApplication::translate("Parallax::ChartData", "Actual"), false, {}};
        QStringList regions;
        for (const DocumentObservationSet &document : documents) {
            if (!regions.contains(regionName(document)))
                regions << regionName(document);
        }
        for (const QString &region : std::as_const(regions)) {
            const Observation *t = nullptr;
            const Observation *a = nullptr;
            for (const DocumentObservationSet &document : documents) {
                if (regionName(document) != region)
                    continue;
                const Observation *foundTarget = figure(document, indicator, measure, ObservationKind::Target, year);
                const Observation *foundActual = figure(document, indicator, measure, ObservationKind::Actual, year);
                if (!t && foundTarget) {
                    t = foundTarget;
                    use(document);
                }
                if (!a && foundActual) {
                    a = foundActual;
                    use(document);
                }
            }
            if (!t && !a)
                continue;
            data.categories << region;
            target.points.push_back(pointOf(t));
            actual.points.push_back(pointOf(a));
            plotted.push_back(t);
            plotted.push_back(a);
        }
        data.series.push_back(std::move(target));
        data.series.push_back(std::move(actual));
        data.title = QCoreApplication::translate("Parallax::ChartData", "%1 %2: target and actual, %3").arg(indicator, displayName(measure)).arg(year);
        break;
    }
    case ChartType::Indicators: {
        const int year = resolveYear(documents, request.indicators, measure, kind, request.year);
        data.categories = request.indicators;
        for (const DocumentObservationSet &document : documents) {
            ChartSeriesData series{regionName(document), kind == ObservationKind::Target, {}};
            bool any = false;
            for (const QString &name : request.indicators) {
                const Observation *o = figure(document, name, measure, kind, year);
                series.points.push_back(pointOf(o));
                plotted.push_back(o);
                any = any || o;
            }
            if (any) {
                use(document);
                data.series.push_back(std::move(series));
            }
        }
        data.title = QCoreApplication::translate("Parallax::ChartData", "%1 %2 compared, %3")
                         .arg(displayName(measure), displayName(kind))
                         .arg(year);
        break;
    }
    }
    data.unit = commonUnit(data.series, plotted);
    data.valueAxisTitle = axisTitle(measure, data.unit);
    finish(data, used);
    return data;
}

QStringList chartableIndicators(const std::vector<DocumentObservationSet> &documents, std::optional<ObservationKind> kind)
{
    QSet<QString> present;
    for (const DocumentObservationSet &document : documents) {
        for (const Observation &o : document.observations) {
            if (o.value && (!kind || o.kind == *kind))
                present.insert(o.indicator);
        }
    }
    QStringList ordered;
    for (const QString &name : IndicatorLexicon::instance().canonicalNames()) {
        if (present.remove(name))
            ordered << name;
    }
    QStringList rest(present.begin(), present.end());
    rest.sort();
    return ordered + rest;
}

} // namespace parallax

namespace parallax {

ChartData chartDataForDocuments(const std::vector<Document> &documents, const ChartRequest &request)
{
    std::vector<DocumentObservationSet> sets;
    sets.reserve(documents.size());
    for (const Document &document : documents)
        sets.push_back(observationSet(document));
    return buildChartData(sets, request);
}

} // namespace parallax
