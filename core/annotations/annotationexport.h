#pragma once

#include "core/annotations/annotation.h"
#include "core/document/document.h"

#include <QString>

#include <vector>

namespace parallax {

/// One annotation as exported and printed: where it is, in words.
struct AnnotationRow
{
    Annotation annotation;
    QString document; ///< the document's title (the archived title for archived notes)
    QString section;  ///< label and heading of the innermost section holding the quote, e.g. `（二）加快产业集群建设`
};

/// The innermost section containing `position`, as `label heading`; empty if none.
[[nodiscard]] QString sectionTitleAt(const Document &document, qsizetype position);

/// Rows for the annotations of one document (`document` may be null for archived notes).
[[nodiscard]] std::vector<AnnotationRow> annotationRows(const std::vector<Annotation> &annotations,
                                                        const Document *document);

/// CSV (RFC 4180, UTF-8 with BOM for spreadsheet programs): document, section, quote, note, tags,
/// colour, status, created, modified.
[[nodiscard]] QByteArray annotationsCsv(const std::vector<AnnotationRow> &rows);
/// Markdown: a heading per document, then per annotation the section, the quote as a block quote,
/// the note and the tags.
[[nodiscard]] QString annotationsMarkdown(const std::vector<AnnotationRow> &rows);

} // namespace parallax
