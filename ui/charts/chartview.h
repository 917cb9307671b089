#pragma once

#include "ui/charts/chartdata.h"

#include <QGraphicsView>

namespace parallax {

class ChartCanvas;

/// Shows a ChartCanvas, laid out at the view's size. GUI thread only.
class ChartView : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    [[nodiscard]] const ChartData &data() const;
    [[nodiscard]] ChartCanvas *canvas() const { return m_canvas; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    ChartCanvas *m_canvas = nullptr;
};

} // namespace parallax
