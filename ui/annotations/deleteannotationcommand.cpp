#include "ui/annotations/deleteannotationcommand.h"

#include "ui/annotations/annotationcontroller.h"

#include <QCoreApplication>
#include <QSet>

namespace parallax {

DeleteAnnotationCommand::DeleteAnnotationCommand(AnnotationController *controller,
                                                 std::vector<Annotation> annotations, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_controller(controller)
    , m_annotations(std::move(annotations))
{
    if (m_annotations.size() == 1)
        setText(QCoreApplication::translate("Parallax::AnnotationCommands", "Delete Annotation “%1”")
                    .arg(AnnotationController::shortQuote(m_annotations.front().anchor.quote)));
    else
        setText(QCoreApplication::translate("Parallax::AnnotationCommands", "Delete %n Annotation(s)",
                                            nullptr, int(m_annotations.size())));
}

void DeleteAnnotationCommand::redo()
{
    m_removed.clear();
    if (!m_controller) {
        setObsolete(true);
        return;
    }
    QList<qint64> ids;
    ids.reserve(qsizetype(m_annotations.size()));
    for (const Annotation &annotation : m_annotations)
        ids << annotation.id;
    const QList<qint64> removed = m_controller->storeRemove(ids);
    const QSet<qint64> done(removed.begin(), removed.end());
    for (const Annotation &annotation : m_annotations) {
        if (done.contains(annotation.id))
            m_removed.push_back(annotation);
    }
    if (m_removed.empty())
        setObsolete(true);
}

void DeleteAnnotationCommand::undo()
{
    if (!m_controller) {
        setObsolete(true);
        return;
    }
    const QList<qint64> restored = m_controller->storeRestore(m_removed);
    if (restored.size() != qsizetype(m_removed.size()))
        setObsolete(true); // the ones not restored are gone; a redo must not pretend otherwise
}

} // namespace parallax
