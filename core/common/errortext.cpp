#include "core/common/errortext.h"

#include <QCoreApplication>

namespace parallax {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Parallax::Error", text);
}
} // namespace

QString errorReason(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound:
        return tr("file not found");
    case ErrorCode::FileUnreadable:
        return tr("the file cannot be read (permissions or I/O error)");
    case ErrorCode::EmptyFile:
        return tr("the file is empty");
    case ErrorCode::FileTooLarge:
        return tr("the file is larger than the import limit");
    case ErrorCode::BinaryFile:
        return tr("not a text, HTML, PDF or DOCX document (binary content)");
    case ErrorCode::UnknownEncoding:
        return tr("the text encoding could not be recognised");
    case ErrorCode::LineTooLong:
        return tr("a line is longer than the import limit");
    case ErrorCode::NoText:
        return tr("the document contains no text");
    case ErrorCode::HtmlMalformed:
        return tr("the HTML could not be parsed");
    case ErrorCode::PdfCorrupt:
        return tr("the PDF is damaged or truncated");
    case ErrorCode::PdfEncrypted:
        return tr("the PDF is encrypted");
    case ErrorCode::PdfNoTextLayer:
        return tr("no text layer; scanned PDFs need OCR");
    case ErrorCode::DocxNotZip:
        return tr("not a valid DOCX file (not a zip archive)");
    case ErrorCode::DocxCorrupt:
        return tr("the DOCX file is damaged (no readable document part)");
    case ErrorCode::DocxTooLarge:
        return tr("the DOCX file expands to more than the import limit");
    case ErrorCode::DatabaseOpen:
        return tr("the library database cannot be opened");
    case ErrorCode::DatabaseQuery:
        return tr("the library database reported an error");
    case ErrorCode::DatabaseSchemaTooNew:
        return tr("the library was written by a newer version of Parallax");
    case ErrorCode::DocumentNotFound:
        return tr("no such document in the library");
    case ErrorCode::Duplicate:
        return tr("already in the library (same content)");
    case ErrorCode::InvalidArgument:
        return tr("invalid argument");
    case ErrorCode::Cancelled:
        return tr("cancelled");
    }
    return tr("unknown error");
}

QString errorText(const Error &error)
{
    QString text = errorReason(error.code);
    if (!error.subject.isEmpty()) {
        text = QCoreApplication::translate("Parallax::Error", "%1: %2").arg(error.subject, text);
    }
    if (!error.detail.isEmpty())
        text = QCoreApplication::translate("Parallax::Error", "%1 (%2)").arg(text, error.detail);
    return text;
}

} // namespace parallax
