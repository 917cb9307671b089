#pragma once

#include "core/document/document.h"
#include "core/indicators/observation.h"
#include "core/indicators/targettable.h"
#include "core/store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace parallax {

// JSON shapes of the CLI contract (DESIGN.md "Command line"). Extra keys are allowed there;
// the required ones are always present. Unknown years are null.
[[nodiscard]] QJsonObject outlineJson(const Document &document);
[[nodiscard]] QJsonObject sectionJson(const Section &section);
[[nodiscard]] QJsonObject summaryJson(const DocumentSummary &summary);
[[nodiscard]] QJsonObject searchHitJson(const SearchHit &hit);
[[nodiscard]] QJsonObject observationJson(const Observation &observation);
[[nodiscard]] QJsonObject targetTableJson(const TargetTable &table, const std::vector<std::vector<TargetDiff>> &changes,
                                          const std::vector<AttainmentResult> &attainment);

/// The columns of `indicators --csv`, and one observation as a CSV row.
[[nodiscard]] QStringList observationCsvHeader();
[[nodiscard]] QStringList observationCsvRow(const Observation &observation);

} // namespace parallax
