#pragma once

#include "core/document/document.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace parallax {

/// A document's section tree for the outline. Holds its own copy of the sections; indexes point
/// into that copy and stay valid until the next setSections(). GUI thread only.
class SectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTreeModel)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1, ///< numbering as written ("（一）")
        HeadingRole,   ///< heading without label
        LevelRole,     ///< int, 1 = top level
        RoleRole,      ///< section role key ("targets", …)
        StartRole,     ///< qsizetype offset into the display text (heading start)
        EndRole,       ///< qsizetype offset: end of the section including children
        BodyStartRole, ///< qsizetype offset: first character after the heading
    };

    explicit SectionTreeModel(QObject *parent = nullptr);

    void setSections(std::vector<Section> sections);
    void clear();
    [[nodiscard]] const Section *section(const QModelIndex &index) const;
    /// The deepest section whose span contains `position`, or the last section starting before it;
    /// invalid if there is none.
    [[nodiscard]] QModelIndex indexForPosition(qsizetype position) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Location
    {
        const Section *parent = nullptr;
        int row = 0;
    };
    void indexChildren(const std::vector<Section> &children, const Section *parentSection);
    [[nodiscard]] const std::vector<Section> &childrenOf(const Section *section) const;

    std::vector<Section> m_sections;
    QHash<const Section *, Location> m_locations;
};

} // namespace parallax
