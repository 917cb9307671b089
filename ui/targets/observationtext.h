#pragma once

#include "core/indicators/observation.h"
#include "core/indicators/targettable.h"

#include <QString>

namespace parallax {

// Translated, user-facing names of the indicator enumerations (core keeps stable English keys).
[[nodiscard]] QString displayName(Measure measure);
[[nodiscard]] QString displayName(ObservationKind kind);
[[nodiscard]] QString displayName(Qualifier qualifier);
[[nodiscard]] QString displayName(TargetChange change);
[[nodiscard]] QString displayName(QualifierChange change);
[[nodiscard]] QString displayName(Attainment attainment);
/// The value as an analyst writes it without unit or qualifier: "5.5", "5.5–6", "" if qualitative.
[[nodiscard]] QString valueText(const Observation &observation);

} // namespace parallax
