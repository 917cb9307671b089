#include "core/import/pdfextractor.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Lines within this many of the top or bottom of a page are where running headers, footers and
// page numbers live.
constexpr int EdgeLines = 2;

using Page = QStringList;

/// Page numbers as printed: "3", "- 3 -", "—3—", "第3页", "第 3 页 共 12 页", "3/12", "Page 3 of 12".
bool isPageNumber(QStringView line)
{
    static const QRegularExpression pattern(
        u"^(?:[-\u2013\u2014\u2015\u2500\u2501~\\s]*\\d{1,5}[-\u2013\u2014\u2015\u2500\u2501~\\s]*"
        u"|\\d{1,5}\\s*/\\s*\\d{1,5}"
        u"|\u7b2c\\s*\\d{1,5}\\s*\u9875(?:\\s*[,\uff0c/]?\\s*\u5171\\s*\\d{1,5}\\s*\u9875)?"
        u"|(?:page|p\\.)\\s*\\d{1,5}(?:\\s*(?:of|/)\\s*\\d{1,5})?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

/// Running header/footer identity: digits (page numbers, dates) and spacing do not count.
QString edgeKey(QStringView line)
{
    QString key;
    key.reserve(line.size());
    for (QChar c : line) {
        if (c.isSpace())
            continue;
        key.append(c.isDigit() ? QChar(u'#') : c);
    }
    return key;
}

void removeRunningHeadersAndPageNumbers(std::vector<Page> &pages)
{
    const qsizetype pageCount = qsizetype(pages.size());
    // A key counts as running when it sits at the same edge of most pages.
    QHash<QString, int> topCounts;
    QHash<QString, int> bottomCounts;
    if (pageCount >= 2) {
        for (const Page &page : pages) {
            QSet<QString> top;
            QSet<QString> bottom;
            for (qsizetype i = 0; i < std::min<qsizetype>(EdgeLines, page.size()); ++i)
                top.insert(edgeKey(page[i]));
            for (qsizetype i = std::max<qsizetype>(0, page.size() - EdgeLines); i < page.size(); ++i)
                bottom.insert(edgeKey(page[i]));
            for (const QString &key : std::as_const(top))
                ++topCounts[key];
            for (const QString &key : std::as_const(bottom))
                ++bottomCounts[key];
        }
    }
    const int threshold = std::max(2, int(std::ceil(pageCount * 0.6)));
    auto isRunning = [&](const QHash<QString, int> &counts, const QString &line) {
        return pageCount >= 2 && counts.value(edgeKey(line)) >= threshold;
    };

    for (Page &page : pages) {
        // Top edge: drop from the start while the line is a page number or running header.
        int removed = 0;
        while (!page.isEmpty() && removed < EdgeLines
               && (isPageNumber(page.first()) || isRunning(topCounts, page.first()))) {
            page.removeFirst();
            ++removed;
        }
        removed = 0;
        while (!page.isEmpty() && removed < EdgeLines
               && (isPageNumber(page.last()) || isRunning(bottomCounts, page.last()))) {
            page.removeLast();
            ++removed;
        }
    }
}

int displayWidth(QStringView line)
{
    int width = 0;
    for (QChar c : line) {
        const char16_t u = c.unicode();
        width += (u >= 0x1100 && (u < 0x2000 || u >= 0x2E80)) ? 2 : 1;
    }
    return width;
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u < 0xA000) || (u >= 0xF900 && u < 0xFB00) || (u >= 0xFF00 && u < 0xFFF0)
           || c.isSurrogate();
}

bool endsSentence(QChar c)
{
    // Full stops, closing quotes and brackets and colons end a line on purpose.
    static constexpr QStringView enders = u"\u3002\uff01\uff1f\uff1b\uff1a\u201d\u2019\u300d\u300f\u3011\uff09\u2026.!?;:)\"";
    return enders.contains(c);
}

/// Joins lines that page layout broke: a line that runs (nearly) to the right margin and does not
/// end a sentence continues on the next line. Short lines (headings, paragraph ends) stay lines;
/// that is why the width matters and not only the last character.
QString rejoinLines(const std::vector<Page> &pages)
{
    QStringList lines;
    for (const Page &page : pages)
        lines.append(page);
    if (lines.isEmpty())
        return {};

    std::vector<int> widths;
    widths.reserve(size_t(lines.size()));
    for (const QString &line : std::as_const(lines))
        widths.push_back(displayWidth(line));
    std::vector<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    const int fullWidth = sorted[size_t(double(sorted.size() - 1) * 0.9)];
    const int joinWidth = int(fullWidth * 0.85);

    QString out;
    out.reserve(std::accumulate(widths.begin(), widths.end(), qsizetype(0)));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        out.append(line);
        if (i + 1 == lines.size())
            break;
        const QString &next = lines[i + 1];
        const QChar last = line.back();
        const bool full = widths[size_t(i)] >= joinWidth && fullWidth >= 20;
        if (full && !endsSentence(last)) {
            if (isCjk(last) || isCjk(next.front()))
                continue; // no space between CJK halves
            if (last.isLetterOrNumber() && next.front().isLetterOrNumber()) {
                out.append(u' ');
                continue;
            }
        }
        out.append(u'\n');
    }
    return out;
}

} // namespace

Result<ExtractedText> extractPdf(const QByteArray &bytes, const ImportOptions &options)
{
    QByteArray data = bytes; // QBuffer needs a non-const array; this is a shallow copy
    QBuffer buffer(&data);
    if (!buffer.open(QIODevice::ReadOnly))
        return fail(ErrorCode::PdfCorrupt, {}, u"cannot open buffer"_s);

    QPdfDocument document;
    document.load(&buffer);
    // A QBuffer is random-access and complete, so QtPdf loads synchronously.
    switch (document.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return fail(ErrorCode::PdfEncrypted, {}, u"password protected"_s);
    default:
        return fail(ErrorCode::PdfCorrupt, {}, u"QPdfDocument error %1"_s.arg(int(document.error())));
    }
    if (document.status() != QPdfDocument::Status::Ready)
        return fail(ErrorCode::PdfCorrupt, {}, u"document not ready (status %1)"_s.arg(int(document.status())));

    const int pageCount = std::min(document.pageCount(), std::max(0, options.maxPdfPages));
    std::vector<Page> pages;
    pages.reserve(size_t(pageCount));
    qsizetype letters = 0;
    const QDeadlineTimer deadline(options.timeBudgetMs);
    for (int pageIndex = 0; pageIndex < pageCount; ++pageIndex) {
        if (deadline.hasExpired())
            return fail(ErrorCode::TimeBudgetExceeded, {},
                        u"%1 of %2 pages read in %3 ms"_s.arg(pageIndex).arg(pageCount).arg(options.timeBudgetMs));
        const QString text = document.getAllText(pageIndex).text();
        Page page;
        for (QStringView line : QStringView(text).split(u'\n')) {
            line = line.trimmed(); // also drops the '\r' of "\r\n"
            if (line.isEmpty())
                continue;
            for (QChar c : line)
                letters += c.isLetter();
            page.append(line.toString());
        }
        pages.push_back(std::move(page));
    }
    document.close();

    // A scan carries an image per page and, at most, a stray character or page number.
    if (letters < std::max(4, pageCount * 3))
        return fail(ErrorCode::PdfNoTextLayer, {}, u"%1 letters on %2 pages"_s.arg(letters).arg(pageCount));

    removeRunningHeadersAndPageNumbers(pages);

    ExtractedText result;
    result.format = SourceFormat::Pdf;
    result.text = rejoinLines(pages);
    return result;
}

} // namespace parallax
