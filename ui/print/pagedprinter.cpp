#include "ui/print/pagedprinter.h"

#include "ui/common/fonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

class PrintText
{
    Q_DECLARE_TR_FUNCTIONS(PrintText)
};

// Device pixels per point of the device.
qreal pointScale(const QPaintDevice &device)
{
    return device.logicalDpiY() / 72.0;
}

// The y of the line holding `position`, in document coordinates.
qreal lineTop(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    if (!block.isValid())
        return 0;
    const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout)
        return blockRect.top();
    const QTextLine line = layout->lineForTextPosition(position - block.position());
    return blockRect.top() + (line.isValid() ? line.y() : 0);
}

} // namespace

QString printFontFamily()
{
    const QString wqy = u"WenQuanYi Micro Hei"_s;
    return QFontDatabase::families().contains(wqy, Qt::CaseInsensitive) ? wqy : preferredCjkFamily();
}

int printPaged(QTextDocument &document, QPagedPaintDevice &device, const PageDecoration &decoration,
               const std::vector<MarginNote> &notes)
{
    const qreal pt = pointScale(device);
    const QRectF page(0, 0, device.width(), device.height()); // the printable area, in device pixels
    const qreal headerHeight = 22 * pt;
    const qreal footerHeight = 20 * pt;
    const qreal marginColumn = decoration.marginNotes ? std::min(page.width() * 0.27, 150 * pt) : 0;
    const qreal gutter = decoration.marginNotes ? 12 * pt : 0;
    const QSizeF body(page.width() - marginColumn - gutter, page.height() - headerHeight - footerHeight);
    if (body.width() <= 0 || body.height() <= 0)
        return 0;

    document.documentLayout()->setPaintDevice(&device);
    document.setPageSize(body);
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    QFont small(decoration.fontFamily.isEmpty() ? printFontFamily() : decoration.fontFamily);
    small.setPointSizeF(8);
    QFont noteFont = small;
    noteFont.setPointSizeF(7.5);
    const QColor grey(0x6e, 0x77, 0x81);

    // Notes in page order; each page places its own below one another, never above their line.
    std::vector<std::pair<qreal, const MarginNote *>> placed;
    placed.reserve(notes.size());
    for (const MarginNote &note : notes)
        placed.emplace_back(lineTop(document, note.position), &note);
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    auto nextNote = placed.cbegin();

    for (int index = 0; index < pageCount; ++index) {
        if (index > 0 && !device.newPage())
            break;
        // Header: title left, region and year right, a hairline under both.
        painter.setFont(small);
        painter.setPen(grey);
        const QRectF header(0, 0, page.width(), headerHeight - 6 * pt);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetricsF(small, &device).elidedText(decoration.headerLeft, Qt::ElideRight,
                                                                  page.width() * 0.65));
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, decoration.headerRight);
        painter.setPen(QPen(QColor(0xd0, 0xd7, 0xde), 0.5 * pt));
        painter.drawLine(QPointF(0, headerHeight - 3 * pt), QPointF(page.width(), headerHeight - 3 * pt));

        // The page's slice of the text.
        painter.save();
        painter.translate(0, headerHeight - index * body.height());
        const QRectF slice(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // Margin notes of this page.
        if (decoration.marginNotes) {
            const qreal left = body.width() + gutter;
            qreal floor = headerHeight;
            const qreal pageBottom = headerHeight + body.height();
            const QFontMetricsF metrics(noteFont, &device);
            painter.setFont(noteFont);
            for (; nextNote != placed.cend() && nextNote->first < (index + 1) * body.height(); ++nextNote) {
                const MarginNote &note = *nextNote->second;
                const qreal top = std::max(floor, headerHeight + nextNote->first - index * body.height());
                const qreal room = pageBottom - top;
                if (room < metrics.height() * 2)
                    continue; // the page is full of notes: this one is in the endnotes only
                const QString text = note.number + u"  "_s + note.text;
                QRectF box(left, top, marginColumn, std::min(room, metrics.height() * 8));
                QRectF needed = metrics.boundingRect(box, Qt::TextWordWrap, text);
                const bool clipped = needed.height() > box.height();
                const QString shown = clipped ? metrics.elidedText(text, Qt::ElideRight,
                                                                   marginColumn * (box.height() / metrics.height() - 1))
                                              : text;
                painter.setPen(QColor(0x8a, 0x63, 0x00));
                painter.drawText(box, Qt::TextWordWrap, shown, &needed);
                painter.setPen(QPen(QColor(0xd4, 0xa7, 0x2c), 1.2 * pt));
                painter.drawLine(QPointF(left - 4 * pt, needed.top()), QPointF(left - 4 * pt, needed.bottom()));
                floor = needed.bottom() + 4 * pt;
            }
        }

        // Footer: page n of N.
        painter.setFont(small);
        painter.setPen(grey);
        painter.drawText(QRectF(0, page.height() - footerHeight, page.width(), footerHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, PrintText::tr("%1 / %2").arg(index + 1).arg(pageCount));
    }
    painter.end();
    return pageCount;
}

} // namespace parallax
