#include "core/align/sectionsimilarity.h"

#include "core/text/sectionedlist.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

enum class TermClass : quint8 { Term, Boilerplate, Stopword };

class Lexicon
{
public:
    Lexicon()
    {
        const SectionedList lists = loadSectionedList(u":/parallax/data/policy-lexicon.txt"_s);
        add(lists.value(u"terms"_s), TermClass::Term);
        add(lists.value(u"stopwords"_s), TermClass::Stopword);
        add(lists.value(u"boilerplate"_s), TermClass::Boilerplate);
        for (const QString &word : std::as_const(m_storage)) {
            m_first.insert(word.front().unicode());
            m_maxLength = std::max(m_maxLength, word.size());
        }
    }

    // Longest entry starting at `pos`: its length and class, or 0.
    [[nodiscard]] std::pair<qsizetype, TermClass> match(QStringView text, qsizetype pos) const
    {
        if (!m_first.contains(text[pos].unicode()))
            return {0, TermClass::Term};
        for (qsizetype len = std::min(m_maxLength, text.size() - pos); len >= 2; --len) {
            auto it = m_classes.constFind(text.mid(pos, len));
            if (it != m_classes.constEnd())
                return {len, it.value()};
        }
        return {0, TermClass::Term};
    }

private:
    void add(const QStringList &words, TermClass termClass)
    {
        for (const QString &word : words) {
            if (word.size() < 2)
                continue;
            m_storage.append(word);
            m_classes.insert(QStringView(m_storage.last()), termClass); // later lists win
        }
    }

    QStringList m_storage;
    QHash<QStringView, TermClass> m_classes;
    QSet<char16_t> m_first;
    qsizetype m_maxLength = 0;
};

const Lexicon &lexicon()
{
    static const Lexicon instance;
    return instance;
}

bool isHan(char16_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

constexpr quint64 bigramTag = quint64(1) << 63;
constexpr quint64 boilerplateTag = quint64(1) << 62;
constexpr double bigramWeight = 0.5;
constexpr double boilerplateWeight = 0.1;

} // namespace

TermCounts SectionSimilarity::countTerms(QStringView text)
{
    const Lexicon &lex = lexicon();
    std::unordered_map<quint64, float> counts;
    counts.reserve(size_t(text.size()));
    char16_t previous = 0; // last Han character of the current run, 0 = none
    qsizetype pos = 0;
    while (pos < text.size()) {
        const char16_t c = text[pos].unicode();
        if (!isHan(c)) {
            previous = 0;
            ++pos;
            continue;
        }
        const auto [length, termClass] = lex.match(text, pos);
        if (length > 0) {
            const QStringView word = text.mid(pos, length);
            const quint64 id = quint64(qHash(word, 0x9e3779b9u)) & ~(bigramTag | boilerplateTag);
            if (termClass == TermClass::Term)
                counts[id] += 1.0f;
            else if (termClass == TermClass::Boilerplate)
                counts[id | boilerplateTag] += 1.0f;
            if (termClass != TermClass::Term) {
                // Neither boilerplate nor stopwords contribute bigrams.
                previous = 0;
                pos += length;
                continue;
            }
        }
        if (previous)
            counts[bigramTag | (quint64(previous) << 16) | c] += 1.0f;
        previous = c;
        ++pos;
    }
    TermCounts result;
    result.counts.assign(counts.begin(), counts.end());
    std::sort(result.counts.begin(), result.counts.end());
    return result;
}

void SectionSimilarity::addToDocumentFrequencies(const TermCounts &counts)
{
    for (const auto &[id, count] : counts.counts)
        ++m_documentFrequency[id];
    ++m_texts;
}

TermVector SectionSimilarity::weigh(const TermCounts &counts) const
{
    TermVector vector;
    vector.terms.reserve(counts.counts.size());
    const double n = std::max(m_texts, 1);
    for (const auto &[id, count] : counts.counts) {
        const double df = m_documentFrequency.value(id, 0);
        const double idf = std::log(1.0 + n / (df + 0.5));
        const double scale = (id & bigramTag) ? bigramWeight : (id & boilerplateTag) ? boilerplateWeight : 1.0;
        const double tf = 1.0 + std::log(std::max(double(count), 1.0));
        vector.terms.push_back({id, float(tf * scale * idf)});
    }
    vector.normalize();
    return vector;
}

} // namespace parallax
