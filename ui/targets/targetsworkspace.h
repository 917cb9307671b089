#pragma once

#include "core/common/error.h"
#include "core/indicators/observationedits.h"
#include "core/store/librarystore.h"
#include "ui/targets/observationloader.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;
class QUndoStack;

namespace parallax {

class DocumentPicker;
class ObservationStore;
class TargetsFilterModel;
class TargetsModel;

/// The targets workspace: pick documents, see their targets (or actuals) as indicators × documents
/// with changes and attainment, filter and sort, open any figure's quote in the reader, correct or
/// add figures (undoable, saved in the library), export to CSV and XLSX or copy for Excel/WPS.
/// Extraction runs off the GUI thread. GUI thread only.
class TargetsWorkspace : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsWorkspace)

public:
    explicit TargetsWorkspace(QWidget *parent = nullptr);
    ~TargetsWorkspace() override;

    /// The library to read from (its path: workers open their own connections) and its documents.
    /// A different library clears the undo history.
    void setLibrary(const QString &libraryPath, const std::vector<DocumentSummary> &documents);
    /// Checks these documents and loads them.
    void setSelectedDocuments(const QList<qint64> &ids);
    [[nodiscard]] QList<qint64> selectedDocuments() const;

    /// Saves a correction through the undo stack. False if the document is not loaded.
    bool commitEdit(const ObservationEdit &edit);
    /// Opens the correction dialog for a cell of the view (proxy index).
    void editCell(const QModelIndex &index);
    void addObservation();

    bool exportCsv(const QString &path);
    bool exportXlsx(const QString &path);
    void copyTable();

    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] TargetsModel *model() const { return m_model; }
    [[nodiscard]] TargetsFilterModel *proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView *tableView() const { return m_view; }
    [[nodiscard]] DocumentPicker *documentPicker() const { return m_picker; }
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    /// The user wants to read a figure in its document.
    void quoteRequested(qint64 documentId, qsizetype start, qsizetype length);
    /// A load finished and the table shows the selected documents.
    void documentsLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Reads the checked documents' figures in the background, or, while the workspace is hidden,
    /// remembers to do so when it is shown: a large library must not be read at start-up for a tab
    /// nobody opened.
    void load();
    void onLoaded(const ObservationLoad &load);
    void openQuote(const QModelIndex &proxyIndex);
    void updateIndicatorMenu();
    void chooseExport(bool xlsx);
    void showError(const Error &error);
    void setStatus(const QString &text);
    ObservationStore *editStore();

    QString m_libraryPath;
    bool m_loadPending = false;
    /// The library listing while hidden: the picker is filled when the workspace is shown, so
    /// the refreshes during a long import do not rebuild lists nobody sees.
    std::optional<std::vector<DocumentSummary>> m_pendingDocuments;
    std::unique_ptr<ObservationStore> m_editStore;
    ObservationLoader *m_loader = nullptr;
    DocumentPicker *m_picker = nullptr;
    TargetsModel *m_model = nullptr;
    TargetsFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_measure = nullptr;
    QToolButton *m_indicatorButton = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace parallax
