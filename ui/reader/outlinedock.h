#pragma once

#include "core/document/document.h"

#include <QDockWidget>

class QModelIndex;
class QTreeView;

namespace parallax {

class SectionTreeModel;

/// The outline of the open document. Clicking a section asks the reader to jump there; the
/// reader's position is reflected back as the current section without echoing a jump.
class OutlineDock : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineDock)

public:
    explicit OutlineDock(QWidget *parent = nullptr);

    void setDocument(const Document &document);
    void clear();
    [[nodiscard]] SectionTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }

public Q_SLOTS:
    /// Follows the reading position: selects the section containing it.
    void setReadingPosition(qsizetype position);

Q_SIGNALS:
    void sectionActivated(qsizetype start);

private:
    void activate(const QModelIndex &index);

    SectionTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    bool m_following = false; ///< selection set from the reader: do not jump
    bool m_jumping = false;   ///< our own jump is moving the reader: do not follow it
};

} // namespace parallax
