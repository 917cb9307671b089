#include "ui/compare/diffoverviewbar.h"

#include <QMouseEvent>
#include <QPainter>

namespace parallax {

DiffOverviewBar::DiffOverviewBar(QWidget *parent)
    : QWidget(parent)
{
    setMinimumWidth(14);
    setMaximumWidth(18);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where the changes are — click to jump"));
    setAccessibleName(tr("Change overview"));
}

QSize DiffOverviewBar::sizeHint() const
{
    return {16, 200};
}

QColor DiffOverviewBar::colorFor(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Insert:
        return {0x3c, 0xb3, 0x5a};
    case DiffKind::Delete:
        return {0xd9, 0x4a, 0x4a};
    case DiffKind::Replace:
        return {0x4a, 0x86, 0xd9};
    case DiffKind::ChangedNumber:
        return {0xf0, 0x8c, 0x00};
    case DiffKind::Moved:
        return {0x8e, 0x5c, 0xd0};
    case DiffKind::Equal:
        break;
    }
    return {0xa0, 0xa0, 0xa0};
}

void DiffOverviewBar::setMarks(std::vector<Mark> marks)
{
    m_marks = std::move(marks);
    m_current = -1;
    update();
}

void DiffOverviewBar::setCurrent(int mark)
{
    m_current = mark;
    update();
}

void DiffOverviewBar::setVisibleRange(double top, double height)
{
    m_visibleTop = std::clamp(top, 0.0, 1.0);
    m_visibleHeight = std::clamp(height, 0.0, 1.0);
    update();
}

void DiffOverviewBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = rect().adjusted(2, 2, -2, -2);
    painter.fillRect(rect(), QColor(0xf4, 0xf4, 0xf4));
    painter.setPen(QColor(0xd0, 0xd0, 0xd0));
    painter.drawLine(rect().topLeft(), rect().bottomLeft());
    const int visibleTop = area.top() + int(m_visibleTop * area.height());
    const int visibleHeight = std::max(6, int(m_visibleHeight * area.height()));
    painter.fillRect(QRect(area.left(), visibleTop, area.width(), visibleHeight), QColor(0xdd, 0xe6, 0xf2));
    for (size_t i = 0; i < m_marks.size(); ++i) {
        const int y = area.top() + int(m_marks[i].position * area.height());
        painter.fillRect(QRect(area.left(), y, area.width(), 3), colorFor(m_marks[i].kind));
    }
    if (m_current >= 0 && size_t(m_current) < m_marks.size()) {
        const int y = area.top() + int(m_marks[size_t(m_current)].position * area.height());
        painter.setPen(QPen(Qt::black, 1));
        painter.drawRect(QRect(area.left() - 1, y - 2, area.width() + 1, 6));
    }
    painter.setPen(QColor(0x9a, 0xb0, 0xcc));
    painter.drawRect(QRect(area.left(), visibleTop, area.width() - 1, visibleHeight));
}

void DiffOverviewBar::mousePressEvent(QMouseEvent *event)
{
    const QRect area = rect().adjusted(2, 2, -2, -2);
    if (area.height() <= 0)
        return;
    Q_EMIT positionClicked(std::clamp(double(event->position().y() - area.top()) / area.height(), 0.0, 1.0));
    event->accept();
}

} // namespace parallax
