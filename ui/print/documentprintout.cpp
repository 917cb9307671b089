#include "ui/print/documentprintout.h"

#include "core/annotations/annotationexport.h"
#include "ui/annotations/annotationstyle.h"
#include "ui/common/displaynames.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

class PrintText
{
    Q_DECLARE_TR_FUNCTIONS(PrintText)
};

void formatRange(QTextDocument &document, qsizetype start, qsizetype end, const QTextCharFormat &chars,
                 const QTextBlockFormat *block = nullptr)
{
    QTextCursor cursor(&document);
    cursor.setPosition(int(std::clamp(start, qsizetype(0), qsizetype(document.characterCount() - 1))));
    cursor.setPosition(int(std::clamp(end, qsizetype(0), qsizetype(document.characterCount() - 1))),
                       QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(chars);
    if (block)
        cursor.mergeBlockFormat(*block);
}

void formatStructure(QTextDocument &text, const Document &document)
{
    QTextBlockFormat body;
    body.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    body.setBottomMargin(4);
    body.setTextIndent(20);
    body.setAlignment(Qt::AlignJustify);
    formatRange(text, 0, document.text.size(), QTextCharFormat(), &body);
    forEachSection(document.sections, [&](const Section &section) {
        if (section.role == SectionRole::Targets) {
            QTextBlockFormat targets;
            targets.setBackground(QColor(0xf3, 0xf6, 0xfa));
            formatRange(text, section.start, section.end, QTextCharFormat(), &targets);
        }
        if (section.bodyStart <= section.start)
            return;
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        if (section.level == 1)
            heading.setFontPointSize(12.5);
        const QTextBlock block = text.findBlock(int(section.start));
        const qsizetype lineEnd = block.position() + block.length() - 1;
        if (section.headingSplit || section.bodyStart < lineEnd) {
            formatRange(text, section.start, section.bodyStart, heading);
            return;
        }
        QTextBlockFormat headingBlock;
        headingBlock.setTextIndent(0);
        headingBlock.setAlignment(Qt::AlignLeft);
        headingBlock.setTopMargin(section.level == 1 ? 12 : 6);
        headingBlock.setBottomMargin(section.level == 1 ? 6 : 3);
        headingBlock.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        formatRange(text, section.start, lineEnd, heading, &headingBlock);
    });
}

QString headerRight(const DocumentMetadata &meta)
{
    QStringList parts;
    if (!meta.region.isEmpty())
        parts << meta.region;
    if (meta.yearPlanned > 0)
        parts << yearText(meta.yearPlanned, meta.periodEnd);
    parts << displayName(meta.kind);
    return parts.join(u" · "_s);
}

} // namespace

DocumentPrintout buildDocumentPrintout(const Document &document, const std::vector<Annotation> &annotations)
{
    DocumentPrintout printout;
    printout.text = std::make_unique<QTextDocument>();
    QTextDocument &text = *printout.text;
    QFont font(printFontFamily());
    font.setPointSizeF(10.5);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    text.setPlainText(document.text);
    formatStructure(text, document);

    printout.decoration.headerLeft = document.meta.title;
    printout.decoration.headerRight = headerRight(document.meta);
    printout.decoration.fontFamily = font.family();

    // Attached notes in text order get numbers 1..n; orphaned ones are listed after them.
    std::vector<const Annotation *> attached;
    std::vector<const Annotation *> orphaned;
    for (const Annotation &a : annotations) {
        const bool inText = a.status == AnchorStatus::Attached && a.anchor.start >= 0
            && a.anchor.end <= document.text.size() && a.anchor.end > a.anchor.start;
        (inText ? attached : orphaned).push_back(&a);
    }
    std::stable_sort(attached.begin(), attached.end(), [](const Annotation *a, const Annotation *b) {
        return a->anchor.end < b->anchor.end;
    });
    printout.decoration.marginNotes = !attached.empty();

    for (const Annotation *a : attached) {
        QTextCharFormat highlight;
        highlight.setBackground(highlightPaper(a->color));
        formatRange(text, a->anchor.start, a->anchor.end, highlight);
    }
    // Markers go in from the end backwards, so earlier offsets stay valid; positions are then
    // shifted by the markers before them.
    QTextCharFormat marker;
    marker.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    marker.setForeground(QColor(0x8a, 0x63, 0x00));
    marker.setFontWeight(QFont::Bold);
    for (auto it = attached.rbegin(); it != attached.rend(); ++it) {
        const int number = int(attached.rend() - it);
        QTextCursor cursor(&text);
        cursor.setPosition(int((*it)->anchor.end));
        cursor.insertText(QString::number(number), marker);
    }
    int shift = 0;
    for (std::size_t i = 0; i < attached.size(); ++i) {
        const Annotation &a = *attached[i];
        const QString number = QString::number(i + 1);
        MarginNote note;
        note.position = int(a.anchor.end) + shift;
        note.number = number;
        note.text = a.note.isEmpty() ? (a.tags.isEmpty() ? PrintText::tr("(highlight)") : a.tags.join(u", "_s))
                                     : a.note.simplified();
        printout.notes.push_back(note);
        shift += int(number.size());
    }

    if (attached.empty() && orphaned.empty())
        return printout;

    // Endnotes: every note in full, with its quote, section and tags.
    QTextCursor cursor(&text);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat headingBlock;
    headingBlock.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    headingBlock.setBottomMargin(8);
    QTextCharFormat headingChars;
    headingChars.setFontWeight(QFont::Bold);
    headingChars.setFontPointSize(13);
    headingChars.setBackground(Qt::NoBrush);
    cursor.insertBlock(headingBlock, headingChars);
    cursor.insertText(PrintText::tr("Notes"));

    QTextBlockFormat entryBlock;
    entryBlock.setTextIndent(0);
    entryBlock.setLeftMargin(16);
    entryBlock.setBottomMargin(6);
    entryBlock.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat plain;
    plain.setFontPointSize(9.5);
    QTextCharFormat bold = plain;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat grey = plain;
    grey.setForeground(QColor(0x57, 0x60, 0x6a));

    auto writeEntry = [&](const Annotation &a, const QString &label) {
        cursor.insertBlock(entryBlock, plain);
        cursor.insertText(label + u"  "_s, bold);
        const QString section = sectionTitleAt(document, a.anchor.start);
        if (!section.isEmpty() && a.status == AnchorStatus::Attached)
            cursor.insertText(section + u"  "_s, grey);
        QTextCharFormat quote = plain;
        quote.setBackground(highlightPaper(a.color));
        const QString quoteText = a.anchor.quote.size() > 400 ? a.anchor.quote.left(400) + u'…' : a.anchor.quote;
        cursor.insertText(u"“"_s + QString(quoteText).replace(u'\n', u' ') + u"”"_s, quote);
        if (!a.note.isEmpty()) {
            cursor.insertText(QString(QChar::LineSeparator), plain);
            cursor.insertText(a.note, plain);
        }
        if (!a.tags.isEmpty()) {
            cursor.insertText(QString(QChar::LineSeparator), plain);
            cursor.insertText(PrintText::tr("Tags: %1").arg(a.tags.join(u", "_s)), grey);
        }
    };
    for (std::size_t i = 0; i < attached.size(); ++i)
        writeEntry(*attached[i], QString::number(i + 1) + u'.');
    for (const Annotation *a : orphaned)
        writeEntry(*a, PrintText::tr("Not found in the current text:"));
    return printout;
}

int printDocument(DocumentPrintout &printout, QPagedPaintDevice &device)
{
    return printPaged(*printout.text, device, printout.decoration, printout.notes);
}

Result<int> writeDocumentPdf(const Document &document, const std::vector<Annotation> &annotations,
                             const QString &path, const QPageSize &pageSize)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return fail(ErrorCode::InvalidArgument, path, probe.errorString());
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(document.meta.title);
    writer.setCreator(u"Parallax"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(18, 16, 18, 14),
                                     QPageLayout::Millimeter));
    DocumentPrintout printout = buildDocumentPrintout(document, annotations);
    const int pages = printDocument(printout, writer);
    if (pages == 0)
        return fail(ErrorCode::InvalidArgument, path, u"nothing could be printed"_s);
    return pages;
}

} // namespace parallax
