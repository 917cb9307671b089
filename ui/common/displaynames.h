#pragma once

#include "core/document/document.h"

#include <QString>

namespace parallax {

// Translated, user-facing names of core enumerations (core keeps only stable English keys).
[[nodiscard]] QString displayName(DocumentKind kind);
[[nodiscard]] QString displayName(RegionLevel level);
[[nodiscard]] QString displayName(SectionRole role);

/// "2025", "2021–2025", or "" when unknown.
[[nodiscard]] QString yearText(int year, int periodEnd = 0);

} // namespace parallax
