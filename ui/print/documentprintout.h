#pragma once

#include "core/annotations/annotation.h"
#include "core/common/result.h"
#include "core/document/document.h"
#include "ui/print/pagedprinter.h"

#include <QPageSize>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace parallax {

/// A document laid out for printing, and what printPaged() needs to decorate it.
struct DocumentPrintout
{
    std::unique_ptr<QTextDocument> text;
    PageDecoration decoration;
    std::vector<MarginNote> notes;
};

/// Builds the printout of `document`: headings by level, the targets paragraph set off, and, with
/// `annotations` (those of this document, in any order), each highlight drawn on its text with a
/// numbered marker, the note in the margin and every note in full at the end (quote, section,
/// tags). Orphaned annotations are listed at the end only. GUI thread.
[[nodiscard]] DocumentPrintout buildDocumentPrintout(const Document &document,
                                                     const std::vector<Annotation> &annotations);

/// Prints the printout on `device` (QPrinter from a print dialog, or QPdfWriter). Returns pages.
int printDocument(DocumentPrintout &printout, QPagedPaintDevice &device);

/// Writes `document` (with `annotations`, may be empty) to a PDF at `path`: A4 unless
/// `pageSize` says otherwise, WenQuanYi Micro Hei embedded. InvalidArgument if the file cannot
/// be written. Any thread.
[[nodiscard]] Result<int> writeDocumentPdf(const Document &document, const std::vector<Annotation> &annotations,
                                           const QString &path, const QPageSize &pageSize = QPageSize(QPageSize::A4));

} // namespace parallax
