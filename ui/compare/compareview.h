#pragma once

#include "ui/compare/comparison.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QSplitter;

namespace parallax {

class DiffChangeModel;
class DiffOverviewBar;
class DiffPane;

/// The sections of one alignment row side by side: one pane per document, each marked against
/// the base; navigation (next/previous change) follows the target pane's diff; an overview strip;
/// scrolling one pane scrolls the others to the corresponding text (mapped through the diff
/// chunks, so unequal insertions do not drift; guarded against feedback). GUI thread only.
class CompareView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(QWidget *parent = nullptr);

    /// Column titles (one per document); creates the panes.
    void setDocumentTitles(const QStringList &titles);
    /// Shows a row; `sectionTitles` has one entry per document (empty where missing).
    void setRowDiff(const RowDiff &diff, const QStringList &sectionTitles);
    void clear();
    void setFiguresOnly(bool figuresOnly);
    /// The compared document navigation follows (not the base); ignored if it has no diff.
    void setTarget(int document);

    [[nodiscard]] const RowDiff &rowDiff() const { return m_diff; }
    [[nodiscard]] int base() const { return m_diff.base; }
    [[nodiscard]] int target() const { return m_target; }
    [[nodiscard]] DiffChangeModel *changeModel() const { return m_changes; }
    [[nodiscard]] DiffOverviewBar *overview() const { return m_overview; }
    [[nodiscard]] int paneCount() const { return int(m_panes.size()); }
    [[nodiscard]] DiffPane *pane(int document) const;
    [[nodiscard]] int currentChange() const { return m_current; }

    /// Moves to the next/previous change of the target diff; false at the end (nothing moves).
    bool nextChange();
    bool previousChange();
    /// Shows a change (a row of changeModel()) in the target and base panes.
    void goToChange(int row);
    /// Scrolls the other panes to follow `document`'s pane.
    void syncFrom(int document);

    /// The offset on the other side of `diff` that corresponds to `offset` on side `from`: exact
    /// inside unchanged text, proportional inside a change. Pure.
    [[nodiscard]] static qsizetype mapOffset(const WordDiff &diff, DiffSide from, qsizetype offset);

Q_SIGNALS:
    /// The current change or the number of changes changed (row -1: none selected).
    void currentChangeChanged(int row, int count);
    void targetChanged(int document);

private:
    void render();
    void updateOverview();
    void updateVisibleRange();
    void onOverviewClicked(double position);
    void onMoveLink(int fromDocument, int chunk);
    [[nodiscard]] const WordDiff *targetDiff() const;

    QSplitter *m_splitter = nullptr;
    DiffOverviewBar *m_overview = nullptr;
    DiffChangeModel *m_changes = nullptr;
    std::vector<DiffPane *> m_panes;
    QStringList m_titles;
    QStringList m_sectionTitles;
    RowDiff m_diff;
    int m_target = -1;
    int m_current = -1;
    bool m_figuresOnly = false;
    bool m_syncing = false; ///< set while panes are scrolled by syncFrom: their signals are not followed
};

} // namespace parallax
