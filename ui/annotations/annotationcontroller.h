#pragma once

#include "core/annotations/annotation.h"
#include "core/common/error.h"
#include "core/document/document.h"
#include "core/store/librarystore.h"
#include "ui/annotations/annotationexporter.h"
#include "ui/annotations/editannotationcommand.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QMenu;
class QUndoStack;
template<typename T>
class QFutureWatcher;

namespace parallax {

class AnnotationModel;
class AnnotationStore;
class LibraryStore;
class ReaderView;

/// The annotations feature's logic: owns the GUI thread's AnnotationStore connection and the
/// AnnotationModel, turns the reader's selection into new annotations, pushes every change as an
/// undo command on the library's stack, keeps the reader's highlights in step with the model, and
/// runs exports and section look-ups off the GUI thread. Store failures are reported through
/// failed() with a translated message; model and store never disagree after one. GUI thread only.
class AnnotationController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(ReaderView *reader, QUndoStack *undoStack, QObject *parent = nullptr);
    ~AnnotationController() override;

    /// Follows a library switch: opens a connection to `library`'s file (nullptr closes) and loads
    /// its annotations. False (and failed() emitted) if the annotations cannot be opened.
    bool setLibrary(LibraryStore *library);
    [[nodiscard]] bool isOpen() const { return m_store != nullptr; }
    /// Reloads document titles and annotations (after imports, deletions, property edits).
    void reload();
    /// The same with the library listing the caller already has (saves a second query).
    void reload(const std::vector<DocumentSummary> &documents);
    /// A document was opened in the reader: re-attaches archived notes made on an earlier copy,
    /// re-anchors its annotations to the current text and shows them in the reader.
    void documentOpened(const Document &document);
    [[nodiscard]] qint64 currentDocumentId() const { return m_document.id; }

    [[nodiscard]] AnnotationModel *model() const { return m_model; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    // --- user actions (each one undoable command)
    /// Highlights the reader's selection. False if there is no selection or it failed.
    bool highlightSelection(HighlightColor color);
    /// Annotates [start, end) of the open document. False if nothing was stored.
    bool annotate(qsizetype start, qsizetype end, HighlightColor color, const QString &note = {},
                  const QStringList &tags = {});
    /// Annotates [start, end) of any library document (e.g. from a compare pane); the reader
    /// shows it if the document is open there. False if nothing was stored.
    bool annotateDocument(const Document &document, qsizetype start, qsizetype end, HighlightColor color,
                          const QString &note = {}, const QStringList &tags = {});
    /// Opens the note dialog for [start, end) of `document` (non-modal).
    void addNote(const Document &document, qsizetype start, qsizetype end);
    [[nodiscard]] HighlightColor lastColor() const { return m_lastColor; }
    bool editAnnotation(qint64 id, const AnnotationContent &content);
    bool deleteAnnotations(const QList<qint64> &ids);
    /// Opens the note dialog for the reader's selection (non-modal).
    void addNoteToSelection();
    /// Opens the note dialog for an existing annotation (non-modal).
    void editAnnotationInteractively(qint64 id);
    /// Shows an annotation in the reader: opens its document if needed (documentRequested) and
    /// selects the passage. False for archived or unknown annotations.
    bool goToAnnotation(qint64 id);
    /// Writes the annotations to `path` off the GUI thread; exported() or failed() follows.
    void exportAnnotations(const QString &path, AnnotationExportFormat format,
                           std::vector<Annotation> annotations);
    [[nodiscard]] bool isExporting() const;

    // --- actions for menus and the reader's context menu
    [[nodiscard]] QAction *highlightAction() const { return m_highlightAction; }
    [[nodiscard]] QMenu *highlightMenu() const { return m_highlightMenu.get(); }
    [[nodiscard]] QAction *addNoteAction() const { return m_addNoteAction; }

    // --- used by the undo commands: store first (it commits), then the model and the reader
    [[nodiscard]] std::optional<Annotation> storeAdd(const Annotation &annotation);
    /// Re-inserts under the old ids; returns the ids restored.
    QList<qint64> storeRestore(const std::vector<Annotation> &annotations);
    bool storeUpdate(qint64 id, const AnnotationContent &content);
    /// Returns the ids removed.
    QList<qint64> storeRemove(const QList<qint64> &ids);

    /// The first characters of a quote, for command names and messages.
    [[nodiscard]] static QString shortQuote(const QString &quote);

Q_SIGNALS:
    /// A store call or an export failed; `message` is translated.
    void failed(const QString &message);
    /// Something worth a status-bar line happened (translated).
    void statusMessage(const QString &message);
    /// goToAnnotation() needs this document in the reader; the receiver opens it synchronously.
    void documentRequested(qint64 documentId);
    void currentDocumentChanged(qint64 documentId);
    void exported(const QString &path, int count);

private:
    void reportError(const Error &error);
    void updateActions();
    void refreshReader(qint64 documentId);
    void loadSectionTitles();
    void applySectionTitles(const Annotation &annotation);
    [[nodiscard]] bool readerShowsCurrentDocument() const;

    ReaderView *m_reader = nullptr;
    QUndoStack *m_undoStack = nullptr;
    AnnotationModel *m_model = nullptr;
    LibraryStore *m_library = nullptr;
    std::unique_ptr<AnnotationStore> m_store;
    Document m_document; ///< the document open in the reader (its text anchors new annotations)
    HighlightColor m_lastColor = HighlightColor::Yellow;
    QAction *m_highlightAction = nullptr;
    QAction *m_addNoteAction = nullptr;
    std::unique_ptr<QMenu> m_highlightMenu;
    AnnotationExporter *m_exporter = nullptr;
    QFutureWatcher<QHash<qint64, QString>> *m_sectionWatcher = nullptr;
};

} // namespace parallax
