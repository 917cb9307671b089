#include "ui/compare/diffpane.h"

#include "ui/compare/diffchangemodel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Colours in the spirit of WinMerge / Beyond Compare: soft backgrounds, strong text for figures.
const QColor kInsertBackground(0xd2, 0xf2, 0xd9);
const QColor kDeleteBackground(0xfb, 0xd6, 0xd6);
const QColor kDeleteText(0x8a, 0x1c, 0x1c);
const QColor kFigureBackground(0xff, 0xe6, 0xbf);
const QColor kFigureText(0x8a, 0x42, 0x00);
const QColor kFigureUnderline(0xe0, 0x78, 0x00);
const QColor kMovedBackground(0xe6, 0xdc, 0xf7);
const QColor kMovedText(0x4b, 0x2a, 0x80);
const QColor kCurrentBackground(0xff, 0xd8, 0x4d);
const QColor kCurrentLine(0xff, 0xf6, 0xcc);

QTextCharFormat formatFor(const DiffChunk &chunk, DiffSide side, const QString &ownText, const QString &otherText,
                          int chunkIndex)
{
    QTextCharFormat format;
    const TextSpan &own = chunk.spans[side];
    const TextSpan &other = chunk.spans[side == LeftSide ? RightSide : LeftSide];
    switch (chunk.kind) {
    case DiffKind::Equal:
        break;
    case DiffKind::Insert:
    case DiffKind::Delete:
    case DiffKind::Replace:
        format.setBackground(side == LeftSide ? kDeleteBackground : kInsertBackground);
        if (side == LeftSide)
            format.setForeground(kDeleteText);
        format.setToolTip(DiffChangeModel::kindName(side == LeftSide && chunk.kind != DiffKind::Insert
                                                        ? DiffKind::Delete
                                                        : DiffKind::Insert));
        break;
    case DiffKind::ChangedNumber: {
        format.setBackground(kFigureBackground);
        format.setForeground(kFigureText);
        format.setFontWeight(QFont::Bold);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(kFigureUnderline);
        const QString mine = ownText.mid(own.start, own.length());
        const QString theirs = otherText.mid(other.start, other.length());
        const QString oldValue = side == LeftSide ? mine : theirs;
        const QString newValue = side == LeftSide ? theirs : mine;
        format.setToolTip(DiffPane::tr("Changed figure: %1 → %2").arg(oldValue.toHtmlEscaped(), newValue.toHtmlEscaped()));
        break;
    }
    case DiffKind::Moved:
        format.setBackground(kMovedBackground);
        format.setForeground(kMovedText);
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(kMovedText);
        format.setAnchor(true);
        format.setAnchorHref(u"move:%1"_s.arg(chunk.partner >= 0 ? chunk.partner : chunkIndex));
        format.setToolTip(side == LeftSide ? DiffPane::tr("Moved from here — click to see where it went")
                                           : DiffPane::tr("Moved here — click to see where it came from"));
        break;
    }
    return format;
}

} // namespace

DiffPane::DiffPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    m_title->setTextFormat(Qt::RichText);
    m_title->setMargin(4);
    m_title->setAutoFillBackground(true);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    m_text->document()->setDocumentMargin(10);
    m_text->viewport()->installEventFilter(this);
    m_text->setAccessibleName(tr("Section text"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);

    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (link.startsWith(u"move:"_s))
            Q_EMIT moveLinkActivated(link.mid(5).toInt());
    });
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &DiffPane::scrolled);
    setRole(false, false);
}

void DiffPane::setTitle(const QString &documentTitle, const QString &sectionTitle)
{
    QString html = u"<b>%1</b>"_s.arg(documentTitle.toHtmlEscaped());
    if (!sectionTitle.isEmpty())
        html += u"&nbsp;&nbsp;<span style='color:#555'>%1</span>"_s.arg(sectionTitle.toHtmlEscaped());
    if (m_base)
        html += u"&nbsp;&nbsp;<span style='color:#1f5fa8'>[%1]</span>"_s.arg(tr("base"));
    m_title->setText(html);
    m_title->setToolTip(documentTitle);
}

void DiffPane::setRole(bool base, bool target)
{
    m_base = base;
    m_target = target;
    QPalette palette = m_title->palette();
    palette.setColor(QPalette::Window, target ? QColor(0xdc, 0xe8, 0xf8) : base ? QColor(0xe8, 0xec, 0xf0)
                                                                                  : QColor(0xf2, 0xf2, 0xf2));
    m_title->setPalette(palette);
}

void DiffPane::setMissing()
{
    m_missing = true;
    m_plain.clear();
    m_text->clear();
    m_text->setHtml(u"<p style='color:#888; margin-top:24px' align='center'><i>%1</i></p>"_s.arg(
        tr("No section of this document is aligned with this row.").toHtmlEscaped()));
}

void DiffPane::setContent(const QString &text, const WordDiff *diff, DiffSide side, const QString &other,
                          bool figuresOnly)
{
    m_missing = false;
    m_plain = text;
    m_text->setExtraSelections({});
    QTextDocument *document = m_text->document();
    document->setPlainText(text);

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // Paragraph spacing and a bold first line (the heading) make long sections readable.
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(6);
    blockFormat.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    cursor.select(QTextCursor::Document);
    cursor.mergeBlockFormat(blockFormat);
    const QTextBlock first = document->firstBlock();
    if (first.isValid() && first.length() < 80 && document->blockCount() > 1) {
        QTextCursor heading(first);
        heading.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        heading.mergeCharFormat(bold);
    }
    if (diff) {
        for (size_t i = 0; i < diff->chunks.size(); ++i) {
            const DiffChunk &chunk = diff->chunks[i];
            const TextSpan &span = chunk.spans[side];
            if (span.isEmpty() || !DiffChangeModel::isListed(chunk.kind, figuresOnly))
                continue;
            if (chunk.kind == DiffKind::Insert && side == LeftSide)
                continue;
            cursor.setPosition(int(span.start));
            cursor.setPosition(int(std::min<qsizetype>(span.end, text.size())), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(formatFor(chunk, side, text, other, int(i)));
        }
    }
    cursor.endEditBlock();
    m_text->verticalScrollBar()->setValue(0);
}

void DiffPane::setCurrentSpan(const TextSpan &span, bool reveal)
{
    if (m_missing)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.cursor = QTextCursor(m_text->document());
    line.cursor.setPosition(int(std::min<qsizetype>(span.start, m_plain.size())));
    line.format.setBackground(kCurrentLine);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    selections << line;
    if (!span.isEmpty()) {
        QTextEdit::ExtraSelection chunk;
        chunk.cursor = QTextCursor(m_text->document());
        chunk.cursor.setPosition(int(span.start));
        chunk.cursor.setPosition(int(std::min<qsizetype>(span.end, m_plain.size())), QTextCursor::KeepAnchor);
        chunk.format.setBackground(kCurrentBackground);
        selections << chunk;
    }
    m_text->setExtraSelections(selections);
    if (reveal)
        scrollPositionTo(span.start, m_text->viewport()->height() / 3);
}

void DiffPane::clearCurrentSpan()
{
    m_text->setExtraSelections({});
}

qsizetype DiffPane::topPosition() const
{
    return m_text->cursorForPosition(QPoint(0, 0)).position();
}

int DiffPane::viewportY(qsizetype position) const
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(std::clamp<qsizetype>(position, 0, m_plain.size())));
    return m_text->cursorRect(cursor).top();
}

void DiffPane::scrollPositionTo(qsizetype position, int y)
{
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + viewportY(position) - y);
}

double DiffPane::documentFraction(qsizetype position) const
{
    const double height = m_text->document()->documentLayout()->documentSize().height();
    if (height <= 0)
        return 0;
    const int y = viewportY(position) + m_text->verticalScrollBar()->value();
    return std::clamp(double(y) / height, 0.0, 1.0);
}

bool DiffPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonPress)
        Q_EMIT activated();
    return QWidget::eventFilter(watched, event);
}

} // namespace parallax
