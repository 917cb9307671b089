#pragma once

#include "core/common/error.h"
#include "core/document/document.h"
#include "core/store/librarystore.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace parallax {

/// What the library's undo commands share: the store they act on (the GUI thread's; reset to
/// nullptr when the library closes, together with clearing the stack), the ids documents got when
/// a deletion was undone (re-adding gives a new id), and what to call after a change or failure.
class LibraryCommandContext
{
public:
    LibraryCommandContext(std::function<void()> changed, std::function<void(const Error &)> failed);

    void setStore(LibraryStore *store) { m_store = store; }
    [[nodiscard]] LibraryStore *store() const { return m_store; }
    /// The id a document has now, following re-adds.
    [[nodiscard]] qint64 resolve(qint64 id) const;
    void remap(qint64 oldId, qint64 newId);
    void notifyChanged() const;
    void notifyFailed(const Error &error) const;

private:
    LibraryStore *m_store = nullptr;
    QHash<qint64, qint64> m_remapped;
    std::function<void()> m_changed;
    std::function<void(const Error &)> m_failed;
};

/// Changes a document's properties (title, region, level, years, kind); undo restores them.
class EditDocumentPropertiesCommand : public QUndoCommand
{
public:
    EditDocumentPropertiesCommand(std::shared_ptr<LibraryCommandContext> context, qint64 id,
                                  DocumentMetadata before, DocumentMetadata after, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    bool apply(const DocumentMetadata &meta);

    std::shared_ptr<LibraryCommandContext> m_context;
    qint64 m_id = 0;
    DocumentMetadata m_before;
    DocumentMetadata m_after;
};

/// Deletes a document; undo adds it back (text, sections, metadata) under a new id.
class DeleteDocumentCommand : public QUndoCommand
{
public:
    DeleteDocumentCommand(std::shared_ptr<LibraryCommandContext> context, Document document,
                          QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    std::shared_ptr<LibraryCommandContext> m_context;
    Document m_document;
    qint64 m_originalId = 0;
};

} // namespace parallax
