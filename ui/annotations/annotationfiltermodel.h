#pragma once

#include "core/annotations/annotation.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace parallax {

/// Filters an AnnotationModel by text (quote, note, tags, document, section; case-insensitive),
/// tag, colour, document (one document or all) and whether archived annotations are shown, and
/// sorts by AnnotationModel::SortRole. Orphaned annotations are never filtered for being orphaned.
/// GUI thread only.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    /// Empty: any tag.
    void setTag(const QString &tag);
    [[nodiscard]] QString tag() const { return m_tag; }
    /// nullopt: any colour.
    void setColor(std::optional<HighlightColor> color);
    [[nodiscard]] std::optional<HighlightColor> color() const { return m_color; }
    /// nullopt: every document (archived annotations included when shown); else only that document's.
    void setDocument(std::optional<qint64> documentId);
    [[nodiscard]] std::optional<qint64> document() const { return m_document; }
    void setShowArchived(bool show);
    [[nodiscard]] bool showArchived() const { return m_showArchived; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_text;
    QString m_tag;
    std::optional<HighlightColor> m_color;
    std::optional<qint64> m_document;
    bool m_showArchived = true;
};

} // namespace parallax
