// Annotation re-anchoring (core/annotations/anchoring.h): an anchor made on one arbitrary text is
// resolved in a second one, as when a document is re-imported with edits. The input is split at its
// first NUL byte (or in the middle); its first two bytes place the quote in the first text. Checks:
// spans stay inside the text, an exact or moved match is the quote itself, the unchanged text
// resolves exactly in place, and find() respects its limit and returns ordered, valid spans.

#include "core/annotations/anchoring.h"
#include "fuzz/fuzzinput.h"

using namespace parallax;

namespace {
// The loose search is linear per anchor; 16 KB keeps each run well inside -timeout.
constexpr size_t MaxInputBytes = 16384;

void checkResolution(const AnchorResolution &found, QStringView text, const TextAnchor &anchor)
{
    if (!found.found())
        return;
    PARALLAX_FUZZ_CHECK(0 <= found.start && found.start <= found.end && found.end <= text.size());
    if (found.match == AnchorMatch::Exact || found.match == AnchorMatch::Moved)
        PARALLAX_FUZZ_CHECK(text.mid(found.start, found.end - found.start) == anchor.quote);
    if (found.match == AnchorMatch::Exact)
        PARALLAX_FUZZ_CHECK(found.start == anchor.start);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > MaxInputBytes)
        return 0;
    const auto [beforeBytes, afterBytes] = fuzz::splitInTwo(fuzz::bytesOf(data + 2, size - 2));
    const QString before = fuzz::textOf(beforeBytes);
    const QString after = fuzz::textOf(afterBytes);
    // Out-of-range spans are clamped by makeAnchor; the fuzzer may ask for them on purpose.
    const qsizetype start = before.isEmpty() ? 0 : qsizetype(data[0]) * before.size() / 200;
    const qsizetype end = start + qsizetype(data[1]) * std::max<qsizetype>(before.size(), 1) / 255;
    const TextAnchor anchor = makeAnchor(before, start, end);
    PARALLAX_FUZZ_CHECK(0 <= anchor.start && anchor.start <= anchor.end && anchor.end <= before.size());
    PARALLAX_FUZZ_CHECK(before.mid(anchor.start, anchor.end - anchor.start) == anchor.quote);

    const AnchorResolver same(before);
    const AnchorResolution inPlace = same.resolve(anchor);
    checkResolution(inPlace, before, anchor);
    if (!anchor.quote.isEmpty())
        PARALLAX_FUZZ_CHECK(inPlace.match == AnchorMatch::Exact);

    const AnchorResolver edited(after);
    checkResolution(edited.resolve(anchor), after, anchor);

    const int limit = 1 + data[1] % 16;
    const std::vector<AnchorResolution> occurrences = edited.find(anchor.quote, limit);
    PARALLAX_FUZZ_CHECK(occurrences.size() <= size_t(limit));
    qsizetype previous = -1;
    for (const AnchorResolution &occurrence : occurrences) {
        PARALLAX_FUZZ_CHECK(occurrence.found());
        PARALLAX_FUZZ_CHECK(0 <= occurrence.start && occurrence.start <= occurrence.end && occurrence.end <= after.size());
        PARALLAX_FUZZ_CHECK(occurrence.start > previous);
        previous = occurrence.start;
    }
    return 0;
}
