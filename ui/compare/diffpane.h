#pragma once

#include "core/diff/worddiff.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace parallax {

/// One side of the compare view: a section's text with the word diff against the base marked
/// (inserted, deleted, changed figures with old → new, moves linked to their other end) and the
/// current change outlined. Read-only. GUI thread only.
class DiffPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPane)

public:
    explicit DiffPane(QWidget *parent = nullptr);

    /// Shows `text`; if `diff` is given, marks the chunks of `side` (figuresOnly: changed figures only).
    /// `other` is the text on the other side of the diff (for "old → new" tooltips).
    void setContent(const QString &text, const WordDiff *diff, DiffSide side, const QString &other, bool figuresOnly);
    /// Shows a placeholder: the document has no section in this row.
    void setMissing();
    void setTitle(const QString &documentTitle, const QString &sectionTitle);
    /// Base pane, target pane (the one navigation follows) or another compared pane.
    void setRole(bool base, bool target);

    /// Outlines a span as the current change (an empty span outlines its line); scrolls it into view
    /// at about a third of the height if `reveal`.
    void setCurrentSpan(const TextSpan &span, bool reveal);
    void clearCurrentSpan();

    [[nodiscard]] QTextBrowser *textView() const { return m_text; }
    [[nodiscard]] QString text() const { return m_plain; }
    [[nodiscard]] bool isMissing() const { return m_missing; }
    /// The text offset shown at the top of the viewport, and the y of `position` in the viewport.
    [[nodiscard]] qsizetype topPosition() const;
    [[nodiscard]] int viewportY(qsizetype position) const;
    /// Scrolls so that `position` is drawn at viewport y `y`.
    void scrollPositionTo(qsizetype position, int y);
    /// Vertical position of a text offset as a fraction of the document height (for the overview).
    [[nodiscard]] double documentFraction(qsizetype position) const;

Q_SIGNALS:
    /// The user clicked a moved chunk: `chunk` is its partner at the other end of the move.
    void moveLinkActivated(int chunk);
    /// The user clicked into the pane (it becomes the target of navigation).
    void activated();
    void scrolled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QString m_plain;
    bool m_missing = false;
    bool m_base = false;
    bool m_target = false;
};

} // namespace parallax
