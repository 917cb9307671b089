#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace parallax {

/// True for the characters Chinese numerals are written with (一二三…十百千万零〇两).
[[nodiscard]] bool isChineseNumeralChar(QChar c);

/// Value of a Chinese numeral as used in headings and figures: 一 → 1, 十二 → 12, 二十 → 20,
/// 一百零五 → 105, 两千 → 2000, 一万五千 → 15000. Nullopt for empty or malformed input.
[[nodiscard]] std::optional<qint64> chineseNumeralValue(QStringView numeral);

/// The conventional spelling of 1..9999 (12 → 十二, 105 → 一百零五); empty outside that range.
[[nodiscard]] QString chineseNumeral(int value);

} // namespace parallax
