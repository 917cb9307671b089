#pragma once

#include "core/document/document.h"

#include <QHash>
#include <QString>

namespace parallax {

/// Plain text pulled out of a source file, before normalisation and structure parsing.
struct ExtractedText
{
    QString text;        ///< paragraphs separated by '\n'
    SourceFormat format = SourceFormat::Text;
    QString encoding;    ///< source encoding when the format carries one (TXT, HTML)
    /// Structure hints from the source (DOCX heading styles, HTML <h1>..<h6>): the paragraph text
    /// (trimmed) mapped to its outline level (1 = top).
    QHash<QString, int> headingHints;
};

} // namespace parallax
