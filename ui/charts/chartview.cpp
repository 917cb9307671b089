#include "ui/charts/chartview.h"

#include "ui/charts/chartcanvas.h"

#include <QResizeEvent>

namespace parallax {

ChartView::ChartView(QWidget *parent)
    : QGraphicsView(parent)
    , m_canvas(new ChartCanvas(this))
{
    setScene(m_canvas->scene());
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMinimumSize(360, 240);
}

void ChartView::setData(const ChartData &data)
{
    m_canvas->setData(data);
    m_canvas->setSize(viewport()->size());
}

const ChartData &ChartView::data() const { return m_canvas->data(); }

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_canvas->setSize(viewport()->size());
    setSceneRect(m_canvas->scene()->sceneRect());
}

} // namespace parallax
