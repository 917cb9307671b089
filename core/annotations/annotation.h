#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace parallax {

/// Where an annotation sits: a character span of the document's display text (UTF-16 offsets),
/// the exact quote, and a little context on each side. The quote and context let the anchor find
/// its place again when the text changes (re-import, new normalisation), see anchoring.h.
struct TextAnchor
{
    qsizetype start = 0;
    qsizetype end = 0; ///< exclusive
    QString quote;     ///< text.mid(start, end - start) when the anchor was made
    QString prefix;    ///< up to kAnchorContext characters before the quote
    QString suffix;    ///< up to kAnchorContext characters after the quote
};

inline constexpr int kAnchorContext = 32;

enum class HighlightColor { Yellow, Green, Blue, Pink, Purple };

/// Whether an annotation still sits on its quote.
enum class AnchorStatus {
    Attached, ///< the quote is at the stored span
    Orphaned, ///< the quote was not found in the current text; kept (never dropped) and flagged
};

/// A user's highlight, note and tags on a passage of a document.
struct Annotation
{
    qint64 id = 0;                   ///< library id, 0 until stored
    std::optional<qint64> documentId; ///< nullopt: the document was deleted, the note is archived
    QString documentTitle;           ///< the document's title when the note was made (for archived notes)
    QString documentSource;          ///< the document's source path, used to re-attach after a re-import
    TextAnchor anchor;
    HighlightColor color = HighlightColor::Yellow;
    QString note;
    QStringList tags;
    AnchorStatus status = AnchorStatus::Attached;
    QDateTime created;  ///< UTC
    QDateTime modified; ///< UTC

    [[nodiscard]] bool isArchived() const { return !documentId.has_value(); }
};

/// Limits that keep a note or quote from bloating the library; longer input is refused with
/// InvalidArgument. Generous: a 10,000-character note is ordinary.
inline constexpr qsizetype kMaxNoteLength = 100'000;
inline constexpr qsizetype kMaxQuoteLength = 200'000;
inline constexpr int kMaxTags = 64;

// Stable names used in JSON, CSV and the database.
[[nodiscard]] QString toString(HighlightColor color);
[[nodiscard]] QString toString(AnchorStatus status);
[[nodiscard]] std::optional<HighlightColor> highlightColorFromString(QStringView name);
[[nodiscard]] std::optional<AnchorStatus> anchorStatusFromString(QStringView name);

/// Tags as the user typed them, cleaned: trimmed, empty ones and duplicates dropped, order kept.
[[nodiscard]] QStringList normalizedTags(const QStringList &tags);

} // namespace parallax
