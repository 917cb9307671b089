#pragma once

#include "core/document/document.h"

#include <QWidget>

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward, bool incremental);
    void applyFormats(const Document &document);
    void updateMargins();

    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    FindBar *m_findBar = nullptr;
    qint64 m_documentId = 0;
    int m_zoomSteps = 0;
};

} // namespace parallax
