#pragma once

#include "core/text/tokenstarts.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace parallax {

enum class RegionLevel { Unknown, National, Province, Prefecture, County, Corps };
enum class DocumentKind { Other, WorkReport, Plan };
enum class SourceFormat { Text, Html, Pdf, Docx };

/// What a section does in the document. Roles drive attribution of figures (review = actuals,
/// plan/targets = targets) and alignment (review aligns with review).
enum class SectionRole {
    Body,      ///< nothing more specific is known
    Opening,   ///< salutation and opening remarks (各位代表: …)
    Review,    ///< 工作回顾: the past year or period
    Plan,      ///< 工作安排 / 重点工作 / plan chapters
    Targets,   ///< 主要预期目标 paragraph or the plan's main-indicator table
    Glossary,  ///< 名词解释
    GlossaryEntry,
    Box,       ///< 专栏 boxes and flattened tables
    Closing,   ///< closing appeal
};

/// Where a metadata value came from. User-set values are never overwritten by inference.
enum class FieldSource { Inferred, User };

/// One node of a document's section tree. Offsets index the document's display text (UTF-16 code
/// units), so a section's text is `text.mid(start, end - start)`.
struct Section
{
    QString label;        ///< numbering as written (`（一）`, `第二章`, `1.`), or implied (see labelImplied)
    QString heading;      ///< heading text without label
    int level = 1;        ///< 1 = top level
    SectionRole role = SectionRole::Body;
    QString topic;        ///< topic name from the taxonomy (filled by later stages; may be empty)
    qsizetype start = 0;  ///< start of the heading line (or of the body for untitled sections)
    qsizetype end = 0;    ///< end of the section including its children
    qsizetype bodyStart = 0; ///< first character after the heading
    bool labelImplied = false; ///< numbering was lost in the source and recovered from siblings
    bool headingSplit = false; ///< heading was fused with its body on one line and split off
    std::vector<Section> children;
};

struct DocumentMetadata
{
    QString title;
    QString region;
    RegionLevel regionLevel = RegionLevel::Unknown;
    DocumentKind kind = DocumentKind::Other;
    QString date;      ///< ISO date of the meeting or publication (yyyy-MM-dd), may be empty
    QString speaker;
    int yearReported = 0; ///< year (or last year) under review, 0 if unknown
    int yearPlanned = 0;  ///< year planned for, or the first year of a plan period
    int periodEnd = 0;    ///< last year of a plan period (2025 for 2021–2025), 0 for annual reports

    /// Fields the user set; everything else was inferred. Keys are the JSON field names
    /// ("title", "region", "region_level", "kind", "date", "speaker", "year_reported", "year_planned").
    QStringList userFields;
};

/// A document as imported: display text, structure and metadata.
struct Document
{
    qint64 id = 0; ///< library id, 0 until stored
    DocumentMetadata meta;
    QString text;  ///< normalised display text; all offsets refer to it
    QString sourcePath;
    SourceFormat format = SourceFormat::Text;
    QString encoding; ///< detected source encoding (e.g. "UTF-8", "GB18030"), empty for binary formats
    QByteArray contentHash; ///< SHA-256 hex of the display text
    std::vector<Section> sections;
    /// The text's segmentation into tokens, made at import and kept in the library; diffs read
    /// their tokens from it (tokenStarts.tokens(text, start, end)). Empty if never computed.
    TokenStarts tokenStarts;
};

/// The year a document's targets are for: a plan's last year, else the planned year (0 if unknown).
[[nodiscard]] int targetYear(const DocumentMetadata &meta);

// Stable names used in JSON, CSV and the database.
[[nodiscard]] QString toString(RegionLevel level);
[[nodiscard]] QString toString(DocumentKind kind);
[[nodiscard]] QString toString(SectionRole role);
[[nodiscard]] QString toString(SourceFormat format);
[[nodiscard]] std::optional<RegionLevel> regionLevelFromString(QStringView name);
[[nodiscard]] std::optional<DocumentKind> documentKindFromString(QStringView name);
[[nodiscard]] std::optional<SectionRole> sectionRoleFromString(QStringView name);
[[nodiscard]] std::optional<SourceFormat> sourceFormatFromString(QStringView name);

/// The text that belongs to a section itself: its span after the heading, minus its children's
/// spans (text between children, e.g. after a 专栏 box, is included), pieces joined by '\n'.
[[nodiscard]] QString ownBody(const Document &document, const Section &section);

/// Depth-first, pre-order walk over a section forest; `visit(const Section &)`.
template<typename Visit>
void forEachSection(const std::vector<Section> &sections, Visit &&visit)
{
    for (const Section &section : sections) {
        visit(section);
        forEachSection(section.children, visit);
    }
}

} // namespace parallax
