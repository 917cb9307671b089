#include "core/annotations/annotationexport.h"

#include "core/export/csvwriter.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

const Section *innermostAt(const std::vector<Section> &sections, qsizetype position)
{
    for (const Section &section : sections) {
        if (position >= section.start && position < section.end) {
            if (const Section *child = innermostAt(section.children, position))
                return child;
            return &section;
        }
    }
    return nullptr;
}

// Markdown block quote: every line of the quote gets its marker.
QString blockQuote(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = u"> "_s + line;
    return lines.join(u'\n');
}

} // namespace

QString sectionTitleAt(const Document &document, qsizetype position)
{
    const Section *section = innermostAt(document.sections, position);
    if (!section)
        return {};
    if (section->label.isEmpty())
        return section->heading;
    return (section->label + u' ' + section->heading).trimmed();
}

std::vector<AnnotationRow> annotationRows(const std::vector<Annotation> &annotations, const Document *document)
{
    std::vector<AnnotationRow> rows;
    rows.reserve(annotations.size());
    for (const Annotation &a : annotations) {
        AnnotationRow row;
        row.annotation = a;
        row.document = document && !a.isArchived() ? document->meta.title : a.documentTitle;
        if (document && !a.isArchived())
            row.section = sectionTitleAt(*document, a.anchor.start);
        rows.push_back(std::move(row));
    }
    return rows;
}

QByteArray annotationsCsv(const std::vector<AnnotationRow> &rows)
{
    QList<QStringList> table;
    table << QStringList{u"document"_s, u"section"_s, u"quote"_s, u"note"_s, u"tags"_s, u"color"_s, u"status"_s,
                         u"created"_s, u"modified"_s};
    for (const AnnotationRow &row : rows) {
        const Annotation &a = row.annotation;
        table << QStringList{row.document,
                             row.section,
                             a.anchor.quote,
                             a.note,
                             a.tags.join(u"; "_s),
                             toString(a.color),
                             a.isArchived() ? u"archived"_s : toString(a.status),
                             a.created.toString(Qt::ISODate),
                             a.modified.toString(Qt::ISODate)};
    }
    return toCsv(table);
}

QString annotationsMarkdown(const std::vector<AnnotationRow> &rows)
{
    QString out;
    QString currentDocument;
    bool first = true;
    for (const AnnotationRow &row : rows) {
        if (first || row.document != currentDocument) {
            if (!first)
                out += u'\n';
            out += u"# "_s + (row.document.isEmpty() ? u"(untitled)"_s : row.document) + u"\n\n"_s;
            currentDocument = row.document;
            first = false;
        }
        const Annotation &a = row.annotation;
        out += u"## "_s + (row.section.isEmpty() ? u"—"_s : row.section);
        if (a.isArchived())
            out += u" (archived)"_s;
        else if (a.status == AnchorStatus::Orphaned)
            out += u" (not found in the current text)"_s;
        out += u"\n\n"_s + blockQuote(a.anchor.quote) + u"\n\n"_s;
        if (!a.note.isEmpty())
            out += a.note + u"\n\n"_s;
        if (!a.tags.isEmpty()) {
            QStringList tags;
            for (const QString &tag : a.tags)
                tags << u'`' + tag + u'`';
            out += u"Tags: "_s + tags.join(u", "_s) + u"\n\n"_s;
        }
    }
    return out;
}

} // namespace parallax
