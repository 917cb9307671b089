#pragma once

#include "core/document/document.h"

#include <QString>

namespace parallax {

/// A readable plain-text rendering of a document's metadata and section tree, one heading per line,
/// indented two spaces per level: `（二） 加快产业集群建设,构建现代化产业体系  [plan]`. Implied labels are
/// shown in brackets (`[（四）]`), fused headings that were split are marked `✂`. Sections deeper than
/// `maxLevel` are omitted (0 = all). Used by `parallax-cli outline` and the golden outline tests.
[[nodiscard]] QString formatOutline(const Document &document, int maxLevel = 0);

/// The metadata block alone (`title: …` lines).
[[nodiscard]] QString formatMetadata(const DocumentMetadata &meta);

} // namespace parallax
