#include "core/common/errortext.h"

#include <QCoreApplication>

namespace parallax {

QString errorReason(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound:
        return QCoreApplication::translate("Parallax::Error", "file not found");
    case ErrorCode::FileUnreadable:
        return QCoreApplication::translate("Parallax::Error", "the file cannot be read (permissions or I/O error)");
    case ErrorCode::EmptyFile:
        return QCoreApplication::translate("Parallax::Error", "the file is empty");
    case ErrorCode::FileTooLarge:
        return QCoreApplication::translate("Parallax::Error", "the file is larger than the import limit");
    case ErrorCode::BinaryFile:
        return QCoreApplication::translate("Parallax::Error", "not a text, HTML, PDF or DOCX document (binary content)");
    case ErrorCode::UnknownEncoding:
        return QCoreApplication::translate("Parallax::Error", "the text encoding could not be recognised");
    case ErrorCode::LineTooLong:
        return QCoreApplication::translate("Parallax::Error", "a line is longer than the import limit");
    case ErrorCode::NoText:
        return QCoreApplication::translate("Parallax::Error", "the document contains no text");
    case ErrorCode::HtmlMalformed:
        return QCoreApplication::translate("Parallax::Error", "the HTML could not be parsed");
    case ErrorCode::PdfCorrupt:
        return QCoreApplication::translate("Parallax::Error", "the PDF is damaged or truncated");
    case ErrorCode::PdfEncrypted:
        return QCoreApplication::translate("Parallax::Error", "the PDF is encrypted");
    case ErrorCode::PdfNoTextLayer:
        return QCoreApplication::translate("Parallax::Error", "no text layer; scanned PDFs need OCR");
    case ErrorCode::DocxNotZip:
        return QCoreApplication::translate("Parallax::Error", "not a valid DOCX file (not a zip archive)");
    case ErrorCode::DocxCorrupt:
        return QCoreApplication::translate("Parallax::Error", "the DOCX file is damaged (no readable document part)");
    case ErrorCode::DocxTooLarge:
        return QCoreApplication::translate("Parallax::Error", "the DOCX file expands to more than the import limit");
    case ErrorCode::DatabaseOpen:
        return QCoreApplication::translate("Parallax::Error", "the library database cannot be opened");
    case ErrorCode::DatabaseQuery:
        return QCoreApplication::translate("Parallax::Error", "the library database reported an error");
    case ErrorCode::DatabaseSchemaTooNew:
        return QCoreApplication::translate("Parallax::Error", "the library was written by a newer version of Parallax");
    case ErrorCode::DocumentNotFound:
        return QCoreApplication::translate("Parallax::Error", "no such document in the library");
    case ErrorCode::Duplicate:
        return QCoreApplication::translate("Parallax::Error", "already in the library (same content)");
    case ErrorCode::InvalidArgument:
        return QCoreApplication::translate("Parallax::Error", "invalid argument");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("Parallax::Error", "cancelled");
    case ErrorCode::TimeBudgetExceeded:
        return QCoreApplication::translate("Parallax::Error", "reading the document took longer than the time limit per document");
    }
    return QCoreApplication::translate("Parallax::Error", "unknown error");
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
