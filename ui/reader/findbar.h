#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace parallax {

/// The reader's find bar: a search field with next/previous and a close button. Escape closes it.
class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    /// Shows the bar and focuses the field with its text selected; `text` replaces it if not empty.
    void activate(const QString &text = {});
    /// Shows "not found" (false) or clears the message.
    void setFound(bool found);

Q_SIGNALS:
    void findNextRequested();
    void findPreviousRequested();
    /// The text changed: search again from the current match (incremental find).
    void findTextEdited();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace parallax
