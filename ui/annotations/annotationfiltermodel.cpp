#include "ui/annotations/annotationfiltermodel.h"

#include "ui/annotations/annotationmodel.h"

namespace parallax {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AnnotationFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow once per row.
    invalidateFilter();
}

void AnnotationFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refilter();
}

void AnnotationFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    refilter();
}

void AnnotationFilterModel::setColor(std::optional<HighlightColor> color)
{
    if (color == m_color)
        return;
    m_color = color;
    refilter();
}

void AnnotationFilterModel::setDocument(std::optional<qint64> documentId)
{
    if (documentId == m_document)
        return;
    m_document = documentId;
    refilter();
}

void AnnotationFilterModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    refilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    // Read the annotation directly: with 10,000 rows this runs on every keystroke in the filter box.
    const auto *model = qobject_cast<const AnnotationModel *>(sourceModel());
    if (!model) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    const Annotation *annotation = model->annotationAt(sourceRow);
    if (!annotation)
        return false;
    if (annotation->isArchived() && !m_showArchived)
        return false;
    if (m_document && annotation->documentId != m_document)
        return false;
    if (m_color && annotation->color != *m_color)
        return false;
    if (!m_tag.isEmpty() && !annotation->tags.contains(m_tag))
        return false;
    if (m_text.isEmpty())
        return true;
    if (annotation->anchor.quote.contains(m_text, Qt::CaseInsensitive) ||
        annotation->note.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (const QString &tag : annotation->tags) {
        if (tag.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    const QModelIndex index = model->index(sourceRow, 0);
    return model->data(index, AnnotationModel::DocumentTitleRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive) ||
           model->data(index, AnnotationModel::SectionTitleRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace parallax
