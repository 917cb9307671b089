#include "core/text/tokenizer.h"

#include "core/text/sectionedlist.h"
#include "core/text/wordboundaries.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <list>
#include <optional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

bool isDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19);
}

// Most of the text: CJK Unified Ideographs and Extension A, which are never digits, spaces or
// punctuation (a shortcut past QChar's property lookups).
bool isCommonIdeograph(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

bool isDecimalPoint(char16_t c)
{
    return c == u'.' || c == 0xFF0E;
}

class WordSet
{
public:
    void add(const QString &word)
    {
        if (word.isEmpty())
            return;
        m_storage.append(word);
    }
    void finish()
    {
        for (const QString &word : std::as_const(m_storage)) {
            m_words.insert(QStringView(word));
            const char16_t first = word.front().unicode();
            m_first[first >> 6] |= quint64(1) << (first & 63);
            m_maxLength = std::max(m_maxLength, word.size());
        }
    }
    [[nodiscard]] bool contains(QStringView word) const { return m_words.contains(word); }
    [[nodiscard]] bool mayStartWith(char16_t c) const { return m_first[c >> 6] & (quint64(1) << (c & 63)); }
    [[nodiscard]] qsizetype maxLength() const { return m_maxLength; }

private:
    QStringList m_storage;
    QSet<QStringView> m_words;
    std::array<quint64, 0x10000 / 64> m_first{}; // a bit per UTF-16 unit that starts some word
    qsizetype m_maxLength = 0;
};

// Recently tokenized texts, keyed by content: a comparison diffs a base document's sections against
// every other document, and again whenever an option changes. Least recently used texts go first
// once the tokens held exceed the capacity (24 bytes each).
class TokenCache
{
public:
    static constexpr qsizetype minimumLength = 64;
    static constexpr size_t capacityTokens = 1'000'000;

    [[nodiscard]] std::optional<std::vector<Token>> find(QStringView text)
    {
        const size_t key = qHash(text);
        QMutexLocker locker(&m_mutex);
        const auto it = m_index.find(key);
        if (it == m_index.end() || it->second->text != text)
            return std::nullopt;
        m_entries.splice(m_entries.begin(), m_entries, it->second);
        return it->second->tokens;
    }

    void insert(QStringView text, const std::vector<Token> &tokens)
    {
        if (tokens.size() > capacityTokens / 4)
            return;
        const size_t key = qHash(text);
        QMutexLocker locker(&m_mutex);
        if (const auto it = m_index.find(key); it != m_index.end()) {
            m_held -= it->second->tokens.size();
            m_entries.erase(it->second);
            m_index.erase(it);
        }
        m_entries.push_front({key, text.toString(), tokens});
        m_index.emplace(key, m_entries.begin());
        m_held += tokens.size();
        while (m_held > capacityTokens && !m_entries.empty()) {
            m_held -= m_entries.back().tokens.size();
            m_index.erase(m_entries.back().key);
            m_entries.pop_back();
        }
    }

    void clear()
    {
        QMutexLocker locker(&m_mutex);
        m_index.clear();
        m_entries.clear();
        m_held = 0;
    }

private:
    struct Entry
    {
        size_t key;
        QString text;
        std::vector<Token> tokens;
    };
    QMutex m_mutex;
    std::list<Entry> m_entries; // most recently used first
    std::unordered_map<size_t, std::list<Entry>::iterator> m_index;
    size_t m_held = 0;
};

} // namespace

struct Tokenizer::Private
{
    WordSet terms;
    WordSet units;
    TokenCache cache;
    QByteArray signature;
};

namespace {

// Bumped whenever tokenizeRange() cuts differently for the same boundaries and word lists.
constexpr char tokenRulesVersion[] = "parallax tokens 1";

QByteArray signatureOf(QStringList terms, QStringList units)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(tokenRulesVersion));
    hash.addData(QByteArrayView("\n"));
    hash.addData(wordBoundariesIdentity());
    terms.sort();
    units.sort();
    for (const QStringList *words : {&terms, &units}) {
        hash.addData(QByteArrayView("\n["));
        for (const QString &word : *words) {
            hash.addData(word.toUtf8());
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex().left(16);
}

} // namespace

Tokenizer::Tokenizer(const QStringList &terms, const QStringList &units)
    : d(std::make_unique<Private>())
{
    for (const QString &term : terms)
        d->terms.add(term);
    for (const QString &unit : units)
        d->units.add(unit);
    d->terms.finish();
    d->units.finish();
    d->signature = signatureOf(terms, units);
}

Tokenizer::~Tokenizer() = default;

const Tokenizer &Tokenizer::instance()
{
    static const Tokenizer tokenizer = [] {
        const SectionedList lists = loadSectionedList(u":/parallax/data/policy-lexicon.txt"_s);
        return Tokenizer(lists.value(u"terms"_s) + lists.value(u"boilerplate"_s), lists.value(u"units"_s));
    }();
    return tokenizer;
}

QByteArray Tokenizer::signature() const
{
    return d->signature;
}

TokenKind Tokenizer::kindOf(char16_t first)
{
    if (isCommonIdeograph(first))
        return TokenKind::Word;
    if (isDigit(first))
        return TokenKind::Number;
    const QChar c(first);
    if (c.isSpace())
        return TokenKind::Space;
    if (c.isPunct() || c.isSymbol())
        return TokenKind::Punctuation;
    return TokenKind::Word;
}

bool Tokenizer::isLexiconTerm(QStringView word) const
{
    return d->terms.contains(word);
}

void Tokenizer::clearCache() const
{
    d->cache.clear();
}

std::vector<Token> Tokenizer::tokenize(QStringView text) const
{
    const bool cached = text.size() >= TokenCache::minimumLength;
    if (cached) {
        if (std::optional<std::vector<Token>> tokens = d->cache.find(text))
            return *std::move(tokens);
    }
    std::vector<Token> tokens = segment(text);
    if (cached)
        d->cache.insert(text, tokens);
    return tokens;
}

std::vector<Token> Tokenizer::segment(QStringView text) const
{
    // Dictionary segmentation is the cost: long texts are cut at line
    // starts (no token crosses one) and the pieces segmented on the global thread pool.
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    constexpr qsizetype parallelFrom = 200'000;
    if (text.size() < parallelFrom || threads < 2)
        return tokenizeRange(text);
    std::vector<std::pair<qsizetype, qsizetype>> pieces;
    const qsizetype target = std::max<qsizetype>(text.size() / threads, parallelFrom / 4);
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype cut = std::min(text.size(), from + target);
        while (cut < text.size() && !(text[cut - 1] == u'\n' && !text[cut].isSpace()))
            ++cut;
        pieces.push_back({from, cut});
        from = cut;
    }
    const std::vector<std::vector<Token>> parts = QtConcurrent::blockingMapped<std::vector<std::vector<Token>>>(
        pieces, [this, text](const std::pair<qsizetype, qsizetype> &piece) {
            std::vector<Token> part = tokenizeRange(text.mid(piece.first, piece.second - piece.first));
            for (Token &token : part)
                token.start += piece.first;
            return part;
        });
    std::vector<Token> tokens;
    size_t total = 0;
    for (const auto &part : parts)
        total += part.size();
    tokens.reserve(total);
    for (const auto &part : parts)
        tokens.insert(tokens.end(), part.begin(), part.end());
    return tokens;
}

std::vector<Token> Tokenizer::tokenizeRange(QStringView text) const
{
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    if (n == 0)
        return tokens;
    tokens.reserve(size_t(n / 2 + 8));
    const std::vector<quint8> boundary = wordBoundaries(text);

    qsizetype pos = 0;
    while (pos < n) {
        const char16_t c = text[pos].unicode();
        const TokenKind kind = kindOf(c);
        if (kind == TokenKind::Number) {
            qsizetype end = pos + 1;
            while (end < n && isDigit(text[end].unicode()))
                ++end;
            while (end + 1 < n && isDecimalPoint(text[end].unicode()) && isDigit(text[end + 1].unicode())) {
                end += 2;
                while (end < n && isDigit(text[end].unicode()))
                    ++end;
            }
            if (end < n && d->units.mayStartWith(text[end].unicode())) {
                for (qsizetype len = std::min(d->units.maxLength(), n - end); len > 0; --len) {
                    if (d->units.contains(text.mid(end, len))) {
                        end += len;
                        break;
                    }
                }
            }
            tokens.push_back({pos, end - pos, TokenKind::Number});
            pos = end;
            continue;
        }
        if (kind == TokenKind::Space) {
            qsizetype end = pos + 1;
            while (end < n && text[end].isSpace())
                ++end;
            tokens.push_back({pos, end - pos, TokenKind::Space});
            pos = end;
            continue;
        }
        if (kind == TokenKind::Punctuation) {
            tokens.push_back({pos, 1, TokenKind::Punctuation});
            ++pos;
            continue;
        }
        // A word: the longest lexicon entry that starts here and ends on a word boundary, else the
        // segmenter's word. Either way it stops before digits, spaces and punctuation.
        qsizetype end = -1;
        if (d->terms.mayStartWith(c)) {
            const qsizetype limit = std::min(n, pos + d->terms.maxLength());
            for (qsizetype e = limit; e > pos + 1; --e) {
                if (boundary[size_t(e)] && d->terms.contains(text.mid(pos, e - pos))) {
                    end = e;
                    break;
                }
            }
        }
        if (end < 0) {
            end = pos + 1;
            while (end < n && !boundary[size_t(end)])
                ++end;
            if (QChar::isHighSurrogate(c) && end == pos + 1 && end < n)
                ++end;
        }
        qsizetype cut = pos + 1;
        while (cut < end) {
            const QChar next = text[cut];
            if (!isCommonIdeograph(next.unicode())
                && (isDigit(next.unicode()) || next.isSpace() || next.isPunct() || next.isSymbol()))
                break;
            ++cut;
        }
        tokens.push_back({pos, cut - pos, TokenKind::Word});
        pos = cut;
    }
    return tokens;
}

} // namespace parallax
