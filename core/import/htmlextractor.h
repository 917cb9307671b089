#pragma once

#include "core/common/result.h"
#include "core/import/extractedtext.h"
#include "core/import/importoptions.h"

#include <QByteArrayView>

namespace parallax {

/// Extracts readable text from an HTML page with gumbo: honours <meta charset> (falls back to
/// detection), drops script/style/nav/header/footer/form and page chrome, keeps block boundaries
/// as paragraph breaks, and records <h1>..<h6> as heading hints. Pure function; any thread.
[[nodiscard]] Result<ExtractedText> extractHtml(QByteArrayView bytes, const ImportOptions &options = {});

} // namespace parallax
