#pragma once

#include "core/annotations/annotation.h"

#include <QPointer>
#include <QUndoCommand>

#include <vector>

namespace parallax {

class AnnotationController;

/// Deletes annotations (one or many as one step); undo re-inserts them under their old ids. Only
/// what the store actually removed is restored by undo, so model and store stay in step when some
/// removals fail. GUI thread only.
class DeleteAnnotationCommand : public QUndoCommand
{
public:
    DeleteAnnotationCommand(AnnotationController *controller, std::vector<Annotation> annotations,
                            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<AnnotationController> m_controller;
    std::vector<Annotation> m_annotations; ///< as requested
    std::vector<Annotation> m_removed;     ///< what the last redo removed
};

} // namespace parallax
