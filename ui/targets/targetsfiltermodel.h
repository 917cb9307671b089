#pragma once

#include "core/indicators/observation.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace parallax {

/// Filters a TargetsModel by indicator group, measure and a set of hidden indicators, and sorts
/// by TargetsModel::SortRole (lexicon order, figures). GUI thread only.
class TargetsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsFilterModel)

public:
    explicit TargetsFilterModel(QObject *parent = nullptr);

    /// Empty: every group.
    void setGroup(const QString &groupKey);
    [[nodiscard]] QString group() const { return m_group; }
    void setMeasure(std::optional<Measure> measure);
    void setHiddenIndicators(const QSet<QString> &indicators);
    [[nodiscard]] const QSet<QString> &hiddenIndicators() const { return m_hidden; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_group;
    std::optional<Measure> m_measure;
    QSet<QString> m_hidden;
};

} // namespace parallax
