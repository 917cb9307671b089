#pragma once

#include "core/store/librarystore.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;

namespace parallax {

class DocumentPicker;

/// Picks 2..N documents of the library to compare. GUI thread only.
class CompareDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    explicit CompareDialog(const std::vector<DocumentSummary> &documents, const QList<qint64> &checked,
                           QWidget *parent = nullptr);
    [[nodiscard]] QList<qint64> checkedIds() const;

private:
    DocumentPicker *m_picker = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace parallax
