// Section structure (core/document/structureparser.h) and metadata inference on arbitrary UTF-8
// text, normalised as import does. Checks the documented invariants of the section tree.

#include "core/document/metadataextractor.h"
#include "core/document/structureparser.h"
#include "core/text/normalizer.h"
#include "fuzz/fuzzinput.h"

using namespace parallax;

namespace {
constexpr size_t MaxInputBytes = 65536;

void checkSections(const Document &document, const std::vector<Section> &sections, qsizetype from, qsizetype to,
                   int depth)
{
    PARALLAX_FUZZ_CHECK(depth <= 64);
    qsizetype previousEnd = from;
    for (const Section &section : sections) {
        PARALLAX_FUZZ_CHECK(previousEnd <= section.start && section.start <= section.bodyStart
                            && section.bodyStart <= section.end && section.end <= to);
        PARALLAX_FUZZ_CHECK(section.level >= 1);
        previousEnd = section.end;
        (void)ownBody(document, section);
        checkSections(document, section.children, section.start, section.end, depth + 1);
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MaxInputBytes)
        return 0;
    Document document;
    document.text = normalizeDisplayText(fuzz::textOf(fuzz::bytesOf(data, size)));
    document.sections = parseStructure(document.text);
    PARALLAX_FUZZ_CHECK(!document.sections.empty() || document.text.trimmed().isEmpty());
    checkSections(document, document.sections, 0, document.text.size(), 0);
    (void)inferMetadata(document.text, document.sections, u"report.txt");
    return 0;
}
