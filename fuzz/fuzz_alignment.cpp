// Section alignment (core/align/alignment.h) of two documents parsed from arbitrary UTF-8 text: the
// input is split at its first NUL byte (or in the middle); the first byte chooses the depth, cross-role
// matching and pairwise or N-way alignment.

#include "core/align/alignment.h"
#include "core/align/topicclassifier.h"
#include "core/document/structureparser.h"
#include "core/text/normalizer.h"
#include "fuzz/fuzzinput.h"

using namespace parallax;

namespace {
// Alignment is O(n·m) in the units by design: 16 KB makes up to ~1,000 headings or paragraphs a
// side, a few seconds with sanitizers, within the 10 s timeout.
constexpr size_t MaxInputBytes = 16384;

Document documentOf(QByteArrayView bytes)
{
    Document document;
    document.text = normalizeDisplayText(fuzz::textOf(bytes));
    document.sections = parseStructure(document.text);
    assignTopics(document);
    return document;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    (void)TopicClassifier::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > MaxInputBytes)
        return 0;
    AlignOptions options;
    options.parallel = false; // deterministic and single-threaded, as libFuzzer expects
    options.depth = AlignDepth(data[0] % 3);
    options.crossRoles = data[0] & 4;
    const auto [leftBytes, rightBytes] = fuzz::splitInTwo(fuzz::bytesOf(data + 1, size - 1));
    const std::vector<Document> documents = {documentOf(leftBytes), documentOf(rightBytes)};

    if (!(data[0] & 8)) {
        const PairAlignment pair = alignPair(documents[0], documents[1], options);
        for (const SectionMatch &match : pair.matches) {
            PARALLAX_FUZZ_CHECK(match.left >= 0 && size_t(match.left) < pair.left.size());
            PARALLAX_FUZZ_CHECK(match.right >= 0 && size_t(match.right) < pair.right.size());
        }
        return 0;
    }
    const AlignmentMatrix matrix = alignDocuments(documents, options);
    PARALLAX_FUZZ_CHECK(matrix.units.size() == documents.size());
    for (const AlignmentRow &row : matrix.rows) {
        PARALLAX_FUZZ_CHECK(row.cells.size() == documents.size());
        for (size_t d = 0; d < row.cells.size(); ++d) {
            if (row.cells[d])
                PARALLAX_FUZZ_CHECK(size_t(row.cells[d]->unit) < matrix.units[d].size());
        }
    }
    (void)matrixPairs(matrix, 0, 1);
    return 0;
}
