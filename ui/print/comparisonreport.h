#pragma once

#include "core/align/alignment.h"
#include "core/align/alignoptions.h"
#include "core/annotations/annotation.h"
#include "core/common/result.h"
#include "core/diff/worddiff.h"
#include "core/document/document.h"
#include "core/indicators/targettable.h"
#include "ui/charts/chartrequest.h"

#include <QImage>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>
#include <map>
#include <vector>

class QPagedPaintDevice;

namespace parallax {

/// What goes into a comparison report, computed once and rendered as HTML or PDF.
struct ComparisonReport
{
    struct Chart
    {
        QString title;
        QImage image;
    };
    struct RowDiffs
    {
        int row = 0;
        std::vector<QString> texts;                 ///< per document; empty where the row has no cell
        std::vector<std::optional<WordDiff>> diffs; ///< document 0 (the base) against each other one
    };

    std::vector<Document> documents; ///< in column order; the first is the base of every diff
    AlignmentMatrix matrix;
    std::vector<RowDiffs> rows; ///< rows with at least two cells, in matrix order
    TargetTable targets;
    std::vector<std::vector<TargetDiff>> targetChanges; ///< column i → i + 1
    std::vector<Chart> charts;
    std::map<qint64, std::vector<Annotation>> annotations; ///< by document id
};

struct ReportOptions
{
    AlignOptions align;
    DiffOptions diff;
    /// Indicators to chart (targets across the documents); empty: up to three that every document has.
    QStringList chartIndicators;
    /// Draw the charts in buildComparisonReport(). Off on a worker thread: Qt Charts needs the GUI
    /// thread, where addReportCharts() then draws them.
    bool charts = true;
    /// The alignment to report (e.g. the compare workspace's, with the user's overrides); unset:
    /// the documents are aligned with `align`.
    std::optional<AlignmentMatrix> matrix;
    /// Called with (step, steps); returning false cancels (the result is then an error Cancelled).
    std::function<bool(int, int)> progress;
};

/// Aligns, diffs, tabulates and charts `documents` (2..N) for a report; `annotations` are the
/// user's notes by document id. Any thread when `options.charts` is off, else the GUI thread (Qt
/// Charts). InvalidArgument for fewer than two documents, Cancelled if `options.progress` said so.
[[nodiscard]] Result<ComparisonReport> buildComparisonReport(std::vector<Document> documents,
                                                             std::map<qint64, std::vector<Annotation>> annotations,
                                                             const ReportOptions &options = {});

/// Draws the report's charts (see ReportOptions::chartIndicators). GUI thread.
void addReportCharts(ComparisonReport &report, const QStringList &chartIndicators = {});

/// The report as one self-contained HTML page (inline CSS, charts as data: URIs, no scripts):
/// cover, alignment overview, per aligned row the side-by-side diff with changed figures marked and
/// the notes on those sections, the targets table with changes, the charts and all notes.
[[nodiscard]] QString comparisonReportHtml(const ComparisonReport &report);

/// Writes the report as HTML or PDF, chosen by the suffix of `path` (.html/.htm, .pdf). PDF is
/// `pageSize` (A4 by default) landscape, WenQuanYi Micro Hei embedded, with a header and page numbers. InvalidArgument
/// for another suffix or an unwritable file. Returns the number of pages (1 for HTML). Any thread
/// (it draws only text and the report's ready-made chart images).
[[nodiscard]] Result<int> writeComparisonReport(const ComparisonReport &report, const QString &path,
                                               const QPageSize &pageSize = QPageSize(QPageSize::A4));

/// Prints the report on `device` (a QPrinter from a print preview, or a QPdfWriter) with its
/// header and page numbers; returns the number of pages (0 if nothing could be painted).
int printComparisonReport(const ComparisonReport &report, QPagedPaintDevice &device);

} // namespace parallax
