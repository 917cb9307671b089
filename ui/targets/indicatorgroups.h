#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace parallax {

/// Indicator groups for filtering (ui/targets/indicator-groups.txt): stable keys, translated names.
class IndicatorGroups
{
public:
    [[nodiscard]] static const IndicatorGroups &instance();

    /// Group keys in file order, "other" last.
    [[nodiscard]] const QStringList &keys() const { return m_keys; }
    /// The group of a canonical indicator; "other" if it is in none.
    [[nodiscard]] QString groupOf(const QString &indicator) const;
    [[nodiscard]] static QString displayName(const QString &key);

private:
    IndicatorGroups();
    QStringList m_keys;
    QHash<QString, QString> m_groupOf;
};

} // namespace parallax
