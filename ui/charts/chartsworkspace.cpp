#include "ui/charts/chartsworkspace.h"

#include "core/common/errortext.h"
#include "ui/charts/chartview.h"
#include "ui/targets/documentpicker.h"
#include "ui/targets/observationtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

ChartsWorkspace::ChartsWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_loader(new ObservationLoader(this))
    , m_picker(new DocumentPicker(this))
    , m_view(new ChartView(this))
    , m_type(new QComboBox(this))
    , m_indicator(new QComboBox(this))
    , m_indicators(new QToolButton(this))
    , m_measure(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_labels(new QCheckBox(tr("Figures on bars"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"chartsWorkspace"_s);
    m_type->addItem(tr("Across regions"), int(ChartType::RegionBar));
    m_type->addItem(tr("Over the years"), int(ChartType::YearLine));
    m_type->addItem(tr("Target and actual"), int(ChartType::TargetVsActual));
    m_type->addItem(tr("Several indicators"), int(ChartType::Indicators));
    m_type->setToolTip(tr("What the chart compares"));
    m_indicator->setMinimumContentsLength(12);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicators->setText(tr("Indicators"));
    m_indicators->setPopupMode(QToolButton::InstantPopup);
    m_indicators->setMenu(new QMenu(m_indicators));
    m_measure->addItem(tr("Any measure"), -1);
    for (Measure measure : {Measure::Growth, Measure::Level, Measure::Rate})
        m_measure->addItem(displayName(measure), int(measure));
    m_kind->addItem(tr("Targets"), int(ObservationKind::Target));
    m_kind->addItem(tr("Actuals"), int(ObservationKind::Actual));
    m_year->setRange(0, 2200);
    m_year->setSpecialValueText(tr("Any year"));
    m_year->setToolTip(tr("The year to chart; \"Any year\" takes the most frequent"));
    m_labels->setChecked(true);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("PNG Image…"), this, [this] { chooseExport(ChartFormat::Png); });
    exportMenu->addAction(tr("SVG Drawing…"), this, [this] { chooseExport(ChartFormat::Svg); });
    exportMenu->addAction(tr("PDF (Vector)…"), this, [this] { chooseExport(ChartFormat::Pdf); });
    exportButton->setMenu(exportMenu);
    auto *copy = new QPushButton(tr("Copy Chart"), this);
    copy->setToolTip(tr("Copy the chart to paste into a report or a slide"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_type);
    controls->addWidget(m_indicator, 1);
    controls->addWidget(m_indicators);
    controls->addWidget(m_measure);
    controls->addWidget(m_kind);
    controls->addWidget(m_year);
    controls->addWidget(m_labels);
    controls->addStretch(0);
    controls->addWidget(copy);
    controls->addWidget(exportButton);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_picker, &DocumentPicker::checkedIdsChanged, this, &ChartsWorkspace::load);
    connect(m_loader, &ObservationLoader::loaded, this, &ChartsWorkspace::onLoaded);
    for (QComboBox *combo : {m_type, m_indicator, m_measure, m_kind}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            redraw();
        });
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsWorkspace::refreshIndicators);
    connect(m_year, &QSpinBox::valueChanged, this, &ChartsWorkspace::redraw);
    connect(m_labels, &QCheckBox::toggled, this, &ChartsWorkspace::redraw);
    connect(copy, &QPushButton::clicked, this, &ChartsWorkspace::copyChart);
    updateControls();
    setStatus(tr("Tick documents on the left, then choose an indicator."));
}

void ChartsWorkspace::setStatus(const QString &text) { m_status->setText(text); }

void ChartsWorkspace::setLibrary(const QString &libraryPath, const std::vector<DocumentSummary> &documents)
{
    if (libraryPath != m_libraryPath) {
        m_loader->cancel();
        m_libraryPath = libraryPath;
        m_picker->setDocuments({});
        m_documents.clear();
    }
    if (!isVisible()) {
        m_pendingDocuments = documents;
        return;
    }
    m_pendingDocuments.reset();
    m_picker->setDocuments(documents);
    m_picker->checkLatestIfNone();
}

void ChartsWorkspace::setSelectedDocuments(const QList<qint64> &ids) { m_picker->setCheckedIds(ids); }

void ChartsWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingDocuments) {
        const std::vector<DocumentSummary> documents = std::move(*m_pendingDocuments);
        m_pendingDocuments.reset();
        m_picker->setDocuments(documents);
        m_picker->checkLatestIfNone();
    }
    if (m_loadPending)
        load();
}

void ChartsWorkspace::load()
{
    m_loadPending = !isVisible();
    if (m_loadPending)
        return;
    const QList<qint64> ids = m_picker->checkedIds();
    if (ids.isEmpty() || m_libraryPath.isEmpty()) {
        m_loader->cancel();
        onLoaded({});
        return;
    }
    setStatus(tr("Reading figures from %n document(s)…", nullptr, int(ids.size())));
    m_loader->start(m_libraryPath, ids);
}

void ChartsWorkspace::onLoaded(const ObservationLoad &load)
{
    m_documents = load.documents;
    refreshIndicators();
    redraw();
    if (!load.errors.isEmpty())
        setStatus(errorText(load.errors.first()));
}

QStringList ChartsWorkspace::availableIndicators() const
{
    return chartableIndicators(m_documents, ObservationKind(m_kind->currentData().toInt()));
}

void ChartsWorkspace::refreshIndicators()
{
    const QString current = m_indicator->currentText();
    const QStringList names = availableIndicators();
    m_updating = true;
    m_indicator->clear();
    m_indicator->addItems(names);
    const qsizetype keep = names.indexOf(current);
    // 地区生产总值 first in the lexicon: the chart most analysts want first.
    m_indicator->setCurrentIndex(keep >= 0 ? int(keep) : (names.isEmpty() ? -1 : 0));
    QMenu *menu = m_indicators->menu();
    menu->clear();
    QStringList kept;
    for (const QString &name : m_multiIndicators) {
        if (names.contains(name))
            kept << name;
    }
    if (kept.isEmpty())
        kept = names.mid(0, 3);
    m_multiIndicators = kept;
    for (const QString &name : names) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_multiIndicators.contains(name));
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            if (on && !m_multiIndicators.contains(name))
                m_multiIndicators << name;
            else if (!on)
                m_multiIndicators.removeAll(name);
            redraw();
        });
    }
    m_updating = false;
}

void ChartsWorkspace::updateControls()
{
    const auto type = ChartType(m_type->currentData().toInt());
    m_indicator->setVisible(type != ChartType::Indicators);
    m_indicators->setVisible(type == ChartType::Indicators);
    m_kind->setEnabled(type != ChartType::TargetVsActual);
    m_year->setEnabled(type != ChartType::YearLine);
}

ChartRequest ChartsWorkspace::request() const
{
    ChartRequest request;
    request.type = ChartType(m_type->currentData().toInt());
    if (request.type == ChartType::Indicators)
        request.indicators = m_multiIndicators;
    else if (!m_indicator->currentText().isEmpty())
        request.indicators = {m_indicator->currentText()};
    const int measure = m_measure->currentData().toInt();
    if (measure >= 0)
        request.measure = Measure(measure);
    request.kind = ObservationKind(m_kind->currentData().toInt());
    request.year = m_year->value();
    request.dataLabels = m_labels->isChecked();
    return request;
}

void ChartsWorkspace::setRequest(const ChartRequest &request)
{
    m_updating = true;
    m_type->setCurrentIndex(m_type->findData(int(request.type)));
    m_kind->setCurrentIndex(m_kind->findData(int(request.kind)));
    m_updating = false;
    refreshIndicators();
    m_updating = true;
    if (request.type == ChartType::Indicators)
        m_multiIndicators = request.indicators;
    else if (!request.indicators.isEmpty())
        m_indicator->setCurrentText(request.indicators.first());
    m_measure->setCurrentIndex(m_measure->findData(request.measure ? int(*request.measure) : -1));
    m_year->setValue(request.year);
    m_labels->setChecked(request.dataLabels);
    m_updating = false;
    updateControls();
    redraw();
}

void ChartsWorkspace::redraw()
{
    if (m_updating)
        return;
    const ChartData chart = buildChartData(m_documents, request());
    m_view->setData(chart);
    if (m_documents.empty())
        setStatus(tr("Tick documents on the left, then choose an indicator."));
    else if (chart.isEmpty())
        setStatus(chart.emptyReason);
    else
        setStatus(tr("%n document(s) charted", nullptr, int(chart.documentsUsed.size())));
    Q_EMIT chartUpdated();
}

bool ChartsWorkspace::exportChartTo(const QString &path, const ChartExportOptions &options)
{
    if (auto written = exportChart(m_view->data(), path, options); !written) {
        setStatus(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), written.error().detail));
        return false;
    }
    setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ChartsWorkspace::copyChart()
{
    ChartExportOptions options;
    options.pixelSize = m_view->viewport()->size() * 2;
    options.dpi = 192;
    copyChartToClipboard(m_view->data(), options);
    setStatus(tr("Chart copied: paste it into a report or a slide"));
}

void ChartsWorkspace::chooseExport(ChartFormat format)
{
    QSettings settings;
    ChartExportOptions options;
    options.pixelSize = settings.value(u"charts/exportSize"_s, QSize(1600, 1000)).toSize();
    options.dpi = settings.value(u"charts/exportDpi"_s, 150).toInt();

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Export Chart"));
    auto *width = new QSpinBox(dialog);
    auto *height = new QSpinBox(dialog);
    for (QSpinBox *box : {width, height}) {
        box->setRange(200, 12000);
        box->setSuffix(tr(" px"));
    }
    width->setValue(options.pixelSize.width());
    height->setValue(options.pixelSize.height());
    auto *dpi = new QSpinBox(dialog);
    dpi->setRange(72, 1200);
    dpi->setValue(options.dpi);
    dpi->setToolTip(tr("96 for screens, 150 for slides, 300 for print"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), width);
    form->addRow(tr("&Height:"), height);
    form->addRow(tr("&Resolution (DPI):"), dpi);
    auto *note = new QLabel(format == ChartFormat::Png ? tr("Text keeps its size in print: at 300 DPI a 2400 px wide "
                                                            "image is 20 cm wide.")
                                                       : tr("A vector drawing: sharp at any size. Width and height set "
                                                            "its proportions."),
                            dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, width, height, dpi, format] {
        ChartExportOptions chosen;
        chosen.pixelSize = QSize(width->value(), height->value());
        chosen.dpi = dpi->value();
        QSettings().setValue(u"charts/exportSize"_s, chosen.pixelSize);
        QSettings().setValue(u"charts/exportDpi"_s, chosen.dpi);
        dialog->accept();
        const QString suffix = format == ChartFormat::Png ? u"png"_s : format == ChartFormat::Svg ? u"svg"_s : u"pdf"_s;
        const QString directory = QSettings().value(u"export/lastDirectory"_s, QDir::homePath()).toString();
        auto *files = new QFileDialog(this, tr("Export Chart"), directory);
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(suffix);
        files->setNameFilter(format == ChartFormat::Png   ? tr("PNG image (*.png)")
                             : format == ChartFormat::Svg ? tr("SVG drawing (*.svg)")
                                                          : tr("PDF document (*.pdf)"));
        files->selectFile(tr("chart"));
        connect(files, &QFileDialog::fileSelected, this, [this, chosen](const QString &path) {
            QSettings().setValue(u"export/lastDirectory"_s, QFileInfo(path).absolutePath());
            exportChartTo(path, chosen);
        });
        files->open();
    });
    dialog->open();
}

} // namespace parallax
