#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

/// Display-text normalisation applied once at import. It keeps what the reader sees faithful:
/// maps Kangxi radicals (U+2F00–U+2FDF) and CJK Radicals Supplement (U+2E80–U+2EFF) to the
/// ideographs they stand for, drops NUL/control/zero-width characters and BOMs, unifies line
/// endings to '\n', trims trailing spaces, collapses runs of blank lines, and removes web-page
/// chrome lines (navigation, "【打印正文】", "用户登录"…; patterns in resources/data/web-chrome.txt).
/// Pure function; any thread.
[[nodiscard]] QString normalizeDisplayText(QStringView text);

/// Maps a single radical code point to its ideograph, or returns it unchanged.
[[nodiscard]] char32_t ideographForRadical(char32_t codePoint);

/// True if the (trimmed) line is web-page chrome that should not be part of the document.
[[nodiscard]] bool isWebChromeLine(QStringView line);

/// Analysis folding: the same length as the input, character for character, so offsets stay
/// valid. ASCII punctuation to full-width Chinese (`,`→`，`, `(`→`（`, `:`→`：`, `;`→`；`),
/// full-width digits and Latin letters to ASCII, `％`→`%`. Used for matching, never for display.
[[nodiscard]] QString analysisFold(QStringView text);

} // namespace parallax
