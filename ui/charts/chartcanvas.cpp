#include "ui/charts/chartcanvas.h"

#include "ui/common/fonts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontDatabase>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qreal margin = 18;
constexpr qreal barWidth = 0.72; // share of a category the bars of a group take (QBarSeries default 0.5)

/// Colours far apart in lightness (they stay distinct printed in grey), each series also with its
/// own fill pattern or line style.
const QColor seriesColours[] = {QColor(0x1f, 0x3b, 0x6e), QColor(0xe0, 0x8a, 0x2c), QColor(0x9c, 0xc3, 0xe6),
                                QColor(0x3f, 0x7f, 0x3a), QColor(0x6b, 0x6b, 0x6b), QColor(0xc9, 0x4f, 0x4f)};
const Qt::BrushStyle seriesPatterns[] = {Qt::SolidPattern, Qt::SolidPattern, Qt::SolidPattern,
                                         Qt::Dense4Pattern, Qt::CrossPattern, Qt::Dense2Pattern};
const Qt::PenStyle lineStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine,
                                   Qt::SolidLine};
const QScatterSeries::MarkerShape markerShapes[] = {
    QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle,
    QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapeStar, QScatterSeries::MarkerShapePentagon};

template<typename T, std::size_t N>
const T &cycle(const T (&values)[N], std::size_t index)
{
    return values[index % N];
}

bool isBarChart(ChartType type) { return type != ChartType::YearLine; }

} // namespace

ChartCanvas::ChartCanvas(QObject *parent)
    : QObject(parent)
    , m_scene(new QGraphicsScene(this))
{
    m_scene->setBackgroundBrush(Qt::white);
    m_title = m_scene->addText(QString());
    m_title->setDefaultTextColor(QColor(0x20, 0x20, 0x20));
    m_source = m_scene->addText(QString());
    m_source->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    m_empty = m_scene->addText(QString());
    m_empty->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    rebuild();
}

ChartCanvas::~ChartCanvas() = default;

QString ChartCanvas::fontFamily()
{
    static const QString family = [] {
        const QString wqy = u"WenQuanYi Micro Hei"_s;
        return QFontDatabase::families().contains(wqy, Qt::CaseInsensitive) ? wqy : preferredCjkFamily();
    }();
    return family;
}

QFont ChartCanvas::font(qreal pixelSize, bool bold) const
{
    QFont f(fontFamily());
    f.setPixelSize(int(std::lround(pixelSize)));
    f.setBold(bold);
    return f;
}

void ChartCanvas::setData(const ChartData &data)
{
    m_data = data;
    rebuild();
}

void ChartCanvas::setSize(const QSizeF &size)
{
    if (size.isEmpty())
        return;
    m_size = size;
    layout();
}

void ChartCanvas::rebuild()
{
    for (QGraphicsTextItem *item : m_categoryLabels)
        delete item;
    m_categoryLabels.clear();
    for (QGraphicsSimpleTextItem *item : m_valueLabels)
        delete item;
    m_valueLabels.clear();
    if (m_chart) {
        m_scene->removeItem(m_chart);
        delete m_chart;
    }
    m_chart = new QChart;
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundBrush(Qt::white);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setDropShadowEnabled(false);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setFont(font(13));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_scene->addItem(m_chart);

    m_title->setFont(font(20, true));
    m_title->setPlainText(m_data.title);
    m_source->setFont(font(12));
    m_source->setPlainText(m_data.source);
    m_empty->setFont(font(15));
    m_empty->setPlainText(m_data.emptyReason);
    m_empty->setVisible(m_data.isEmpty());
    m_chart->setVisible(!m_data.isEmpty());

    if (!m_data.isEmpty()) {
        auto *categoryAxis = new QBarCategoryAxis;
        categoryAxis->append(m_data.categories);
        // Drawn by us below the plot, wrapped rather than cut off with "…".
        categoryAxis->setLabelsVisible(false);
        categoryAxis->setGridLineVisible(false);
        auto *valueAxis = new QValueAxis;
        valueAxis->setTitleText(m_data.valueAxisTitle);
        valueAxis->setTitleFont(font(13));
        valueAxis->setLabelsFont(font(13));
        valueAxis->setGridLinePen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
        valueAxis->setLabelFormat(u"%.3g"_s);
        m_chart->addAxis(categoryAxis, Qt::AlignBottom);
        m_chart->addAxis(valueAxis, Qt::AlignLeft);

        double low = 0;
        double high = 0;
        for (const ChartSeriesData &series : m_data.series) {
            for (const ChartPoint &point : series.points) {
                if (point.value) {
                    low = std::min(low, *point.value);
                    high = std::max(high, *point.value);
                }
            }
        }
        // Room above the tallest bar for its label.
        const double span = std::max(high - low, 1e-9);
        valueAxis->setRange(low < 0 ? low - span * 0.12 : 0, high + span * 0.14);
        valueAxis->applyNiceNumbers();

        if (isBarChart(m_data.type)) {
            auto *bars = new QBarSeries;
            bars->setBarWidth(barWidth);
            for (std::size_t s = 0; s < m_data.series.size(); ++s) {
                const ChartSeriesData &series = m_data.series[s];
                auto *set = new QBarSet(series.name);
                for (const ChartPoint &point : series.points)
                    set->append(point.value.value_or(0));
                const QColor colour = cycle(seriesColours, s);
                if (series.isTarget && m_data.type == ChartType::TargetVsActual) {
                    // Targets hatched over white, outlined: they read as "planned" in any print.
                    set->setBrush(QBrush(colour.darker(115), Qt::BDiagPattern));
                    set->setPen(QPen(colour.darker(130), 1.6));
                } else {
                    set->setBrush(QBrush(colour, cycle(seriesPatterns, s)));
                    set->setPen(QPen(colour.darker(140), 1));
                }
                bars->append(set);
            }
            m_chart->addSeries(bars);
            bars->attachAxis(categoryAxis);
            bars->attachAxis(valueAxis);
        } else {
            for (std::size_t s = 0; s < m_data.series.size(); ++s) {
                const ChartSeriesData &series = m_data.series[s];
                auto *line = new QLineSeries;
                line->setName(series.name);
                QPen pen(cycle(seriesColours, s), 2.6, cycle(lineStyles, s));
                line->setPen(pen);
                auto *markers = new QScatterSeries;
                markers->setMarkerShape(cycle(markerShapes, s));
                markers->setMarkerSize(11);
                markers->setColor(cycle(seriesColours, s));
                markers->setBorderColor(Qt::white);
                for (std::size_t i = 0; i < series.points.size(); ++i) {
                    if (series.points[i].value) {
                        line->append(qreal(i), *series.points[i].value);
                        markers->append(qreal(i), *series.points[i].value);
                    }
                }
                m_chart->addSeries(line);
                m_chart->addSeries(markers);
                for (QAbstractSeries *added : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(markers)}) {
                    added->attachAxis(categoryAxis);
                    added->attachAxis(valueAxis);
                }
                const QList<QLegendMarker *> scatterMarkers = m_chart->legend()->markers(markers);
                for (QLegendMarker *marker : scatterMarkers)
                    marker->setVisible(false);
            }
        }
        m_chart->legend()->setVisible(m_data.series.size() > 1);

        for (const QString &category : std::as_const(m_data.categories)) {
            auto *label = m_scene->addText(category, font(14));
            label->setDefaultTextColor(QColor(0x20, 0x20, 0x20));
            QTextOption option = label->document()->defaultTextOption();
            option.setAlignment(Qt::AlignHCenter);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            label->document()->setDefaultTextOption(option);
            label->document()->setDocumentMargin(0);
            m_categoryLabels.push_back(label);
        }
        if (m_data.dataLabels) {
            for (const ChartSeriesData &series : m_data.series) {
                for (const ChartPoint &point : series.points) {
                    auto *label = m_scene->addSimpleText(point.value ? point.label : QString(), font(13));
                    label->setBrush(QColor(0x20, 0x20, 0x20));
                    label->setZValue(10);
                    m_valueLabels.push_back(label);
                }
            }
        }
    }
    layout();
}

void ChartCanvas::layout()
{
    const qreal width = m_size.width();
    const qreal height = m_size.height();
    m_scene->setSceneRect(0, 0, width, height);

    m_title->setTextWidth(width - 2 * margin);
    m_title->setPos(margin, margin * 0.6);
    const qreal titleBottom = m_title->pos().y() + m_title->boundingRect().height();

    m_source->setTextWidth(width - 2 * margin);
    const qreal sourceHeight = m_source->boundingRect().height();
    m_source->setPos(margin, height - margin * 0.5 - sourceHeight);

    m_empty->setTextWidth(width - 4 * margin);
    m_empty->setPos(2 * margin, (height - m_empty->boundingRect().height()) / 2);

    if (m_data.isEmpty())
        return;

    const QRectF chartRect(0, titleBottom + 2, width, std::max<qreal>(80, m_source->pos().y() - titleBottom - 6));
    // Two passes: lay out, measure the wrapped category labels at the real category width,
    // reserve their height, lay out again.
    for (int pass = 0; pass < 2; ++pass) {
        m_chart->setMargins(QMargins(int(margin * 0.5), 4, int(margin), int(std::ceil(m_categoryArea))));
        m_chart->setGeometry(chartRect);
        if (m_chart->layout())
            m_chart->layout()->activate();
        const QRectF plot = m_chart->plotArea();
        const qreal categoryWidth = m_categoryLabels.empty() ? plot.width() : plot.width() / qreal(m_categoryLabels.size());
        qreal needed = 0;
        for (QGraphicsTextItem *label : m_categoryLabels) {
            label->setTextWidth(std::max<qreal>(24, categoryWidth - 6));
            needed = std::max(needed, label->boundingRect().height());
        }
        needed += 10;
        if (std::abs(needed - m_categoryArea) < 1 && pass == 0)
            break;
        m_categoryArea = needed;
    }
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    const qreal categoryWidth = m_categoryLabels.empty() ? plot.width() : plot.width() / qreal(m_categoryLabels.size());
    for (std::size_t i = 0; i < m_categoryLabels.size(); ++i) {
        QGraphicsTextItem *label = m_categoryLabels[i];
        const qreal x = plot.left() + categoryWidth * qreal(i) + (categoryWidth - label->textWidth()) / 2;
        label->setPos(x, plot.bottom() + 6);
    }
    placeLabels();
}

void ChartCanvas::placeLabels()
{
    if (m_valueLabels.empty() || m_chart->series().isEmpty())
        return;
    QAbstractSeries *reference = m_chart->series().first();
    const std::size_t seriesCount = m_data.series.size();
    std::size_t index = 0;
    for (std::size_t s = 0; s < seriesCount; ++s) {
        const ChartSeriesData &series = m_data.series[s];
        for (std::size_t i = 0; i < series.points.size(); ++i, ++index) {
            QGraphicsSimpleTextItem *label = m_valueLabels[index];
            const ChartPoint &point = series.points[i];
            if (!point.value)
                continue;
            qreal x = qreal(i);
            if (isBarChart(m_data.type)) {
                const qreal slot = barWidth / qreal(seriesCount);
                x = qreal(i) - barWidth / 2 + slot * (qreal(s) + 0.5);
            }
            const QPointF at = m_chart->mapToScene(m_chart->mapToPosition(QPointF(x, *point.value), reference));
            const QRectF box = label->boundingRect();
            const bool below = *point.value < 0;
            qreal y = below ? at.y() + 4 : at.y() - box.height() - 4;
            if (!isBarChart(m_data.type))
                y = at.y() - box.height() - 8;
            label->setPos(at.x() - box.width() / 2, y);
        }
    }
}

void ChartCanvas::render(QPainter *painter, const QRectF &target)
{
    m_scene->render(painter, target, m_scene->sceneRect(), Qt::IgnoreAspectRatio);
}

QStringList ChartCanvas::texts() const
{
    QStringList result{m_title->toPlainText()};
    for (const QGraphicsTextItem *label : m_categoryLabels)
        result << label->toPlainText();
    for (const QGraphicsSimpleTextItem *label : m_valueLabels) {
        if (!label->text().isEmpty())
            result << label->text();
    }
    result << m_source->toPlainText();
    return result;
}

} // namespace parallax
