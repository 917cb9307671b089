#pragma once

#include "core/indicators/observation.h"

#include <QString>

#include <vector>

namespace parallax {

/// Identifies an observation across re-extractions of the same document: extraction is
/// deterministic, so indicator, measure, kind, year and the quote's start offset name it.
struct ObservationKey
{
    QString indicator;
    Measure measure = Measure::Growth;
    ObservationKind kind = ObservationKind::Target;
    int year = 0;
    qsizetype start = 0;

    friend bool operator==(const ObservationKey &, const ObservationKey &) = default;
};

[[nodiscard]] ObservationKey keyOf(const Observation &observation);

/// A user's correction: the observation `key` of document `documentId` is replaced by `corrected`
/// (or, when no extracted observation has that key, `corrected` is added).
struct ObservationEdit
{
    qint64 documentId = 0;
    ObservationKey key;
    Observation corrected;
};

/// The extracted observations of one document with the user's edits of that document applied:
/// replaced in place, or appended when they match nothing. Every edited or added observation has
/// editedByUser set. Pure function; any thread.
[[nodiscard]] std::vector<Observation> applyEdits(std::vector<Observation> observations,
                                                  const std::vector<ObservationEdit> &edits);

} // namespace parallax
