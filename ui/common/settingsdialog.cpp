#include "ui/common/settingsdialog.h"

#include "ui/common/fonts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
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
    , m_maxFileMegabytes(new QSpinBox(this))
    , m_maxSectionDepth(new QSpinBox(this))
    , m_timeBudgetSeconds(new QSpinBox(this))
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

    const ImportOptions limits = importLimits();
    m_maxFileMegabytes->setRange(int(ImportOptions::minFileMegabytes), int(ImportOptions::maxFileMegabytes));
    m_maxFileMegabytes->setSuffix(tr(" MB"));
    m_maxFileMegabytes->setValue(int(limits.maxFileBytes >> 20));
    m_maxFileMegabytes->setToolTip(tr("Larger files are refused with a message."));
    m_maxSectionDepth->setRange(ImportOptions::minSectionDepth, ImportOptions::maxSectionDepthLimit);
    m_maxSectionDepth->setValue(limits.maxSectionDepth);
    m_maxSectionDepth->setToolTip(tr("Deeper headings stay in their parent section's text."));
    m_timeBudgetSeconds->setRange(int(ImportOptions::minTimeBudgetSeconds), int(ImportOptions::maxTimeBudgetSeconds));
    m_timeBudgetSeconds->setSuffix(tr(" s"));
    m_timeBudgetSeconds->setValue(int(limits.timeBudgetMs / 1000));
    m_timeBudgetSeconds->setToolTip(tr("A document that takes longer is skipped with a message; the others still import."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Default &font size:"), m_fontSize);
    auto *importBox = new QGroupBox(tr("Import limits"), this);
    auto *importForm = new QFormLayout(importBox);
    importForm->addRow(tr("Lar&gest file:"), m_maxFileMegabytes);
    importForm->addRow(tr("Deepest &heading level:"), m_maxSectionDepth);
    importForm->addRow(tr("&Time limit per document:"), m_timeBudgetSeconds);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(importBox);
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
    settings.setValue(u"import/maxFileMB"_s, m_maxFileMegabytes->value());
    settings.setValue(u"import/maxSectionDepth"_s, m_maxSectionDepth->value());
    settings.setValue(u"import/timeBudgetSeconds"_s, m_timeBudgetSeconds->value());
    QFont font = defaultUiFont();
    if (fontSize() > 0)
        font.setPointSize(fontSize());
    QApplication::setFont(font);
    if (language() != m_initialLanguage)
        Q_EMIT languageChanged(language());
}

ImportOptions SettingsDialog::importLimits()
{
    ImportOptions limits;
    const QSettings settings;
    auto setting = [&settings](const QString &key, qint64 minimum, qint64 maximum, qint64 fallback) {
        bool ok = false;
        const qint64 value = settings.value(key).toLongLong(&ok);
        return ok && value >= minimum && value <= maximum ? value : fallback;
    };
    limits.maxFileBytes = setting(u"import/maxFileMB"_s, ImportOptions::minFileMegabytes, ImportOptions::maxFileMegabytes,
                                  limits.maxFileBytes >> 20)
                          << 20;
    limits.maxSectionDepth = int(setting(u"import/maxSectionDepth"_s, ImportOptions::minSectionDepth,
                                         ImportOptions::maxSectionDepthLimit, limits.maxSectionDepth));
    limits.timeBudgetMs = setting(u"import/timeBudgetSeconds"_s, ImportOptions::minTimeBudgetSeconds,
                                  ImportOptions::maxTimeBudgetSeconds, limits.timeBudgetMs / 1000)
                          * 1000;
    return limits;
}

} // namespace parallax
