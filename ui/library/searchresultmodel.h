#pragma once

#include "core/store/librarystore.h"

#include <QAbstractListModel>

#include <vector>

namespace parallax {

/// Full-text search hits as a list: document title, heading and snippet per row. GUI thread only.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1, ///< qint64
        DocumentTitleRole,
        HeadingRole,     ///< section label and heading
        SnippetRole,     ///< plain text around the match
        MatchStartRole,  ///< qsizetype offset into the document's display text
        MatchLengthRole, ///< qsizetype
        ScoreRole,       ///< double, higher is better
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(std::vector<SearchHit> hits);
    [[nodiscard]] const SearchHit *hit(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<SearchHit> m_hits;
};

} // namespace parallax
