#pragma once

#include "core/align/termvector.h"

#include <QHash>
#include <QStringView>

#include <vector>

namespace parallax {

/// Raw features of a text: term id → count. Terms are policy-lexicon words (longest
/// match, resources/data/policy-lexicon.txt [terms]) and character bigrams (weight ½) of the Chinese text
/// between them; [stopwords] are skipped; [boilerplate] phrases weigh a tenth and give no bigrams.
struct TermCounts
{
    std::vector<std::pair<quint64, float>> counts; ///< sorted by id
};

/// TF-IDF similarity for sections. Document frequencies come from the texts being compared
/// (addToDocumentFrequencies), so whatever every section says weighs little. Not thread-safe while
/// frequencies are added; weigh() and similarity() are const and may run on any thread afterwards.
class SectionSimilarity
{
public:
    /// Features of a text. Pure; any thread; linear in the text (no ICU: bigrams need no segmentation).
    [[nodiscard]] static TermCounts countTerms(QStringView text);

    void addToDocumentFrequencies(const TermCounts &counts);
    [[nodiscard]] int textCount() const { return m_texts; }

    /// Sublinear TF × smoothed IDF, L2-normalised.
    [[nodiscard]] TermVector weigh(const TermCounts &counts) const;

private:
    QHash<quint64, int> m_documentFrequency;
    int m_texts = 0;
};

} // namespace parallax
