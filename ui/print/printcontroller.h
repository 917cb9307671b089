#pragma once

#include "core/annotations/annotation.h"
#include "core/common/result.h"
#include "core/document/document.h"
#include "ui/print/comparisonreport.h"

#include <QFutureWatcher>
#include <QPageSize>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>
#include <vector>

class QProgressDialog;
class QWidget;

namespace parallax {

/// The GUI's printing and report export: print preview and printing of a document with its
/// annotations, PDF export, and the comparison report. File writing and the report's alignment
/// and diffs run on workers with a progress dialog and Cancel; only the charts (Qt Charts) and the
/// print preview paint on the GUI thread. A new export cancels the one running.
class PrintController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintController)

public:
    explicit PrintController(QWidget *window);
    ~PrintController() override;

    /// Opens a print preview (QPrintPreviewDialog) of the document with its annotations; the
    /// user prints from there (to paper or PDF, system paper size honoured). Window-modal.
    void printPreview(const Document &document, const std::vector<Annotation> &annotations);
    /// Asks for a file name and writes the document as a PDF in the background.
    void exportPdf(const Document &document, const std::vector<Annotation> &annotations);
    /// Writes the document as a PDF to `path` in the background (no dialog).
    void exportPdfTo(const Document &document, const std::vector<Annotation> &annotations, const QString &path);
    /// Asks for a file name (.pdf or .html) and writes the comparison report in the background.
    void exportReport(std::vector<Document> documents, std::map<qint64, std::vector<Annotation>> annotations,
                      const ReportOptions &options);
    /// Prepares the comparison report in the background, then opens a print preview of it.
    void previewReport(std::vector<Document> documents, std::map<qint64, std::vector<Annotation>> annotations,
                       const ReportOptions &options);
    /// Writes the comparison report to `path` (.pdf or .html) in the background (no dialog).
    void exportReportTo(std::vector<Document> documents, std::map<qint64, std::vector<Annotation>> annotations,
                        const ReportOptions &options, const QString &path);

    [[nodiscard]] bool isBusy() const;
    void cancel();

Q_SIGNALS:
    /// A print preview dialog was opened (for tests and screenshots).
    void previewOpened(QWidget *dialog);
    /// A file was written.
    void exported(const QString &path, int pages);
    void failed(const parallax::Error &error);

private:
    void startProgress(const QString &label);
    void finishProgress();
    void writeReport(std::shared_ptr<ComparisonReport> report, const QString &path);

    QWidget *m_window = nullptr;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<Result<std::shared_ptr<ComparisonReport>>> m_reportWatcher;
    QFutureWatcher<Result<int>> m_writeWatcher;
    QString m_path; ///< where the report goes; empty: to the print preview
};

/// The paper size of the system's default printer, or A4 when there is none (PDF exports follow
/// the system's paper, as printing does).
[[nodiscard]] QPageSize systemPageSize();

} // namespace parallax
