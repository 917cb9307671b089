#pragma once

#include "core/annotations/annotation.h"
#include "core/document/document.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QTextStream;

namespace parallax {

struct AnnotateRequest
{
    QString quote;
    QString note;
    QStringList tags;
    HighlightColor color = HighlightColor::Yellow;
    int occurrence = 1; ///< which occurrence of the quote (1-based)
};

/// `parallax-cli annotate`: finds `request.quote` in `document` (exactly, else ignoring whitespace
/// and punctuation variants), stores the annotation in the library at `libraryPath` and writes
/// one line (or JSON) describing it. Exit code 0, or 1 with one translated line on `err` (quote not
/// found, occurrence out of range, store failure). GUI-less; any thread that may open the library.
int annotateCommand(const QString &libraryPath, const Document &document, const AnnotateRequest &request, bool json,
                    QTextStream &out, QTextStream &err);

enum class AnnotationFormat { Text, Json, Csv, Markdown };

/// `parallax-cli annotations`: the document's annotations (re-anchored against its text first),
/// as text lines, JSON, CSV or Markdown.
int annotationsCommand(const QString &libraryPath, const Document &document, AnnotationFormat format,
                       QTextStream &out, QTextStream &err);

/// The document's annotations, re-anchored; empty (and no error) if the library has none.
[[nodiscard]] std::optional<std::vector<Annotation>> loadAnnotations(const QString &libraryPath,
                                                                     const Document &document, QTextStream &err);

} // namespace parallax
