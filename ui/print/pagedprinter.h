#pragma once

#include <QString>

#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace parallax {

/// A numbered note printed in the right margin next to the line it belongs to.
struct MarginNote
{
    int position = 0; ///< character position in the QTextDocument of its marker
    QString number;   ///< the marker's text ("3")
    QString text;     ///< shown abbreviated when long; the full note is in the document's endnotes
};

/// What every page carries besides the text.
struct PageDecoration
{
    QString headerLeft;  ///< e.g. the title
    QString headerRight; ///< e.g. region and year
    QString fontFamily;  ///< for header, footer and margin notes
    bool marginNotes = false; ///< reserve a right-hand column for MarginNotes
};

/// Prints `document` page by page onto `device` (a QPdfWriter or QPrinter, whose page layout is
/// used as is): header line, the text, "page n of N" centred at the foot, and margin notes.
/// The document is laid out for the device (its paint device and page size are set here).
/// Returns the number of pages, 0 if the device could not be painted on. GUI thread (fonts).
int printPaged(QTextDocument &document, QPagedPaintDevice &device, const PageDecoration &decoration,
               const std::vector<MarginNote> &notes = {});

/// The family printed PDFs embed: WenQuanYi Micro Hei when installed — its glyphs extract from the
/// PDF as real ideographs, where Noto CJK's come back as Kangxi radicals — else the UI's CJK family.
[[nodiscard]] QString printFontFamily();

} // namespace parallax
