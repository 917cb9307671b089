#pragma once

#include "core/common/result.h"
#include "ui/charts/chartdata.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace parallax {

enum class ChartFormat { Png, Svg, Pdf };

struct ChartExportOptions
{
    QSize pixelSize{1600, 1000}; ///< PNG size in pixels; SVG and PDF use the same proportions
    int dpi = 150;               ///< PNG resolution; the layout is that of pixelSize at 96 DPI scaled up
};

/// The format a file name asks for (.png, .svg, .pdf), or nullopt.
[[nodiscard]] std::optional<ChartFormat> chartFormatForPath(const QString &path);

/// The chart as a raster image of exactly `options.pixelSize`, with `options.dpi` recorded in it.
/// GUI thread (needs a QApplication for Qt Charts).
[[nodiscard]] QImage renderChartImage(const ChartData &data, const ChartExportOptions &options);

/// Writes the chart as PNG, SVG (text stays text) or PDF (vector, fonts embedded), chosen by the
/// file name. The same ChartCanvas draws the screen, so the file looks like the screen.
/// Fails with InvalidArgument (subject: the path) for an unknown suffix or an unwritable file.
[[nodiscard]] Result<void> exportChart(const ChartData &data, const QString &path, const ChartExportOptions &options);

/// Puts the chart on the clipboard as an image (pastes into Word, WPS, PowerPoint) and as SVG.
void copyChartToClipboard(const ChartData &data, const ChartExportOptions &options);

} // namespace parallax
