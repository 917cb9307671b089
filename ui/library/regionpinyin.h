#pragma once

#include <QString>
#include <QStringList>

namespace parallax {

/// Pinyin spellings of a Chinese name for filtering: "tu lu fan shi tulufanshi" for 吐鲁番市
/// (ICU "Han-Latin; Latin-ASCII", tone marks removed), empty for names without Han characters.
/// Cached per name; thread-safe. The first call loads ICU's transliteration rules (tens of ms).
[[nodiscard]] QString regionPinyin(const QString &name);

/// Fills the cache for names not seen yet (call off the GUI thread before a model needs them).
void warmRegionPinyin(const QStringList &names);

} // namespace parallax
