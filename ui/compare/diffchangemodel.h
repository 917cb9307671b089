#pragma once

#include "core/diff/worddiff.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace parallax {

/// The changes of one word diff (every chunk that is not Equal), in the order of the new text:
/// kind, old text, new text. "Figures only" keeps just changed figures. Navigation (next/previous
/// change) and the overview strip walk these rows. GUI thread only.
class DiffChangeModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffChangeModel)

public:
    enum Column { KindColumn, OldColumn, NewColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(DiffKind)
        ChunkIndexRole,   ///< int: index into WordDiff::chunks
        OldTextRole,      ///< QString
        NewTextRole,      ///< QString
        OldStartRole,     ///< qsizetype: offset in the old (left) text
        NewStartRole,     ///< qsizetype: offset in the new (right) text
        PartnerRowRole,   ///< int: for a move, the row of the other end (-1 if filtered out or none)
    };

    explicit DiffChangeModel(QObject *parent = nullptr);

    /// Replaces the content (a model reset). The texts are the two sides the diff indexes.
    void setDiff(const QString &left, const QString &right, const WordDiff &diff);
    void clear();
    void setFiguresOnly(bool figuresOnly);
    [[nodiscard]] bool figuresOnly() const { return m_figuresOnly; }

    [[nodiscard]] int changeCount() const { return int(m_rows.size()); }
    /// Chunk index of a row, -1 if out of range.
    [[nodiscard]] int chunkAt(int row) const;
    /// The row of a chunk, -1 if the chunk is not listed.
    [[nodiscard]] int rowOfChunk(int chunk) const;
    [[nodiscard]] const DiffChunk *chunk(int row) const;
    /// Counts of the listed changes by kind (Moved counts both ends).
    [[nodiscard]] int count(DiffKind kind) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Translated name of a kind of change.
    [[nodiscard]] static QString kindName(DiffKind kind);
    /// True if chunks of this kind are listed under the current filter.
    [[nodiscard]] static bool isListed(DiffKind kind, bool figuresOnly);

private:
    void rebuild();

    QString m_left;
    QString m_right;
    WordDiff m_diff;
    bool m_figuresOnly = false;
    std::vector<int> m_rows; ///< chunk indexes
};

} // namespace parallax
