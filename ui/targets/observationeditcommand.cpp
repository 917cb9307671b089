#include "ui/targets/observationeditcommand.h"

#include "core/store/observationstore.h"
#include "ui/targets/targetsmodel.h"

#include <QCoreApplication>

namespace parallax {

ObservationEditCommand::ObservationEditCommand(TargetsModel *model, ObservationStore *store, ObservationEdit edit,
                                               ErrorHandler onError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_store(store)
    , m_after(std::move(edit))
    , m_before(model->editOf(m_after.documentId, m_after.key))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("Parallax::ObservationEditCommand", "Correct %1").arg(m_after.corrected.indicator));
}

void ObservationEditCommand::redo() { apply(m_after); }

void ObservationEditCommand::undo()
{
    if (m_before) {
        apply(m_before);
        return;
    }
    if (m_store) {
        if (auto removed = m_store->remove(m_after.documentId, m_after.key); !removed && m_onError)
            m_onError(removed.error());
    }
    m_model->removeEdit(m_after.documentId, m_after.key);
}

void ObservationEditCommand::apply(const std::optional<ObservationEdit> &edit)
{
    if (!edit)
        return;
    if (m_store) {
        if (auto saved = m_store->save(*edit); !saved && m_onError)
            m_onError(saved.error());
    }
    m_model->setEdit(*edit);
}

} // namespace parallax
