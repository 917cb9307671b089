// The whole import pipeline for bytes in memory (core/import/importer.h importBytes): format
// sniffing, the reader, normalisation, structure, metadata, topics. The file name, which only breaks
// ties in sniffing, is chosen by the input's size so every reader is reached from any content.

#include "core/import/importer.h"
#include "fuzz/fuzzinput.h"

#include <array>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {
constexpr size_t MaxInputBytes = 65536;

void checkSections(const std::vector<Section> &sections, qsizetype from, qsizetype to)
{
    for (const Section &section : sections) {
        PARALLAX_FUZZ_CHECK(from <= section.start && section.start <= section.bodyStart
                            && section.bodyStart <= section.end && section.end <= to);
        checkSections(section.children, section.start, section.end);
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
    static const std::array<QString, 5> paths = {u"/fuzz/report.txt"_s, u"/fuzz/page.html"_s, u"/fuzz/report.pdf"_s,
                                                 u"/fuzz/report.docx"_s, u"/fuzz/report"_s};
    const QString &path = paths[size % paths.size()];
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Document> document = importBytes(bytes, path);
    if (document) {
        PARALLAX_FUZZ_CHECK(!document->text.isEmpty());
        PARALLAX_FUZZ_CHECK(!document->sections.empty());
        checkSections(document->sections, 0, document->text.size());
    } else {
        PARALLAX_FUZZ_CHECK(document.error().subject == path);
    }
    return 0;
}
