#pragma once

#include <QObject>

#include <optional>
#include <utility>

class QPoint;

namespace parallax {

class AnnotationController;
class CompareWorkspace;

/// Lets the user annotate from the compare panes: the panes' context menu gets Highlight, the
/// colours and Add Note…; a pane's selection is mapped back to its document's offsets through the
/// comparison (a pane shows one alignment unit's text unchanged, from the unit's start). The
/// annotations appear in the reader and the dock; the panes keep drawing only the diff.
/// GUI thread only.
class CompareAnnotator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareAnnotator)

public:
    CompareAnnotator(CompareWorkspace *workspace, AnnotationController *controller,
                     QObject *parent = nullptr);

    /// The document span of pane `document`'s selection, or nullopt if there is none or it cannot
    /// be mapped safely (the pane's text does not match the document there).
    [[nodiscard]] std::optional<std::pair<qsizetype, qsizetype>> selectedSpan(int document) const;
    /// Highlights pane `document`'s selection. False if nothing was stored.
    bool highlightSelection(int document, std::optional<int> color = std::nullopt);
    void addNoteToSelection(int document);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchPanes();
    void showContextMenu(int document, const QPoint &globalPosition);

    CompareWorkspace *m_workspace = nullptr;
    AnnotationController *m_controller = nullptr;
};

} // namespace parallax
