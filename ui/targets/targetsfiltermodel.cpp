#include "ui/targets/targetsfiltermodel.h"

#include "ui/targets/targetsmodel.h"

namespace parallax {

TargetsFilterModel::TargetsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TargetsModel::SortRole);
}

void TargetsFilterModel::setGroup(const QString &groupKey)
{
    if (groupKey == m_group)
        return;
    m_group = groupKey;
    invalidateFilter();
}

void TargetsFilterModel::setMeasure(std::optional<Measure> measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    invalidateFilter();
}

void TargetsFilterModel::setHiddenIndicators(const QSet<QString> &indicators)
{
    if (indicators == m_hidden)
        return;
    m_hidden = indicators;
    invalidateFilter();
}

bool TargetsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_group.isEmpty() && index.data(TargetsModel::GroupRole).toString() != m_group)
        return false;
    if (m_measure && index.data(TargetsModel::MeasureRole).toString() != toString(*m_measure))
        return false;
    return !m_hidden.contains(index.data(TargetsModel::IndicatorRole).toString());
}

} // namespace parallax
