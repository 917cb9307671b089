#include "core/align/topicclassifier.h"

#include "core/text/sectionedlist.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// The sectioned-list format keeps sections unordered; topic order comes from the file itself.
std::vector<TopicClassifier::Topic> loadTopics(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const SectionedList lists = parseSectionedList(text);
    std::vector<TopicClassifier::Topic> topics;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!(line.startsWith(u'[') && line.endsWith(u']')))
            continue;
        TopicClassifier::Topic topic;
        topic.name = line.mid(1, line.size() - 2).toString();
        for (const QString &entry : lists.value(topic.name)) {
            const qsizetype space = entry.lastIndexOf(u' ');
            bool ok = false;
            const double weight = space > 0 ? entry.mid(space + 1).toDouble(&ok) : 1.0;
            topic.keywords.push_back({ok ? entry.left(space).trimmed() : entry, ok ? weight : 1.0});
        }
        topics.push_back(std::move(topic));
    }
    return topics;
}

} // namespace

TopicClassifier::TopicClassifier(std::vector<Topic> topics)
    : m_topics(std::move(topics))
{
}

const TopicClassifier &TopicClassifier::instance()
{
    static const TopicClassifier classifier(loadTopics(u":/parallax/data/topics.txt"_s));
    return classifier;
}

QStringList TopicClassifier::topics() const
{
    QStringList names;
    for (const Topic &topic : m_topics)
        names << topic.name;
    return names;
}

namespace {

// Occurrences of every keyword in one pass: keywords indexed by their first character.
struct KeywordIndex
{
    QHash<char16_t, std::vector<std::pair<size_t, size_t>>> byFirst; // (topic, keyword)
};

std::vector<std::vector<int>> countKeywords(const std::vector<TopicClassifier::Topic> &topics,
                                            const KeywordIndex &index, QStringView text)
{
    std::vector<std::vector<int>> counts(topics.size());
    for (size_t t = 0; t < topics.size(); ++t)
        counts[t].assign(topics[t].keywords.size(), 0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        auto it = index.byFirst.constFind(text[i].unicode());
        if (it == index.byFirst.constEnd())
            continue;
        for (const auto &[t, k] : it.value()) {
            const QString &keyword = topics[t].keywords[k].text;
            if (text.mid(i).startsWith(keyword))
                ++counts[t][k];
        }
    }
    return counts;
}

} // namespace

TopicGuess TopicClassifier::classify(QStringView heading, QStringView body, double secondaryRatio) const
{
    static thread_local const TopicClassifier *indexed = nullptr;
    static thread_local KeywordIndex index;
    if (indexed != this) {
        index.byFirst.clear();
        for (size_t t = 0; t < m_topics.size(); ++t) {
            for (size_t k = 0; k < m_topics[t].keywords.size(); ++k) {
                if (!m_topics[t].keywords[k].text.isEmpty())
                    index.byFirst[m_topics[t].keywords[k].text.front().unicode()].push_back({t, k});
            }
        }
        indexed = this;
    }
    const auto inHeading = countKeywords(m_topics, index, heading);
    const auto inBody = countKeywords(m_topics, index, body);
    std::vector<double> scores(m_topics.size(), 0.0);
    for (size_t t = 0; t < m_topics.size(); ++t) {
        double score = 0;
        for (size_t k = 0; k < m_topics[t].keywords.size(); ++k) {
            // Sublinear in the body so one long list of projects does not outvote the heading.
            score += m_topics[t].keywords[k].weight * (3.0 * inHeading[t][k] + std::log1p(double(inBody[t][k])));
        }
        scores[t] = score;
    }
    TopicGuess guess;
    double total = 0;
    for (double s : scores)
        total += s;
    if (total <= 0)
        return guess;
    std::vector<size_t> order(scores.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    guess.topic = m_topics[order[0]].name;
    guess.confidence = scores[order[0]] / total;
    if (order.size() > 1 && scores[order[1]] > 0 && scores[order[1]] >= secondaryRatio * scores[order[0]])
        guess.secondary = m_topics[order[1]].name;
    return guess;
}

namespace {

void assign(const Document &document, std::vector<Section> &sections, const TopicClassifier &classifier)
{
    for (Section &section : sections) {
        const QStringView body = QStringView(document.text).mid(section.bodyStart, section.end - section.bodyStart);
        section.topic = classifier.classify(section.heading, body).topic;
        assign(document, section.children, classifier);
    }
}

} // namespace

void assignTopics(Document &document, const TopicClassifier &classifier)
{
    assign(document, document.sections, classifier);
}

} // namespace parallax
