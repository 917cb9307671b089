#include "ui/library/searchresultmodel.h"

using namespace Qt::StringLiterals;

namespace parallax {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const SearchHit *SearchResultModel::hit(int row) const
{
    return row >= 0 && row < int(m_hits.size()) ? &m_hits[size_t(row)] : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[size_t(index.row())];
    const QString heading =
        hit.sectionLabel.isEmpty() ? hit.heading : (hit.sectionLabel + u' ' + hit.heading).trimmed();
    const QString snippet = hit.snippet.simplified();
    switch (role) {
    case Qt::DisplayRole:
        return u"%1 · %2\n%3"_s.arg(hit.documentTitle, heading.isEmpty() ? tr("(untitled section)") : heading,
                                    snippet);
    case Qt::ToolTipRole:
        return u"%1\n%2\n\n%3"_s.arg(hit.documentTitle, heading, snippet);
    case DocumentIdRole:
        return hit.documentId;
    case DocumentTitleRole:
        return hit.documentTitle;
    case HeadingRole:
        return heading;
    case SnippetRole:
        return snippet;
    case MatchStartRole:
        return QVariant::fromValue(hit.matchStart);
    case MatchLengthRole:
        return QVariant::fromValue(hit.matchLength);
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(DocumentTitleRole, "documentTitle");
    names.insert(HeadingRole, "heading");
    names.insert(SnippetRole, "snippet");
    names.insert(MatchStartRole, "matchStart");
    names.insert(MatchLengthRole, "matchLength");
    names.insert(ScoreRole, "score");
    return names;
}

} // namespace parallax
