#include "core/import/htmlextractor.h"

#include "core/import/textdecoder.h"

#include <gumbo.h>

#include <QByteArray>
#include <QStringList>

#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// ---------------------------------------------------------------------------------------------
// Charset: the HTML5 "prescan" idea on the raw bytes (all charsets we accept are ASCII-compatible
// in their markup), looking for <meta charset=…> or <meta http-equiv content="…; charset=…">.

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

QByteArray declaredCharset(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 8192)).toByteArray().toLower();
    qsizetype pos = 0;
    while ((pos = head.indexOf("<meta", pos)) >= 0) {
        const qsizetype tagEnd = head.indexOf('>', pos);
        const QByteArray tag = head.mid(pos, tagEnd < 0 ? -1 : tagEnd - pos);
        pos += 5;
        const qsizetype at = tag.indexOf("charset");
        if (at < 0)
            continue;
        qsizetype i = at + 7;
        while (i < tag.size() && isAsciiSpace(tag[i]))
            ++i;
        if (i >= tag.size() || tag[i] != '=')
            continue;
        ++i;
        while (i < tag.size() && (isAsciiSpace(tag[i]) || tag[i] == '"' || tag[i] == '\''))
            ++i;
        qsizetype end = i;
        while (end < tag.size() && (std::isalnum(uchar(tag[end])) || tag[end] == '-' || tag[end] == '_'
                                    || tag[end] == '.' || tag[end] == ':'))
            ++end;
        if (end > i)
            return tag.mid(i, end - i);
    }
    return {};
}

/// The name reported for a declared charset, matching decodeText()'s canonical names.
QString canonicalEncodingName(const QString &label)
{
    const QString lower = label.toLower();
    if (lower.startsWith(u"gb") || lower == u"x-gbk" || lower == u"cp936" || lower == u"euc-cn")
        return u"GB18030"_s;
    if (lower.startsWith(u"big5"))
        return u"Big5"_s;
    if (lower == u"utf-8" || lower == u"utf8")
        return u"UTF-8"_s;
    return label;
}

// ---------------------------------------------------------------------------------------------
// Depth guard. gumbo's tree builder scans the stack of open elements for scope checks, so a page
// of 100,000 nested <div>s costs it quadratic time, and gumbo_destroy_output() frees the tree
// recursively. Tags opened beyond maxHtmlDepth are therefore removed before parsing (their text
// stays; only the element boundaries are lost), which keeps both bounded.

bool isVoidElement(QByteArrayView name)
{
    static const std::array<QByteArrayView, 16> voids = {"area", "base", "br", "col", "embed", "hr",
                                                         "img", "input", "link", "meta", "param",
                                                         "source", "track", "wbr", "keygen", "basefont"};
    for (QByteArrayView v : voids) {
        if (name.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isRawTextElement(QByteArrayView name)
{
    return name.compare("script", Qt::CaseInsensitive) == 0 || name.compare("style", Qt::CaseInsensitive) == 0
           || name.compare("textarea", Qt::CaseInsensitive) == 0 || name.compare("title", Qt::CaseInsensitive) == 0
           || name.compare("xmp", Qt::CaseInsensitive) == 0;
}

/// Returns `html` with tags nested deeper than `maxDepth` removed, or a null array if no tag is
/// that deep (the common case: no copy).
QByteArray flattenDeepNesting(const QByteArray &html, int maxDepth)
{
    QByteArray out;
    bool flattening = false;
    qsizetype copiedUpTo = 0;
    int depth = 0;
    const qsizetype n = html.size();
    const char *data = html.constData();
    qsizetype i = 0;
    while (i < n) {
        const char *lt = static_cast<const char *>(std::memchr(data + i, '<', size_t(n - i)));
        if (!lt)
            break;
        i = lt - data;
        if (i + 3 < n && data[i + 1] == '!' && data[i + 2] == '-' && data[i + 3] == '-') {
            const qsizetype close = html.indexOf("-->", i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const bool closing = i + 1 < n && data[i + 1] == '/';
        qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (std::isalnum(uchar(data[nameEnd])) || data[nameEnd] == '-'))
            ++nameEnd;
        if (nameEnd == nameStart || !std::isalpha(uchar(data[nameStart]))) {
            ++i;
            continue;
        }
        // Find the end of the tag, skipping quoted attribute values.
        qsizetype j = nameEnd;
        char quote = 0;
        while (j < n) {
            const char c = data[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            ++j;
        }
        const qsizetype tagEnd = j < n ? j + 1 : n;
        const QByteArrayView name(data + nameStart, nameEnd - nameStart);
        const bool selfClosing = tagEnd >= 2 && data[tagEnd - 2] == '/';

        bool drop = false;
        if (closing) {
            if (depth > maxDepth)
                drop = true;
            if (depth > 0 && !isVoidElement(name))
                --depth;
        } else if (!isVoidElement(name) && !selfClosing) {
            ++depth;
            drop = depth > maxDepth;
        }
        if (drop) {
            if (!flattening) {
                out.reserve(html.size());
                flattening = true;
            }
            out.append(data + copiedUpTo, i - copiedUpTo);
            copiedUpTo = tagEnd;
        }
        i = tagEnd;
        if (!closing && isRawTextElement(name)) {
            // Skip the raw text so a '<' inside a script is not taken for a tag.
            QByteArray endTag = "</" + name.toByteArray().toLower();
            qsizetype close = i;
            for (;;) {
                close = html.indexOf('<', close);
                if (close < 0 || close + endTag.size() > n)
                    break;
                if (QByteArrayView(data + close, endTag.size()).compare(endTag, Qt::CaseInsensitive) == 0)
                    break;
                ++close;
            }
            i = close < 0 ? n : close;
        }
    }
    if (!flattening)
        return {};
    out.append(data + copiedUpTo, n - copiedUpTo);
    return out;
}

// ---------------------------------------------------------------------------------------------
// gumbo allocations are tracked so the whole output can be released without
// gumbo_destroy_output(), whose node destructor recurses once per nesting level.

struct AllocationTracker
{
    std::unordered_set<void *> blocks;
};

void *trackedAllocate(void *userdata, size_t size)
{
    void *block = std::malloc(size);
    if (block)
        static_cast<AllocationTracker *>(userdata)->blocks.insert(block);
    return block;
}

void trackedFree(void *userdata, void *block)
{
    if (!block)
        return;
    static_cast<AllocationTracker *>(userdata)->blocks.erase(block);
    std::free(block);
}

class GumboParse
{
public:
    explicit GumboParse(const QByteArray &utf8)
    {
        GumboOptions options = kGumboDefaultOptions;
        options.allocator = &trackedAllocate;
        options.deallocator = &trackedFree;
        options.userdata = &m_tracker;
        options.max_errors = 16; // errors are not used; each one costs memory
        m_output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    }
    ~GumboParse()
    {
        for (void *block : m_tracker.blocks)
            std::free(block);
    }
    Q_DISABLE_COPY_MOVE(GumboParse)

    [[nodiscard]] const GumboOutput *output() const { return m_output; }

private:
    AllocationTracker m_tracker;
    GumboOutput *m_output = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Text assembly.

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_UL: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP:
        return true;
    default:
        return false;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u < 0xA000) || (u >= 0xF900 && u < 0xFB00) || (u >= 0xFF00 && u < 0xFFF0)
           || c.isSurrogate();
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

/// Collapses runs of HTML white space to one space; a run holding a line break between two CJK
/// characters disappears (source line breaks inside Chinese text are not word gaps).
QString collapseWhitespace(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        if (!isHtmlSpace(raw[i])) {
            out.append(raw[i++]);
            continue;
        }
        bool lineBreak = false;
        while (i < n && isHtmlSpace(raw[i])) {
            lineBreak = lineBreak || raw[i] == u'\n' || raw[i] == u'\r';
            ++i;
        }
        if (out.isEmpty() || i >= n)
            continue;
        if (lineBreak && isCjk(out.back()) && isCjk(raw[i]))
            continue;
        out.append(u' ');
    }
    // Presentational indentation (&nbsp;, U+3000) at paragraph ends is layout, not text.
    return out.trimmed();
}

class TextBuilder
{
public:
    void appendText(QStringView text)
    {
        if (m_cellDepth > 0)
            m_cell.append(text);
        else
            m_paragraph.append(text);
    }

    /// A block boundary: inside a table cell it is a space, elsewhere a paragraph break.
    void breakParagraph()
    {
        if (m_cellDepth > 0) {
            m_cell.append(u' ');
            return;
        }
        const QString paragraph = collapseWhitespace(m_paragraph);
        m_paragraph.clear();
        if (!paragraph.isEmpty())
            m_lines.append(paragraph);
    }

    /// Ends a heading element: its collapsed text becomes a hint.
    void endHeading(int level, QHash<QString, int> &hints)
    {
        if (m_cellDepth > 0)
            return;
        const QString heading = collapseWhitespace(m_paragraph);
        if (!heading.isEmpty() && !hints.contains(heading))
            hints.insert(heading, level);
        breakParagraph();
    }

    void beginRow()
    {
        if (m_cellDepth > 0)
            return; // nested table: its rows flow into the outer cell
        breakParagraph();
        m_cells.clear();
        m_inRow = true;
    }
    void endRow()
    {
        if (m_cellDepth > 0 || !m_inRow)
            return;
        m_inRow = false;
        bool any = false;
        for (const QString &cell : std::as_const(m_cells))
            any = any || !cell.isEmpty();
        if (any)
            m_lines.append(m_cells.join(u" | "));
        m_cells.clear();
    }
    void beginCell()
    {
        if (m_cellDepth++ == 0) {
            if (!m_inRow) // a cell outside a row: treat like a one-cell row
                beginRow();
            m_cell.clear();
        }
    }
    void endCell()
    {
        if (m_cellDepth == 0)
            return;
        if (--m_cellDepth == 0)
            m_cells.append(collapseWhitespace(m_cell));
    }

    QString finish()
    {
        while (m_cellDepth > 0)
            endCell();
        endRow();
        breakParagraph();
        return m_lines.join(u'\n');
    }

private:
    QStringList m_lines;
    QString m_paragraph;
    QStringList m_cells;
    QString m_cell;
    int m_cellDepth = 0;
    bool m_inRow = false;
};

/// Iterative pre-order walk with an explicit stack (no recursion, whatever the nesting).
void walk(const GumboNode *root, TextBuilder &builder, QHash<QString, int> &hints)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned int nextChild;
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0});
    int preDepth = 0;

    auto enter = [&](const GumboNode *node) -> bool {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            QString text = QString::fromUtf8(node->v.text.text);
            if (preDepth > 0) {
                // Line breaks in <pre> are real; make them paragraph breaks.
                const QStringList lines = text.split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    if (i > 0)
                        builder.breakParagraph();
                    builder.appendText(lines[i]);
                }
            } else {
                builder.appendText(text);
            }
            return false;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            return false;
        }
        const GumboTag tag = node->v.element.tag;
        if (node->type == GUMBO_NODE_TEMPLATE || isSkipped(tag))
            return false;
        if (tag == GUMBO_TAG_BR) {
            builder.breakParagraph();
            return false;
        }
        if (tag == GUMBO_TAG_TR)
            builder.beginRow();
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            builder.beginCell();
        else if (isBlock(tag))
            builder.breakParagraph();
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING)
            ++preDepth;
        return true;
    };
    auto leave = [&](const GumboNode *node) {
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_TR) {
            builder.endRow();
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            builder.endCell();
        } else if (const int level = headingLevel(tag)) {
            builder.endHeading(level, hints);
        } else if (isBlock(tag)) {
            builder.breakParagraph();
        }
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING)
            --preDepth;
    };

    if (!enter(root))
        return;
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.nextChild >= children.length) {
            leave(frame.node);
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.nextChild++]);
        if (enter(child))
            stack.push_back({child, 0});
    }
}

} // namespace

Result<ExtractedText> extractHtml(QByteArrayView bytes, const ImportOptions &options)
{
    ExtractedText result;
    result.format = SourceFormat::Html;

    QString html;
    const QByteArray declared = declaredCharset(bytes);
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE")
                        || bytes.startsWith("\xFE\xFF");
    bool decoded = false;
    if (!declared.isEmpty() && !hasBom) {
        // A wrong declaration (a UTF-8 page still saying gb2312) fails strictly and falls through
        // to detection instead of producing mojibake.
        if (Result<QString> text = decodeWithCharset(bytes, QString::fromLatin1(declared))) {
            html = std::move(*text);
            result.encoding = canonicalEncodingName(QString::fromLatin1(declared));
            decoded = true;
        }
    }
    if (!decoded) {
        Result<DecodedText> text = decodeText(bytes);
        if (!text)
            return tl::unexpected(text.error());
        html = std::move(text->text);
        result.encoding = text->encoding;
    }

    QByteArray utf8 = html.toUtf8();
    html.clear();
    QByteArray flattened = flattenDeepNesting(utf8, std::max(16, options.maxHtmlDepth));
    if (!flattened.isNull())
        utf8 = std::move(flattened);

    const GumboParse parse(utf8);
    if (!parse.output() || !parse.output()->root)
        return fail(ErrorCode::HtmlMalformed, {}, u"gumbo produced no document"_s);

    TextBuilder builder;
    walk(parse.output()->root, builder, result.headingHints);
    result.text = builder.finish();
    return result;
}

} // namespace parallax
