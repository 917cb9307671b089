#include "ui/annotations/addannotationcommand.h"

#include "ui/annotations/annotationcontroller.h"

#include <QCoreApplication>

namespace parallax {

AddAnnotationCommand::AddAnnotationCommand(AnnotationController *controller, Annotation annotation,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_controller(controller)
    , m_annotation(std::move(annotation))
{
    const QString quote = AnnotationController::shortQuote(m_annotation.anchor.quote);
    setText(m_annotation.note.isEmpty()
                ? QCoreApplication::translate("Parallax::AnnotationCommands", "Highlight “%1”").arg(quote)
                : QCoreApplication::translate("Parallax::AnnotationCommands", "Add Note to “%1”").arg(quote));
}

void AddAnnotationCommand::redo()
{
    if (!m_controller) {
        setObsolete(true);
        return;
    }
    if (m_annotation.id == 0) {
        const auto stored = m_controller->storeAdd(m_annotation);
        if (!stored) {
            setObsolete(true);
            return;
        }
        m_annotation = *stored;
        return;
    }
    if (!m_controller->storeRestore({m_annotation}).isEmpty())
        return;
    setObsolete(true);
}

void AddAnnotationCommand::undo()
{
    // A failed removal leaves the annotation in the store and the model; the stack drops the command.
    if (!m_controller || m_controller->storeRemove({m_annotation.id}).isEmpty())
        setObsolete(true);
}

} // namespace parallax
