#include "ui/targets/observationdialog.h"

#include "core/indicators/indicatorlexicon.h"
#include "ui/targets/observationtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale().toDouble(t, &ok);
    if (ok)
        return value;
    const double c = QLocale::c().toDouble(t, &ok);
    return ok ? std::optional<double>(c) : std::nullopt;
}

QString numberText(const std::optional<double> &value)
{
    return value ? QLocale::c().toString(*value, 'g', 12) : QString();
}

} // namespace

ObservationDialog::ObservationDialog(const Observation &observation, bool adding, QWidget *parent)
    : QDialog(parent)
    , m_original(observation)
    , m_indicator(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_value(new QLineEdit(this))
    , m_valueMax(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_qualifier(new QComboBox(this))
    , m_quote(new QPlainTextEdit(this))
{
    setWindowTitle(adding ? tr("Add Figure") : tr("Correct Figure"));
    setObjectName(u"observationDialog"_s);

    m_indicator->setEditable(true);
    m_indicator->addItems(IndicatorLexicon::instance().canonicalNames());
    m_indicator->setCurrentText(observation.indicator);
    for (Measure measure : {Measure::Growth, Measure::Level, Measure::Rate})
        m_measure->addItem(displayName(measure), int(measure));
    m_measure->setCurrentIndex(m_measure->findData(int(observation.measure)));
    for (ObservationKind kind : {ObservationKind::Target, ObservationKind::Actual})
        m_kind->addItem(displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(observation.kind)));
    m_year->setRange(1949, 2200);
    m_year->setValue(observation.year > 0 ? observation.year : 2025);
    m_value->setText(numberText(observation.value));
    m_value->setPlaceholderText(tr("e.g. 6.5; empty for a target in words"));
    m_valueMax->setText(numberText(observation.valueMax));
    m_valueMax->setPlaceholderText(tr("upper end of a range"));
    m_unit->setEditable(true);
    // Units as written in the reports (data, not translated).
    m_unit->addItems({u"%"_s, u"个百分点"_s, u"亿元"_s, u"万亿元"_s, u"万元"_s, u"元"_s, u"万人"_s, u"万吨"_s,
                      u"亿千瓦时"_s, u"万千瓦"_s, u"万人次"_s});
    m_unit->setCurrentText(observation.unit);
    for (Qualifier q : {Qualifier::Exact, Qualifier::Min, Qualifier::About, Qualifier::Max, Qualifier::Range,
                        Qualifier::Qualitative})
        m_qualifier->addItem(displayName(q), int(q));
    m_qualifier->setCurrentIndex(m_qualifier->findData(int(observation.qualifier)));
    m_quote->setPlainText(observation.quote);
    m_quote->setPlaceholderText(tr("The sentence the figure comes from"));
    m_quote->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("Up &to:"), m_valueMax);
    form->addRow(tr("U&nit:"), m_unit);
    form->addRow(tr("&Qualifier:"), m_qualifier);
    form->addRow(tr("Q&uote:"), m_quote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *note = new QLabel(tr("Your correction is saved in the library and marked as edited by you."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

Observation ObservationDialog::observation() const
{
    Observation o = m_original;
    o.indicator = m_indicator->currentText().trimmed();
    o.measure = Measure(m_measure->currentData().toInt());
    o.kind = ObservationKind(m_kind->currentData().toInt());
    o.year = m_year->value();
    o.value = parseNumber(m_value->text());
    o.valueMax = parseNumber(m_valueMax->text());
    o.unit = m_unit->currentText().trimmed();
    o.qualifier = Qualifier(m_qualifier->currentData().toInt());
    if (o.valueMax && o.qualifier != Qualifier::Range)
        o.qualifier = Qualifier::Range;
    if (!o.value)
        o.qualifier = Qualifier::Qualitative;
    o.quote = m_quote->toPlainText().trimmed();
    o.editedByUser = true;
    return o;
}

} // namespace parallax
