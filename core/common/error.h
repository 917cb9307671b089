#pragma once

#include <QString>

namespace parallax {

/// What went wrong, as a stable code the UI and CLI turn into a translated message
/// (see core/common/errortext.h). Core code never builds user-facing sentences itself.
enum class ErrorCode {
    FileNotFound,
    FileUnreadable,
    EmptyFile,
    FileTooLarge,
    BinaryFile,      ///< content is not text of any supported format (e.g. a PNG renamed .txt)
    UnknownEncoding, ///< text whose encoding could not be recognised with confidence
    LineTooLong,
    NoText,          ///< the format was read but held no text
    HtmlMalformed,
    PdfCorrupt,
    PdfEncrypted,
    PdfNoTextLayer,
    DocxNotZip,
    DocxCorrupt,
    DocxTooLarge, ///< uncompressed size over the limit (zip bomb guard)
    DatabaseOpen,
    DatabaseQuery,
    DatabaseSchemaTooNew,
    DocumentNotFound,
    Duplicate, ///< identical content is already in the library
    InvalidArgument,
    Cancelled,
    TimeBudgetExceeded, ///< one document took longer than ImportOptions::timeBudgetMs
};

/// A failure: the code, the file (or other subject) it concerns, and a technical detail
/// (untranslated, e.g. an SQLite message) for logs and the "details" part of a message.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString subject;
    QString detail;
};

} // namespace parallax
