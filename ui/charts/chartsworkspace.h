#pragma once

#include "core/store/librarystore.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/chartrequest.h"
#include "ui/targets/observationloader.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace parallax {

class ChartView;
class DocumentPicker;

/// The charts workspace: pick documents and a chart (an indicator across regions, over years,
/// target against actual, or several indicators side by side), see it, export it as PNG (size and
/// DPI), SVG or PDF, or copy it. Figures are read off the GUI thread. GUI thread only.
class ChartsWorkspace : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsWorkspace)

public:
    explicit ChartsWorkspace(QWidget *parent = nullptr);

    void setLibrary(const QString &libraryPath, const std::vector<DocumentSummary> &documents);
    void setSelectedDocuments(const QList<qint64> &ids);
    /// Sets the controls to `request` and redraws.
    void setRequest(const ChartRequest &request);
    [[nodiscard]] ChartRequest request() const;
    [[nodiscard]] ChartView *chartView() const { return m_view; }
    [[nodiscard]] DocumentPicker *documentPicker() const { return m_picker; }
    [[nodiscard]] QStringList availableIndicators() const;

    bool exportChartTo(const QString &path, const ChartExportOptions &options);
    void copyChart();

Q_SIGNALS:
    /// The chart on screen was redrawn (documents loaded or controls changed).
    void chartUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Reads the checked documents' figures in the background, or, while the workspace is hidden,
    /// remembers to do so when it is shown: a large library must not be read at start-up for a tab
    /// nobody opened.
    void load();
    void onLoaded(const ObservationLoad &load);
    void refreshIndicators();
    void redraw();
    void updateControls();
    void chooseExport(ChartFormat format);
    void setStatus(const QString &text);

    QString m_libraryPath;
    std::vector<DocumentObservationSet> m_documents;
    ObservationLoader *m_loader = nullptr;
    DocumentPicker *m_picker = nullptr;
    ChartView *m_view = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_indicator = nullptr;
    QToolButton *m_indicators = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_labels = nullptr;
    QLabel *m_status = nullptr;
    QStringList m_multiIndicators;
    bool m_updating = false;
    bool m_loadPending = false;
    /// The library listing while hidden: the picker is filled when the workspace is shown, so
    /// the refreshes during a long import do not rebuild lists nobody sees.
    std::optional<std::vector<DocumentSummary>> m_pendingDocuments;
};

} // namespace parallax
