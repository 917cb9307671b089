#include "ui/common/aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

AboutDialog::AboutDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Parallax"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/parallax/icons/parallax.svg"_s).pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(
        tr("<h2>Parallax %1</h2>"
           "<p>Compare Chinese government work reports and five-year plans: structure, wording, "
           "targets and indicators, side by side.</p>")
            .arg(QString::fromLatin1(PARALLAX_VERSION))
        + u"<p>"_s
        + tr("Library: %1").arg(QDir::toNativeSeparators(libraryPath).toHtmlEscaped()) + u"<br>"_s
        + tr("Built with Qt %1, running on Qt %2.").arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()))
        + u"</p>"_s);
    text->setMinimumWidth(380);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace parallax
