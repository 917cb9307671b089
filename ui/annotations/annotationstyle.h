#pragma once

#include "core/annotations/annotation.h"

#include <QColor>
#include <QIcon>
#include <QString>

#include <array>

namespace parallax {

// How annotations look and are named in the UI (core keeps only stable English keys).

/// Every highlight colour, in menu order.
inline constexpr std::array<HighlightColor, 5> kHighlightColors = {
    HighlightColor::Yellow, HighlightColor::Green, HighlightColor::Blue, HighlightColor::Pink,
    HighlightColor::Purple};

/// The translucent fill drawn over highlighted text; overlapping highlights blend.
[[nodiscard]] QColor highlightFill(HighlightColor color);
/// The fill as it looks on white paper: opaque, for printing and HTML reports.
[[nodiscard]] QColor highlightPaper(HighlightColor color);
/// An opaque version for swatches, markers and note underlines.
[[nodiscard]] QColor highlightSwatch(HighlightColor color);
/// A small square icon of the colour, for menus and combo boxes.
[[nodiscard]] QIcon highlightIcon(HighlightColor color);
/// "Yellow", "Green", … translated.
[[nodiscard]] QString displayName(HighlightColor color);
/// "Attached" / "Not found in the current text", translated.
[[nodiscard]] QString displayName(AnchorStatus status);

} // namespace parallax
