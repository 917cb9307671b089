#pragma once

#include "core/annotations/annotation.h"
#include "core/document/document.h"

#include <QList>
#include <QTextEdit>
#include <QWidget>

#include <utility>
#include <vector>

class QAction;
class QLabel;
class QTextBrowser;

namespace parallax {

class FindBar;

/// Read-only view of one document's display text with headings, the targets paragraph and the
/// glossary styled. Positions in the view are the document's own offsets: the text is shown
/// unchanged, one paragraph per line, and only formatted. GUI thread only.
class ReaderView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void setDocument(const Document &document);
    void clear();
    [[nodiscard]] qint64 documentId() const { return m_documentId; }
    [[nodiscard]] QString headerText() const;

    /// Scrolls so that the line holding `position` is at the top of the view.
    void scrollToPosition(qsizetype position);
    /// Selects and highlights a range (a search match) and scrolls it into view.
    void highlightRange(qsizetype start, qsizetype length);
    /// Selects [start, end) and scrolls it into view (a third down), without the search-match mark.
    void selectRange(qsizetype start, qsizetype end);
    /// The selected span in document offsets; empty (start == end) when nothing is selected.
    [[nodiscard]] std::pair<qsizetype, qsizetype> selectedRange() const;
    [[nodiscard]] bool hasSelection() const;

    /// Draws these annotations (the open document's) as translucent highlights; overlapping ones
    /// blend, noted ones are underlined and show their note on hover. Orphaned ones are not drawn
    /// (their span is not trustworthy). Built once per call: O(n).
    void setAnnotations(const std::vector<Annotation> &annotations);
    /// How many highlights are drawn.
    [[nodiscard]] int annotationHighlightCount() const { return int(m_annotationSelections.size()); }
    /// Ids of the drawn annotations covering `position`, innermost (latest starting) first.
    [[nodiscard]] QList<qint64> annotationsAt(qsizetype position) const;
    /// The tooltip shown over `position` (notes of the annotations there); empty if none.
    [[nodiscard]] QString annotationToolTip(qsizetype position) const;
    /// Actions put at the top of the text's context menu (highlight, add note).
    void setContextActions(const QList<QAction *> &actions);

    /// The document offset of the first line visible at the top of the view.
    [[nodiscard]] qsizetype topPosition() const;
    [[nodiscard]] QTextBrowser *textView() const { return m_text; }
    [[nodiscard]] int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);

public Q_SLOTS:
    void showFindBar();
    void findNext();
    void findPrevious();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void copy();

Q_SIGNALS:
    /// The reading position (top of the view) changed.
    void positionChanged(qsizetype position);
    void zoomChanged(int steps);
    /// The text selection appeared or went away.
    void selectionAvailable(bool available);
    /// A click (not a drag selection) landed on a highlight: the innermost annotation there.
    void annotationClicked(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward, bool incremental);
    void applyFormats(const Document &document);
    void updateMargins();
    void showContextMenu(const QPoint &position);
    void applyExtraSelections(const QList<QTextEdit::ExtraSelection> &transient = {});

    struct DrawnAnnotation
    {
        qint64 id = 0;
        qsizetype start = 0;
        qsizetype end = 0;
        QString note;
        QStringList tags;
    };

    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    FindBar *m_findBar = nullptr;
    qint64 m_documentId = 0;
    std::vector<DrawnAnnotation> m_annotations; ///< by start
    QPoint m_pressPosition; ///< of the last mouse press in the text, to tell clicks from drags
    QList<QTextEdit::ExtraSelection> m_annotationSelections;
    QList<QAction *> m_contextActions;
    int m_zoomSteps = 0;
};

} // namespace parallax
