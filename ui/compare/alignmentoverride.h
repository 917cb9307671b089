#pragma once

#include "core/align/alignoptions.h"
#include "ui/compare/comparison.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace parallax {

/// A user's correction of the alignment: two units (identified by their document's content hash
/// and their section path) that belong in one row (link) or must not share a row (unlink).
/// Keyed by content, not by library id, so it survives re-import and holds in every library.
struct AlignmentOverride
{
    bool link = true;
    AlignDepth depth = AlignDepth::TopLevel;
    QByteArray leftHash;
    QString leftPath; ///< unitKey() of the unit
    QByteArray rightHash;
    QString rightPath;

    friend bool operator==(const AlignmentOverride &, const AlignmentOverride &) = default;

    /// One line for QSettings: "link|depth|hash|path|hash|path".
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<AlignmentOverride> fromString(const QString &text);
    /// True if both overrides concern the same two units (in either order) at the same depth.
    [[nodiscard]] bool samePair(const AlignmentOverride &other) const;
};

/// "0.2" for the third child of the first section, "0.2#4" for its fifth paragraph.
[[nodiscard]] QString unitKey(const AlignUnit &unit);

/// Applies the overrides that concern the comparison's documents and depth, in order: a link puts
/// both units in one row (a unit already in that row's cell moves to a row of its own), an unlink
/// moves the second unit out of a shared row. Rows left empty are removed. Pure; any thread.
void applyAlignmentOverrides(Comparison &comparison, const QList<AlignmentOverride> &overrides);

/// Adds an override, replacing any earlier one for the same pair. Pure.
void addAlignmentOverride(QList<AlignmentOverride> &overrides, const AlignmentOverride &override);

} // namespace parallax
