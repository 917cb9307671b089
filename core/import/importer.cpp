#include "core/import/importer.h"

#include "core/align/topicclassifier.h"

#include "core/document/metadataextractor.h"
#include "core/document/structureparser.h"
#include "core/import/docxreader.h"
#include "core/import/htmlextractor.h"
#include "core/import/pdfextractor.h"
#include "core/import/pdfprocess.h"
#include "core/import/textdecoder.h"
#include "core/text/normalizer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qsizetype SniffBytes = 1024;

bool hasExtension(QStringView fileName, std::initializer_list<QStringView> extensions)
{
    for (QStringView extension : extensions) {
        if (fileName.endsWith(extension, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// The first KB looks like markup: a doctype or one of the tags every saved page has.
bool looksLikeHtml(QByteArrayView bytes)
{
    QByteArray head = bytes.first(std::min(bytes.size(), SniffBytes)).toByteArray().toLower();
    // UTF-16 pages: drop the NUL halves so the ASCII markup can be seen.
    if (head.count('\0') > head.size() / 4)
        head.replace('\0', QByteArray());
    static constexpr std::array<QByteArrayView, 9> markers = {"<!doctype html", "<html", "<head", "<body",
                                                              "<meta", "<title", "<div", "<table", "<p>"};
    for (QByteArrayView marker : markers) {
        if (head.contains(marker))
            return true;
    }
    return false;
}

Error withSubject(Error error, const QString &path)
{
    error.subject = path;
    return error;
}

/// Fails on the first line longer than `maxLength` characters. One pass, no allocations.
bool hasOverlongLine(QStringView text, qsizetype maxLength, qsizetype &longest)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end - start > maxLength) {
            longest = end - start;
            return true;
        }
        start = end + 1;
    }
    return false;
}

bool hasVisibleText(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return true;
    }
    return false;
}

} // namespace

std::optional<SourceFormat> sniffFormat(QByteArrayView bytes, QStringView fileName)
{
    const QByteArrayView head = bytes.first(std::min(bytes.size(), SniffBytes));
    if (head.indexOf("%PDF-") >= 0)
        return SourceFormat::Pdf;
    if (bytes.startsWith("PK\x03\x04")) {
        if (bytes.contains("word/document.xml") || hasExtension(fileName, {u".docx"}))
            return SourceFormat::Docx;
        return std::nullopt; // some other zip (xlsx, epub, an archive)
    }
    if (looksBinary(bytes))
        return std::nullopt;
    if (looksLikeHtml(bytes))
        return SourceFormat::Html;
    // Content is plain text; a page whose first KB had no telling tag still counts as HTML if its
    // name says so and it has markup at all.
    if (hasExtension(fileName, {u".htm", u".html", u".shtml", u".xhtml"}) && head.contains('<')
        && head.contains('>'))
        return SourceFormat::Html;
    return SourceFormat::Text;
}

Result<ExtractedText> extractText(const QByteArray &bytes, QStringView fileName, const ImportOptions &options)
{
    const std::optional<SourceFormat> format = sniffFormat(bytes, fileName);
    if (!format)
        return fail(ErrorCode::BinaryFile, {}, u"not a text, HTML, PDF or DOCX file"_s);
    switch (*format) {
    case SourceFormat::Pdf:
        return extractPdfIsolated(bytes, options);
    case SourceFormat::Docx:
        return readDocx(bytes, options);
    case SourceFormat::Html:
        return extractHtml(bytes, options);
    case SourceFormat::Text:
        break;
    }
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded)
        return tl::unexpected(decoded.error());
    ExtractedText result;
    result.format = SourceFormat::Text;
    result.text = std::move(decoded->text);
    result.encoding = std::move(decoded->encoding);
    return result;
}

Result<Document> importBytes(const QByteArray &bytes, const QString &path, const ImportOptions &options)
{
    if (bytes.isEmpty())
        return fail(ErrorCode::EmptyFile, path);
    if (bytes.size() > options.maxFileBytes)
        return fail(ErrorCode::FileTooLarge, path, u"%1 bytes, limit %2"_s.arg(bytes.size()).arg(options.maxFileBytes));

    const QDeadlineTimer deadline(options.timeBudgetMs);
    auto overBudget = [&](const char *stage) {
        return fail(ErrorCode::TimeBudgetExceeded, path,
                    u"limit %1 ms, exceeded after %2"_s.arg(options.timeBudgetMs).arg(QLatin1StringView(stage)));
    };
    const QString fileName = QFileInfo(path).fileName();
    Result<ExtractedText> extracted = extractText(bytes, fileName, options);
    if (!extracted)
        return tl::unexpected(withSubject(extracted.error(), path));
    if (deadline.hasExpired())
        return overBudget("reading the file");

    Document document;
    document.text = normalizeDisplayText(extracted->text);
    extracted->text.clear();
    if (!hasVisibleText(document.text))
        return fail(ErrorCode::NoText, path);
    qsizetype longest = 0;
    if (hasOverlongLine(document.text, options.maxLineLength, longest))
        return fail(ErrorCode::LineTooLong, path, u"line of %1 characters, limit %2"_s.arg(longest).arg(options.maxLineLength));

    if (deadline.hasExpired())
        return overBudget("normalising the text");

    StructureOptions structureOptions;
    structureOptions.maxDepth = options.maxSectionDepth;
    structureOptions.headingHints = std::move(extracted->headingHints);
    document.sections = parseStructure(document.text, structureOptions);
    if (deadline.hasExpired())
        return overBudget("finding the sections");
    document.meta = inferMetadata(document.text, document.sections, fileName);
    assignTopics(document);
    if (deadline.hasExpired())
        return overBudget("classifying the sections");
    document.tokenStarts = TokenStarts::compute(document.text);
    if (deadline.hasExpired())
        return overBudget("segmenting the text into words");
    document.contentHash = QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    document.sourcePath = path;
    document.format = extracted->format;
    document.encoding = extracted->encoding;
    return document;
}

Result<Document> importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    const QString absolutePath = info.absoluteFilePath();
    if (!info.exists())
        return fail(ErrorCode::FileNotFound, absolutePath);
    if (info.isDir())
        return fail(ErrorCode::FileUnreadable, absolutePath, u"is a directory"_s);
    // Checked before reading so a huge file costs nothing.
    if (info.size() > options.maxFileBytes)
        return fail(ErrorCode::FileTooLarge, absolutePath, u"%1 bytes, limit %2"_s.arg(info.size()).arg(options.maxFileBytes));

    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, absolutePath, file.errorString());
    // Bounded read: a file that grew since stat() still cannot exceed the limit in memory.
    const QByteArray bytes = file.read(options.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::FileUnreadable, absolutePath, file.errorString());
    return importBytes(bytes, absolutePath, options);
}

} // namespace parallax
