#include "core/text/tokenizer.h"

#include "core/text/sectionedlist.h"

#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Creating a zh word iterator loads the dictionary (milliseconds); cloning a prototype is cheap.
// Each thread keeps its own clone because ICU break iterators are not thread-safe.
icu::BreakIterator *threadBreakIterator()
{
    static std::once_flag once;
    static std::unique_ptr<icu::BreakIterator> prototype;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status))
            prototype.reset();
    });
    thread_local std::unique_ptr<icu::BreakIterator> local;
    if (!local && prototype)
        local.reset(prototype->clone());
    return local.get();
}

bool isDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19);
}

bool isDecimalPoint(char16_t c)
{
    return c == u'.' || c == 0xFF0E;
}

// Word boundaries of `text` as a flag per position (size n + 1).
std::vector<quint8> icuBoundaries(QStringView text)
{
    std::vector<quint8> boundary(size_t(text.size()) + 1, 0);
    icu::BreakIterator *iterator = threadBreakIterator();
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    if (iterator)
        utext_openUChars(&utext, reinterpret_cast<const UChar *>(text.utf16()), text.size(), &status);
    if (!iterator || U_FAILURE(status)) {
        std::fill(boundary.begin(), boundary.end(), quint8(1));
        return boundary;
    }
    iterator->setText(&utext, status);
    if (U_FAILURE(status)) {
        utext_close(&utext);
        std::fill(boundary.begin(), boundary.end(), quint8(1));
        return boundary;
    }
    for (int32_t p = iterator->first(); p != icu::BreakIterator::DONE; p = iterator->next()) {
        if (p >= 0 && p <= text.size())
            boundary[size_t(p)] = 1;
    }
    // Do not keep a pointer to the caller's buffer beyond this call.
    UText empty = UTEXT_INITIALIZER;
    static const UChar nothing[1] = {0};
    utext_openUChars(&empty, nothing, 0, &status);
    iterator->setText(&empty, status);
    utext_close(&empty);
    utext_close(&utext);
    boundary[0] = 1;
    boundary[size_t(text.size())] = 1;
    return boundary;
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
            m_first.insert(word.front().unicode());
            m_maxLength = std::max(m_maxLength, word.size());
        }
    }
    [[nodiscard]] bool contains(QStringView word) const { return m_words.contains(word); }
    [[nodiscard]] bool mayStartWith(char16_t c) const { return m_first.contains(c); }
    [[nodiscard]] qsizetype maxLength() const { return m_maxLength; }

private:
    QStringList m_storage;
    QSet<QStringView> m_words;
    QSet<char16_t> m_first;
    qsizetype m_maxLength = 0;
};

} // namespace

struct Tokenizer::Private
{
    WordSet terms;
    WordSet units;
};

Tokenizer::Tokenizer(const QStringList &terms, const QStringList &units)
    : d(std::make_unique<Private>())
{
    for (const QString &term : terms)
        d->terms.add(term);
    for (const QString &unit : units)
        d->units.add(unit);
    d->terms.finish();
    d->units.finish();
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

bool Tokenizer::isLexiconTerm(QStringView word) const
{
    return d->terms.contains(word);
}

std::vector<Token> Tokenizer::tokenize(QStringView text) const
{
    // ICU's dictionary segmentation is the cost (~6 MB/s per core): long texts are cut at line
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
    const std::vector<quint8> boundary = icuBoundaries(text);

    qsizetype pos = 0;
    while (pos < n) {
        const char16_t c = text[pos].unicode();
        const QChar qc(c);
        if (isDigit(c)) {
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
        if (qc.isSpace()) {
            qsizetype end = pos + 1;
            while (end < n && text[end].isSpace())
                ++end;
            tokens.push_back({pos, end - pos, TokenKind::Space});
            pos = end;
            continue;
        }
        if (qc.isPunct() || qc.isSymbol()) {
            tokens.push_back({pos, 1, TokenKind::Punctuation});
            ++pos;
            continue;
        }
        // A word: the longest lexicon entry that starts here and ends on an ICU boundary, else ICU's
        // own segment. Either way it stops before digits, spaces and punctuation.
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
            if (isDigit(next.unicode()) || next.isSpace() || next.isPunct() || next.isSymbol())
                break;
            ++cut;
        }
        tokens.push_back({pos, cut - pos, TokenKind::Word});
        pos = cut;
    }
    return tokens;
}

} // namespace parallax
