#pragma once

#include "core/align/alignoptions.h"
#include "core/document/document.h"

#include <QList>
#include <QString>

#include <vector>

namespace parallax {

/// A piece of a document that takes part in an alignment: a section at the chosen depth (or a
/// paragraph). Plain value; refers to its section by path (child indexes from the top).
struct AlignUnit
{
    QList<int> path;       ///< indexes into Document::sections / children; empty for none
    int paragraph = -1;    ///< paragraph index within the section (AlignDepth::Paragraphs), else -1
    QString label;
    QString heading;
    SectionRole role = SectionRole::Body;
    QString topic;
    qsizetype start = 0;   ///< span in Document::text
    qsizetype bodyStart = 0;
    qsizetype end = 0;
};

/// The units of `document` at `options.depth`, in document order. Pure; any thread.
[[nodiscard]] std::vector<AlignUnit> collectUnits(const Document &document, const AlignOptions &options);

/// The section a path designates, or nullptr if the path is not valid for `document`.
[[nodiscard]] const Section *sectionAt(const Document &document, const QList<int> &path);

} // namespace parallax
