#pragma once

#include "core/align/alignoptions.h"
#include "core/common/error.h"
#include "core/diff/worddiff.h"
#include "core/store/librarystore.h"
#include "ui/compare/alignmentoverride.h"
#include "ui/compare/comparison.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace parallax {

class AlignmentMatrixModel;
class CompareController;
class CompareView;

/// The compare workspace: the alignment matrix of 2..N documents (rows = section groups by topic,
/// columns = documents) with a depth switch; the selected row's sections side by side with word
/// highlights, a change list, next/previous change; link/unlink overrides kept in QSettings;
/// recent comparisons. Alignment and diffs run on workers (CompareController). GUI thread only.
class CompareWorkspace : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWorkspace)

public:
    enum class PendingChange { None, First, Last };

    explicit CompareWorkspace(QWidget *parent = nullptr);
    ~CompareWorkspace() override;

    /// The library comparisons load from, and its documents (for the chooser and recent list).
    void setLibrary(const QString &databasePath, const std::vector<DocumentSummary> &documents);
    /// Compares library documents (2..N; the first is the base).
    void compare(const QList<qint64> &ids);
    /// Compares documents already in memory (not added to the recent list).
    void compareDocuments(std::vector<Document> documents);
    /// Opens the document chooser.
    void chooseDocuments();
    void cancel();

    void setDepth(AlignDepth depth);
    [[nodiscard]] AlignDepth depth() const { return m_options.depth; }
    void setBase(int document);
    [[nodiscard]] int base() const { return m_base; }
    void setIgnorePunctuation(bool ignore);
    void setFiguresOnly(bool figuresOnly);
    /// Shows a row of the matrix in the side-by-side view (diffed in the background).
    void selectRow(int row);
    [[nodiscard]] int currentRow() const { return m_row; }

    /// Next/previous change; past the last change of a row, goes on to the next row. False if none.
    bool nextChange();
    bool previousChange();

    /// Puts two cells (of different documents) in one row and remembers it. False if not possible.
    bool linkCells(const QModelIndex &first, const QModelIndex &second);
    /// Takes a cell out of its row (away from every other document's section) and remembers it.
    bool unlinkCell(const QModelIndex &cell);
    /// Forgets the overrides that concern the compared documents and realigns.
    void resetOverrides();
    [[nodiscard]] QList<AlignmentOverride> overrides() const { return m_overrides; }

    [[nodiscard]] std::shared_ptr<const Comparison> comparison() const { return m_comparison; }
    [[nodiscard]] QList<qint64> documentIds() const { return m_ids; }
    [[nodiscard]] AlignmentMatrixModel *matrixModel() const { return m_matrix; }
    [[nodiscard]] QTableView *matrixView() const { return m_matrixView; }
    [[nodiscard]] QTreeView *changeView() const { return m_changeView; }
    [[nodiscard]] CompareView *compareView() const { return m_view; }
    [[nodiscard]] CompareController *controller() const { return m_controller; }
    [[nodiscard]] QAction *nextChangeAction() const { return m_nextAction; }
    [[nodiscard]] QAction *previousChangeAction() const { return m_previousAction; }
    [[nodiscard]] QAction *chooseAction() const { return m_chooseAction; }
    [[nodiscard]] QString summaryText() const;

    /// Recent comparisons of a library, newest first (QSettings "compare/recent").
    [[nodiscard]] static QList<QList<qint64>> recentComparisons(const QString &databasePath);

Q_SIGNALS:
    /// A comparison was aligned and is shown.
    void comparisonShown();
    /// The side-by-side view shows `row` (its diff arrived).
    void rowShown(int row);
    void failed(const parallax::Error &error);

private:
    void createToolBar();
    void realign();
    void onAlignmentFinished(std::shared_ptr<const Comparison> comparison);
    void onDiffFinished(const RowDiff &diff);
    void updateSummary();
    void updateActions();
    void rememberRecent();
    void fillRecentMenu();
    void saveOverrides() const;
    void applyNewOverride(const AlignmentOverride &override);
    [[nodiscard]] DiffOptions diffOptions() const;
    [[nodiscard]] int nextRowWithPair(int from, int step) const;

    CompareController *m_controller = nullptr;
    AlignmentMatrixModel *m_matrix = nullptr;
    CompareView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_matrixView = nullptr;
    QTreeView *m_changeView = nullptr;
    QComboBox *m_depthBox = nullptr;
    QComboBox *m_baseBox = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_recentButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_chooseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_ignorePunctuationAction = nullptr;
    QAction *m_figuresOnlyAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_unlinkAction = nullptr;
    QAction *m_resetAction = nullptr;

    QString m_databasePath;
    std::vector<DocumentSummary> m_library;
    QList<qint64> m_ids;
    AlignOptions m_options;
    bool m_ignorePunctuation = false;
    int m_base = 0;
    int m_row = -1;
    PendingChange m_pending = PendingChange::None;
    std::shared_ptr<const Comparison> m_comparison;
    QList<AlignmentOverride> m_overrides;
};

} // namespace parallax
