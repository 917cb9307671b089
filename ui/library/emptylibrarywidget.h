#pragma once

#include <QWidget>

class QPushButton;

namespace parallax {

/// Shown in the library pane while the library holds no documents: what to do next.
class EmptyLibraryWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyLibraryWidget)

public:
    explicit EmptyLibraryWidget(QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *samplesButton() const { return m_samplesButton; }

Q_SIGNALS:
    void importSamplesRequested();
    void importFilesRequested();

private:
    QPushButton *m_samplesButton = nullptr;
};

} // namespace parallax
