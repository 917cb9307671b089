#include "ui/library/documentpropertiesdialog.h"

#include "ui/common/displaynames.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QSpinBox *yearBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 2100);
    box->setSpecialValueText(DocumentPropertiesDialog::tr("unknown"));
    box->setValue(value < 1949 ? 0 : value);
    // 0 means unknown; stepping up from it should land on a plausible year, not 1.
    QObject::connect(box, &QSpinBox::valueChanged, box, [box](int year) {
        if (year > 0 && year < 1949)
            box->setValue(1949);
    });
    return box;
}

void markUser(DocumentMetadata &meta, const QString &field)
{
    if (!meta.userFields.contains(field))
        meta.userFields << field;
}

} // namespace

DocumentPropertiesDialog::DocumentPropertiesDialog(const DocumentMetadata &meta, const QStringList &regions,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_original(meta)
    , m_title(new QLineEdit(meta.title, this))
    , m_region(new QLineEdit(meta.region, this))
    , m_level(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_yearReported(yearBox(meta.yearReported, this))
    , m_yearPlanned(yearBox(meta.yearPlanned, this))
{
    setWindowTitle(tr("Document Properties"));
    m_title->setMinimumWidth(360);
    auto *completer = new QCompleter(regions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_region->setCompleter(completer);
    for (RegionLevel level : {RegionLevel::Unknown, RegionLevel::National, RegionLevel::Province,
                              RegionLevel::Prefecture, RegionLevel::County, RegionLevel::Corps})
        m_level->addItem(displayName(level), int(level));
    m_level->setCurrentIndex(m_level->findData(int(meta.regionLevel)));
    for (DocumentKind kind : {DocumentKind::WorkReport, DocumentKind::Plan, DocumentKind::Other})
        m_kind->addItem(displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(meta.kind)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Year &reported:"), m_yearReported);
    form->addRow(tr("Year &planned:"), m_yearPlanned);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DocumentMetadata DocumentPropertiesDialog::metadata() const
{
    DocumentMetadata meta = m_original;
    if (const QString title = m_title->text().trimmed(); title != meta.title) {
        meta.title = title;
        markUser(meta, u"title"_s);
    }
    if (const QString region = m_region->text().trimmed(); region != meta.region) {
        meta.region = region;
        markUser(meta, u"region"_s);
    }
    if (const auto level = RegionLevel(m_level->currentData().toInt()); level != meta.regionLevel) {
        meta.regionLevel = level;
        markUser(meta, u"region_level"_s);
    }
    if (const auto kind = DocumentKind(m_kind->currentData().toInt()); kind != meta.kind) {
        meta.kind = kind;
        markUser(meta, u"kind"_s);
    }
    if (m_yearReported->value() != meta.yearReported) {
        meta.yearReported = m_yearReported->value();
        markUser(meta, u"year_reported"_s);
    }
    if (m_yearPlanned->value() != meta.yearPlanned) {
        meta.yearPlanned = m_yearPlanned->value();
        markUser(meta, u"year_planned"_s);
    }
    return meta;
}

bool DocumentPropertiesDialog::isChanged() const
{
    const DocumentMetadata meta = metadata();
    return meta.title != m_original.title || meta.region != m_original.region
           || meta.regionLevel != m_original.regionLevel || meta.kind != m_original.kind
           || meta.yearReported != m_original.yearReported || meta.yearPlanned != m_original.yearPlanned;
}

} // namespace parallax
