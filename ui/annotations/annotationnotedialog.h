#pragma once

#include "core/annotations/annotation.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parallax {

/// Edits a note: the text (multi-line, long notes are fine), comma-separated tags completed from
/// the tags already in use, and the highlight colour; the quote is shown for context. Opened
/// non-modally with open(); read the values after accepted(). GUI thread only.
class AnnotationNoteDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationNoteDialog)

public:
    explicit AnnotationNoteDialog(QWidget *parent = nullptr);

    void setQuote(const QString &quote);
    void setNote(const QString &note);
    [[nodiscard]] QString note() const;
    void setTags(const QStringList &tags);
    /// The tags as typed, split at commas (also ， 、 ; ；) and cleaned (normalizedTags()).
    [[nodiscard]] QStringList tags() const;
    void setColor(HighlightColor color);
    [[nodiscard]] HighlightColor color() const;
    /// Tags offered for completion.
    void setKnownTags(const QStringList &tags);

    [[nodiscard]] QPlainTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QLineEdit *tagsEdit() const { return m_tags; }

    /// Splits a comma-separated tag list as the dialog does.
    [[nodiscard]] static QStringList splitTags(const QString &text);

private:
    void updateCompletionPrefix();
    void insertCompletion(const QString &tag);
    void updateOkButton();

    QLabel *m_quote = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_color = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_limit = nullptr;
};

} // namespace parallax
