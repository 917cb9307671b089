#pragma once

#include "core/import/importoptions.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace parallax {

/// Language (System / English / 中文, used from the next start), the default font size (applied
/// at once and at start) and the import limits (used by the next import). Reads and writes
/// QSettings "ui/language", "ui/fontSize" (0 = platform default) and "import/…". GUI thread only.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    [[nodiscard]] QString language() const;
    [[nodiscard]] int fontSize() const;
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QSpinBox *fontSizeBox() const { return m_fontSize; }

    [[nodiscard]] QSpinBox *maxFileSizeBox() const { return m_maxFileMegabytes; }
    [[nodiscard]] QSpinBox *maxSectionDepthBox() const { return m_maxSectionDepth; }
    [[nodiscard]] QSpinBox *timeBudgetBox() const { return m_timeBudgetSeconds; }

    /// Stores the choices and applies the font size to the application.
    void apply();

    /// The import limits the user chose (defaults where unset or out of range); any thread.
    [[nodiscard]] static ImportOptions importLimits();

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_maxFileMegabytes = nullptr;
    QSpinBox *m_maxSectionDepth = nullptr;
    QSpinBox *m_timeBudgetSeconds = nullptr;
    QString m_initialLanguage;
};

} // namespace parallax
