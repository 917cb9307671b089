#include "ui/annotations/annotationnotedialog.h"

#include "ui/annotations/annotationstyle.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Separators analysts type between tags: ASCII and full-width commas, the enumeration comma, semicolons.
const QRegularExpression &tagSeparators()
{
    static const QRegularExpression separators(u"[,，、;；]"_s);
    return separators;
}

} // namespace

AnnotationNoteDialog::AnnotationNoteDialog(QWidget *parent)
    : QDialog(parent)
    , m_quote(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_color(new QComboBox(this))
    , m_completer(new QCompleter(this))
    , m_limit(new QLabel(this))
{
    setWindowTitle(tr("Note"));
    setObjectName(u"annotationNoteDialog"_s);

    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setContentsMargins(8, 6, 8, 6);
    m_quote->setAutoFillBackground(true);
    m_quote->setBackgroundRole(QPalette::AlternateBase);

    m_note->setPlaceholderText(tr("Your note on this passage"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(160);

    m_tags->setPlaceholderText(tr("Comma-separated, e.g. 粮食, targets"));
    m_tags->setClearButtonEnabled(true);
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(m_tags);

    for (HighlightColor color : kHighlightColors)
        m_color->addItem(highlightIcon(color), displayName(color), int(color));

    m_limit->setForegroundRole(QPalette::PlaceholderText);
    m_limit->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Colour:"), m_color);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quote);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_limit);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tags, &QLineEdit::textEdited, this, &AnnotationNoteDialog::updateCompletionPrefix);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AnnotationNoteDialog::insertCompletion);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AnnotationNoteDialog::updateOkButton);
    m_note->setFocus();
}

void AnnotationNoteDialog::setQuote(const QString &quote)
{
    constexpr qsizetype shown = 300;
    QString text = quote.left(shown);
    if (quote.size() > shown)
        text += u'…';
    m_quote->setText(text);
    m_quote->setVisible(!quote.isEmpty());
}

void AnnotationNoteDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString AnnotationNoteDialog::note() const
{
    return m_note->toPlainText();
}

void AnnotationNoteDialog::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(u", "_s));
}

QStringList AnnotationNoteDialog::splitTags(const QString &text)
{
    return normalizedTags(text.split(tagSeparators(), Qt::SkipEmptyParts));
}

QStringList AnnotationNoteDialog::tags() const
{
    return splitTags(m_tags->text());
}

void AnnotationNoteDialog::setColor(HighlightColor color)
{
    m_color->setCurrentIndex(std::max(0, m_color->findData(int(color))));
}

HighlightColor AnnotationNoteDialog::color() const
{
    return HighlightColor(m_color->currentData().toInt());
}

void AnnotationNoteDialog::setKnownTags(const QStringList &tags)
{
    static_cast<QStringListModel *>(m_completer->model())->setStringList(tags);
}

void AnnotationNoteDialog::updateCompletionPrefix()
{
    // Complete the tag being typed: the text after the last separator.
    const QString text = m_tags->text().left(m_tags->cursorPosition());
    const qsizetype separator = text.lastIndexOf(tagSeparators());
    const QString prefix = text.mid(separator + 1).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void AnnotationNoteDialog::insertCompletion(const QString &tag)
{
    const QString text = m_tags->text();
    const qsizetype cursor = m_tags->cursorPosition();
    const qsizetype separator = text.left(cursor).lastIndexOf(tagSeparators());
    const QString before = text.left(separator + 1);
    QString replaced = before + (before.isEmpty() ? QString() : u" "_s) + tag + u", "_s;
    const QString after = text.mid(cursor);
    const qsizetype nextSeparator = after.indexOf(tagSeparators());
    if (nextSeparator >= 0)
        replaced += after.mid(nextSeparator + 1).trimmed();
    m_tags->setText(replaced);
}

void AnnotationNoteDialog::updateOkButton()
{
    const qsizetype length = m_note->document()->characterCount() - 1;
    const bool tooLong = length > kMaxNoteLength;
    m_limit->setVisible(tooLong);
    if (tooLong)
        m_limit->setText(
            tr("The note is too long (%1 of at most %2 characters).").arg(length).arg(kMaxNoteLength));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!tooLong);
}

} // namespace parallax
