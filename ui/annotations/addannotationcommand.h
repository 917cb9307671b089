#pragma once

#include "core/annotations/annotation.h"

#include <QPointer>
#include <QUndoCommand>

namespace parallax {

class AnnotationController;

/// Adds a highlight or note: stored (committed) on redo, removed on undo, re-inserted under the
/// same id on a later redo. A first redo that fails makes the command obsolete (it leaves the
/// stack); the controller has shown the error. GUI thread only.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationController *controller, Annotation annotation,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The stored annotation (id 0 until the first redo succeeded).
    [[nodiscard]] const Annotation &annotation() const { return m_annotation; }

private:
    QPointer<AnnotationController> m_controller;
    Annotation m_annotation;
};

} // namespace parallax
