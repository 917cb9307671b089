#pragma once

#include "core/document/document.h"

#include <QStringView>

#include <vector>

namespace parallax {

/// Infers title, region and level, kind, meeting date, speaker and years from the opening lines
/// (title, dateline `——2025年1月13日在…会议上`, speaker line), the section headings and, when there is
/// no title, the body (`全疆`, `自治区`). `fileName` is a last resort hint. Pure function; any thread.
[[nodiscard]] DocumentMetadata inferMetadata(QStringView text, const std::vector<Section> &sections,
                                             QStringView fileName = {});

} // namespace parallax
