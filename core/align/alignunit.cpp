#include "core/align/alignunit.h"

namespace parallax {

namespace {

bool takesPart(const Section &section, const AlignOptions &options)
{
    switch (section.role) {
    case SectionRole::Opening:
    case SectionRole::Closing:
        return options.includeOpening;
    case SectionRole::Glossary:
    case SectionRole::GlossaryEntry:
    case SectionRole::Box:
        return options.includeGlossary;
    default:
        return true;
    }
}

// An unnumbered, short heading over several children (重点工作, 主要任务) only groups them.
bool isContainer(const Section &section)
{
    return section.label.isEmpty() && !section.labelImplied && section.heading.size() <= 6
        && section.children.size() >= 3;
}

AlignUnit unitFor(const Section &section, const QList<int> &path)
{
    AlignUnit unit;
    unit.path = path;
    unit.label = section.label;
    unit.heading = section.heading;
    unit.role = section.role;
    unit.topic = section.topic;
    unit.start = section.start;
    unit.bodyStart = section.bodyStart;
    unit.end = section.end;
    return unit;
}

void collect(const Document &document, const std::vector<Section> &sections, QList<int> path, int targetLevel,
             const AlignOptions &options, std::vector<AlignUnit> &out)
{
    for (int i = 0; i < int(sections.size()); ++i) {
        const Section &section = sections[size_t(i)];
        if (!takesPart(section, options))
            continue;
        path.append(i);
        const bool atTarget = section.level >= targetLevel;
        if (!atTarget && !section.children.empty()) {
            collect(document, section.children, path, targetLevel, options, out);
        } else if (atTarget && isContainer(section) && targetLevel > 1) {
            collect(document, section.children, path, section.level + 1, options, out);
        } else {
            out.push_back(unitFor(section, path));
        }
        path.removeLast();
    }
}

void collectParagraphs(const Document &document, const std::vector<Section> &sections, QList<int> path,
                       const AlignOptions &options, std::vector<AlignUnit> &out)
{
    for (int i = 0; i < int(sections.size()); ++i) {
        const Section &section = sections[size_t(i)];
        if (!takesPart(section, options))
            continue;
        path.append(i);
        if (!section.children.empty()) {
            collectParagraphs(document, section.children, path, options, out);
        } else {
            const AlignUnit base = unitFor(section, path);
            qsizetype at = section.bodyStart;
            int index = 0;
            while (at < section.end) {
                qsizetype next = document.text.indexOf(u'\n', at);
                if (next < 0 || next > section.end)
                    next = section.end;
                if (!QStringView(document.text).mid(at, next - at).trimmed().isEmpty()) {
                    AlignUnit unit = base;
                    unit.paragraph = index++;
                    unit.heading.clear();
                    unit.start = unit.bodyStart = at;
                    unit.end = next;
                    out.push_back(unit);
                }
                at = next + 1;
            }
        }
        path.removeLast();
    }
}

} // namespace

std::vector<AlignUnit> collectUnits(const Document &document, const AlignOptions &options)
{
    std::vector<AlignUnit> units;
    switch (options.depth) {
    case AlignDepth::TopLevel:
        collect(document, document.sections, {}, 1, options, units);
        break;
    case AlignDepth::SecondLevel:
        collect(document, document.sections, {}, 2, options, units);
        break;
    case AlignDepth::Paragraphs:
        collectParagraphs(document, document.sections, {}, options, units);
        break;
    }
    return units;
}

const Section *sectionAt(const Document &document, const QList<int> &path)
{
    const std::vector<Section> *level = &document.sections;
    const Section *section = nullptr;
    for (int index : path) {
        if (index < 0 || index >= int(level->size()))
            return nullptr;
        section = &(*level)[size_t(index)];
        level = &section->children;
    }
    return section;
}

} // namespace parallax
