#pragma once

#include <QByteArray>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace parallax {

/// How wordBoundaries() finds the words inside runs of Chinese ideographs.
enum class SegmentationEngine : quint8 {
    /// ICU's own Chinese/Japanese dictionary (cjdict) and ICU's cost model (the cheapest path of
    /// dictionary words, an unknown ideograph costing 255), walked directly: the same boundaries as
    /// the break iterator on Chinese text at about three times its speed. Falls back to
    /// IcuBreakIterator if the ICU data has no dictionary.
    Dictionary,
    /// icu::BreakIterator::createWordInstance(zh): the reference.
    IcuBreakIterator,
};

/// Word boundaries of `text` as one flag per position (size text.size() + 1; first and last set).
/// With the dictionary, runs of Han ideographs are segmented as ICU would, and elsewhere a word is a
/// run of letters of one script, and each digit, space and symbol stands alone; the break iterator
/// applies ICU's word rules throughout. UTF-16 offsets; surrogate pairs are never split. Pure
/// function; any thread.
[[nodiscard]] std::vector<quint8> wordBoundaries(QStringView text,
                                                 SegmentationEngine engine = SegmentationEngine::Dictionary);

/// What wordBoundaries(text) segments with, as a short stable string: the engine actually used and
/// ICU's version (e.g. "icu 72.1 cjdict"). Segmentations stored for later use are valid only while
/// this is unchanged (see TokenStarts).
[[nodiscard]] QByteArray wordBoundariesIdentity();

/// True if `engine` is available (the dictionary needs ICU's brkitr data); the other one is used
/// otherwise.
[[nodiscard]] bool isSegmentationEngineAvailable(SegmentationEngine engine);

} // namespace parallax
