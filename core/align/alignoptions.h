#pragma once

#include <QtGlobal>

namespace parallax {

/// Which sections are aligned.
enum class AlignDepth : quint8 {
    TopLevel,    ///< level-1 sections
    SecondLevel, ///< level-2 sections, plus level-1 sections without children; generic containers
                 ///< (an unnumbered short heading such as 重点工作 over ≥ 3 children) are opened
    Paragraphs,  ///< the paragraphs of the leaf sections
};

/// Options of pairwise and N-way alignment. Plain values; the caller owns them (no settings are read).
struct AlignOptions
{
    AlignDepth depth = AlignDepth::SecondLevel;
    bool crossRoles = false;     ///< allow review sections to align with plan sections
    bool includeOpening = true;  ///< opening remarks and closing appeal take part
    bool includeGlossary = false;///< 名词解释 and boxes take part
    /// Decisions use relative scores: a raw similarity divided by the geometric mean of the best
    /// raw scores of its row and column (1.0 = each is the other's best partner). Raw cosine levels
    /// vary with text length and style (a 300-character summary vs a 3,000-character chapter); the
    /// relative score does not. Off: thresholds apply to raw scores.
    bool relativeScores = true;
    double minimumScore = 0.05;  ///< raw similarity below which nothing is matched, whatever the relative score
    double threshold = 0.55;     ///< below this (relative) score nothing is matched in order
    double crossingThreshold = 0.9; ///< a match against the document order needs this score, and mutual best
    double splitRatio = 0.75;    ///< one-to-many: a second partner needs this fraction of the first's score
    bool allowCrossings = true;
    bool allowSplits = true;
    double headingWeight = 0.35; ///< share of the heading similarity in a score (the rest is the whole text)
    double topicBonus = 0.05;    ///< added when both sections have the same topic
    bool parallel = true;        ///< extract features on the global thread pool
    /// Alignment compares every unit with every unit (or row): O(n·m) time and memory. A document
    /// with more units than this (a hostile file with 20,000 headings, or paragraphs of a very long
    /// plan) has only its first `maxUnits` aligned, and the result says so (unitsLeftOut).
    int maxUnits = 1500;
};

} // namespace parallax
