#pragma once

#include "ui/charts/chartrequest.h"
#include "ui/targets/observationloader.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace parallax {

struct ChartPoint
{
    std::optional<double> value; ///< absent: no figure for this category
    QString label;               ///< the figure as written ("7%左右"), for data labels
    bool editedByUser = false;
};

struct ChartSeriesData
{
    QString name;
    bool isTarget = false; ///< drawn hatched: a target, not an outcome
    std::vector<ChartPoint> points; ///< one per category
};

/// A chart ready to draw: what ChartCanvas renders on screen and in every export format.
struct ChartData
{
    ChartType type = ChartType::RegionBar;
    QString title;        ///< what and when
    QString unit;         ///< value axis unit ("%", "亿元"); empty when mixed
    QString valueAxisTitle;
    QStringList categories;
    std::vector<ChartSeriesData> series;
    QString source;       ///< "Source: …" with the documents used
    QStringList documentsUsed;
    bool dataLabels = true;
    QString emptyReason;  ///< set when nothing matched; the canvas shows it instead of a chart

    [[nodiscard]] bool isEmpty() const { return !emptyReason.isEmpty(); }
};

/// Builds the chart for `request` from loaded documents. Pure function (translations aside);
/// any thread.
[[nodiscard]] ChartData buildChartData(const std::vector<DocumentObservationSet> &documents, const ChartRequest &request);

/// Indicator names that have at least one observation of `kind` in the documents, lexicon order first.
[[nodiscard]] QStringList chartableIndicators(const std::vector<DocumentObservationSet> &documents,
                                              std::optional<ObservationKind> kind = std::nullopt);

} // namespace parallax

namespace parallax {

/// Extracts the documents' observations (no user edits) and builds the chart: what the CLI's
/// `chart` command draws. Pure function; any thread.
[[nodiscard]] ChartData chartDataForDocuments(const std::vector<Document> &documents, const ChartRequest &request);

} // namespace parallax
