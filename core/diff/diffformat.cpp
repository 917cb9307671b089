#include "core/diff/diffformat.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString escaped(QStringView text)
{
    QString out = text.toString().toHtmlEscaped();
    out.replace(u'\'', u"&#39;"_s);
    return out;
}

const char16_t *const pageCss = uR"(
:root { --del: #ffd7d5; --ins: #d4f4dc; --num: #ffe8a3; --mov: #dbe7ff; --rule: #d0d7de; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
       margin: 1.5em; color: #1f2328; line-height: 1.75; }
h1 { font-size: 1.3em; margin: 0 0 .3em; }
.meta { color: #57606a; font-size: .9em; margin-bottom: .8em; }
.warning { border: 1px solid #d4a72c; background: #fff8c5; padding: .4em .8em; margin-bottom: .8em; }
.legend span { display: inline-block; padding: 0 .5em; margin-right: .6em; border-radius: 3px; }
table.diff { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.diff th { text-align: left; border-bottom: 2px solid var(--rule); padding: .3em .6em; }
table.diff td { vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #eaeef2;
                white-space: pre-wrap; word-break: break-all; }
table.diff td.left { border-right: 1px solid var(--rule); }
table.diff tr.same td { color: #57606a; }
del { background: var(--del); text-decoration: line-through; text-decoration-color: #cf222e; }
ins { background: var(--ins); text-decoration: none; border-bottom: 1px solid #1a7f37; }
.num-old { background: var(--num); text-decoration: line-through; font-weight: 600; }
.num-new { background: var(--num); font-weight: 600; }
.moved { background: var(--mov); border-bottom: 1px dashed #0969da; }
.moved a { color: #0969da; text-decoration: none; font-size: .8em; vertical-align: super; }
@media print {
  body { margin: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  .moved a { display: none; }
  @page { size: A4 landscape; margin: 12mm; }
}
)";

// Accumulates the two columns of the current row; a row ends at an unchanged paragraph break.
class RowWriter
{
public:
    explicit RowWriter(const DiffRowMarkup &markup)
        : m_markup(markup)
    {
    }
    void add(int side, const QString &html)
    {
        m_cell[side] += html;
        if (!html.isEmpty())
            m_changed = m_changed || m_inEdit;
    }
    void setInEdit(bool inEdit)
    {
        m_inEdit = inEdit;
        if (inEdit)
            m_changed = true;
    }
    void endRow()
    {
        if (m_cell[0].isEmpty() && m_cell[1].isEmpty())
            return;
        m_out += m_changed ? m_markup.changedRowOpen : m_markup.sameRowOpen;
        m_out += m_markup.leftCellOpen + m_cell[0] + u"</td>"_s + m_markup.rightCellOpen + m_cell[1] + u"</td></tr>\n"_s;
        m_cell[0].clear();
        m_cell[1].clear();
        m_changed = false;
    }
    [[nodiscard]] const QString &html() const { return m_out; }

private:
    const DiffRowMarkup &m_markup;
    QString m_cell[2];
    QString m_out;
    bool m_changed = false;
    bool m_inEdit = false;
};

QString withBreaks(QStringView text, const DiffRowMarkup &markup)
{
    // Inside a change, a line break is kept but does not end the row (the other side has none).
    QString html = escaped(text);
    if (!markup.lineBreak.isEmpty())
        html.replace(u'\n', markup.lineBreak);
    return html;
}

} // namespace

QString renderDiffRows(QStringView left, QStringView right, const WordDiff &diff, const DiffRowMarkup &markup)
{
    RowWriter rows(markup);
    for (size_t index = 0; index < diff.chunks.size(); ++index) {
        const DiffChunk &chunk = diff.chunks[index];
        const QStringView l = left.mid(chunk.spans[0].start, chunk.spans[0].length());
        const QStringView r = right.mid(chunk.spans[1].start, chunk.spans[1].length());
        switch (chunk.kind) {
        case DiffKind::Equal: {
            rows.setInEdit(false);
            const QList<QStringView> lp = l.split(u'\n');
            const QList<QStringView> rp = r.split(u'\n');
            if (lp.size() == rp.size()) {
                for (qsizetype i = 0; i < lp.size(); ++i) {
                    if (i > 0)
                        rows.endRow();
                    rows.add(0, escaped(lp[i]));
                    rows.add(1, escaped(rp[i]));
                }
            } else {
                rows.add(0, escaped(l));
                rows.add(1, escaped(r));
            }
            break;
        }
        case DiffKind::Delete:
        case DiffKind::Insert:
        case DiffKind::Replace:
            rows.setInEdit(true);
            if (!l.isEmpty())
                rows.add(0, markup.deletedOpen + withBreaks(l, markup) + markup.deletedClose);
            if (!r.isEmpty())
                rows.add(1, markup.insertedOpen + withBreaks(r, markup) + markup.insertedClose);
            break;
        case DiffKind::ChangedNumber:
            rows.setInEdit(true);
            rows.add(0, markup.oldNumberOpen.arg(escaped(r)) + escaped(l) + markup.numberClose);
            rows.add(1, markup.newNumberOpen.arg(escaped(l)) + escaped(r) + markup.numberClose);
            break;
        case DiffKind::Moved: {
            rows.setInEdit(true);
            const int side = chunk.spans[0].isEmpty() ? 1 : 0;
            const QStringView text = side == 0 ? l : r;
            QString html = markup.movedOpen.arg(u"m%1"_s.arg(index)) + withBreaks(text, markup);
            if (markup.linkMoves && chunk.partner >= 0)
                html += u"<a href=\"#m%1\">"_s.arg(chunk.partner) + (side == 0 ? u"&#8600;"_s : u"&#8598;"_s)
                    + u"</a>"_s;
            html += markup.movedClose;
            rows.add(side, html);
            break;
        }
        }
    }
    rows.endRow();
    return rows.html();
}

QString renderDiffHtml(QStringView left, QStringView right, const WordDiff &diff, const DiffHtmlLabels &labels)
{
    DiffRowMarkup markup;
    markup.movedOpen = u"<span class=\"moved\" id=\"%1\" title=\""_s + escaped(labels.legendMoved) + u"\">"_s;

    QString page;
    page += u"<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
        + escaped(labels.title) + u"</title>\n<style>"_s + QString::fromUtf16(pageCss) + u"</style>\n</head>\n<body>\n"_s;
    page += u"<h1>"_s + escaped(labels.title) + u"</h1>\n"_s;
    if (!labels.summary.isEmpty())
        page += u"<div class=\"meta\">"_s + escaped(labels.summary) + u"</div>\n"_s;
    if (diff.approximate && !labels.approximate.isEmpty())
        page += u"<div class=\"warning\">"_s + escaped(labels.approximate) + u"</div>\n"_s;
    page += u"<div class=\"legend meta\"><span>"_s + escaped(labels.legendEqual) + u"</span><span style=\"background:var(--del)\"><del>"_s
        + escaped(labels.legendDeleted) + u"</del></span><span style=\"background:var(--ins)\">"_s
        + escaped(labels.legendInserted) + u"</span><span class=\"num-new\">"_s + escaped(labels.legendNumber)
        + u"</span><span class=\"moved\">"_s + escaped(labels.legendMoved) + u"</span></div>\n"_s;
    page += u"<table class=\"diff\">\n<colgroup><col style=\"width:50%\"><col style=\"width:50%\"></colgroup>\n<thead><tr><th>"_s
        + escaped(labels.leftTitle) + u"</th><th>"_s + escaped(labels.rightTitle) + u"</th></tr></thead>\n<tbody>\n"_s;
    page += renderDiffRows(left, right, diff, markup);
    page += u"</tbody>\n</table>\n</body>\n</html>\n"_s;
    return page;
}

QString renderDiffMarkup(QStringView left, QStringView right, const WordDiff &diff)
{
    QString out;
    QHash<int, int> moveNumber;
    for (size_t index = 0; index < diff.chunks.size(); ++index) {
        const DiffChunk &chunk = diff.chunks[index];
        const QStringView l = left.mid(chunk.spans[0].start, chunk.spans[0].length());
        const QStringView r = right.mid(chunk.spans[1].start, chunk.spans[1].length());
        switch (chunk.kind) {
        case DiffKind::Equal:
            out += r;
            break;
        case DiffKind::Delete:
            out += u"[-"_s; out += l; out += u"-]"_s;
            break;
        case DiffKind::Insert:
            out += u"{+"_s; out += r; out += u"+}"_s;
            break;
        case DiffKind::Replace:
            out += u"[-"_s; out += l; out += u"-]{+"_s; out += r; out += u"+}"_s;
            break;
        case DiffKind::ChangedNumber:
            out += u"[#"_s; out += l; out += u"→"_s; out += r; out += u"#]"_s;
            break;
        case DiffKind::Moved: {
            const int key = std::min(int(index), chunk.partner < 0 ? int(index) : chunk.partner);
            if (!moveNumber.contains(key))
                moveNumber.insert(key, int(moveNumber.size()) + 1);
            const QString n = QString::number(moveNumber.value(key));
            if (chunk.spans[0].isEmpty()) {
                out += u"{>"_s;
                out += r;
                out += u"<#"_s + n + u"}"_s;
            } else {
                out += u"[<"_s;
                out += l;
                out += u">#"_s + n + u"]"_s;
            }
            break;
        }
        }
    }
    return out;
}

} // namespace parallax
