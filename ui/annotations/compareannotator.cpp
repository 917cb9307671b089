#include "ui/annotations/compareannotator.h"

#include "core/annotations/annotation.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/annotations/annotationstyle.h"
#include "ui/compare/compareview.h"
#include "ui/compare/compareworkspace.h"
#include "ui/compare/diffpane.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace parallax {

CompareAnnotator::CompareAnnotator(CompareWorkspace *workspace, AnnotationController *controller,
                                   QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_controller(controller)
{
    // Panes are created per comparison; every shown row is a chance to pick up new ones
    // (installing the filter again on a pane already watched is harmless).
    connect(m_workspace, &CompareWorkspace::rowShown, this, &CompareAnnotator::watchPanes);
}

void CompareAnnotator::watchPanes()
{
    CompareView *view = m_workspace->compareView();
    for (int d = 0; d < view->paneCount(); ++d) {
        if (DiffPane *pane = view->pane(d))
            pane->textView()->viewport()->installEventFilter(this);
    }
}

std::optional<std::pair<qsizetype, qsizetype>> CompareAnnotator::selectedSpan(int document) const
{
    const auto comparison = m_workspace->comparison();
    CompareView *view = m_workspace->compareView();
    DiffPane *pane = view->pane(document);
    const int row = view->rowDiff().row;
    if (!comparison || !pane || pane->isMissing() || row < 0 ||
        size_t(row) >= comparison->matrix.rows.size() || size_t(document) >= comparison->documents.size())
        return std::nullopt;
    const auto &cells = comparison->matrix.rows[size_t(row)].cells;
    if (size_t(document) >= cells.size() || !cells[size_t(document)])
        return std::nullopt;
    const AlignUnit *unit = comparison->unit(document, cells[size_t(document)]->unit);
    const QTextCursor cursor = pane->textView()->textCursor();
    if (!unit || !cursor.hasSelection())
        return std::nullopt;
    const qsizetype start = unit->start + cursor.selectionStart();
    const qsizetype end = unit->start + cursor.selectionEnd();
    // Only when the pane shows the document's own text there: never anchor on a guess.
    const QString &text = comparison->documents[size_t(document)].text;
    const QString shown =
        pane->text().mid(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart());
    if (end > text.size() || QStringView(text).mid(start, end - start) != shown)
        return std::nullopt;
    return std::make_pair(start, end);
}

bool CompareAnnotator::highlightSelection(int document, std::optional<int> color)
{
    const auto span = selectedSpan(document);
    const auto comparison = m_workspace->comparison();
    if (!span || !comparison)
        return false;
    const HighlightColor chosen = color ? HighlightColor(*color) : m_controller->lastColor();
    return m_controller->annotateDocument(comparison->documents[size_t(document)], span->first, span->second,
                                          chosen);
}

void CompareAnnotator::addNoteToSelection(int document)
{
    const auto span = selectedSpan(document);
    const auto comparison = m_workspace->comparison();
    if (span && comparison)
        m_controller->addNote(comparison->documents[size_t(document)], span->first, span->second);
}

bool CompareAnnotator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    CompareView *view = m_workspace->compareView();
    for (int d = 0; d < view->paneCount(); ++d) {
        DiffPane *pane = view->pane(d);
        if (pane && pane->textView()->viewport() == watched) {
            showContextMenu(d, static_cast<QContextMenuEvent *>(event)->globalPos());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void CompareAnnotator::showContextMenu(int document, const QPoint &globalPosition)
{
    QTextBrowser *text = m_workspace->compareView()->pane(document)->textView();
    QMenu *menu = text->createStandardContextMenu(text->viewport()->mapFromGlobal(globalPosition));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool mappable = selectedSpan(document).has_value() && m_controller->isOpen();
    QAction *first = menu->actions().value(0);
    QAction *highlight = new QAction(highlightIcon(m_controller->lastColor()), tr("&Highlight"), menu);
    highlight->setEnabled(mappable);
    connect(highlight, &QAction::triggered, this, [this, document] { highlightSelection(document); });
    menu->insertAction(first, highlight);
    QMenu *colors = new QMenu(tr("Highlight &Colour"), menu);
    colors->setEnabled(mappable);
    for (HighlightColor color : kHighlightColors) {
        QAction *action = colors->addAction(highlightIcon(color), displayName(color));
        connect(action, &QAction::triggered, this,
                [this, document, color] { highlightSelection(document, int(color)); });
    }
    menu->insertMenu(first, colors);
    QAction *note = new QAction(tr("Add &Note…"), menu);
    note->setEnabled(mappable);
    connect(note, &QAction::triggered, this, [this, document] { addNoteToSelection(document); });
    menu->insertAction(first, note);
    menu->insertSeparator(first);
    menu->popup(globalPosition);
}

} // namespace parallax
