#pragma once

#include "core/indicators/observation.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QCheckBox;

namespace parallax {

/// Edits one observation's figure: indicator, measure, kind, year, value (and upper end),
/// unit and qualifier. Opened with open() (window-modal, no nested event loop). GUI thread only.
class ObservationDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservationDialog)

public:
    explicit ObservationDialog(const Observation &observation, bool adding, QWidget *parent = nullptr);

    /// The observation as edited (fields not shown are kept from the one passed in).
    [[nodiscard]] Observation observation() const;

private:
    Observation m_original;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_valueMax = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_qualifier = nullptr;
    QPlainTextEdit *m_quote = nullptr;
};

} // namespace parallax
