#include "core/document/document.h"

#include "core/common/enumnames.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {


constexpr EnumNames<RegionLevel, 6> regionLevels{{
    {RegionLevel::Unknown, u"unknown"},
    {RegionLevel::National, u"national"},
    {RegionLevel::Province, u"province"},
    {RegionLevel::Prefecture, u"prefecture"},
    {RegionLevel::County, u"county"},
    {RegionLevel::Corps, u"corps"},
}};

constexpr EnumNames<DocumentKind, 3> documentKinds{{
    {DocumentKind::WorkReport, u"work-report"},
    {DocumentKind::Plan, u"plan"},
    {DocumentKind::Other, u"other"},
}};

constexpr EnumNames<SectionRole, 9> sectionRoles{{
    {SectionRole::Body, u"body"},
    {SectionRole::Opening, u"opening"},
    {SectionRole::Review, u"review"},
    {SectionRole::Plan, u"plan"},
    {SectionRole::Targets, u"targets"},
    {SectionRole::Glossary, u"glossary"},
    {SectionRole::GlossaryEntry, u"glossary-entry"},
    {SectionRole::Box, u"box"},
    {SectionRole::Closing, u"closing"},
}};

constexpr EnumNames<SourceFormat, 4> sourceFormats{{
    {SourceFormat::Text, u"text"},
    {SourceFormat::Html, u"html"},
    {SourceFormat::Pdf, u"pdf"},
    {SourceFormat::Docx, u"docx"},
}};

} // namespace

QString toString(RegionLevel level) { return nameOf(regionLevels, level); }
QString toString(DocumentKind kind) { return nameOf(documentKinds, kind); }
QString toString(SectionRole role) { return nameOf(sectionRoles, role); }
QString toString(SourceFormat format) { return nameOf(sourceFormats, format); }
std::optional<RegionLevel> regionLevelFromString(QStringView name) { return valueOf(regionLevels, name); }
std::optional<DocumentKind> documentKindFromString(QStringView name) { return valueOf(documentKinds, name); }
std::optional<SectionRole> sectionRoleFromString(QStringView name) { return valueOf(sectionRoles, name); }
std::optional<SourceFormat> sourceFormatFromString(QStringView name) { return valueOf(sourceFormats, name); }

int targetYear(const DocumentMetadata &meta)
{
    return meta.periodEnd > 0 ? meta.periodEnd : meta.yearPlanned;
}

QString ownBody(const Document &document, const Section &section)
{
    const QStringView text(document.text);
    QString body;
    qsizetype from = std::clamp(section.bodyStart, section.start, section.end);
    auto take = [&](qsizetype to) {
        const QStringView piece = to > from ? text.mid(from, to - from).trimmed() : QStringView();
        if (piece.isEmpty())
            return;
        if (!body.isEmpty())
            body += u'\n';
        body += piece;
    };
    for (const Section &child : section.children) {
        take(child.start);
        from = std::max(from, child.end);
    }
    take(section.end);
    return body;
}

} // namespace parallax
