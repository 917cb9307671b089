#include "ui/common/settingsdialog.h"

#include "ui/common/fonts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    const QSettings settings;
    m_initialLanguage = settings.value(u"ui/language"_s).toString();
    // Language names are written in their own language so everyone can find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    auto *note = new QLabel(tr("Applies on restart."), this);
    note->setEnabled(false);

    m_fontSize->setRange(0, 24);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.value(u"ui/fontSize"_s, 0).toInt());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Default &font size:"), m_fontSize);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

int SettingsDialog::fontSize() const
{
    return m_fontSize->value();
}

void SettingsDialog::apply()
{
    QSettings settings;
    settings.setValue(u"ui/language"_s, language());
    settings.setValue(u"ui/fontSize"_s, fontSize());
    QFont font = defaultUiFont();
    if (fontSize() > 0)
        font.setPointSize(fontSize());
    QApplication::setFont(font);
    if (language() != m_initialLanguage)
        Q_EMIT languageChanged(language());
}

} // namespace parallax
