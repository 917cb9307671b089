#pragma once

#include "core/document/document.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace parallax {

/// Edits a document's properties: title, region, region level, years reported and planned, kind.
/// metadata() returns the edited copy with every changed field marked as set by the user.
/// GUI thread only.
class DocumentPropertiesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPropertiesDialog)

public:
    /// `regions` are offered for completion.
    explicit DocumentPropertiesDialog(const DocumentMetadata &meta, const QStringList &regions = {},
                                      QWidget *parent = nullptr);

    [[nodiscard]] DocumentMetadata metadata() const;
    [[nodiscard]] bool isChanged() const;

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QLineEdit *regionEdit() const { return m_region; }
    [[nodiscard]] QComboBox *levelBox() const { return m_level; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QSpinBox *yearReportedBox() const { return m_yearReported; }
    [[nodiscard]] QSpinBox *yearPlannedBox() const { return m_yearPlanned; }

private:
    DocumentMetadata m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_yearReported = nullptr;
    QSpinBox *m_yearPlanned = nullptr;
};

} // namespace parallax
