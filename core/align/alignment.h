#pragma once

#include "core/align/alignoptions.h"
#include "core/align/alignunit.h"
#include "core/document/document.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace parallax {

enum class MatchKind : quint8 {
    InOrder,  ///< part of the best order-preserving alignment
    Crossing, ///< against the document order (a section that moved), mutual best match
    Split,    ///< a second partner: one side splits what the other keeps together
};

struct SectionMatch
{
    int left = -1;  ///< index into PairAlignment::left
    int right = -1; ///< index into PairAlignment::right
    double score = 0;
    MatchKind kind = MatchKind::InOrder;
};

/// Pairwise alignment of two documents' units. Matches are sorted by left, then right index.
struct PairAlignment
{
    std::vector<AlignUnit> left;
    std::vector<AlignUnit> right;
    std::vector<SectionMatch> matches;
    std::vector<std::vector<double>> scores; ///< left × right similarity matrix the matches came from
    /// Units beyond AlignOptions::maxUnits, not aligned: {left, right} (0 when all took part).
    std::array<int, 2> unitsLeftOut{0, 0};
};

/// One cell of the N-way matrix: which unit of which document sits in a row.
struct AlignmentCell
{
    int document = 0; ///< index into the documents passed to alignDocuments
    int unit = 0;     ///< index into AlignmentMatrix::units[document]
};

struct AlignmentRow
{
    QString topic;  ///< the most frequent topic of the row's cells
    double score = 0; ///< mean similarity of the cells to the row (0 for a single cell)
    std::vector<std::optional<AlignmentCell>> cells; ///< one per document, empty where none matches
};

/// N-way alignment: rows of corresponding units, one cell per document (DESIGN.md "align").
struct AlignmentMatrix
{
    std::vector<std::vector<AlignUnit>> units; ///< per document, in document order
    std::vector<AlignmentRow> rows;
    std::vector<int> unitsLeftOut; ///< per document: units beyond AlignOptions::maxUnits, not aligned
};

/// Order-aware matching over a similarity matrix (left × right): dynamic programming for the best
/// monotone matching of pairs scoring at least `threshold`, then mutual-best crossings, then
/// one-to-many partners (see AlignOptions). Pure; any thread; O(n·m).
[[nodiscard]] std::vector<SectionMatch> matchScores(const std::vector<std::vector<double>> &scores,
                                                    const AlignOptions &options);

/// Aligns the units of two documents. Pure; any thread (uses the global thread pool for features
/// when `options.parallel`); never fails (documents without sections give no matches).
[[nodiscard]] PairAlignment alignPair(const Document &left, const Document &right, const AlignOptions &options = {});

/// Aligns 2..N documents progressively: the first document's units seed the rows; each next
/// document is matched against the rows' merged profiles and fills cells or adds rows. Adding a
/// document at the end leaves the existing rows' cells as they were (up to IDF drift, see
/// AlignOptions), so the matrix is stable when a document is added. Pure; any thread.
[[nodiscard]] AlignmentMatrix alignDocuments(const std::vector<Document> &documents, const AlignOptions &options = {});

/// Pairs (left unit, right unit) that share a row, for two documents of a matrix.
[[nodiscard]] std::vector<std::pair<int, int>> matrixPairs(const AlignmentMatrix &matrix, int leftDocument,
                                                           int rightDocument);

} // namespace parallax
