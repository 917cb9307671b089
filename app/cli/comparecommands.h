#pragma once

#include "core/align/alignoptions.h"
#include "core/diff/worddiff.h"
#include "core/document/document.h"

#include <QString>

#include <optional>
#include <vector>

class QTextStream;

namespace parallax {

/// `parallax-cli align`: aligns `documents` (2..N, in the given order; the first is the pivot) and
/// writes the matrix, as DESIGN.md's `align` JSON when `json`, else as a text table with 1-based
/// row numbers (the numbers `diff --section` takes). Returns the exit code: 0, or 2 with one
/// translated line on `err` if fewer than two documents are given. Any thread.
int writeAlignment(const std::vector<Document> &documents, const AlignOptions &options, bool json, QTextStream &out,
                   QTextStream &err);

/// `parallax-cli diff`: word diff of `left` and `right`, either whole or, with `section`, of the two
/// sections in that 1-based row of their alignment (`alignOptions`). Writes a self-contained HTML
/// page to `htmlPath` if it is not empty (and one line naming it to `out`), else inline markup
/// (`[-old-]{+new+}`, `[#8%→7%#]`, moves `[<…>#n]`/`{>…<#n}`) to `out`. Returns 0 on success, 1 if
/// the row does not exist or lacks a side, or the file cannot be written (one translated line on `err`).
int writeDiff(const Document &left, const Document &right, std::optional<int> section, const QString &htmlPath,
              QTextStream &out, QTextStream &err, const AlignOptions &alignOptions = {},
              const DiffOptions &diffOptions = {});

} // namespace parallax
