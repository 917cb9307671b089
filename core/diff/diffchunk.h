#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace parallax {

enum DiffSide { LeftSide = 0, RightSide = 1, SideCount = 2 };

/// What happened to a stretch of text between the left (old) and right (new) version.
enum class DiffKind : quint8 {
    Equal,         ///< the same on both sides (possibly up to ignored punctuation/whitespace variants)
    Insert,        ///< only on the right
    Delete,        ///< only on the left
    Replace,       ///< left text replaced by right text
    ChangedNumber, ///< one figure replaced by another (8% → 7%): a single change
    Moved,         ///< a sentence that moved: left-only at its old place, right-only at its new place
};

/// A half-open span [start, end) of UTF-16 offsets into one side's text.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    [[nodiscard]] qsizetype length() const { return end - start; }
    [[nodiscard]] bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/// One chunk of a word diff. The chunks of a diff cover both texts completely and in order
/// (an empty span marks the position on the side where the chunk has no text).
struct DiffChunk
{
    DiffKind kind = DiffKind::Equal;
    std::array<TextSpan, SideCount> spans;
    int partner = -1; ///< Moved only: index of the chunk at the other end of the move
    friend bool operator==(const DiffChunk &, const DiffChunk &) = default;
};

} // namespace parallax
