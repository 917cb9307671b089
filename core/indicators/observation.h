#pragma once

#include <QString>

#include <optional>

namespace parallax {

enum class Measure { Growth, Level, Rate };
/// How a figure is bounded: 以上/不低于 (Min), 左右 (About), 以内/控制在 (Max), a—b (Range),
/// plain (Exact), or words only such as 与经济增长基本同步 (Qualitative, no value).
enum class Qualifier { Min, About, Max, Range, Exact, Qualitative };
enum class ObservationKind { Actual, Target };

/// One figure for one indicator, traceable to the sentence it came from.
struct Observation
{
    QString indicator;            ///< canonical name (地区生产总值) or, for plan tables, the name as written
    Measure measure = Measure::Growth;
    std::optional<double> value;  ///< signed: declines are negative; absent for qualitative figures
    std::optional<double> valueMax; ///< upper end of a range
    QString unit;                 ///< as written, with ％ read as % (亿元, %, 个百分点)
    Qualifier qualifier = Qualifier::Exact;
    ObservationKind kind = ObservationKind::Actual;
    int year = 0;                 ///< the year the figure is for (last year of a period)
    QString period;               ///< "2021-2025" for plan targets over a period, else empty
    QString basis;                ///< "annual-average", "cumulative", "base-year", "end-year" or empty
    QString attribute;            ///< plan tables: "expected" (预期性) or "binding" (约束性)
    std::optional<double> normalizedValue; ///< value in normalizedUnit (315.5亿元 → 3.155e10 元)
    QString normalizedUnit;
    QString wording;              ///< qualitative figures: their words (与经济增长基本同步, 控制在自治区下达指标内)
    QString quote;                ///< the exact text of the clause the figure was read from
    qsizetype start = 0;          ///< span of `quote` in the document text
    qsizetype end = 0;
    QString section;              ///< label and heading of the innermost section
    QString region;
    qint64 documentId = 0;
    QString documentTitle;
    bool editedByUser = false;
};

[[nodiscard]] QString toString(Measure measure);
[[nodiscard]] QString toString(Qualifier qualifier);
[[nodiscard]] QString toString(ObservationKind kind);
[[nodiscard]] std::optional<Measure> measureFromString(QStringView name);
[[nodiscard]] std::optional<Qualifier> qualifierFromString(QStringView name);
[[nodiscard]] std::optional<ObservationKind> observationKindFromString(QStringView name);

/// A short rendering of the figure as an analyst writes it: "8%以上", "5.5%-6%", "315.5亿元",
/// "与经济增长基本同步" (qualitative figures show their wording).
[[nodiscard]] QString formatFigure(const Observation &observation);

} // namespace parallax
