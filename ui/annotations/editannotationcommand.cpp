#include "ui/annotations/editannotationcommand.h"

#include "ui/annotations/annotationcontroller.h"

#include <QCoreApplication>

namespace parallax {

EditAnnotationCommand::EditAnnotationCommand(AnnotationController *controller, qint64 id,
                                             AnnotationContent before, AnnotationContent after,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_controller(controller)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_before.note != m_after.note)
        setText(QCoreApplication::translate("Parallax::AnnotationCommands", "Edit Note"));
    else if (m_before.tags != m_after.tags)
        setText(QCoreApplication::translate("Parallax::AnnotationCommands", "Edit Tags"));
    else
        setText(QCoreApplication::translate("Parallax::AnnotationCommands", "Change Highlight Colour"));
}

void EditAnnotationCommand::redo()
{
    const bool saved = m_controller && m_controller->storeUpdate(m_id, m_after);
    if (!saved && !m_done)
        setObsolete(true);
    m_done = true;
}

void EditAnnotationCommand::undo()
{
    if (!m_controller || !m_controller->storeUpdate(m_id, m_before))
        setObsolete(true);
}

} // namespace parallax
