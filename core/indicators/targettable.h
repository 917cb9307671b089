#pragma once

#include "core/indicators/observation.h"

#include <QString>

#include <optional>
#include <vector>

namespace parallax {

/// One document's column in a target table.
struct TargetColumn
{
    qint64 documentId = 0;
    QString title;
    QString region;
    int year = 0; ///< the planned year (or a plan's last year)
};

/// A row: one indicator and measure (地区生产总值 growth), one optional target per column.
struct TargetRow
{
    QString indicator;
    Measure measure = Measure::Growth;
    std::vector<std::optional<Observation>> cells;
};

struct TargetTable
{
    std::vector<TargetColumn> columns;
    std::vector<TargetRow> rows;
};

/// The observations of one document, as input to the table.
struct DocumentObservations
{
    TargetColumn column;
    std::vector<Observation> observations;
};

/// Indicators × documents: for each document, its targets for its planned year (the first one
/// per indicator and measure, i.e. the 预期目标 paragraph before later mentions). Rows follow the
/// lexicon's order (`indicatorOrder`), then any other indicator by name. Pure function.
[[nodiscard]] TargetTable buildTargetTable(const std::vector<DocumentObservations> &documents,
                                           const QStringList &indicatorOrder);

enum class TargetChange { Unchanged, Raised, Lowered, Added, Dropped, Reworded };
/// Strength of a commitment: 以上/exact/以内 are firm, a range less so, 左右 loose, words loosest.
enum class QualifierChange { None, Tightened, Loosened, Changed };

struct TargetDiff
{
    QString indicator;
    Measure measure = Measure::Growth;
    std::optional<Observation> before;
    std::optional<Observation> after;
    TargetChange change = TargetChange::Unchanged;
    QualifierChange qualifierChange = QualifierChange::None;
    std::optional<double> delta; ///< after − before (lower ends of ranges)
};

/// Compares the targets of two columns of a table (same region over years, or two regions).
/// `8%以上` → `7%左右` is Lowered and Loosened. Pure function.
[[nodiscard]] std::vector<TargetDiff> diffTargets(const TargetTable &table, std::size_t before, std::size_t after);

enum class Attainment { Met, Missed, Unknown };

struct AttainmentResult
{
    QString region;
    QString indicator;
    Measure measure = Measure::Growth;
    int year = 0;
    Observation target;
    Observation actual;
    Attainment result = Attainment::Unknown;
    std::optional<double> margin; ///< actual − target (for caps, target − actual): ≥ 0 means met
};

/// Pairs each target for year Y with the actual for year Y of the same region, indicator and
/// measure (reported in the next year's report) and judges it: floors and exact targets are met at
/// or above the value, caps (以内, and unemployment/prices/energy intensity) at or below, 左右 with a
/// tolerance of 0.5 percentage points. Qualitative targets are Unknown. Pure function.
[[nodiscard]] std::vector<AttainmentResult> assessAttainment(const std::vector<Observation> &observations);

[[nodiscard]] QString toString(TargetChange change);
[[nodiscard]] QString toString(QualifierChange change);
[[nodiscard]] QString toString(Attainment attainment);

} // namespace parallax
