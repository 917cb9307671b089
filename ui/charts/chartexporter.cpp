#include "ui/charts/chartexporter.h"

#include "ui/charts/chartcanvas.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qreal screenDpi = 96;

/// The logical (96 DPI) size the chart is laid out at: a 1600 px image at 192 DPI is laid out as
/// an 800 px chart drawn twice as fine, so text keeps its size on the printed page.
QSizeF logicalSize(const ChartExportOptions &options)
{
    const qreal scale = std::max<qreal>(options.dpi, 24) / screenDpi;
    return QSizeF(options.pixelSize) / scale;
}

void renderSvg(ChartCanvas &canvas, QIODevice *device, const QString &title)
{
    const QSizeF size = canvas.size();
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(int(screenDpi));
    generator.setTitle(title);
    generator.setDescription(canvas.data().source);
    QPainter painter(&generator);
    canvas.render(&painter, QRectF(QPointF(0, 0), size));
}

} // namespace

std::optional<ChartFormat> chartFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return ChartFormat::Png;
    if (suffix == u"svg"_s)
        return ChartFormat::Svg;
    if (suffix == u"pdf"_s)
        return ChartFormat::Pdf;
    return std::nullopt;
}

QImage renderChartImage(const ChartData &data, const ChartExportOptions &options)
{
    ChartCanvas canvas;
    canvas.setData(data);
    canvas.setSize(logicalSize(options));
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    canvas.render(&painter, QRectF(QPointF(0, 0), QSizeF(options.pixelSize)));
    painter.end();
    return image;
}

Result<void> exportChart(const ChartData &data, const QString &path, const ChartExportOptions &options)
{
    const auto format = chartFormatForPath(path);
    if (!format)
        return fail(ErrorCode::InvalidArgument, path, u"unknown chart format (use .png, .svg or .pdf)"_s);
    switch (*format) {
    case ChartFormat::Png: {
        const QImage image = renderChartImage(data, options);
        if (!image.save(path, "PNG"))
            return fail(ErrorCode::InvalidArgument, path, u"cannot write the PNG file"_s);
        return {};
    }
    case ChartFormat::Svg: {
        ChartCanvas canvas;
        canvas.setData(data);
        canvas.setSize(logicalSize(options));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::InvalidArgument, path, file.errorString());
        renderSvg(canvas, &file, data.title);
        return {};
    }
    case ChartFormat::Pdf: {
        ChartCanvas canvas;
        canvas.setData(data);
        const QSizeF size = logicalSize(options);
        canvas.setSize(size);
        QPdfWriter writer(path);
        if (!QFileInfo(path).absoluteDir().exists())
            return fail(ErrorCode::InvalidArgument, path, u"no such folder"_s);
        writer.setTitle(data.title);
        writer.setCreator(u"Parallax"_s);
        // One page the size of the chart (96 px = 72 pt), no margins: a figure to place in a paper.
        writer.setPageSize(QPageSize(size * 72.0 / screenDpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(1200);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorCode::InvalidArgument, path, u"cannot write the PDF file"_s);
        canvas.render(&painter, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
        return {};
    }
    }
    return {};
}

void copyChartToClipboard(const ChartData &data, const ChartExportOptions &options)
{
    auto *mime = new QMimeData;
    mime->setImageData(renderChartImage(data, options));
    ChartCanvas canvas;
    canvas.setData(data);
    canvas.setSize(logicalSize(options));
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    renderSvg(canvas, &buffer, data.title);
    mime->setData(u"image/svg+xml"_s, svg);
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace parallax
