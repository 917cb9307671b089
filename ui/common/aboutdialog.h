#pragma once

#include <QDialog>

namespace parallax {

/// Application name, version, purpose, the open library and the Qt version. GUI thread only.
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const QString &libraryPath, QWidget *parent = nullptr);
};

} // namespace parallax
