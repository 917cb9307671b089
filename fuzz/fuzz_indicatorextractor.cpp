// Indicator and target extraction (core/indicators/indicatorextractor.h) on a document parsed from
// arbitrary UTF-8 text as import does. Every observation's quote must be its span of the text.

#include "core/document/metadataextractor.h"
#include "core/document/structureparser.h"
#include "core/indicators/indicatorextractor.h"
#include "core/text/normalizer.h"
#include "fuzz/fuzzinput.h"

#include <cmath>

using namespace parallax;

namespace {
constexpr size_t MaxInputBytes = 65536;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    (void)IndicatorLexicon::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MaxInputBytes)
        return 0;
    Document document;
    document.text = normalizeDisplayText(fuzz::textOf(fuzz::bytesOf(data, size)));
    document.sections = parseStructure(document.text);
    document.meta = inferMetadata(document.text, document.sections, u"report.txt");
    for (const Observation &observation : extractIndicators(document)) {
        PARALLAX_FUZZ_CHECK(0 <= observation.start && observation.start <= observation.end
                            && observation.end <= document.text.size());
        PARALLAX_FUZZ_CHECK(!observation.indicator.isEmpty());
        PARALLAX_FUZZ_CHECK(!observation.value || std::isfinite(*observation.value));
        (void)formatFigure(observation);
    }
    return 0;
}
