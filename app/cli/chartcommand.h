#pragma once

#include "core/document/document.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/chartrequest.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>
#include <vector>

namespace parallax {

/// Adds the `chart` options: --indicator NAME (repeatable), --measure, --kind, --type, --year,
/// --no-labels, --out FILE, --width, --height, --dpi.
void addChartOptions(QCommandLineParser &parser);

/// Reads the options added by addChartOptions(). Prints a one-line message to `err` and returns
/// nullopt when one is missing or invalid.
[[nodiscard]] std::optional<ChartRequest> chartRequestFromOptions(const QCommandLineParser &parser,
                                                                  ChartExportOptions &exportOptions, QTextStream &err);

/// Draws the chart of `request` over `documents` (the GUI's ChartCanvas, so the same chart) and
/// writes it to `outPath` (.png, .svg or .pdf). Returns the exit code: 0, or 1 with a message
/// on `err`. Needs a QApplication (Qt Charts is built on QGraphicsWidget).
[[nodiscard]] int runChartCommand(const std::vector<Document> &documents, const ChartRequest &request,
                                  const QString &outPath, QTextStream &err,
                                  const ChartExportOptions &exportOptions = {});

} // namespace parallax
