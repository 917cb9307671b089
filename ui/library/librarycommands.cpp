#include "ui/library/librarycommands.h"

#include <QCoreApplication>

namespace parallax {

LibraryCommandContext::LibraryCommandContext(std::function<void()> changed, std::function<void(const Error &)> failed)
    : m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
}

qint64 LibraryCommandContext::resolve(qint64 id) const
{
    // Chains are short (one link per undone deletion); the bound guards against a cycle.
    for (int step = 0; step < 64 && m_remapped.contains(id); ++step)
        id = m_remapped.value(id);
    return id;
}

void LibraryCommandContext::remap(qint64 oldId, qint64 newId)
{
    if (oldId != newId)
        m_remapped.insert(oldId, newId);
}

void LibraryCommandContext::notifyChanged() const
{
    if (m_changed)
        m_changed();
}

void LibraryCommandContext::notifyFailed(const Error &error) const
{
    if (m_failed)
        m_failed(error);
}

EditDocumentPropertiesCommand::EditDocumentPropertiesCommand(std::shared_ptr<LibraryCommandContext> context, qint64 id,
                                                             DocumentMetadata before, DocumentMetadata after,
                                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_context(std::move(context))
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("parallax::LibraryCommands", "Edit Properties of “%1”")
                .arg(m_after.title.isEmpty() ? m_before.title : m_after.title));
}

bool EditDocumentPropertiesCommand::apply(const DocumentMetadata &meta)
{
    LibraryStore *store = m_context->store();
    if (!store)
        return false;
    const auto result = store->updateMetadata(m_context->resolve(m_id), meta);
    if (!result) {
        m_context->notifyFailed(result.error());
        return false;
    }
    m_context->notifyChanged();
    return true;
}

void EditDocumentPropertiesCommand::undo()
{
    apply(m_before);
}

void EditDocumentPropertiesCommand::redo()
{
    // A command that could not be done the first time leaves the stack (QUndoStack drops obsolete ones).
    if (!apply(m_after))
        setObsolete(true);
}

DeleteDocumentCommand::DeleteDocumentCommand(std::shared_ptr<LibraryCommandContext> context, Document document,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_context(std::move(context))
    , m_document(std::move(document))
    , m_originalId(m_document.id)
{
    setText(QCoreApplication::translate("parallax::LibraryCommands", "Delete “%1”").arg(m_document.meta.title));
}

void DeleteDocumentCommand::redo()
{
    LibraryStore *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    const auto result = store->removeDocument(m_context->resolve(m_originalId));
    if (!result) {
        m_context->notifyFailed(result.error());
        setObsolete(true);
        return;
    }
    m_context->notifyChanged();
}

void DeleteDocumentCommand::undo()
{
    LibraryStore *store = m_context->store();
    if (!store)
        return;
    Document document = m_document;
    document.id = 0;
    const auto id = store->addDocument(document);
    if (!id) {
        m_context->notifyFailed(id.error());
        return;
    }
    m_context->remap(m_context->resolve(m_originalId), *id);
    m_context->notifyChanged();
}

} // namespace parallax
