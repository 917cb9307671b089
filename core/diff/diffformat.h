#pragma once

#include "core/diff/worddiff.h"

#include <QString>
#include <QStringView>

namespace parallax {

/// Texts shown on the HTML page. Core builds no user-facing sentences: the caller passes them
/// translated (defaults are English placeholders for tests and tools).
struct DiffHtmlLabels
{
    QString title = QStringLiteral("Diff");
    QString leftTitle = QStringLiteral("Old");
    QString rightTitle = QStringLiteral("New");
    QString legendEqual = QStringLiteral("unchanged");
    QString legendDeleted = QStringLiteral("deleted");
    QString legendInserted = QStringLiteral("inserted");
    QString legendNumber = QStringLiteral("changed figure");
    QString legendMoved = QStringLiteral("moved");
    QString summary;     ///< e.g. "12 changes, 3 changed figures"; empty = none
    QString approximate; ///< shown as a warning when WordDiff::approximate; empty = none
};

/// The tags renderDiffRows() wraps around each kind of text. The defaults are the classes of
/// renderDiffHtml()'s stylesheet; a caller whose renderer has no stylesheet support (Qt's rich
/// text, for printing) passes inline styles instead. `%1` in the number tags is the other side's
/// figure (for a tooltip); `%1` in movedOpen is an element id.
struct DiffRowMarkup
{
    QString sameRowOpen = QStringLiteral("<tr class=\"same\">");
    QString changedRowOpen = QStringLiteral("<tr>");
    QString leftCellOpen = QStringLiteral("<td class=\"left\">");
    QString rightCellOpen = QStringLiteral("<td class=\"right\">");
    QString deletedOpen = QStringLiteral("<del>");
    QString deletedClose = QStringLiteral("</del>");
    QString insertedOpen = QStringLiteral("<ins>");
    QString insertedClose = QStringLiteral("</ins>");
    QString oldNumberOpen = QStringLiteral("<span class=\"num-old\" title=\"%1\">");
    QString newNumberOpen = QStringLiteral("<span class=\"num-new\" title=\"%1\">");
    QString numberClose = QStringLiteral("</span>");
    QString movedOpen = QStringLiteral("<span class=\"moved\" id=\"%1\">");
    QString movedClose = QStringLiteral("</span>");
    QString lineBreak;     ///< replaces '\n' inside changes (e.g. "<br>" where pre-wrap is unknown)
    bool linkMoves = true; ///< link a moved passage to its other place
};

/// The table rows (`<tr>` with two cells) of a side-by-side diff: rows synchronised at unchanged
/// paragraph breaks, every text HTML-escaped. Pure function; any thread.
[[nodiscard]] QString renderDiffRows(QStringView left, QStringView right, const WordDiff &diff,
                                     const DiffRowMarkup &markup = {});

/// A self-contained HTML page (inline CSS, no scripts, no external resources): the two texts side by
/// side in rows synchronised at unchanged paragraph breaks; deleted, inserted, changed-figure and
/// moved text styled (moves link to each other); print CSS keeps colours, repeats the header and
/// avoids splitting rows. Every text is HTML-escaped. Pure function; any thread.
[[nodiscard]] QString renderDiffHtml(QStringView left, QStringView right, const WordDiff &diff,
                                     const DiffHtmlLabels &labels = {});

/// Plain-text inline markup in the style of `git diff --word-diff=plain`: `[-old-]{+new+}`, a changed
/// figure as `[#8%→7%#]`, a move as `[<…>#n]` at the old place and `{>…<#n}` at the new one.
[[nodiscard]] QString renderDiffMarkup(QStringView left, QStringView right, const WordDiff &diff);

} // namespace parallax
