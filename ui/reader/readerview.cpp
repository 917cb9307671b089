#include "ui/reader/readerview.h"

#include "ui/annotations/annotationstyle.h"
#include "ui/common/displaynames.h"
#include "ui/common/fonts.h"
#include "ui/reader/findbar.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr int kMaxLineCharacters = 40; // a comfortable measure for Chinese text
constexpr int kMinZoom = -6;
constexpr int kMaxZoom = 12;

QColor targetsBackground()
{
    return QColor(0xfb, 0xf5, 0xe0); // a soft paper yellow: stands out without shouting
}

void formatRange(QTextDocument *document, qsizetype start, qsizetype end, const QTextCharFormat &charFormat,
                 const QTextBlockFormat *blockFormat = nullptr)
{
    const int length = document->characterCount() - 1;
    start = std::clamp<qsizetype>(start, 0, length);
    end = std::clamp<qsizetype>(end, start, length);
    QTextCursor cursor(document);
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    if (charFormat.propertyCount() > 0)
        cursor.mergeCharFormat(charFormat);
    if (blockFormat)
        cursor.mergeBlockFormat(*blockFormat);
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_findBar(new FindBar(this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(12, 8, 12, 8);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAutoFillBackground(true);
    m_header->setBackgroundRole(QPalette::AlternateBase);

    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setPlaceholderText(tr("Select a document in the library to read it here."));
    m_text->setAccessibleName(tr("Document text"));
    QFont font = defaultUiFont();
    font.setPointSizeF(std::max<qreal>(font.pointSizeF(), 10.0) * 1.2);
    m_text->setFont(font);
    m_text->viewport()->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ReaderView::showContextMenu);
    connect(m_text, &QTextEdit::copyAvailable, this, &ReaderView::selectionAvailable);

    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);

    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { Q_EMIT positionChanged(topPosition()); });
    connect(m_findBar, &FindBar::findNextRequested, this, &ReaderView::findNext);
    connect(m_findBar, &FindBar::findPreviousRequested, this, &ReaderView::findPrevious);
    connect(m_findBar, &FindBar::findTextEdited, this, [this] { find(false, true); });
    connect(m_findBar, &FindBar::closed, this, [this] { m_text->setFocus(); });
    clear();
}

void ReaderView::clear()
{
    m_documentId = 0;
    m_header->setText(tr("No document open"));
    m_annotations.clear();
    m_annotationSelections.clear();
    m_text->setExtraSelections({});
    m_text->clear();
}

QString ReaderView::headerText() const
{
    return m_header->text();
}

void ReaderView::setDocument(const Document &document)
{
    m_documentId = document.id;
    m_annotations.clear();
    m_annotationSelections.clear();
    m_text->setExtraSelections({});
    const DocumentMetadata &meta = document.meta;
    QStringList details;
    if (!meta.region.isEmpty())
        details << meta.region.toHtmlEscaped();
    const int year = meta.yearPlanned > 0 ? meta.yearPlanned : meta.yearReported;
    if (year > 0)
        details << yearText(year, meta.yearPlanned > 0 ? meta.periodEnd : 0);
    details << displayName(meta.kind).toHtmlEscaped();
    if (!meta.date.isEmpty())
        details << meta.date.toHtmlEscaped();
    const QString title = meta.title.isEmpty() ? tr("Untitled document") : meta.title;
    m_header->setText(u"<span style=\"font-size:large; font-weight:600\">%1</span>"
                      u"&nbsp;&nbsp;<span style=\"color:palette(placeholder-text)\">%2</span>"_s
                          .arg(title.toHtmlEscaped(), details.join(u" · "_s)));

    auto *textDocument = new QTextDocument(m_text);
    textDocument->setUndoRedoEnabled(false);
    textDocument->setDefaultFont(m_text->font());
    textDocument->setDocumentMargin(24);
    QTextCursor cursor(textDocument);
    cursor.insertText(document.text);
    // The view deletes only documents it created itself; ours (parented to m_text) we delete.
    QTextDocument *old = m_text->document();
    const bool ownedByUs = old && old->parent() == m_text;
    m_text->setDocument(textDocument);
    if (ownedByUs)
        old->deleteLater();
    applyFormats(document);
    updateMargins();
    m_text->moveCursor(QTextCursor::Start);
    m_text->verticalScrollBar()->setValue(0);
    Q_EMIT positionChanged(0);
}

void ReaderView::applyFormats(const Document &document)
{
    QTextDocument *textDocument = m_text->document();
    if (textDocument->characterCount() - 1 != document.text.size())
        return; // not (yet) the document's text
    const QFontMetricsF metrics(textDocument->defaultFont());
    const qreal em = metrics.horizontalAdvance(u'中');

    // Body: generous line spacing and the customary two-character first-line indent.
    QTextBlockFormat body;
    body.setLineHeight(155, QTextBlockFormat::ProportionalHeight);
    body.setBottomMargin(em * 0.6);
    body.setTextIndent(em * 2);
    formatRange(textDocument, 0, document.text.size(), QTextCharFormat(), &body);

    forEachSection(document.sections, [&](const Section &section) {
        if (section.role == SectionRole::Targets) {
            QTextBlockFormat targets;
            targets.setBackground(targetsBackground());
            formatRange(textDocument, section.start, section.end, QTextCharFormat(), &targets);
        }
        if (section.role == SectionRole::Glossary) {
            QTextCharFormat small;
            small.setProperty(QTextFormat::FontSizeAdjustment, -1);
            formatRange(textDocument, section.bodyStart, section.end, small);
        }
        if (section.bodyStart <= section.start)
            return; // untitled section
        QTextCharFormat heading;
        heading.setFontWeight(section.level <= 2 ? QFont::Bold : QFont::DemiBold);
        if (section.level == 1)
            heading.setProperty(QTextFormat::FontSizeAdjustment, 1);
        const QTextBlock block = textDocument->findBlock(int(section.start));
        const qsizetype lineEnd = block.position() + block.length() - 1;
        if (section.headingSplit || section.bodyStart < lineEnd) {
            // Heading fused with its body on one line (or a lead-in sentence such as
            // 一年来，……。): emphasise the heading part only, keep the paragraph a paragraph.
            formatRange(textDocument, section.start, section.bodyStart, heading);
            return;
        }
        QTextBlockFormat headingBlock;
        headingBlock.setTextIndent(0);
        headingBlock.setTopMargin(section.level == 1 ? em * 1.6 : em * 0.8);
        headingBlock.setBottomMargin(section.level == 1 ? em * 0.8 : em * 0.4);
        headingBlock.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        formatRange(textDocument, section.start, lineEnd, heading, &headingBlock);
    });
}

void ReaderView::updateMargins()
{
    QTextDocument *textDocument = m_text->document();
    const qreal em = QFontMetricsF(textDocument->defaultFont()).horizontalAdvance(u'中');
    const qreal available = m_text->viewport()->width();
    const qreal measure = em * (kMaxLineCharacters + 2); // + the paragraph indent
    const qreal side = std::max<qreal>(16, (available - measure) / 2);
    QTextFrameFormat frame = textDocument->rootFrame()->frameFormat();
    if (qFuzzyCompare(frame.leftMargin(), side))
        return;
    frame.setLeftMargin(side);
    frame.setRightMargin(side);
    frame.setTopMargin(12);
    frame.setBottomMargin(48);
    textDocument->rootFrame()->setFrameFormat(frame);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::Resize)
        updateMargins();
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip && !m_annotations.empty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = annotationToolTip(m_text->cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_text->viewport());
        return true;
    }
    // A click is a press and release in about the same place (a drag selects text instead).
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonPress)
        m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease && !m_annotations.empty()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = mouse->position().toPoint();
        if (mouse->button() == Qt::LeftButton
            && (at - m_pressPosition).manhattanLength() < QApplication::startDragDistance()) {
            const QList<qint64> ids = annotationsAt(m_text->cursorForPosition(at).position());
            if (!ids.isEmpty())
                Q_EMIT annotationClicked(ids.front());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReaderView::setAnnotations(const std::vector<Annotation> &annotations)
{
    m_annotations.clear();
    m_annotationSelections.clear();
    QTextDocument *textDocument = m_text->document();
    const qsizetype limit = std::max(0, textDocument->characterCount() - 1);
    m_annotations.reserve(annotations.size());
    m_annotationSelections.reserve(qsizetype(annotations.size()));
    for (const Annotation &annotation : annotations) {
        if (annotation.status == AnchorStatus::Orphaned || annotation.documentId != m_documentId)
            continue;
        const qsizetype start = std::clamp<qsizetype>(annotation.anchor.start, 0, limit);
        const qsizetype end = std::clamp<qsizetype>(annotation.anchor.end, start, limit);
        if (end <= start)
            continue;
        m_annotations.push_back({annotation.id, start, end, annotation.note, annotation.tags});
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(textDocument);
        selection.cursor.setPosition(int(start));
        selection.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        selection.format.setBackground(highlightFill(annotation.color));
        if (!annotation.note.isEmpty()) {
            // A note is marked by a dotted underline in the highlight's colour; hover shows it.
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(highlightSwatch(annotation.color).darker(160));
        }
        m_annotationSelections.append(selection);
    }
    std::stable_sort(m_annotations.begin(), m_annotations.end(),
                     [](const DrawnAnnotation &a, const DrawnAnnotation &b) { return a.start < b.start; });
    applyExtraSelections();
}

void ReaderView::applyExtraSelections(const QList<QTextEdit::ExtraSelection> &transient)
{
    if (transient.isEmpty()) {
        m_text->setExtraSelections(m_annotationSelections);
        return;
    }
    m_text->setExtraSelections(m_annotationSelections + transient);
}

QList<qint64> ReaderView::annotationsAt(qsizetype position) const
{
    QList<qint64> ids;
    for (const DrawnAnnotation &annotation : m_annotations) {
        if (annotation.start > position)
            break;
        if (position < annotation.end)
            ids.prepend(annotation.id);
    }
    return ids;
}

QString ReaderView::annotationToolTip(qsizetype position) const
{
    constexpr int maxShown = 3;
    constexpr qsizetype maxNote = 600;
    QStringList parts;
    int more = 0;
    for (auto it = m_annotations.rbegin(); it != m_annotations.rend(); ++it) {
        if (it->start > position || position >= it->end)
            continue;
        if (it->note.isEmpty() && it->tags.isEmpty())
            continue;
        if (parts.size() == maxShown) {
            ++more;
            continue;
        }
        QString part = it->note.left(maxNote).toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (it->note.size() > maxNote)
            part += u'…';
        if (!it->tags.isEmpty())
            part += u"<br><i>%1</i>"_s.arg(tr("Tags: %1").arg(it->tags.join(u", "_s)).toHtmlEscaped());
        parts << part;
    }
    if (more > 0)
        parts << tr("%n more note(s) here", nullptr, more);
    return parts.join(u"<hr>"_s);
}

void ReaderView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ReaderView::showContextMenu(const QPoint &position)
{
    QMenu *menu = m_text->createStandardContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_contextActions.isEmpty()) {
        QAction *first = menu->actions().value(0);
        for (QAction *action : std::as_const(m_contextActions)) {
            if (action->menu())
                menu->insertMenu(first, action->menu());
            else
                menu->insertAction(first, action);
        }
        menu->insertSeparator(first);
    }
    menu->popup(m_text->viewport()->mapToGlobal(position));
}

void ReaderView::scrollToPosition(qsizetype position)
{
    QTextDocument *textDocument = m_text->document();
    position = std::clamp<qsizetype>(position, 0, std::max(0, textDocument->characterCount() - 1));
    const QTextBlock block = textDocument->findBlock(int(position));
    if (!block.isValid())
        return;
    QRectF rect = textDocument->documentLayout()->blockBoundingRect(block);
    qreal y = rect.top() + block.blockFormat().topMargin();
    if (const QTextLayout *layout = block.layout()) {
        const QTextLine line = layout->lineForTextPosition(int(position - block.position()));
        if (line.isValid())
            y = rect.top() + line.y();
    }
    QTextCursor cursor(textDocument);
    cursor.setPosition(int(position));
    m_text->setTextCursor(cursor);
    m_text->verticalScrollBar()->setValue(int(y));
}

void ReaderView::selectRange(qsizetype start, qsizetype end)
{
    QTextDocument *textDocument = m_text->document();
    const int limit = std::max(0, textDocument->characterCount() - 1);
    const int from = int(std::clamp<qsizetype>(start, 0, limit));
    const int to = int(std::clamp<qsizetype>(end, from, limit));
    // Put the range a third down the view so its context is visible above it.
    scrollToPosition(from);
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() - m_text->viewport()->height() / 3);
    QTextCursor cursor(textDocument);
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    applyExtraSelections();
}

std::pair<qsizetype, qsizetype> ReaderView::selectedRange() const
{
    const QTextCursor cursor = m_text->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

bool ReaderView::hasSelection() const
{
    return m_documentId != 0 && m_text->textCursor().hasSelection();
}

void ReaderView::highlightRange(qsizetype start, qsizetype length)
{
    selectRange(start, start + length);
    QTextEdit::ExtraSelection match;
    match.cursor = m_text->textCursor();
    match.format.setBackground(QColor(0xff, 0xd5, 0x4f));
    applyExtraSelections({match});
}

qsizetype ReaderView::topPosition() const
{
    const QPoint probe(m_text->viewport()->width() / 2, 2);
    return m_text->cursorForPosition(probe).block().position();
}

void ReaderView::showFindBar()
{
    m_findBar->activate(m_text->textCursor().selectedText());
}

void ReaderView::findNext()
{
    find(false, false);
}

void ReaderView::findPrevious()
{
    find(true, false);
}

void ReaderView::find(bool backward, bool incremental)
{
    const QString needle = m_findBar->text();
    if (m_findBar->isHidden() || needle.isEmpty()) {
        if (needle.isEmpty())
            m_findBar->setFound(true);
        if (m_findBar->isHidden())
            showFindBar();
        return;
    }
    QTextCursor cursor = m_text->textCursor();
    if (incremental)
        cursor.setPosition(cursor.selectionStart());
    else if (backward)
        cursor.setPosition(cursor.selectionStart());
    else
        cursor.setPosition(cursor.selectionEnd());
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = m_text->document()->find(needle, cursor, flags);
    if (found.isNull()) { // wrap around
        QTextCursor edge(m_text->document());
        edge.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_text->document()->find(needle, edge, flags);
    }
    m_findBar->setFound(!found.isNull());
    if (found.isNull())
        return;
    highlightRange(found.selectionStart(), found.selectionEnd() - found.selectionStart());
}

void ReaderView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, kMinZoom, kMaxZoom);
    if (steps == m_zoomSteps)
        return;
    const qsizetype position = topPosition();
    m_text->zoomIn(steps - m_zoomSteps);
    m_zoomSteps = steps;
    updateMargins();
    scrollToPosition(position);
    Q_EMIT zoomChanged(m_zoomSteps);
}

void ReaderView::zoomIn()
{
    setZoomSteps(m_zoomSteps + 1);
}

void ReaderView::zoomOut()
{
    setZoomSteps(m_zoomSteps - 1);
}

void ReaderView::resetZoom()
{
    setZoomSteps(0);
}

void ReaderView::copy()
{
    m_text->copy();
}

} // namespace parallax
