#pragma once

#include "core/annotations/annotation.h"

#include <QStringView>

#include <vector>

namespace parallax {

/// Makes the anchor of text[start, end): the quote and up to `context` characters around it.
/// The span is clamped to the text.
[[nodiscard]] TextAnchor makeAnchor(QStringView text, qsizetype start, qsizetype end, int context = kAnchorContext);

/// How an anchor was found in a text.
enum class AnchorMatch {
    Exact,     ///< the quote is still at the stored span
    Moved,     ///< the exact quote was found elsewhere (best context, then nearest)
    Loose,     ///< found after ignoring whitespace, punctuation variants and full-width forms
    NotFound,
};

struct AnchorResolution
{
    AnchorMatch match = AnchorMatch::NotFound;
    qsizetype start = 0;
    qsizetype end = 0;

    [[nodiscard]] bool found() const { return match != AnchorMatch::NotFound; }
};

/// Finds anchors in one text. Keeps a lazily built "loose" form of the text (whitespace and
/// punctuation removed, full-width forms folded, with a map back to offsets), so resolving many
/// anchors against the same text costs one pass over it. Pure; any thread; not shared across threads.
/// Cost: O(n) for the loose form once, then O(n) worst case per anchor that moved (string search).
class AnchorResolver
{
public:
    explicit AnchorResolver(QStringView text);

    [[nodiscard]] AnchorResolution resolve(const TextAnchor &anchor) const;

    /// Occurrences of `quote` (exact, else loose) as spans, at most `limit` of them, in text order.
    /// Used to place a new annotation from a quote alone (`parallax-cli annotate --quote`).
    [[nodiscard]] std::vector<AnchorResolution> find(QStringView quote, int limit = 100) const;

private:
    struct Loose
    {
        QString text;
        std::vector<qsizetype> offsets; ///< offsets[i] = position in the original text of text[i]
    };
    const Loose &loose() const;
    [[nodiscard]] AnchorResolution resolveLoose(const TextAnchor &anchor) const;

    QStringView m_text;
    mutable std::optional<Loose> m_loose;
};

} // namespace parallax
