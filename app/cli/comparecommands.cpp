#include "app/cli/comparecommands.h"

#include "core/align/alignment.h"
#include "core/diff/diffformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parallax::Cli", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Parallax::Cli", text, disambiguation, n);
}

QString documentName(const Document &document)
{
    if (!document.meta.title.isEmpty())
        return document.meta.title;
    if (!document.meta.region.isEmpty())
        return document.meta.region;
    return document.sourcePath;
}

// Dotted 1-based section path ("2.3"), paragraph appended as "¶n".
QString sectionPath(const AlignUnit &unit)
{
    QStringList parts;
    for (int index : unit.path)
        parts << QString::number(index + 1);
    QString path = parts.join(u'.');
    if (unit.paragraph >= 0)
        path += u"¶"_s + QString::number(unit.paragraph + 1);
    return path;
}

QString unitTitle(const AlignUnit &unit)
{
    QString title = unit.label.isEmpty() ? unit.heading : unit.label + u' ' + unit.heading;
    return title.isEmpty() ? u"—"_s : title;
}

QString clipped(const QString &text, qsizetype length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

// Alignment is O(n·m): past AlignOptions::maxUnits a document's further sections are not aligned.
void warnUnitsLeftOut(const std::vector<Document> &documents, const AlignmentMatrix &matrix,
                      const AlignOptions &options, QTextStream &err)
{
    for (size_t d = 0; d < documents.size() && d < matrix.unitsLeftOut.size(); ++d) {
        if (matrix.unitsLeftOut[d] > 0)
            err << tr("%1: only the first %2 sections were aligned; %n more were left out (alignment limit)", nullptr,
                      matrix.unitsLeftOut[d])
                       .arg(documentName(documents[d]))
                       .arg(options.maxUnits)
                << Qt::endl;
    }
}

} // namespace

int writeAlignment(const std::vector<Document> &documents, const AlignOptions &options, bool json, QTextStream &out,
                   QTextStream &err)
{
    if (documents.size() < 2) {
        err << tr("align needs at least two documents") << Qt::endl;
        return 2;
    }
    const AlignmentMatrix matrix = alignDocuments(documents, options);
    warnUnitsLeftOut(documents, matrix, options, err);
    if (json) {
        QJsonArray docs;
        for (const Document &document : documents) {
            QJsonObject object;
            object[u"id"_s] = document.id;
            object[u"title"_s] = document.meta.title;
            object[u"region"_s] = document.meta.region;
            object[u"year_planned"_s] = document.meta.yearPlanned;
            object[u"source"_s] = document.sourcePath;
            object[u"units_left_out"_s] = matrix.unitsLeftOut[docs.size()];
            docs.append(object);
        }
        QJsonArray rows;
        for (const AlignmentRow &row : matrix.rows) {
            QJsonArray cells;
            for (const auto &cell : row.cells) {
                if (!cell) {
                    cells.append(QJsonValue::Null);
                    continue;
                }
                const AlignUnit &unit = matrix.units[size_t(cell->document)][size_t(cell->unit)];
                QJsonObject object;
                object[u"document"_s] = cell->document;
                object[u"section"_s] = sectionPath(unit);
                object[u"heading"_s] = unit.heading;
                object[u"label"_s] = unit.label;
                object[u"role"_s] = toString(unit.role);
                object[u"topic"_s] = unit.topic;
                object[u"start"_s] = double(unit.start);
                object[u"end"_s] = double(unit.end);
                cells.append(object);
            }
            QJsonObject object;
            object[u"topic"_s] = row.topic;
            object[u"score"_s] = std::round(row.score * 1000) / 1000;
            object[u"cells"_s] = cells;
            rows.append(object);
        }
        QJsonObject root;
        root[u"documents"_s] = docs;
        root[u"rows"_s] = rows;
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out.flush();
        return 0;
    }
    // Text: one block per row, one line per document, so wide Chinese headings never misalign columns.
    for (size_t d = 0; d < documents.size(); ++d)
        out << u"[%1] "_s.arg(d + 1) << documentName(documents[d]) << Qt::endl;
    out << Qt::endl;
    for (size_t r = 0; r < matrix.rows.size(); ++r) {
        const AlignmentRow &row = matrix.rows[r];
        out << u"%1. "_s.arg(r + 1) << (row.topic.isEmpty() ? u"—"_s : row.topic)
            << u"  (%1)"_s.arg(row.score, 0, 'f', 2) << Qt::endl;
        for (size_t d = 0; d < row.cells.size(); ++d) {
            out << u"   [%1] "_s.arg(d + 1);
            if (row.cells[d]) {
                const AlignUnit &unit = matrix.units[d][size_t(row.cells[d]->unit)];
                out << sectionPath(unit) << u"  "_s << clipped(unitTitle(unit), 40);
            } else {
                out << u"·"_s;
            }
            out << Qt::endl;
        }
    }
    out.flush();
    return 0;
}

int writeDiff(const Document &left, const Document &right, std::optional<int> section, const QString &htmlPath,
              QTextStream &out, QTextStream &err, const AlignOptions &alignOptions, const DiffOptions &diffOptions)
{
    QStringView leftText = left.text;
    QStringView rightText = right.text;
    std::array<qsizetype, 2> starts{0, 0};
    QString leftTitle = documentName(left);
    QString rightTitle = documentName(right);
    if (section) {
        const AlignmentMatrix matrix = alignDocuments({left, right}, alignOptions);
        const int row = *section;
        if (row < 1 || row > int(matrix.rows.size())) {
            err << tr("no alignment row %1 (the alignment has %2 rows)").arg(row).arg(matrix.rows.size()) << Qt::endl;
            return 1;
        }
        const AlignmentRow &aligned = matrix.rows[size_t(row - 1)];
        if (!aligned.cells[0] || !aligned.cells[1]) {
            err << tr("alignment row %1 has a section in only one document").arg(row) << Qt::endl;
            return 1;
        }
        const AlignUnit &l = matrix.units[0][size_t(aligned.cells[0]->unit)];
        const AlignUnit &r = matrix.units[1][size_t(aligned.cells[1]->unit)];
        leftText = QStringView(left.text).mid(l.start, l.end - l.start);
        rightText = QStringView(right.text).mid(r.start, r.end - r.start);
        starts = {l.start, r.start};
        leftTitle += u" — "_s + unitTitle(l);
        rightTitle += u" — "_s + unitTitle(r);
    }
    // Documents from the library or just imported carry their segmentation: nothing is segmented here.
    const WordDiff diff = diffTexts(
        TokenizedText{leftText, left.tokenStarts.tokens(left.text, starts[0], starts[0] + leftText.size())},
        TokenizedText{rightText, right.tokenStarts.tokens(right.text, starts[1], starts[1] + rightText.size())},
        diffOptions);
    int changes = 0;
    for (const DiffChunk &chunk : diff.chunks)
        changes += chunk.kind != DiffKind::Equal && chunk.kind != DiffKind::Moved;
    const QString summary = tr("%1 changes, %2 changed figures, %3 moved passages")
                                .arg(changes - diff.count(DiffKind::ChangedNumber))
                                .arg(diff.count(DiffKind::ChangedNumber))
                                .arg(diff.count(DiffKind::Moved) / 2);
    const QString approximate = tr("Parts of these texts differ too much for an exact word diff; %1 regions are shown as deleted and inserted as a whole.")
                                    .arg(diff.approximateRegions);
    if (htmlPath.isEmpty()) {
        out << u"--- "_s << leftTitle << Qt::endl << u"+++ "_s << rightTitle << Qt::endl;
        out << u"# "_s << summary << Qt::endl;
        if (diff.approximate)
            out << u"# "_s << approximate << Qt::endl;
        out << renderDiffMarkup(leftText, rightText, diff) << Qt::endl;
        out.flush();
        return 0;
    }
    DiffHtmlLabels labels;
    labels.title = tr("Comparison: %1 / %2").arg(documentName(left), documentName(right));
    labels.leftTitle = leftTitle;
    labels.rightTitle = rightTitle;
    labels.legendEqual = tr("unchanged");
    labels.legendDeleted = tr("deleted");
    labels.legendInserted = tr("inserted");
    labels.legendNumber = tr("changed figure");
    labels.legendMoved = tr("moved");
    labels.summary = summary;
    labels.approximate = approximate;
    QSaveFile file(htmlPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err << tr("cannot write %1: %2").arg(htmlPath, file.errorString()) << Qt::endl;
        return 1;
    }
    file.write(renderDiffHtml(leftText, rightText, diff, labels).toUtf8());
    if (!file.commit()) {
        err << tr("cannot write %1: %2").arg(htmlPath, file.errorString()) << Qt::endl;
        return 1;
    }
    out << tr("wrote %1").arg(htmlPath) << Qt::endl;
    return 0;
}

} // namespace parallax
