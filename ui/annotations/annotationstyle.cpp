#include "ui/annotations/annotationstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace parallax {

// QCoreApplication::translate is spelled out at every call: lupdate files a string only under the
// context it sees literally.
QColor highlightSwatch(HighlightColor color)
{
    switch (color) {
    case HighlightColor::Yellow:
        return QColor(0xf9, 0xc8, 0x2b);
    case HighlightColor::Green:
        return QColor(0x5c, 0xb8, 0x5f);
    case HighlightColor::Blue:
        return QColor(0x4a, 0x9b, 0xe8);
    case HighlightColor::Pink:
        return QColor(0xec, 0x6a, 0x9c);
    case HighlightColor::Purple:
        return QColor(0x9c, 0x6a, 0xd6);
    }
    return QColor(0xf9, 0xc8, 0x2b);
}

QColor highlightFill(HighlightColor color)
{
    QColor fill = highlightSwatch(color);
    // Yellow reads lighter than the others at the same alpha; keep them all about equally loud.
    fill.setAlpha(color == HighlightColor::Yellow ? 120 : 85);
    return fill;
}

QColor highlightPaper(HighlightColor color)
{
    const QColor fill = highlightFill(color);
    const qreal a = fill.alphaF();
    auto over = [a](qreal channel) { return 1.0 - a + a * channel; };
    return QColor::fromRgbF(over(fill.redF()), over(fill.greenF()), over(fill.blueF()));
}

QIcon highlightIcon(HighlightColor color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(highlightSwatch(color).darker(130));
    painter.setBrush(highlightSwatch(color));
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QString displayName(HighlightColor color)
{
    switch (color) {
    case HighlightColor::Yellow:
        return QCoreApplication::translate("Parallax::AnnotationStyle", "Yellow");
    case HighlightColor::Green:
        return QCoreApplication::translate("Parallax::AnnotationStyle", "Green");
    case HighlightColor::Blue:
        return QCoreApplication::translate("Parallax::AnnotationStyle", "Blue");
    case HighlightColor::Pink:
        return QCoreApplication::translate("Parallax::AnnotationStyle", "Pink");
    case HighlightColor::Purple:
        return QCoreApplication::translate("Parallax::AnnotationStyle", "Purple");
    }
    return {};
}

QString displayName(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Attached:
        return QCoreApplication::translate("Parallax::AnnotationStyle", "Attached");
    case AnchorStatus::Orphaned:
        return QCoreApplication::translate("Parallax::AnnotationStyle", "Not found in the current text");
    }
    return {};
}

} // namespace parallax
