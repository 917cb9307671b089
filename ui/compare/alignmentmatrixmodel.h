#pragma once

#include "ui/compare/comparison.h"

#include <QAbstractTableModel>

#include <memory>

namespace parallax {

/// The alignment matrix of a comparison: one row per aligned group of sections (labelled with its
/// topic in the vertical header), one column per document. Empty cells are shown as such; the
/// row's similarity is in the tooltip and ScoreRole. GUI thread only.
class AlignmentMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlignmentMatrixModel)

public:
    enum Role {
        UnitIndexRole = Qt::UserRole + 1, ///< int: unit of this document in the row, -1 if empty
        IsEmptyRole,       ///< bool: no section of this document in the row
        TopicRole,         ///< QString: the row's topic
        ScoreRole,         ///< double: the row's mean similarity
        UnitPathRole,      ///< QString: unitKey() of the cell's unit
        HeadingRole,       ///< QString: label and heading of the cell's section
        OverriddenRole,    ///< bool: placed by a user override
        FilledCountRole,   ///< int: documents present in the row
    };

    explicit AlignmentMatrixModel(QObject *parent = nullptr);

    /// Replaces the content (a model reset). nullptr clears.
    void setComparison(std::shared_ptr<const Comparison> comparison);
    [[nodiscard]] const Comparison *comparison() const { return m_comparison.get(); }
    [[nodiscard]] std::shared_ptr<const Comparison> sharedComparison() const { return m_comparison; }
    /// The first row holding `unit` of `document`, or -1.
    [[nodiscard]] int rowOfUnit(int document, int unit) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Short column title: region and year ("吐鲁番市 2025"), or the title.
    [[nodiscard]] static QString shortTitle(const DocumentMetadata &meta);

private:
    [[nodiscard]] const AlignUnit *unitAt(const QModelIndex &index) const;
    [[nodiscard]] QString cellText(const QModelIndex &index) const;

    std::shared_ptr<const Comparison> m_comparison;
};

} // namespace parallax
