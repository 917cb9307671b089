#pragma once

#include "core/document/document.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace parallax {

/// A section's topic: the best taxonomy topic, how sure, and a runner-up when it is close.
struct TopicGuess
{
    QString topic;          ///< empty if no keyword matched
    double confidence = 0;  ///< 0..1: the best topic's share of all topic scores
    QString secondary;      ///< a second topic scoring at least `secondaryRatio` of the best, else empty
};

/// Keyword classifier over the default taxonomy (resources/data/topics.txt, one [topic] per
/// section with weighted keywords). Immutable after construction; any thread may classify.
class TopicClassifier
{
public:
    struct Keyword
    {
        QString text;
        double weight = 1;
    };
    struct Topic
    {
        QString name;
        std::vector<Keyword> keywords;
    };

    explicit TopicClassifier(std::vector<Topic> topics);

    /// The classifier of the default taxonomy, loaded once from the resource; thread-safe.
    [[nodiscard]] static const TopicClassifier &instance();

    /// Topic names in taxonomy order.
    [[nodiscard]] QStringList topics() const;

    /// Classifies a section from its heading (matches count three times) and body text.
    [[nodiscard]] TopicGuess classify(QStringView heading, QStringView body, double secondaryRatio = 0.6) const;

    /// Keyword occurrence counts, per topic and keyword (see countKeywords()).
    using Counts = std::vector<std::vector<int>>;
    /// Counts of every keyword in `text`, in one pass.
    [[nodiscard]] Counts countKeywords(QStringView text) const;
    /// classify() from counts already made (assignTopics() adds children's counts to their parent's).
    [[nodiscard]] TopicGuess classifyCounts(const Counts &heading, const Counts &body, double secondaryRatio = 0.6) const;

private:
    std::vector<Topic> m_topics;
};

/// Fills Section::topic for every section of `document` (the whole tree) from its heading and text.
/// Sections whose topic the user set are not told apart here: call it on imported documents only.
void assignTopics(Document &document, const TopicClassifier &classifier = TopicClassifier::instance());

} // namespace parallax
