#include "ui/annotations/annotationmodel.h"

#include "ui/annotations/annotationstyle.h"

#include <QCollator>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qsizetype kCellCharacters = 160; // longer quotes and notes are elided in the table

// One line for a table cell: line breaks shown as spaces, long text cut with an ellipsis.
QString cellText(const QString &text)
{
    QString line = text.left(kCellCharacters + 1);
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    line.replace(u'\t', u' ');
    if (text.size() > kCellCharacters) {
        line.truncate(kCellCharacters);
        line += u'…';
    }
    return line;
}

QString tooltipParagraph(const QString &text, qsizetype limit)
{
    QString cut = text.left(limit);
    if (text.size() > limit)
        cut += u'…';
    return cut.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationModel::documentTitle(const Annotation &annotation) const
{
    if (annotation.documentId) {
        const QString title = m_titles.value(*annotation.documentId);
        if (!title.isEmpty())
            return title;
    }
    if (!annotation.documentTitle.isEmpty())
        return annotation.documentTitle;
    return tr("Untitled document");
}

QVariant AnnotationModel::displayData(const Annotation &annotation, int column) const
{
    switch (column) {
    case DocumentColumn:
        if (annotation.isArchived())
            return tr("%1 (deleted)").arg(documentTitle(annotation));
        return documentTitle(annotation);
    case SectionColumn:
        return m_sections.value(annotation.id);
    case QuoteColumn:
        if (annotation.status == AnchorStatus::Orphaned)
            return tr("⚠ Not found: %1").arg(cellText(annotation.anchor.quote));
        return cellText(annotation.anchor.quote);
    case NoteColumn:
        return cellText(annotation.note);
    case TagsColumn:
        return annotation.tags.join(u", "_s);
    case ModifiedColumn:
        return QLocale().toString(annotation.modified.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QString AnnotationModel::toolTip(const Annotation &annotation) const
{
    QStringList parts;
    if (annotation.isArchived())
        parts << u"<b>%1</b>"_s.arg(
            tr("The document was deleted from the library; the note is kept (archived) "
               "and comes back when the document is imported again.")
                .toHtmlEscaped());
    if (annotation.status == AnchorStatus::Orphaned)
        parts << u"<b>%1</b>"_s.arg(
            tr("This passage was not found in the document's current text.").toHtmlEscaped());
    parts << u"<i>%1</i>"_s.arg(tooltipParagraph(annotation.anchor.quote, 400));
    if (!annotation.note.isEmpty())
        parts << tooltipParagraph(annotation.note, 1500);
    if (!annotation.tags.isEmpty())
        parts << tr("Tags: %1").arg(annotation.tags.join(u", "_s)).toHtmlEscaped();
    return parts.join(u"<br><br>"_s);
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &annotation = m_annotations[size_t(index.row())];
    const bool flagged = annotation.isArchived() || annotation.status == AnchorStatus::Orphaned;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(annotation, index.column());
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case DocumentColumn:
            return documentTitle(annotation);
        case SectionColumn:
            return m_sections.value(annotation.id);
        case QuoteColumn:
            return qlonglong(annotation.anchor.start);
        case NoteColumn:
            return annotation.note;
        case TagsColumn:
            return annotation.tags.join(u", "_s);
        case ModifiedColumn:
            return annotation.modified;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(annotation);
    case Qt::DecorationRole:
        if (index.column() == QuoteColumn)
            return highlightSwatch(annotation.color);
        return {};
    case Qt::FontRole:
        if (flagged) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (annotation.isArchived() && index.column() == DocumentColumn)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (annotation.status == AnchorStatus::Orphaned && index.column() == QuoteColumn)
            return QColor(0xb0, 0x3a, 0x2e);
        return {};
    case Qt::AccessibleDescriptionRole:
        if (annotation.isArchived())
            return tr("Archived");
        if (annotation.status == AnchorStatus::Orphaned)
            return displayName(annotation.status);
        return {};
    case IdRole:
        return annotation.id;
    case DocumentIdRole:
        return annotation.documentId.value_or(0);
    case DocumentTitleRole:
        return documentTitle(annotation);
    case ColorRole:
        return int(annotation.color);
    case TagsRole:
        return annotation.tags;
    case StatusRole:
        return int(annotation.status);
    case ArchivedRole:
        return annotation.isArchived();
    case StartRole:
        return qlonglong(annotation.anchor.start);
    case EndRole:
        return qlonglong(annotation.anchor.end);
    case QuoteRole:
        return annotation.anchor.quote;
    case NoteRole:
        return annotation.note;
    case SectionTitleRole:
        return m_sections.value(annotation.id);
    case CreatedRole:
        return annotation.created;
    case ModifiedRole:
        return annotation.modified;
    case SearchTextRole:
        return QStringList{annotation.anchor.quote, annotation.note, annotation.tags.join(u' '),
                           documentTitle(annotation), m_sections.value(annotation.id)}
            .join(u'\n');
    default:
        return {};
    }
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case SectionColumn:
        return tr("Section");
    case QuoteColumn:
        return tr("Quote");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DocumentIdRole, "documentId");
    names.insert(DocumentTitleRole, "documentTitle");
    names.insert(ColorRole, "color");
    names.insert(TagsRole, "tags");
    names.insert(StatusRole, "status");
    names.insert(ArchivedRole, "archived");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(SectionTitleRole, "section");
    names.insert(CreatedRole, "created");
    names.insert(ModifiedRole, "modified");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sort");
    return names;
}

void AnnotationModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_annotations.size()));
    for (size_t row = 0; row < m_annotations.size(); ++row)
        m_rowOf.insert(m_annotations[row].id, int(row));
}

void AnnotationModel::setAnnotations(std::vector<Annotation> annotations)
{
    beginResetModel();
    m_annotations = std::move(annotations);
    rebuildIndex();
    // Keep what is known about sections of annotations that stay; forget the rest.
    for (auto it = m_sections.begin(); it != m_sections.end();) {
        if (m_rowOf.contains(it.key()))
            ++it;
        else
            it = m_sections.erase(it);
    }
    endResetModel();
}

void AnnotationModel::setDocumentTitles(QHash<qint64, QString> titles)
{
    m_titles = std::move(titles);
    if (!m_annotations.empty())
        Q_EMIT dataChanged(index(0, DocumentColumn), index(rowCount() - 1, DocumentColumn));
}

void AnnotationModel::setSectionTitles(const QHash<qint64, QString> &titles)
{
    int first = rowCount();
    int last = -1;
    for (auto it = titles.begin(); it != titles.end(); ++it) {
        const int row = m_rowOf.value(it.key(), -1);
        if (row < 0)
            continue;
        m_sections.insert(it.key(), it.value());
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= first)
        Q_EMIT dataChanged(index(first, SectionColumn), index(last, SectionColumn));
}

void AnnotationModel::insertAnnotation(const Annotation &annotation)
{
    if (m_rowOf.contains(annotation.id)) {
        replaceAnnotation(annotation);
        return;
    }
    // The store keeps a document's annotations together in text order: after the last one that
    // starts at or before this one, else before the document's first; at the end for a new document.
    int row = int(m_annotations.size());
    int firstOfDocument = -1;
    int lastBefore = -1;
    for (size_t i = 0; i < m_annotations.size(); ++i) {
        const Annotation &other = m_annotations[i];
        if (other.documentId != annotation.documentId)
            continue;
        if (firstOfDocument < 0)
            firstOfDocument = int(i);
        if (other.anchor.start <= annotation.anchor.start)
            lastBefore = int(i);
    }
    if (firstOfDocument >= 0)
        row = lastBefore >= 0 ? lastBefore + 1 : firstOfDocument;
    beginInsertRows({}, row, row);
    m_annotations.insert(m_annotations.begin() + row, annotation);
    rebuildIndex();
    endInsertRows();
}

bool AnnotationModel::replaceAnnotation(const Annotation &annotation)
{
    const int row = m_rowOf.value(annotation.id, -1);
    if (row < 0)
        return false;
    m_annotations[size_t(row)] = annotation;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void AnnotationModel::removeAnnotations(const QList<qint64> &ids)
{
    QList<int> rows;
    for (qint64 id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row >= 0)
            rows << row;
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs, removed from the back so earlier rows keep their numbers.
    std::vector<std::pair<int, int>> runs;
    for (int row : std::as_const(rows)) {
        if (!runs.empty() && runs.back().second + 1 == row)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    for (qint64 id : ids)
        m_sections.remove(id);
    // Each row removal moves the tail of the vector; many scattered runs are cheaper as one reset.
    if (runs.size() > 16) {
        beginResetModel();
        const QSet<qint64> gone(ids.begin(), ids.end());
        std::erase_if(m_annotations, [&gone](const Annotation &a) { return gone.contains(a.id); });
        rebuildIndex();
        endResetModel();
        return;
    }
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_annotations.erase(m_annotations.begin() + it->first, m_annotations.begin() + it->second + 1);
        endRemoveRows();
    }
    rebuildIndex();
}

int AnnotationModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

const Annotation *AnnotationModel::annotation(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_annotations[size_t(row)];
}

const Annotation *AnnotationModel::annotationAt(int row) const
{
    return row < 0 || size_t(row) >= m_annotations.size() ? nullptr : &m_annotations[size_t(row)];
}

std::vector<Annotation> AnnotationModel::annotationsOf(qint64 documentId) const
{
    std::vector<Annotation> result;
    for (const Annotation &annotation : m_annotations) {
        if (annotation.documentId == documentId)
            result.push_back(annotation);
    }
    return result;
}

QStringList AnnotationModel::allTags() const
{
    QSet<QString> seen;
    QStringList tags;
    for (const Annotation &annotation : m_annotations) {
        for (const QString &tag : annotation.tags) {
            if (!seen.contains(tag)) {
                seen.insert(tag);
                tags << tag;
            }
        }
    }
    QCollator collator;
    std::sort(tags.begin(), tags.end(), collator);
    return tags;
}

} // namespace parallax
