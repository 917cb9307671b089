#include "core/indicators/observationedits.h"

#include <algorithm>

namespace parallax {

ObservationKey keyOf(const Observation &observation)
{
    return ObservationKey{observation.indicator, observation.measure, observation.kind, observation.year,
                          observation.start};
}

std::vector<Observation> applyEdits(std::vector<Observation> observations, const std::vector<ObservationEdit> &edits)
{
    const std::size_t extracted = observations.size();
    for (const ObservationEdit &edit : edits) {
        Observation corrected = edit.corrected;
        corrected.editedByUser = true;
        const auto end = observations.begin() + std::ptrdiff_t(extracted);
        const auto found = std::find_if(observations.begin(), end,
                                        [&](const Observation &o) { return keyOf(o) == edit.key; });
        if (found != end) {
            // Provenance the user did not touch stays with the observation.
            if (corrected.quote.isEmpty()) {
                corrected.quote = found->quote;
                corrected.start = found->start;
                corrected.end = found->end;
            }
            if (corrected.section.isEmpty())
                corrected.section = found->section;
            *found = std::move(corrected);
        } else {
            observations.push_back(std::move(corrected));
        }
    }
    return observations;
}

} // namespace parallax
