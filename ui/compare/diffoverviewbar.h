#pragma once

#include "core/diff/diffchunk.h"

#include <QWidget>

#include <vector>

namespace parallax {

/// A narrow strip beside the panes showing where the changes are in the whole section (like
/// WinMerge's location pane): one mark per change coloured by kind, the visible part as a frame.
/// Clicking asks to jump there. GUI thread only.
class DiffOverviewBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffOverviewBar)

public:
    struct Mark
    {
        double position = 0; ///< 0..1 of the document height
        DiffKind kind = DiffKind::Replace;
    };

    explicit DiffOverviewBar(QWidget *parent = nullptr);

    void setMarks(std::vector<Mark> marks);
    [[nodiscard]] const std::vector<Mark> &marks() const { return m_marks; }
    void setCurrent(int mark);
    /// The visible part of the document, as fractions of its height.
    void setVisibleRange(double top, double height);

    [[nodiscard]] QSize sizeHint() const override;

    /// The colour a kind of change is marked with.
    [[nodiscard]] static QColor colorFor(DiffKind kind);

Q_SIGNALS:
    /// The user clicked at `position` (0..1 of the height).
    void positionClicked(double position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    std::vector<Mark> m_marks;
    int m_current = -1;
    double m_visibleTop = 0;
    double m_visibleHeight = 1;
};

} // namespace parallax
