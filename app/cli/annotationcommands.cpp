#include "app/cli/annotationcommands.h"

#include "core/annotations/anchoring.h"
#include "core/annotations/annotationexport.h"
#include "core/common/errortext.h"
#include "core/store/annotationstore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

class AnnotationCli
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCli)
};

QJsonObject annotationJson(const AnnotationRow &row)
{
    const Annotation &a = row.annotation;
    QJsonObject object{
        {u"id"_s, a.id},
        {u"document"_s, a.documentId ? QJsonValue(*a.documentId) : QJsonValue()},
        {u"document_title"_s, row.document},
        {u"section"_s, row.section},
        {u"quote"_s, a.anchor.quote},
        {u"note"_s, a.note},
        {u"tags"_s, QJsonArray::fromStringList(a.tags)},
        {u"color"_s, toString(a.color)},
        {u"status"_s, a.isArchived() ? u"archived"_s : toString(a.status)},
        {u"start"_s, qint64(a.anchor.start)},
        {u"end"_s, qint64(a.anchor.end)},
        {u"created"_s, a.created.toString(Qt::ISODate)},
        {u"modified"_s, a.modified.toString(Qt::ISODate)},
    };
    return object;
}

QString oneLine(const AnnotationRow &row)
{
    const Annotation &a = row.annotation;
    QString quote = a.anchor.quote.simplified();
    if (quote.size() > 60)
        quote = quote.left(60) + u'…';
    QString line = u"#%1\t%2\t“%3”"_s.arg(a.id).arg(row.section, quote);
    if (!a.note.isEmpty())
        line += u"\t"_s + a.note.simplified();
    if (!a.tags.isEmpty())
        line += u"\t["_s + a.tags.join(u", "_s) + u']';
    if (a.status == AnchorStatus::Orphaned)
        line += u"\t"_s + AnnotationCli::tr("(not found in the current text)");
    return line;
}

std::unique_ptr<AnnotationStore> openStore(const QString &libraryPath, QTextStream &err)
{
    auto store = AnnotationStore::open(libraryPath);
    if (!store) {
        err << errorText(store.error()) << Qt::endl;
        return nullptr;
    }
    return std::move(*store);
}

} // namespace

int annotateCommand(const QString &libraryPath, const Document &document, const AnnotateRequest &request, bool json,
                    QTextStream &out, QTextStream &err)
{
    if (document.id == 0) {
        err << AnnotationCli::tr("%1 is not in a library; annotate it by its library id or with --db.")
                   .arg(document.sourcePath)
            << Qt::endl;
        return 1;
    }
    const AnchorResolver resolver(document.text);
    const std::vector<AnchorResolution> found = resolver.find(request.quote, 1000);
    if (found.empty()) {
        err << AnnotationCli::tr("The quote was not found in %1: %2").arg(document.meta.title, request.quote)
            << Qt::endl;
        return 1;
    }
    if (request.occurrence < 1 || std::size_t(request.occurrence) > found.size()) {
        err << AnnotationCli::tr("The quote occurs %1 times in the document; --occurrence must be 1 to %1.")
                   .arg(found.size())
            << Qt::endl;
        return 1;
    }
    const AnchorResolution &place = found[std::size_t(request.occurrence - 1)];
    if (found.size() > 1 && request.occurrence == 1)
        err << AnnotationCli::tr("The quote occurs %1 times; annotated the first (see --occurrence).")
                   .arg(found.size())
            << Qt::endl;

    std::unique_ptr<AnnotationStore> store = openStore(libraryPath, err);
    if (!store)
        return 1;
    Annotation annotation;
    annotation.documentId = document.id;
    annotation.documentTitle = document.meta.title;
    annotation.documentSource = document.sourcePath;
    annotation.anchor = makeAnchor(document.text, place.start, place.end);
    annotation.note = request.note;
    annotation.tags = normalizedTags(request.tags);
    annotation.color = request.color;
    const Result<qint64> id = store->add(annotation);
    if (!id) {
        err << errorText(id.error()) << Qt::endl;
        return 1;
    }
    const auto stored = store->annotation(*id);
    if (!stored || !stored->has_value()) {
        err << errorText(stored ? Error{ErrorCode::DatabaseQuery, libraryPath, {}} : stored.error()) << Qt::endl;
        return 1;
    }
    const AnnotationRow row = annotationRows({**stored}, &document).front();
    if (json)
        out << QString::fromUtf8(QJsonDocument(annotationJson(row)).toJson(QJsonDocument::Indented));
    else
        out << oneLine(row) << Qt::endl;
    return 0;
}

std::optional<std::vector<Annotation>> loadAnnotations(const QString &libraryPath, const Document &document,
                                                       QTextStream &err)
{
    if (document.id == 0)
        return std::vector<Annotation>();
    std::unique_ptr<AnnotationStore> store = openStore(libraryPath, err);
    if (!store)
        return std::nullopt;
    if (auto reanchored = store->reanchor(document); !reanchored) {
        err << errorText(reanchored.error()) << Qt::endl;
        return std::nullopt;
    }
    auto annotations = store->forDocument(document.id);
    if (!annotations) {
        err << errorText(annotations.error()) << Qt::endl;
        return std::nullopt;
    }
    return std::move(*annotations);
}

int annotationsCommand(const QString &libraryPath, const Document &document, AnnotationFormat format,
                       QTextStream &out, QTextStream &err)
{
    const auto annotations = loadAnnotations(libraryPath, document, err);
    if (!annotations)
        return 1;
    const std::vector<AnnotationRow> rows = annotationRows(*annotations, &document);
    switch (format) {
    case AnnotationFormat::Json: {
        QJsonArray array;
        for (const AnnotationRow &row : rows)
            array.append(annotationJson(row));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case AnnotationFormat::Csv:
        out.flush();
        if (QIODevice *device = out.device())
            device->write(annotationsCsv(rows));
        else
            out << QString::fromUtf8(annotationsCsv(rows));
        break;
    case AnnotationFormat::Markdown: out << annotationsMarkdown(rows); break;
    case AnnotationFormat::Text:
        for (const AnnotationRow &row : rows)
            out << oneLine(row) << Qt::endl;
        break;
    }
    out.flush();
    return 0;
}

} // namespace parallax
