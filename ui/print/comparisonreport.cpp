#include "ui/print/comparisonreport.h"

#include "core/annotations/annotationexport.h"
#include "core/diff/diffformat.h"
#include "core/indicators/indicatorextractor.h"
#include "core/indicators/indicatorlexicon.h"
#include "ui/annotations/annotationstyle.h"
#include "ui/charts/chartdata.h"
#include "ui/charts/chartexporter.h"
#include "ui/common/displaynames.h"
#include "ui/print/documentprintout.h"
#include "ui/print/pagedprinter.h"
#include "ui/targets/observationtext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)
};

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString documentLabel(const Document &document)
{
    QString label = document.meta.region.isEmpty() ? document.meta.title : document.meta.region;
    if (document.meta.yearPlanned > 0)
        label += u' ' + yearText(document.meta.yearPlanned, document.meta.periodEnd);
    return label;
}

// Inline styles only: Qt's rich text (the PDF) understands them, and so do browsers.
DiffRowMarkup reportMarkup()
{
    DiffRowMarkup m;
    const QString cell = u"<td width=\"50%\" valign=\"top\" style=\"padding:4px 6px; border-bottom:1px solid #e1e4e8;\">"_s;
    m.sameRowOpen = u"<tr style=\"color:#57606a;\">"_s;
    m.changedRowOpen = u"<tr>"_s;
    m.leftCellOpen = cell;
    m.rightCellOpen = cell;
    m.deletedOpen = u"<span style=\"background-color:#ffd7d5; text-decoration:line-through;\">"_s;
    m.deletedClose = u"</span>"_s;
    m.insertedOpen = u"<span style=\"background-color:#ccf0d5;\">"_s;
    m.insertedClose = u"</span>"_s;
    m.oldNumberOpen = u"<span title=\"%1\" style=\"background-color:#ffe08a; text-decoration:line-through; font-weight:bold;\">"_s;
    m.newNumberOpen = u"<span title=\"%1\" style=\"background-color:#ffe08a; font-weight:bold; text-decoration:underline;\">"_s;
    m.movedOpen = u"<a name=\"%1\"></a><span style=\"background-color:#dbe7ff;\">"_s;
    m.lineBreak = u"<br/>"_s;
    m.linkMoves = false;
    return m;
}

QString legend()
{
    return u"<p style=\"font-size:9pt; color:#57606a;\">"_s + ReportText::tr("Legend:") + u" "_s
        + u"<span style=\"background-color:#ffd7d5; text-decoration:line-through;\">"_s + esc(ReportText::tr("deleted"))
        + u"</span> &#160; <span style=\"background-color:#ccf0d5;\">"_s + esc(ReportText::tr("inserted"))
        + u"</span> &#160; <span style=\"background-color:#ffe08a; font-weight:bold;\">"_s
        + esc(ReportText::tr("changed figure")) + u"</span> &#160; <span style=\"background-color:#dbe7ff;\">"_s
        + esc(ReportText::tr("moved")) + u"</span></p>\n"_s;
}

QString cellHeading(const ComparisonReport &report, int document, const std::optional<AlignmentCell> &cell)
{
    if (!cell)
        return u"<span style=\"color:#8c959f;\">—</span>"_s;
    const AlignUnit &unit = report.matrix.units[std::size_t(document)][std::size_t(cell->unit)];
    return esc((unit.label + u' ' + unit.heading).trimmed());
}

// Notes whose quote starts inside one of the row's sections.
QString rowNotes(const ComparisonReport &report, const AlignmentRow &row)
{
    QString html;
    for (std::size_t d = 0; d < row.cells.size(); ++d) {
        if (!row.cells[d])
            continue;
        const Document &document = report.documents[d];
        const auto found = report.annotations.find(document.id);
        if (found == report.annotations.end())
            continue;
        const AlignUnit &unit = report.matrix.units[d][std::size_t(row.cells[d]->unit)];
        for (const Annotation &a : found->second) {
            if (a.status != AnchorStatus::Attached || a.anchor.start < unit.start || a.anchor.start >= unit.end)
                continue;
            html += u"<li><b>"_s + esc(documentLabel(document)) + u"</b> <span style=\"background-color:"_s
                + highlightPaper(a.color).name() + u";\">“"_s + esc(a.anchor.quote.left(300)) + u"”</span>"_s;
            if (!a.note.isEmpty())
                html += u" — "_s + esc(a.note);
            if (!a.tags.isEmpty())
                html += u" <span style=\"color:#57606a;\">["_s + esc(a.tags.join(u", "_s)) + u"]</span>"_s;
            html += u"</li>\n"_s;
        }
    }
    if (html.isEmpty())
        return {};
    return u"<p style=\"font-weight:bold; margin-bottom:2px;\">"_s + esc(ReportText::tr("Notes")) + u"</p><ul>"_s + html
        + u"</ul>\n"_s;
}

QString changeText(const TargetDiff &diff)
{
    QString text = displayName(diff.change);
    if (diff.delta && (diff.change == TargetChange::Raised || diff.change == TargetChange::Lowered))
        text += u" ("_s + (*diff.delta > 0 ? u"+"_s : QString()) + QLocale::c().toString(*diff.delta, 'g', 4) + u')';
    if (diff.qualifierChange != QualifierChange::None)
        text += u", "_s + displayName(diff.qualifierChange);
    return text;
}

QString changeColour(TargetChange change)
{
    switch (change) {
    case TargetChange::Raised: return u"#1a7f37"_s;
    case TargetChange::Lowered: return u"#cf222e"_s;
    case TargetChange::Added:
    case TargetChange::Dropped:
    case TargetChange::Reworded: return u"#9a6700"_s;
    case TargetChange::Unchanged: break;
    }
    return u"#57606a"_s;
}

enum class ImageMode { DataUri, Resource };

QString chartSource(const ComparisonReport::Chart &chart, int index, ImageMode mode)
{
    if (mode == ImageMode::Resource)
        return u"chart%1.png"_s.arg(index);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart.image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

QString renderHtml(const ComparisonReport &report, ImageMode mode)
{
    const std::size_t n = report.documents.size();
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"_s
        + esc(ReportText::tr("Comparison report")) + u"</title>\n"_s;
    // For browsers only (Qt ignores what it does not know): fonts, widths, print settings.
    html += u"<style>\nbody { font-family: \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", sans-serif; margin: 2em auto;"
            " max-width: 1200px; line-height: 1.6; color: #1f2328; }\ntable { border-collapse: collapse; }\n"
            "td, th { vertical-align: top; }\n@media print { body { margin: 0; max-width: none; }"
            " * { print-color-adjust: exact; -webkit-print-color-adjust: exact; } tr { break-inside: avoid; }"
            " @page { size: A4 landscape; margin: 12mm; } }\n</style>\n</head>\n<body>\n"_s;

    // Cover.
    QStringList names;
    for (const Document &document : report.documents)
        names << documentLabel(document);
    html += u"<h1 style=\"font-size:20pt; margin-bottom:4px;\">"_s + esc(ReportText::tr("Comparison report"))
        + u"</h1>\n<p style=\"font-size:13pt; color:#57606a;\">"_s + esc(names.join(u" · "_s)) + u"</p>\n"_s;
    html += u"<p style=\"color:#57606a;\">"_s
        + esc(ReportText::tr("Prepared with Parallax on %1.").arg(QDate::currentDate().toString(Qt::ISODate)))
        + u"</p>\n"_s;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"border-collapse:collapse;\">\n"_s
            u"<tr style=\"background-color:#f0f3f6;\"><th align=\"left\">#</th><th align=\"left\">"_s
        + esc(ReportText::tr("Title")) + u"</th><th align=\"left\">"_s + esc(ReportText::tr("Region")) + u"</th><th align=\"left\">"_s
        + esc(ReportText::tr("Year")) + u"</th><th align=\"left\">"_s + esc(ReportText::tr("Kind")) + u"</th><th align=\"right\">"_s
        + esc(ReportText::tr("Notes")) + u"</th></tr>\n"_s;
    for (std::size_t d = 0; d < n; ++d) {
        const Document &document = report.documents[d];
        const auto notes = report.annotations.find(document.id);
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align=\"right\">%6</td></tr>\n"_s.arg(
            QString::number(d + 1), esc(document.meta.title), esc(document.meta.region),
            esc(yearText(document.meta.yearPlanned, document.meta.periodEnd)), esc(displayName(document.meta.kind)),
            QString::number(notes == report.annotations.end() ? 0 : notes->second.size()));
    }
    html += u"</table>\n"_s;

    // In brief: what a reader of the cover should know.
    int complete = 0;
    for (const AlignmentRow &row : report.matrix.rows) {
        if (std::all_of(row.cells.begin(), row.cells.end(), [](const auto &cell) { return cell.has_value(); }))
            ++complete;
    }
    int figures = 0;
    for (const ComparisonReport::RowDiffs &rowDiffs : report.rows) {
        for (const auto &diff : rowDiffs.diffs)
            figures += diff ? diff->count(DiffKind::ChangedNumber) : 0;
    }
    std::map<TargetChange, int> changes;
    for (const auto &pair : report.targetChanges) {
        for (const TargetDiff &diff : pair)
            ++changes[diff.change];
    }
    int noteCount = 0;
    for (const auto &[id, notes] : report.annotations)
        noteCount += int(notes.size());
    html += u"<h2 style=\"font-size:13pt; margin-top:18px;\">"_s + esc(ReportText::tr("In brief")) + u"</h2>\n<ul>\n"_s;
    html += u"<li>"_s
        + esc(ReportText::tr("Aligned sections: %1, of which %2 have a counterpart in every document.")
                  .arg(report.matrix.rows.size())
                  .arg(complete))
        + u"</li>\n"_s;
    html += u"<li>"_s + esc(ReportText::tr("Changed figures in aligned sections: %1.").arg(figures)) + u"</li>\n"_s;
    html += u"<li>"_s
        + esc(ReportText::tr("Targets: %1 raised, %2 lowered, %3 added, %4 dropped, %5 reworded.")
                  .arg(changes[TargetChange::Raised])
                  .arg(changes[TargetChange::Lowered])
                  .arg(changes[TargetChange::Added])
                  .arg(changes[TargetChange::Dropped])
                  .arg(changes[TargetChange::Reworded]))
        + u"</li>\n"_s;
    html += u"<li>"_s + esc(ReportText::tr("Notes: %1.").arg(noteCount)) + u"</li>\n</ul>\n"_s;

    // Alignment overview.
    html += u"<h2 style=\"page-break-before:always; font-size:15pt;\">"_s + esc(ReportText::tr("Alignment overview"))
        + u"</h2>\n<p style=\"color:#57606a;\">"_s
        + esc(ReportText::tr("Rows are sections that correspond across the documents; — marks a document "
                             "without such a section. Score: similarity to the row."))
        + u"</p>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse; font-size:9pt;\">\n"_s
          u"<tr style=\"background-color:#f0f3f6;\"><th align=\"left\">#</th><th align=\"left\">"_s
        + esc(ReportText::tr("Topic")) + u"</th>"_s;
    for (const Document &document : report.documents)
        html += u"<th align=\"left\">"_s + esc(documentLabel(document)) + u"</th>"_s;
    html += u"<th align=\"right\">"_s + esc(ReportText::tr("Score")) + u"</th></tr>\n"_s;
    for (std::size_t r = 0; r < report.matrix.rows.size(); ++r) {
        const AlignmentRow &row = report.matrix.rows[r];
        html += u"<tr style=\"border-bottom:1px solid #e1e4e8;\"><td>"_s + QString::number(r + 1) + u"</td><td>"_s
            + esc(row.topic) + u"</td>"_s;
        for (std::size_t d = 0; d < n; ++d)
            html += u"<td>"_s + cellHeading(report, int(d), d < row.cells.size() ? row.cells[d] : std::nullopt) + u"</td>"_s;
        html += u"<td align=\"right\">"_s + (row.score > 0 ? QString::number(qRound(row.score * 100)) + u'%' : u"—"_s)
            + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;

    // Per aligned row: the side-by-side diff of the base against each other document.
    html += u"<h2 style=\"page-break-before:always; font-size:15pt;\">"_s + esc(ReportText::tr("Section by section"))
        + u"</h2>\n"_s + legend();
    const DiffRowMarkup markup = reportMarkup();
    for (const ComparisonReport::RowDiffs &rowDiffs : report.rows) {
        const AlignmentRow &row = report.matrix.rows[std::size_t(rowDiffs.row)];
        html += u"<h3 style=\"font-size:12pt; margin-top:14px; margin-bottom:4px; color:#0b3d91;\">"_s
            + QString::number(rowDiffs.row + 1) + u". "_s + esc(row.topic) + u"</h3>\n"_s;
        for (std::size_t d = 1; d < n; ++d) {
            if (!rowDiffs.diffs[d])
                continue;
            const WordDiff &diff = *rowDiffs.diffs[d];
            const int changedFigures = diff.count(DiffKind::ChangedNumber);
            html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse; "
                    "font-size:9.5pt; margin-bottom:6px;\">\n<tr style=\"background-color:#f0f3f6;\">"
                    "<th width=\"50%\" align=\"left\" style=\"padding:4px 6px;\">"_s
                + esc(documentLabel(report.documents[0])) + u" · "_s + cellHeading(report, 0, row.cells[0])
                + u"</th><th width=\"50%\" align=\"left\" style=\"padding:4px 6px;\">"_s
                + esc(documentLabel(report.documents[d])) + u" · "_s + cellHeading(report, int(d), row.cells[d]);
            if (changedFigures > 0)
                html += u" <span style=\"color:#9a6700; font-weight:normal;\">("_s
                    + esc(ReportText::tr("changed figures: %1").arg(changedFigures)) + u")</span>"_s;
            html += u"</th></tr>\n"_s + renderDiffRows(rowDiffs.texts[0], rowDiffs.texts[d], diff, markup)
                + u"</table>\n"_s;
        }
        html += rowNotes(report, row);
    }

    // Targets.
    html += u"<h2 style=\"page-break-before:always; font-size:15pt;\">"_s + esc(ReportText::tr("Targets")) + u"</h2>\n"_s;
    if (report.targets.rows.empty()) {
        html += u"<p>"_s + esc(ReportText::tr("No targets were found in these documents.")) + u"</p>\n"_s;
    } else {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse; font-size:9.5pt;\">\n"
                "<tr style=\"background-color:#f0f3f6;\"><th align=\"left\">"_s
            + esc(ReportText::tr("Indicator")) + u"</th>"_s;
        for (const TargetColumn &column : report.targets.columns)
            html += u"<th align=\"left\">"_s + esc(u"%1 %2"_s.arg(column.region).arg(column.year)) + u"</th>"_s;
        html += u"</tr>\n"_s;
        for (std::size_t r = 0; r < report.targets.rows.size(); ++r) {
            const TargetRow &row = report.targets.rows[r];
            html += u"<tr style=\"border-bottom:1px solid #e1e4e8;\"><td>"_s + esc(row.indicator) + u" <span style=\"color:#57606a;\">("_s
                + esc(displayName(row.measure)) + u")</span></td>"_s;
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                html += u"<td>"_s;
                if (row.cells[c])
                    html += esc(formatFigure(*row.cells[c]));
                if (c > 0 && c - 1 < report.targetChanges.size()) {
                    for (const TargetDiff &diff : report.targetChanges[c - 1]) {
                        if (diff.indicator == row.indicator && diff.measure == row.measure
                            && diff.change != TargetChange::Unchanged) {
                            html += u"<br/><span style=\"font-size:8.5pt; color:"_s + changeColour(diff.change) + u";\">"_s
                                + esc(changeText(diff)) + u"</span>"_s;
                        }
                    }
                }
                html += u"</td>"_s;
            }
            html += u"</tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }

    // Charts.
    if (!report.charts.empty()) {
        html += u"<h2 style=\"page-break-before:always; font-size:15pt;\">"_s + esc(ReportText::tr("Charts")) + u"</h2>\n"_s;
        for (std::size_t i = 0; i < report.charts.size(); ++i) {
            html += u"<p><img src=\""_s + chartSource(report.charts[i], int(i), mode)
                + u"\" width=\"720\" alt=\""_s + esc(report.charts[i].title) + u"\"/></p>\n"_s;
        }
    }

    // All notes.
    int total = 0;
    for (const auto &[id, notes] : report.annotations)
        total += int(notes.size());
    if (total > 0) {
        html += u"<h2 style=\"page-break-before:always; font-size:15pt;\">"_s + esc(ReportText::tr("Notes")) + u"</h2>\n"_s;
        for (const Document &document : report.documents) {
            const auto found = report.annotations.find(document.id);
            if (found == report.annotations.end() || found->second.empty())
                continue;
            html += u"<h3 style=\"font-size:12pt;\">"_s + esc(document.meta.title) + u"</h3>\n<ul>\n"_s;
            for (const AnnotationRow &row : annotationRows(found->second, &document)) {
                const Annotation &a = row.annotation;
                html += u"<li style=\"margin-bottom:4px;\"><span style=\"color:#57606a;\">"_s + esc(row.section)
                    + u"</span> <span style=\"background-color:"_s + highlightPaper(a.color).name() + u";\">“"_s
                    + esc(a.anchor.quote.left(500)) + u"”</span>"_s;
                if (a.status == AnchorStatus::Orphaned)
                    html += u" <i>("_s + esc(ReportText::tr("not found in the current text")) + u")</i>"_s;
                if (!a.note.isEmpty())
                    html += u"<br/>"_s + esc(a.note).replace(u'\n', u"<br/>"_s);
                if (!a.tags.isEmpty())
                    html += u"<br/><span style=\"color:#57606a;\">"_s + esc(ReportText::tr("Tags: %1").arg(a.tags.join(u", "_s)))
                        + u"</span>"_s;
                html += u"</li>\n"_s;
            }
            html += u"</ul>\n"_s;
        }
    }
    html += u"</body>\n</html>\n"_s;
    return html;
}

} // namespace

Result<ComparisonReport> buildComparisonReport(std::vector<Document> documents,
                                               std::map<qint64, std::vector<Annotation>> annotations,
                                               const ReportOptions &options)
{
    if (documents.size() < 2)
        return fail(ErrorCode::InvalidArgument, u"report"_s, u"a comparison needs at least two documents"_s);
    ComparisonReport report;
    report.documents = std::move(documents);
    report.annotations = std::move(annotations);
    const std::size_t n = report.documents.size();
    report.matrix = options.matrix ? *options.matrix : alignDocuments(report.documents, options.align);
    if (report.matrix.units.size() != n)
        return fail(ErrorCode::InvalidArgument, u"report"_s, u"the alignment does not match the documents"_s);

    const int steps = int(report.matrix.rows.size()) + 2;
    auto progress = [&](int step) { return !options.progress || options.progress(step, steps); };
    for (std::size_t r = 0; r < report.matrix.rows.size(); ++r) {
        if (!progress(int(r)))
            return fail(ErrorCode::Cancelled, u"report"_s);
        const AlignmentRow &row = report.matrix.rows[r];
        int cells = 0;
        for (const auto &cell : row.cells)
            cells += cell ? 1 : 0;
        if (cells < 2 || !row.cells[0])
            continue;
        ComparisonReport::RowDiffs rowDiffs;
        rowDiffs.row = int(r);
        rowDiffs.texts.resize(n);
        rowDiffs.diffs.resize(n);
        std::vector<std::vector<Token>> tokens(n);
        for (std::size_t d = 0; d < n; ++d) {
            if (!row.cells[d])
                continue;
            const AlignUnit &unit = report.matrix.units[d][std::size_t(row.cells[d]->unit)];
            const Document &document = report.documents[d];
            rowDiffs.texts[d] = document.text.mid(unit.start, unit.end - unit.start);
            tokens[d] = document.tokenStarts.tokens(document.text, unit.start, unit.end);
        }
        for (std::size_t d = 1; d < n; ++d) {
            if (row.cells[d])
                rowDiffs.diffs[d] = diffTexts(TokenizedText{rowDiffs.texts[0], tokens[0]},
                                              TokenizedText{rowDiffs.texts[d], tokens[d]}, options.diff);
        }
        report.rows.push_back(std::move(rowDiffs));
    }

    std::vector<DocumentObservations> inputs;
    for (const Document &document : report.documents) {
        TargetColumn column{document.id, document.meta.title, document.meta.region, targetYear(document.meta)};
        inputs.push_back(DocumentObservations{column, extractIndicators(document)});
    }
    report.targets = buildTargetTable(inputs, IndicatorLexicon::instance().canonicalNames());
    for (std::size_t i = 0; i + 1 < report.targets.columns.size(); ++i)
        report.targetChanges.push_back(diffTargets(report.targets, i, i + 1));
    if (!progress(steps - 1))
        return fail(ErrorCode::Cancelled, u"report"_s);

    if (options.charts)
        addReportCharts(report, options.chartIndicators);
    return report;
}

void addReportCharts(ComparisonReport &report, const QStringList &chartIndicators)
{
    // Charts: the chosen indicators, else up to three whose targets every document states.
    std::vector<std::pair<QString, Measure>> charted;
    if (!chartIndicators.isEmpty()) {
        for (const QString &name : chartIndicators)
            charted.emplace_back(name, Measure::Growth);
    } else {
        for (const TargetRow &row : report.targets.rows) {
            if (charted.size() >= 3)
                break;
            if (std::all_of(row.cells.begin(), row.cells.end(), [](const auto &cell) { return cell && cell->value; }))
                charted.emplace_back(row.indicator, row.measure);
        }
    }
    for (const auto &[indicator, measure] : charted) {
        ChartRequest request;
        request.type = ChartType::RegionBar;
        request.indicators = {indicator};
        if (chartIndicators.isEmpty())
            request.measure = measure;
        request.kind = ObservationKind::Target;
        const ChartData data = chartDataForDocuments(report.documents, request);
        if (data.isEmpty())
            continue;
        ChartExportOptions chartOptions;
        chartOptions.pixelSize = QSize(1440, 760);
        report.charts.push_back({data.title, renderChartImage(data, chartOptions)});
    }
}

QString comparisonReportHtml(const ComparisonReport &report)
{
    return renderHtml(report, ImageMode::DataUri);
}

Result<int> writeComparisonReport(const ComparisonReport &report, const QString &path, const QPageSize &pageSize)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf"_s && suffix != u"html"_s && suffix != u"htm"_s)
        return fail(ErrorCode::InvalidArgument, path, u"the file name must end in .pdf or .html"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(ErrorCode::InvalidArgument, path, file.errorString());
    if (suffix != u"pdf"_s) {
        if (file.write(comparisonReportHtml(report).toUtf8()) < 0)
            return fail(ErrorCode::InvalidArgument, path, file.errorString());
        return 1;
    }
    file.close();

    QPdfWriter writer(path);
    writer.setTitle(ReportText::tr("Comparison report"));
    writer.setCreator(u"Parallax"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Landscape, QMarginsF(14, 12, 14, 10),
                                     QPageLayout::Millimeter));
    const int pages = printComparisonReport(report, writer);
    if (pages == 0)
        return fail(ErrorCode::InvalidArgument, path, u"nothing could be printed"_s);
    return pages;
}

int printComparisonReport(const ComparisonReport &report, QPagedPaintDevice &device)
{
    QTextDocument text;
    QFont font(printFontFamily());
    font.setPointSizeF(10);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    for (std::size_t i = 0; i < report.charts.size(); ++i)
        text.addResource(QTextDocument::ImageResource, QUrl(u"chart%1.png"_s.arg(i)), report.charts[i].image);
    text.setHtml(renderHtml(report, ImageMode::Resource));

    PageDecoration decoration;
    QStringList names;
    for (const Document &document : report.documents)
        names << documentLabel(document);
    decoration.headerLeft = ReportText::tr("Comparison report");
    decoration.headerRight = names.join(u" · "_s);
    decoration.fontFamily = font.family();
    return printPaged(text, device, decoration);
}

} // namespace parallax
