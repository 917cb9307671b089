#pragma once

#include "ui/charts/chartdata.h"

#include <QObject>
#include <QSizeF>

#include <vector>

class QChart;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QPainter;

namespace parallax {

/// A chart laid out on a QGraphicsScene: wrapped title, Qt Charts plot, category labels that
/// wrap instead of being cut, data labels with the figures as written, and the source line.
/// The screen (ChartView) and every export render this same scene, so exports look like the
/// screen. GUI thread only (Qt Charts needs a QApplication).
class ChartCanvas : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCanvas)

public:
    explicit ChartCanvas(QObject *parent = nullptr);
    ~ChartCanvas() override;

    void setData(const ChartData &data);
    [[nodiscard]] const ChartData &data() const { return m_data; }
    /// Lays the chart out for a logical size (pixels at 96 DPI).
    void setSize(const QSizeF &size);
    [[nodiscard]] QSizeF size() const { return m_size; }
    [[nodiscard]] QGraphicsScene *scene() const { return m_scene; }
    [[nodiscard]] QChart *chart() const { return m_chart; }
    /// Renders the whole canvas into `target` on `painter`.
    void render(QPainter *painter, const QRectF &target);
    /// Every text drawn besides Qt Charts' own axis numbers: title, categories, data labels, source.
    [[nodiscard]] QStringList texts() const;

    /// The chart font family: WenQuanYi Micro Hei when installed (a TrueType face that PDF
    /// export embeds with its Unicode map), else the UI's CJK family.
    [[nodiscard]] static QString fontFamily();

private:
    void rebuild();
    void layout();
    void placeLabels();
    [[nodiscard]] QFont font(qreal pixelSize, bool bold = false) const;

    ChartData m_data;
    QSizeF m_size{960, 600};
    QGraphicsScene *m_scene = nullptr;
    QChart *m_chart = nullptr;
    QGraphicsTextItem *m_title = nullptr;
    QGraphicsTextItem *m_source = nullptr;
    QGraphicsTextItem *m_empty = nullptr;
    std::vector<QGraphicsTextItem *> m_categoryLabels;
    std::vector<QGraphicsSimpleTextItem *> m_valueLabels;
    qreal m_categoryArea = 40;
};

} // namespace parallax
