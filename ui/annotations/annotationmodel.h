#pragma once

#include "core/annotations/annotation.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace parallax {

/// The library's annotations as a table (document, section, quote, note, tags, modified), one row
/// per annotation, in the order given (the store's: by document, then text order). Archived
/// annotations (document deleted) and orphaned ones (quote not found in the current text) stay in
/// the model and are flagged in the display, tooltip and font. Filtering is AnnotationFilterModel's
/// job. The model is a view of the store: AnnotationController changes both together. GUI thread.
class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationModel)

public:
    enum Column {
        DocumentColumn,
        SectionColumn,
        QuoteColumn,
        NoteColumn,
        TagsColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        DocumentIdRole,            ///< qint64, 0 for archived annotations
        DocumentTitleRole,         ///< QString: the library title, else the title kept with the note
        ColorRole,                 ///< int (HighlightColor)
        TagsRole,                  ///< QStringList
        StatusRole,                ///< int (AnchorStatus)
        ArchivedRole,              ///< bool
        StartRole,                 ///< qsizetype as qlonglong
        EndRole,                   ///< qsizetype as qlonglong
        QuoteRole,                 ///< QString, full
        NoteRole,                  ///< QString, full
        SectionTitleRole,          ///< QString, "label heading" or empty while unknown
        CreatedRole,               ///< QDateTime (UTC)
        ModifiedRole,              ///< QDateTime (UTC)
        SearchTextRole,            ///< QString: quote, note, tags, document and section, for text filtering
        SortRole,                  ///< per column: a value that sorts naturally
    };
    Q_ENUM(Role)

    explicit AnnotationModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Replaces everything (one reset). Section titles are kept for ids that stay.
    void setAnnotations(std::vector<Annotation> annotations);
    [[nodiscard]] const std::vector<Annotation> &annotations() const { return m_annotations; }
    /// Titles of the library's documents by id (for display; archived notes keep their own).
    void setDocumentTitles(QHash<qint64, QString> titles);
    /// Section titles by annotation id (merged; filled by a background job and on add).
    void setSectionTitles(const QHash<qint64, QString> &titles);

    /// Inserts one annotation after the last one of its document that starts before it.
    void insertAnnotation(const Annotation &annotation);
    /// Replaces the annotation with the same id; false if there is none.
    bool replaceAnnotation(const Annotation &annotation);
    /// Removes the annotations with these ids (those present); few removals are row removals,
    /// many scattered ones one reset.
    void removeAnnotations(const QList<qint64> &ids);

    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] const Annotation *annotation(qint64 id) const;
    [[nodiscard]] const Annotation *annotationAt(int row) const;
    /// The annotations of one document, in model order.
    [[nodiscard]] std::vector<Annotation> annotationsOf(qint64 documentId) const;
    /// Every tag in use, sorted (locale-aware), without duplicates.
    [[nodiscard]] QStringList allTags() const;
    [[nodiscard]] QString documentTitle(const Annotation &annotation) const;

private:
    void rebuildIndex();
    [[nodiscard]] QVariant displayData(const Annotation &annotation, int column) const;
    [[nodiscard]] QString toolTip(const Annotation &annotation) const;

    std::vector<Annotation> m_annotations;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, QString> m_titles;
    QHash<qint64, QString> m_sections;
};

} // namespace parallax
