#pragma once

#include "core/annotations/annotation.h"

#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

namespace parallax {

class AnnotationController;

/// What the user edits on an annotation: note, colour and tags (the anchor is the store's business).
struct AnnotationContent
{
    QString note;
    HighlightColor color = HighlightColor::Yellow;
    QStringList tags;

    friend bool operator==(const AnnotationContent &, const AnnotationContent &) = default;
};

/// Changes an annotation's note, colour or tags; saved (committed) at once; undo saves the old
/// content back. A first redo that fails makes the command obsolete. GUI thread only.
class EditAnnotationCommand : public QUndoCommand
{
public:
    EditAnnotationCommand(AnnotationController *controller, qint64 id, AnnotationContent before,
                          AnnotationContent after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationController> m_controller;
    qint64 m_id = 0;
    AnnotationContent m_before;
    AnnotationContent m_after;
    bool m_done = false;
};

} // namespace parallax
