#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace parallax {

/// One step of an edit script over two integer sequences.
struct EditOp
{
    enum class Type : quint8 { Equal, Delete, Insert };
    Type type = Type::Equal;
    qsizetype count = 0;
    friend bool operator==(const EditOp &, const EditOp &) = default;
};

/// Limits for sequenceDiff(). The Myers search is bounded: a region whose search exceeds
/// `myersBudget` steps is reported as deleted + inserted and counted in `approximateRegions`.
struct SequenceDiffLimits
{
    qint64 myersBudget = 2'000'000;   ///< steps (diagonal extensions) per Myers region
    qsizetype anchorThreshold = 128; ///< regions longer than this (a + b) are first split on unique common elements
};

struct SequenceDiffResult
{
    std::vector<EditOp> ops;      ///< consecutive ops have different types
    int approximateRegions = 0;   ///< regions where the budget ran out (the script is valid, not minimal)
};

/// Edit script turning `a` into `b`: Myers' O((N+M)D) algorithm with the linear-space middle-snake
/// bisection, after trimming common prefix and suffix. Long regions are first split on elements that
/// occur exactly once on each side (patience anchors, longest increasing subsequence), so dissimilar
/// long texts cost O(N log N) rather than O(N·D). Pure function; any thread.
[[nodiscard]] SequenceDiffResult sequenceDiff(std::span<const quint32> a, std::span<const quint32> b,
                                              const SequenceDiffLimits &limits = {});

} // namespace parallax
