#pragma once

#include "core/align/alignment.h"
#include "core/align/alignoptions.h"
#include "core/diff/worddiff.h"
#include "core/document/document.h"

#include <QPair>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace parallax {

/// The result of aligning 2..N documents for the compare workspace: the documents (in column
/// order), their alignment matrix after the user's overrides, and which cells an override placed.
/// Plain value; built on a worker thread and then shared read-only (std::shared_ptr<const>).
struct Comparison
{
    std::vector<Document> documents;
    AlignmentMatrix matrix;
    AlignDepth depth = AlignDepth::TopLevel;
    QSet<QPair<int, int>> overriddenCells; ///< (document, unit) placed by a user override

    /// The text of a unit, exactly as in the document (heading included).
    [[nodiscard]] QString unitText(int document, int unit) const;
    /// The tokens of unitText(), from the document's stored segmentation (offsets into unitText()).
    [[nodiscard]] std::vector<Token> unitTokens(int document, int unit) const;
    [[nodiscard]] const AlignUnit *unit(int document, int unit) const;

private:
    /// [start, end) of a unit in its document's text, clamped to it.
    [[nodiscard]] std::optional<std::pair<qsizetype, qsizetype>> unitSpan(int document, int unit) const;
};

/// The sections of one matrix row, each diffed against the base document's section.
/// texts[d] is empty (and diffs[d] unset) where document d has no cell in the row.
struct RowDiff
{
    int row = -1;
    int base = 0;
    std::vector<QString> texts;
    std::vector<std::optional<WordDiff>> diffs; ///< diffs[d]: base (left) → d (right); unset for base
};

} // namespace parallax
