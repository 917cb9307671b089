#include "ui/library/emptylibrarywidget.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

EmptyLibraryWidget::EmptyLibraryWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/parallax/icons/parallax.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Your library is empty"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *hint = new QLabel(tr("Drag report files or folders here (text, HTML, PDF or Word), "
                               "or import them from the File menu."),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_samplesButton = new QPushButton(tr("Import the sample reports"), this);
    m_samplesButton->setDefault(true);
    auto *filesButton = new QPushButton(tr("Import Files…"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addWidget(m_samplesButton, 0, Qt::AlignHCenter);
    layout->addWidget(filesButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_samplesButton, &QPushButton::clicked, this, &EmptyLibraryWidget::importSamplesRequested);
    connect(filesButton, &QPushButton::clicked, this, &EmptyLibraryWidget::importFilesRequested);
}

} // namespace parallax
