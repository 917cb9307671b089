#pragma once

#include "core/common/error.h"
#include "core/indicators/observationedits.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace parallax {

class ObservationStore;
class TargetsModel;

/// Corrects (or adds) one observation: saved to the library's observation_edits and shown in the
/// model; undo restores the previous edit or the extracted figure. The model and the store must
/// outlive the command (the workspace owns all three). GUI thread only.
class ObservationEditCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &)>;

    ObservationEditCommand(TargetsModel *model, ObservationStore *store, ObservationEdit edit,
                           ErrorHandler onError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<ObservationEdit> &edit);

    TargetsModel *m_model = nullptr;
    ObservationStore *m_store = nullptr;
    ObservationEdit m_after;
    std::optional<ObservationEdit> m_before;
    ErrorHandler m_onError;
};

} // namespace parallax
