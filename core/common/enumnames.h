#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace parallax {

/// A constexpr table of an enum's stable names (used in JSON, CSV and the database), and lookups
/// both ways. Unknown values give an empty name; unknown names give nullopt.
template<typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, QStringView>, N>;

template<typename Enum, std::size_t N>
[[nodiscard]] QString nameOf(const EnumNames<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
[[nodiscard]] std::optional<Enum> valueOf(const EnumNames<Enum, N> &table, QStringView name)
{
    for (const auto &[candidate, candidateName] : table) {
        if (candidateName == name)
            return candidate;
    }
    return std::nullopt;
}

} // namespace parallax
