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

// Keywords indexed by their first character, built once per classifier and thread.
struct KeywordIndex
{
    QHash<char16_t, std::vector<std::pair<size_t, size_t>>> byFirst; // (topic, keyword)
};

const KeywordIndex &keywordIndex(const TopicClassifier *classifier, const std::vector<TopicClassifier::Topic> &topics)
{
    static thread_local const TopicClassifier *indexed = nullptr;
    static thread_local KeywordIndex index;
    if (indexed != classifier) {
        index.byFirst.clear();
        for (size_t t = 0; t < topics.size(); ++t) {
            for (size_t k = 0; k < topics[t].keywords.size(); ++k) {
                if (!topics[t].keywords[k].text.isEmpty())
                    index.byFirst[topics[t].keywords[k].text.front().unicode()].push_back({t, k});
            }
        }
        indexed = classifier;
    }
    return index;
}

TopicClassifier::Counts emptyCounts(const std::vector<TopicClassifier::Topic> &topics)
{
    TopicClassifier::Counts counts(topics.size());
    for (size_t t = 0; t < topics.size(); ++t)
        counts[t].assign(topics[t].keywords.size(), 0);
    return counts;
}

void add(TopicClassifier::Counts &into, const TopicClassifier::Counts &from)
{
    for (size_t t = 0; t < into.size(); ++t) {
        for (size_t k = 0; k < into[t].size(); ++k)
            into[t][k] += from[t][k];
    }
}

} // namespace

TopicClassifier::Counts TopicClassifier::countKeywords(QStringView text) const
{
    const KeywordIndex &index = keywordIndex(this, m_topics);
    Counts counts = emptyCounts(m_topics);
    for (qsizetype i = 0; i < text.size(); ++i) {
        auto it = index.byFirst.constFind(text[i].unicode());
        if (it == index.byFirst.constEnd())
            continue;
        for (const auto &[t, k] : it.value()) {
            if (text.mid(i).startsWith(m_topics[t].keywords[k].text))
                ++counts[t][k];
        }
    }
    return counts;
}

TopicGuess TopicClassifier::classify(QStringView heading, QStringView body, double secondaryRatio) const
{
    return classifyCounts(countKeywords(heading), countKeywords(body), secondaryRatio);
}

TopicGuess TopicClassifier::classifyCounts(const Counts &inHeading, const Counts &inBody, double secondaryRatio) const
{
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

/// Classifies a subtree and returns the keyword counts of its whole body. Each character is counted
/// once: a section counts its own pieces (between its children) and adds its children's counts.
TopicClassifier::Counts assign(const Document &document, std::vector<Section> &sections,
                               const TopicClassifier &classifier)
{
    TopicClassifier::Counts total;
    for (Section &section : sections) {
        const QStringView text(document.text);
        TopicClassifier::Counts body = assign(document, section.children, classifier);
        qsizetype from = std::clamp(section.bodyStart, qsizetype(0), text.size());
        auto countPiece = [&](qsizetype to) {
            to = std::clamp(to, from, text.size());
            TopicClassifier::Counts piece = classifier.countKeywords(text.mid(from, to - from));
            if (body.empty())
                body = std::move(piece);
            else
                add(body, piece);
        };
        for (const Section &child : section.children) {
            countPiece(child.start);
            from = std::max(from, child.end);
        }
        countPiece(section.end);
        section.topic = classifier.classifyCounts(classifier.countKeywords(section.heading), body).topic;
        if (total.empty())
            total = body;
        else
            add(total, body);
    }
    return total;
}

} // namespace

void assignTopics(Document &document, const TopicClassifier &classifier)
{
    (void)assign(document, document.sections, classifier);
}

} // namespace parallax
