#include "ui/annotations/annotationcontroller.h"

#include "core/annotations/anchoring.h"
#include "core/annotations/annotationexport.h"
#include "core/common/errortext.h"
#include "core/store/annotationstore.h"
#include "core/store/librarystore.h"
#include "ui/annotations/addannotationcommand.h"
#include "ui/annotations/annotationmodel.h"
#include "ui/annotations/annotationnotedialog.h"
#include "ui/annotations/annotationstyle.h"
#include "ui/annotations/deleteannotationcommand.h"
#include "ui/reader/readerview.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMenu>
#include <QSet>
#include <QUndoStack>
#include <QtConcurrent>

#include <limits>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// The store's order: by document, then text order; archived notes last.
void sortByDocument(std::vector<Annotation> &annotations)
{
    std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation &a, const Annotation &b) {
        const qint64 left = a.documentId.value_or(std::numeric_limits<qint64>::max());
        const qint64 right = b.documentId.value_or(std::numeric_limits<qint64>::max());
        return left != right ? left < right : a.anchor.start < b.anchor.start;
    });
}

} // namespace

AnnotationController::AnnotationController(ReaderView *reader, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_undoStack(undoStack)
    , m_model(new AnnotationModel(this))
    , m_highlightMenu(std::make_unique<QMenu>())
    , m_exporter(new AnnotationExporter(this))
    , m_sectionWatcher(new QFutureWatcher<QHash<qint64, QString>>(this))
{
    m_highlightMenu->setTitle(tr("Highlight &Colour"));
    m_highlightMenu->setObjectName(u"highlightMenu"_s);
    for (HighlightColor color : kHighlightColors) {
        QAction *action = m_highlightMenu->addAction(highlightIcon(color), displayName(color));
        action->setObjectName(u"highlight-%1"_s.arg(toString(color)));
        connect(action, &QAction::triggered, this, [this, color] { highlightSelection(color); });
    }

    m_highlightAction = new QAction(highlightIcon(m_lastColor), tr("&Highlight"), this);
    m_highlightAction->setObjectName(u"highlightAction"_s);
    m_highlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_highlightAction->setStatusTip(tr("Highlight the selected text in the last colour used"));
    connect(m_highlightAction, &QAction::triggered, this, [this] { highlightSelection(m_lastColor); });

    m_addNoteAction = new QAction(tr("Add &Note…"), this);
    m_addNoteAction->setObjectName(u"addNoteAction"_s);
    m_addNoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_addNoteAction->setStatusTip(tr("Write a note on the selected text"));
    connect(m_addNoteAction, &QAction::triggered, this, &AnnotationController::addNoteToSelection);

    if (m_reader) {
        m_reader->setContextActions({m_highlightAction, m_highlightMenu->menuAction(), m_addNoteAction});
        connect(m_reader, &ReaderView::selectionAvailable, this, &AnnotationController::updateActions);
    }
    connect(m_exporter, &AnnotationExporter::finished, this, [this](const QString &path, int count) {
        Q_EMIT statusMessage(tr("Exported %n annotation(s) to %1", nullptr, count).arg(path));
        Q_EMIT exported(path, count);
    });
    connect(m_exporter, &AnnotationExporter::failed, this, &AnnotationController::failed);
    connect(m_sectionWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto future = m_sectionWatcher->future();
        if (!future.isCanceled() && future.resultCount() > 0)
            m_model->setSectionTitles(future.result());
    });
    updateActions();
}

AnnotationController::~AnnotationController()
{
    m_sectionWatcher->cancel();
    m_sectionWatcher->waitForFinished();
}

QString AnnotationController::shortQuote(const QString &quote)
{
    constexpr qsizetype shown = 16;
    QString text = quote.simplified();
    if (text.size() > shown) {
        text.truncate(shown);
        text += u'…';
    }
    return text;
}

void AnnotationController::reportError(const Error &error)
{
    Q_EMIT failed(errorText(error));
}

bool AnnotationController::setLibrary(LibraryStore *library)
{
    m_sectionWatcher->cancel();
    m_library = library;
    m_store.reset();
    m_document = Document();
    bool opened = true;
    if (library) {
        auto store = AnnotationStore::open(library->path());
        if (store) {
            m_store = std::move(*store);
        } else {
            reportError(store.error());
            opened = false;
        }
    }
    reload();
    Q_EMIT currentDocumentChanged(0);
    updateActions();
    return opened;
}

void AnnotationController::reload()
{
    if (!m_library) {
        reload({});
        return;
    }
    auto documents = m_library->listDocuments();
    reload(documents ? *documents : std::vector<DocumentSummary>());
}

void AnnotationController::reload(const std::vector<DocumentSummary> &documents)
{
    QHash<qint64, QString> titles;
    titles.reserve(qsizetype(documents.size()));
    for (const DocumentSummary &summary : documents)
        titles.insert(summary.id, summary.meta.title);
    m_model->setDocumentTitles(std::move(titles));
    std::vector<Annotation> annotations;
    if (m_store) {
        auto all = m_store->all();
        if (all)
            annotations = std::move(*all);
        else
            reportError(all.error());
    }
    m_model->setAnnotations(std::move(annotations));
    if (m_document.id != 0)
        refreshReader(m_document.id);
    loadSectionTitles();
}

void AnnotationController::loadSectionTitles()
{
    m_sectionWatcher->cancel();
    if (!m_library || m_model->annotations().empty())
        return;
    // Section titles need each annotated document's section tree: loaded off the GUI thread
    // through the worker's own connection, so a library with many annotated documents stays smooth.
    m_sectionWatcher->setFuture(
        QtConcurrent::run([path = m_library->path(),
                           annotations = m_model->annotations()](QPromise<QHash<qint64, QString>> &promise) {
            auto rows = libraryAnnotationRows(path, annotations, [&promise] { return promise.isCanceled(); });
            QHash<qint64, QString> titles;
            if (rows) {
                titles.reserve(qsizetype(rows->size()));
                for (const AnnotationRow &row : *rows)
                    titles.insert(row.annotation.id, row.section);
            }
            promise.addResult(std::move(titles));
        }));
}

void AnnotationController::applySectionTitles(const Annotation &annotation)
{
    if (annotation.documentId && *annotation.documentId == m_document.id)
        m_model->setSectionTitles({{annotation.id, sectionTitleAt(m_document, annotation.anchor.start)}});
}

bool AnnotationController::readerShowsCurrentDocument() const
{
    return m_reader && m_document.id != 0 && m_reader->documentId() == m_document.id;
}

void AnnotationController::documentOpened(const Document &document)
{
    m_document = document;
    if (m_store) {
        int changed = 0;
        if (auto adopted = m_store->adoptArchived(document))
            changed += *adopted;
        else
            reportError(adopted.error());
        if (auto moved = m_store->reanchor(document))
            changed += *moved;
        else
            reportError(moved.error());
        if (changed > 0) {
            // Reload this document's rows only: other documents' rows (and their sections) stay.
            auto fresh = m_store->forDocument(document.id);
            if (fresh) {
                QList<qint64> stale;
                for (const Annotation &annotation : m_model->annotations()) {
                    if (annotation.documentId == document.id)
                        stale << annotation.id;
                }
                // Adopted notes were archived rows of the model: drop them by id as well.
                for (const Annotation &annotation : *fresh)
                    stale << annotation.id;
                m_model->removeAnnotations(stale);
                std::vector<Annotation> all = m_model->annotations();
                all.insert(all.end(), fresh->begin(), fresh->end());
                sortByDocument(all);
                m_model->setAnnotations(std::move(all));
            } else {
                reportError(fresh.error());
            }
            Q_EMIT statusMessage(tr("Re-attached %n annotation(s) to the current text", nullptr, changed));
        }
    }
    QHash<qint64, QString> sections;
    for (const Annotation &annotation : m_model->annotations()) {
        if (annotation.documentId == document.id)
            sections.insert(annotation.id, sectionTitleAt(document, annotation.anchor.start));
    }
    m_model->setSectionTitles(sections);
    refreshReader(document.id);
    Q_EMIT currentDocumentChanged(document.id);
    updateActions();
}

void AnnotationController::refreshReader(qint64 documentId)
{
    if (!m_reader || documentId == 0 || m_reader->documentId() != documentId)
        return;
    m_reader->setAnnotations(m_model->annotationsOf(documentId));
}

void AnnotationController::updateActions()
{
    const bool enabled = m_store && readerShowsCurrentDocument() && m_reader->hasSelection();
    m_highlightAction->setEnabled(enabled);
    m_highlightMenu->setEnabled(enabled);
    m_highlightMenu->menuAction()->setEnabled(enabled);
    m_addNoteAction->setEnabled(enabled);
}

bool AnnotationController::highlightSelection(HighlightColor color)
{
    if (!m_reader || !m_reader->hasSelection())
        return false;
    const auto [start, end] = m_reader->selectedRange();
    return annotate(start, end, color);
}

bool AnnotationController::annotate(qsizetype start, qsizetype end, HighlightColor color, const QString &note,
                                    const QStringList &tags)
{
    if (!readerShowsCurrentDocument())
        return false;
    return annotateDocument(m_document, start, end, color, note, tags);
}

bool AnnotationController::annotateDocument(const Document &document, qsizetype start, qsizetype end,
                                            HighlightColor color, const QString &note,
                                            const QStringList &tags)
{
    if (!m_store || document.id == 0 || end <= start)
        return false;
    m_lastColor = color;
    m_highlightAction->setIcon(highlightIcon(color));
    Annotation annotation;
    annotation.documentId = document.id;
    annotation.documentTitle = document.meta.title;
    annotation.documentSource = document.sourcePath;
    annotation.anchor = makeAnchor(document.text, start, end);
    annotation.color = color;
    annotation.note = note;
    annotation.tags = normalizedTags(tags);
    const int count = m_undoStack->count();
    m_undoStack->push(new AddAnnotationCommand(this, std::move(annotation)));
    return m_undoStack->count() > count;
}

bool AnnotationController::editAnnotation(qint64 id, const AnnotationContent &content)
{
    const Annotation *current = m_model->annotation(id);
    if (!m_store || !current)
        return false;
    AnnotationContent before{current->note, current->color, current->tags};
    AnnotationContent after = content;
    after.tags = normalizedTags(after.tags);
    if (before == after)
        return false;
    const int count = m_undoStack->count();
    m_undoStack->push(new EditAnnotationCommand(this, id, std::move(before), std::move(after)));
    return m_undoStack->count() > count;
}

bool AnnotationController::deleteAnnotations(const QList<qint64> &ids)
{
    if (!m_store)
        return false;
    std::vector<Annotation> annotations;
    for (qint64 id : ids) {
        if (const Annotation *annotation = m_model->annotation(id))
            annotations.push_back(*annotation);
    }
    if (annotations.empty())
        return false;
    const int count = m_undoStack->count();
    m_undoStack->push(new DeleteAnnotationCommand(this, std::move(annotations)));
    return m_undoStack->count() > count;
}

void AnnotationController::addNoteToSelection()
{
    if (!m_store || !readerShowsCurrentDocument() || !m_reader->hasSelection())
        return;
    const auto [start, end] = m_reader->selectedRange();
    addNote(m_document, start, end);
}

void AnnotationController::addNote(const Document &document, qsizetype start, qsizetype end)
{
    if (!m_store || document.id == 0 || end <= start)
        return;
    auto *dialog = new AnnotationNoteDialog(m_reader ? m_reader->window() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Note"));
    dialog->setQuote(document.text.mid(start, end - start));
    dialog->setColor(m_lastColor);
    dialog->setKnownTags(m_model->allTags());
    // The document is kept with the dialog: the reader may show another one by the time it closes.
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, document, start, end, library = m_library ? m_library->path() : QString()] {
                if (!m_library || m_library->path() != library)
                    return; // another library was opened meanwhile: the document is not in this one
                annotateDocument(document, start, end, dialog->color(), dialog->note(), dialog->tags());
            });
    dialog->open();
}

void AnnotationController::editAnnotationInteractively(qint64 id)
{
    const Annotation *annotation = m_model->annotation(id);
    if (!m_store || !annotation)
        return;
    QWidget *parent = m_reader ? m_reader->window() : nullptr;
    auto *dialog = new AnnotationNoteDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Note"));
    dialog->setQuote(annotation->anchor.quote);
    dialog->setNote(annotation->note);
    dialog->setTags(annotation->tags);
    dialog->setColor(annotation->color);
    dialog->setKnownTags(m_model->allTags());
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        editAnnotation(id, {dialog->note(), dialog->color(), dialog->tags()});
    });
    dialog->open();
}

bool AnnotationController::goToAnnotation(qint64 id)
{
    const Annotation *annotation = m_model->annotation(id);
    if (!annotation || !m_reader)
        return false;
    if (annotation->isArchived()) {
        Q_EMIT statusMessage(
            tr("The document of this note was deleted; it is kept here until the document is "
               "imported again."));
        return false;
    }
    const qint64 documentId = *annotation->documentId;
    if (m_reader->documentId() != documentId)
        Q_EMIT documentRequested(documentId);
    // Opening re-anchors, which may have replaced the row: look it up again.
    annotation = m_model->annotation(id);
    if (!annotation || m_reader->documentId() != documentId)
        return false;
    if (annotation->status == AnchorStatus::Orphaned) {
        m_reader->scrollToPosition(annotation->anchor.start);
        Q_EMIT statusMessage(tr("This passage was not found in the document's current text."));
        return false;
    }
    m_reader->selectRange(annotation->anchor.start, annotation->anchor.end);
    return true;
}

void AnnotationController::exportAnnotations(const QString &path, AnnotationExportFormat format,
                                             std::vector<Annotation> annotations)
{
    if (!m_library)
        return;
    Q_EMIT statusMessage(tr("Exporting %n annotation(s)…", nullptr, int(annotations.size())));
    m_exporter->start(m_library->path(), path, format, std::move(annotations));
}

bool AnnotationController::isExporting() const
{
    return m_exporter->isRunning();
}

std::optional<Annotation> AnnotationController::storeAdd(const Annotation &annotation)
{
    if (!m_store)
        return std::nullopt;
    const auto id = m_store->add(annotation);
    if (!id) {
        reportError(id.error());
        return std::nullopt;
    }
    Annotation stored = annotation;
    stored.id = *id;
    // The store sets the times; read them back (a failure here does not undo the add).
    if (auto read = m_store->annotation(*id); read && *read)
        stored = **read;
    else if (!stored.created.isValid())
        stored.created = stored.modified = QDateTime::currentDateTimeUtc();
    m_model->insertAnnotation(stored);
    applySectionTitles(stored);
    if (stored.documentId)
        refreshReader(*stored.documentId);
    return stored;
}

QList<qint64> AnnotationController::storeRestore(const std::vector<Annotation> &annotations)
{
    QList<qint64> restored;
    if (!m_store)
        return restored;
    QSet<qint64> documents;
    std::vector<Annotation> back;
    for (const Annotation &annotation : annotations) {
        if (auto result = m_store->restore(annotation); !result) {
            reportError(result.error());
            continue;
        }
        restored << annotation.id;
        back.push_back(annotation);
        if (annotation.documentId)
            documents.insert(*annotation.documentId);
    }
    if (back.size() <= 16) {
        for (const Annotation &annotation : back) {
            m_model->insertAnnotation(annotation);
            applySectionTitles(annotation);
        }
    } else {
        // Many rows: one reset instead of an O(n) insertion per row.
        std::vector<Annotation> all = m_model->annotations();
        all.insert(all.end(), back.begin(), back.end());
        sortByDocument(all);
        m_model->setAnnotations(std::move(all));
        QHash<qint64, QString> sections;
        for (const Annotation &annotation : back) {
            if (annotation.documentId == m_document.id && m_document.id != 0)
                sections.insert(annotation.id, sectionTitleAt(m_document, annotation.anchor.start));
        }
        m_model->setSectionTitles(sections);
    }
    for (qint64 documentId : std::as_const(documents))
        refreshReader(documentId);
    return restored;
}

bool AnnotationController::storeUpdate(qint64 id, const AnnotationContent &content)
{
    const Annotation *current = m_model->annotation(id);
    if (!m_store || !current)
        return false;
    Annotation changed = *current;
    changed.note = content.note;
    changed.color = content.color;
    changed.tags = content.tags;
    if (auto result = m_store->update(changed); !result) {
        reportError(result.error());
        return false;
    }
    if (auto read = m_store->annotation(id); read && *read)
        changed = **read;
    else
        changed.modified = QDateTime::currentDateTimeUtc();
    m_model->replaceAnnotation(changed);
    if (changed.documentId)
        refreshReader(*changed.documentId);
    return true;
}

QList<qint64> AnnotationController::storeRemove(const QList<qint64> &ids)
{
    QList<qint64> removed;
    if (!m_store)
        return removed;
    QSet<qint64> documents;
    for (qint64 id : ids) {
        if (auto result = m_store->remove(id); !result) {
            reportError(result.error());
            continue;
        }
        removed << id;
        if (const Annotation *annotation = m_model->annotation(id); annotation && annotation->documentId)
            documents.insert(*annotation->documentId);
    }
    m_model->removeAnnotations(removed);
    for (qint64 documentId : std::as_const(documents))
        refreshReader(documentId);
    return removed;
}

} // namespace parallax
