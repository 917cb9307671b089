#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace parallax {

/// Language (System / English / 中文, used from the next start) and the default font size (applied
/// at once and at start). Reads and writes QSettings "ui/language" and "ui/fontSize" (0 = platform
/// default). GUI thread only.
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

    /// Stores the choices and applies the font size to the application.
    void apply();

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QString m_initialLanguage;
};

} // namespace parallax
