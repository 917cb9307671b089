#include "app/cli/chartcommand.h"

#include "core/common/errortext.h"
#include "ui/charts/chartdata.h"

#include <QApplication>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {


} // namespace

void addChartOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"indicator"_s, QCoreApplication::translate("Parallax::ChartCommand", "Indicator to chart (repeat for several indicators side by side)."), QCoreApplication::translate("Parallax::ChartCommand", "name")},
        {u"measure"_s, QCoreApplication::translate("Parallax::ChartCommand", "growth, level or rate (default: the most frequent)."), QCoreApplication::translate("Parallax::ChartCommand", "measure")},
        {u"kind"_s, QCoreApplication::translate("Parallax::ChartCommand", "target or actual (default: target)."), QCoreApplication::translate("Parallax::ChartCommand", "kind")},
        {u"type"_s, QCoreApplication::translate("Parallax::ChartCommand", "bar (across regions), line (over years), target-actual or indicators."), QCoreApplication::translate("Parallax::ChartCommand", "type")},
        {u"year"_s, QCoreApplication::translate("Parallax::ChartCommand", "Year to chart (default: the most frequent)."), QCoreApplication::translate("Parallax::ChartCommand", "year")},
        {u"no-labels"_s, QCoreApplication::translate("Parallax::ChartCommand", "Leave the figures off the bars.")},
        {u"out"_s, QCoreApplication::translate("Parallax::ChartCommand", "Output file: .png, .svg or .pdf."), QCoreApplication::translate("Parallax::ChartCommand", "file")},
        {u"width"_s, QCoreApplication::translate("Parallax::ChartCommand", "Image width in pixels (default 1600)."), QCoreApplication::translate("Parallax::ChartCommand", "pixels")},
        {u"height"_s, QCoreApplication::translate("Parallax::ChartCommand", "Image height in pixels (default 1000)."), QCoreApplication::translate("Parallax::ChartCommand", "pixels")},
        {u"dpi"_s, QCoreApplication::translate("Parallax::ChartCommand", "Resolution in dots per inch (default 150)."), QCoreApplication::translate("Parallax::ChartCommand", "dpi")},
    });
}

std::optional<ChartRequest> chartRequestFromOptions(const QCommandLineParser &parser, ChartExportOptions &exportOptions,
                                                    QTextStream &err)
{
    ChartRequest request;
    request.indicators = parser.values(u"indicator"_s);
    if (request.indicators.isEmpty()) {
        err << QCoreApplication::translate("Parallax::ChartCommand", "chart: --indicator is required") << Qt::endl;
        return std::nullopt;
    }
    if (parser.isSet(u"measure"_s)) {
        request.measure = measureFromString(parser.value(u"measure"_s));
        if (!request.measure) {
            err << QCoreApplication::translate("Parallax::ChartCommand", "chart: unknown measure '%1'").arg(parser.value(u"measure"_s)) << Qt::endl;
            return std::nullopt;
        }
    }
    if (parser.isSet(u"kind"_s)) {
        const auto kind = observationKindFromString(parser.value(u"kind"_s));
        if (!kind) {
            err << QCoreApplication::translate("Parallax::ChartCommand", "chart: unknown kind '%1'").arg(parser.value(u"kind"_s)) << Qt::endl;
            return std::nullopt;
        }
        request.kind = *kind;
    }
    request.type = request.indicators.size() > 1 ? ChartType::Indicators : ChartType::RegionBar;
    if (parser.isSet(u"type"_s)) {
        const auto type = chartTypeFromString(parser.value(u"type"_s));
        if (!type) {
            err << QCoreApplication::translate("Parallax::ChartCommand", "chart: unknown chart type '%1'").arg(parser.value(u"type"_s)) << Qt::endl;
            return std::nullopt;
        }
        request.type = *type;
    }
    auto number = [&](const QString &name, int fallback, int low, int high) -> std::optional<int> {
        if (!parser.isSet(name))
            return fallback;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < low || value > high) {
            err << QCoreApplication::translate("Parallax::ChartCommand", "chart: invalid --%1 '%2'").arg(name, parser.value(name)) << Qt::endl;
            return std::nullopt;
        }
        return value;
    };
    const auto year = number(u"year"_s, 0, 1949, 2200);
    const auto width = number(u"width"_s, 1600, 100, 20000);
    const auto height = number(u"height"_s, 1000, 100, 20000);
    const auto dpi = number(u"dpi"_s, 150, 24, 1200);
    if (!year || !width || !height || !dpi)
        return std::nullopt;
    request.year = *year;
    request.dataLabels = !parser.isSet(u"no-labels"_s);
    exportOptions.pixelSize = QSize(*width, *height);
    exportOptions.dpi = *dpi;
    if (parser.value(u"out"_s).isEmpty()) {
        err << QCoreApplication::translate("Parallax::ChartCommand", "chart: --out FILE.png|svg|pdf is required") << Qt::endl;
        return std::nullopt;
    }
    if (!chartFormatForPath(parser.value(u"out"_s))) {
        err << QCoreApplication::translate("Parallax::ChartCommand", "chart: the output file must end in .png, .svg or .pdf") << Qt::endl;
        return std::nullopt;
    }
    return request;
}

int runChartCommand(const std::vector<Document> &documents, const ChartRequest &request, const QString &outPath,
                    QTextStream &err, const ChartExportOptions &exportOptions)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err << QCoreApplication::translate("Parallax::ChartCommand", "chart: internal error: drawing charts needs a QApplication") << Qt::endl;
        return 1;
    }
    const ChartData data = chartDataForDocuments(documents, request);
    if (data.isEmpty()) {
        err << QCoreApplication::translate("Parallax::ChartCommand", "chart: %1").arg(data.emptyReason) << Qt::endl;
        return 1;
    }
    if (const auto written = exportChart(data, outPath, exportOptions); !written) {
        err << QCoreApplication::translate("Parallax::ChartCommand", "chart: cannot write %1: %2").arg(outPath, written.error().detail) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace parallax
