#include "ui/compare/comparedialog.h"

#include "ui/targets/documentpicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parallax {

CompareDialog::CompareDialog(const std::vector<DocumentSummary> &documents, const QList<qint64> &checked,
                             QWidget *parent)
    : QDialog(parent)
    , m_picker(new DocumentPicker(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Compare Documents"));
    auto *hint = new QLabel(tr("Tick two or more documents. The first ticked document is the base."), this);
    hint->setWordWrap(true);
    m_picker->setDocuments(documents);
    m_picker->setCheckedIds(checked);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_buttons);
    resize(520, 480);

    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_picker->checkedIds().size() >= 2); };
    connect(m_picker, &DocumentPicker::checkedIdsChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QList<qint64> CompareDialog::checkedIds() const
{
    return m_picker->checkedIds();
}

} // namespace parallax
