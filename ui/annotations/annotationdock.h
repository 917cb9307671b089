#pragma once

#include <QDockWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace parallax {

class AnnotationController;
class AnnotationFilterModel;

/// The "Annotations" dock: the library's annotations in a table filtered by text, tag, colour,
/// document (this one or all) and archived state; activating a row shows the passage in the
/// reader; Delete, Edit… and Export… act through the controller (undoable where it applies).
/// A summary line says how many are shown, archived and not found, so nothing is hidden silently.
/// GUI thread only.
class AnnotationDock : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDock)

public:
    enum class Scope { CurrentDocument, AllDocuments };

    explicit AnnotationDock(AnnotationController *controller, QWidget *parent = nullptr);

    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const;
    [[nodiscard]] AnnotationFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filterEdit; }
    [[nodiscard]] QComboBox *tagCombo() const { return m_tags; }
    [[nodiscard]] QComboBox *colorCombo() const { return m_colors; }
    [[nodiscard]] QCheckBox *archivedCheck() const { return m_showArchived; }
    [[nodiscard]] QString summaryText() const;
    /// Ids of the selected rows, in view order.
    [[nodiscard]] QList<qint64> selectedIds() const;
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }
    [[nodiscard]] QAction *editAction() const { return m_editAction; }
    [[nodiscard]] QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    /// Selects and shows the row of annotation `id`; false if it is not among the rows shown.
    bool selectAnnotation(qint64 id);
    void deleteSelected();
    void editCurrent();
    /// Asks for a file (CSV or Markdown) and exports the annotations shown.
    void exportShown();

private:
    void scheduleRefresh();
    void refreshTagsAndSummary();
    void updateActions();
    void showContextMenu(const QPoint &position);
    [[nodiscard]] qint64 currentId() const;

    AnnotationController *m_controller = nullptr;
    AnnotationFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_tags = nullptr;
    QComboBox *m_colors = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_goToAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace parallax
