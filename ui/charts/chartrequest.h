#pragma once

#include "core/indicators/observation.h"

#include <QStringList>

#include <optional>

namespace parallax {

enum class ChartType {
    RegionBar,      ///< one indicator across regions (documents) for one year
    YearLine,       ///< one indicator over years, one line per region
    TargetVsActual, ///< target of year Y next to the actual of year Y, per region
    Indicators,     ///< several indicators side by side, one bar per region
};

/// What to chart; the GUI's controls and the CLI's options both fill one of these.
struct ChartRequest
{
    ChartType type = ChartType::RegionBar;
    QStringList indicators;          ///< one for most types, several for Indicators
    std::optional<Measure> measure;  ///< unset: the indicator's most frequent measure
    ObservationKind kind = ObservationKind::Target;
    int year = 0;                    ///< 0: the most frequent year among the matches
    bool dataLabels = true;
};

[[nodiscard]] QString toString(ChartType type);
[[nodiscard]] std::optional<ChartType> chartTypeFromString(QStringView name);

} // namespace parallax
