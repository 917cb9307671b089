#include "ui/print/printcontroller.h"

#include "ui/print/documentprintout.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString suggestedName(const QString &stem, const QString &suffix)
{
    QString name = stem;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString folder = QSettings().value(u"print/folder"_s,
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    return folder + u'/' + (name.isEmpty() ? u"parallax"_s : name) + suffix;
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(u"print/folder"_s, QFileInfo(path).absolutePath());
}

} // namespace

QPageSize systemPageSize()
{
    const QPageSize size = QPrinterInfo::defaultPrinter().defaultPageSize();
    return size.isValid() ? size : QPageSize(QPageSize::A4);
}

PrintController::PrintController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_reportWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_progress) {
            m_progress->setMaximum(m_reportWatcher.progressMaximum());
            m_progress->setValue(value);
        }
    });
    connect(&m_reportWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_reportWatcher.isCanceled() || m_reportWatcher.future().resultCount() == 0) {
            finishProgress();
            return;
        }
        auto built = m_reportWatcher.result();
        if (!built) {
            finishProgress();
            if (built.error().code != ErrorCode::Cancelled)
                Q_EMIT failed(built.error());
            return;
        }
        // Qt Charts draws only on the GUI thread: the few charts of a report take a moment.
        addReportCharts(**built, {});
        if (!m_path.isEmpty()) {
            writeReport(*built, m_path);
            return;
        }
        finishProgress();
        auto *dialog = new QPrintPreviewDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Print Preview — Comparison Report"));
        dialog->resize(1100, 800);
        dialog->printer()->setDocName(tr("Comparison report"));
        dialog->printer()->setPageOrientation(QPageLayout::Landscape);
        const std::shared_ptr<ComparisonReport> report = *built;
        connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                [report](QPrinter *target) { (void)printComparisonReport(*report, *target); });
        dialog->open();
        Q_EMIT previewOpened(dialog);
    });
    connect(&m_writeWatcher, &QFutureWatcherBase::finished, this, [this] {
        finishProgress();
        if (m_writeWatcher.isCanceled() || m_writeWatcher.future().resultCount() == 0)
            return;
        const Result<int> pages = m_writeWatcher.result();
        if (pages)
            Q_EMIT exported(m_path, *pages);
        else
            Q_EMIT failed(pages.error());
    });
}

PrintController::~PrintController()
{
    // The workers own copies of their inputs; a running write finishes its file on its own.
    cancel();
}

bool PrintController::isBusy() const { return m_reportWatcher.isRunning() || m_writeWatcher.isRunning(); }

void PrintController::cancel()
{
    m_reportWatcher.cancel();
    finishProgress();
}

void PrintController::startProgress(const QString &label)
{
    finishProgress();
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &PrintController::cancel);
}

void PrintController::finishProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
}

void PrintController::printPreview(const Document &document, const std::vector<Annotation> &annotations)
{
    // Window-modal and opened, not exec()'d: no nested event loop. The dialog owns the printer
    // and, through the connection, the printout.
    auto *dialog = new QPrintPreviewDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview — %1").arg(document.meta.title));
    dialog->resize(1000, 800);
    // QPrinter starts from the system's default paper size (A4 in most of the world).
    dialog->printer()->setDocName(document.meta.title);
    auto printout = std::make_shared<DocumentPrintout>(buildDocumentPrintout(document, annotations));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [printout](QPrinter *target) { (void)printDocument(*printout, *target); });
    dialog->open();
    Q_EMIT previewOpened(dialog);
}

void PrintController::exportPdf(const Document &document, const std::vector<Annotation> &annotations)
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF"),
                                                      suggestedName(document.meta.title, u".pdf"_s),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    exportPdfTo(document, annotations, path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

void PrintController::exportPdfTo(const Document &document, const std::vector<Annotation> &annotations,
                                  const QString &path)
{
    cancel();
    m_path = path;
    startProgress(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_writeWatcher.setFuture(QtConcurrent::run(
        [document, annotations, path, size = systemPageSize()] {
            return writeDocumentPdf(document, annotations, path, size);
        }));
}

void PrintController::exportReport(std::vector<Document> documents,
                                   std::map<qint64, std::vector<Annotation>> annotations, const ReportOptions &options)
{
    QStringList names;
    for (const Document &document : documents)
        names << (document.meta.region.isEmpty() ? document.meta.title : document.meta.region);
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Comparison Report"), suggestedName(tr("Comparison %1").arg(names.join(u"-"_s)), u".pdf"_s),
        tr("PDF documents (*.pdf);;Web pages (*.html)"), &selectedFilter);
    if (path.isEmpty())
        return;
    rememberFolder(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = suffix == u"pdf"_s || suffix == u"html"_s || suffix == u"htm"_s;
    exportReportTo(std::move(documents), std::move(annotations), options,
                   known ? path : path + (selectedFilter.contains(u"html"_s) ? u".html"_s : u".pdf"_s));
}

void PrintController::previewReport(std::vector<Document> documents,
                                    std::map<qint64, std::vector<Annotation>> annotations, const ReportOptions &options)
{
    exportReportTo(std::move(documents), std::move(annotations), options, QString());
}

void PrintController::exportReportTo(std::vector<Document> documents,
                                     std::map<qint64, std::vector<Annotation>> annotations,
                                     const ReportOptions &options, const QString &path)
{
    cancel();
    m_path = path;
    startProgress(tr("Preparing the comparison report…"));
    ReportOptions workerOptions = options;
    workerOptions.charts = false;
    m_reportWatcher.setFuture(QtConcurrent::run(
        [workerOptions](QPromise<Result<std::shared_ptr<ComparisonReport>>> &promise, std::vector<Document> docs,
                        std::map<qint64, std::vector<Annotation>> notes) {
            ReportOptions local = workerOptions;
            local.progress = [&promise](int step, int steps) {
                promise.setProgressRange(0, steps);
                promise.setProgressValue(step);
                return !promise.isCanceled();
            };
            auto built = buildComparisonReport(std::move(docs), std::move(notes), local);
            if (!built) {
                promise.addResult(tl::unexpected(built.error()));
                return;
            }
            promise.addResult(std::make_shared<ComparisonReport>(std::move(*built)));
        },
        std::move(documents), std::move(annotations)));
}

void PrintController::writeReport(std::shared_ptr<ComparisonReport> report, const QString &path)
{
    if (m_progress)
        m_progress->setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_writeWatcher.setFuture(QtConcurrent::run(
        [report, path, size = systemPageSize()] { return writeComparisonReport(*report, path, size); }));
}

} // namespace parallax
