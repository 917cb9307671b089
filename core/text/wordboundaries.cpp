#include "core/text/wordboundaries.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <mutex>

namespace parallax {

namespace {

// --- ICU break iterator (the reference) -------------------------------------------------------

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

std::vector<quint8> breakIteratorBoundaries(QStringView text)
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

// --- ICU's dictionary, walked directly ----------------------------------------------------------

// ICU's CjkBreakEngine: words of up to 20 code points; an ideograph the dictionary does not know
// as a word of its own costs the most a word can (255).
constexpr int kMaxWordLength = 20;
constexpr quint32 kUnknownCost = 255;

// The cjdict trie from ICU's data (the file format of ICU's dictionarydata.h: int32 indexes, the
// first being the offset of the trie; type 1 = UCharsTrie, flag 8 = has values). Its root is a
// branch over every first character, the costliest step of a walk, so the state after the first
// character is precomputed for every BMP code point.
class CjkDictionary
{
public:
    static const CjkDictionary *instance()
    {
        static const std::unique_ptr<CjkDictionary> dictionary = load();
        return dictionary.get();
    }

    ~CjkDictionary()
    {
        if (m_file)
            udata_close(m_file);
    }
    CjkDictionary(const CjkDictionary &) = delete;
    CjkDictionary &operator=(const CjkDictionary &) = delete;

    [[nodiscard]] bool isHan(char32_t c) const
    {
        if (c < 0x10000)
            return m_han[c >> 6] & (quint64(1) << (c & 63));
        UErrorCode status = U_ZERO_ERROR;
        return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN;
    }

    // Sets the boundaries inside text[from, to), a run of Han code points; `from` and `to` are
    // boundaries already. `costs` and `previous` are scratch space.
    void segment(QStringView text, qsizetype from, qsizetype to, std::vector<quint8> &boundary,
                 std::vector<quint32> &costs, std::vector<qsizetype> &previous) const
    {
        const qsizetype n = to - from; // code units; costs are indexed by code unit offset
        costs.assign(size_t(n + 1), UINT_MAX);
        previous.assign(size_t(n + 1), -1);
        costs[0] = 0;
        icu::UCharsTrie trie(m_trie);
        for (qsizetype i = 0; i < n; i = next(text, from + i) - from) {
            if (costs[size_t(i)] == UINT_MAX)
                continue;
            const quint32 base = costs[size_t(i)];
            bool knownAlone = false;
            qsizetype at = i;
            for (int length = 1; length <= kMaxWordLength && at < n; ++length) {
                const char32_t c = codePointAt(text, from + at);
                at = next(text, from + at) - from;
                UStringTrieResult result;
                if (length == 1 && c < 0x10000) {
                    const First &first = m_first[c];
                    result = first.result;
                    if (result == USTRINGTRIE_NO_MATCH)
                        break;
                    trie.resetToState(first.state);
                } else {
                    result = length == 1 ? trie.first(UChar32(c)) : trie.next(UChar32(c));
                }
                if (USTRINGTRIE_HAS_VALUE(result)) {
                    const quint32 cost = base + quint32(trie.getValue());
                    knownAlone = knownAlone || length == 1;
                    if (cost < costs[size_t(at)]) {
                        costs[size_t(at)] = cost;
                        previous[size_t(at)] = i;
                    }
                }
                if (!USTRINGTRIE_HAS_NEXT(result))
                    break;
            }
            if (!knownAlone) {
                const qsizetype single = next(text, from + i) - from;
                if (base + kUnknownCost < costs[size_t(single)]) {
                    costs[size_t(single)] = base + kUnknownCost;
                    previous[size_t(single)] = i;
                }
            }
        }
        for (qsizetype k = previous[size_t(n)]; k > 0; k = previous[size_t(k)])
            boundary[size_t(from + k)] = 1;
    }

    static qsizetype next(QStringView text, qsizetype at)
    {
        return (QChar::isHighSurrogate(text[at].unicode()) && at + 1 < text.size()
                && QChar::isLowSurrogate(text[at + 1].unicode()))
                   ? at + 2
                   : at + 1;
    }

    static char32_t codePointAt(QStringView text, qsizetype at)
    {
        const char16_t c = text[at].unicode();
        if (QChar::isHighSurrogate(c) && at + 1 < text.size() && QChar::isLowSurrogate(text[at + 1].unicode()))
            return QChar::surrogateToUcs4(c, text[at + 1].unicode());
        return c;
    }

private:
    struct First
    {
        icu::UCharsTrie::State state;
        UStringTrieResult result = USTRINGTRIE_NO_MATCH;
    };

    CjkDictionary() = default;

    static std::unique_ptr<CjkDictionary> load()
    {
        UErrorCode status = U_ZERO_ERROR;
        UDataMemory *file = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &status);
        if (U_FAILURE(status) || !file)
            return nullptr;
        const auto *data = static_cast<const quint8 *>(udata_getMemory(file));
        const auto *indexes = reinterpret_cast<const qint32 *>(data);
        constexpr qint32 trieTypeMask = 7;
        constexpr qint32 trieTypeUChars = 1;
        if (!data || indexes[0] < 32 || (indexes[4] & trieTypeMask) != trieTypeUChars || indexes[5] != 0) {
            udata_close(file);
            return nullptr;
        }
        std::unique_ptr<CjkDictionary> dictionary(new CjkDictionary);
        dictionary->m_file = file;
        dictionary->m_trie = reinterpret_cast<const char16_t *>(data + indexes[0]);
        dictionary->m_first = std::make_unique<First[]>(0x10000);
        icu::UCharsTrie trie(dictionary->m_trie);
        for (char32_t c = 0; c < 0x10000; ++c) {
            UErrorCode scriptStatus = U_ZERO_ERROR;
            if (uscript_getScript(UChar32(c), &scriptStatus) == USCRIPT_HAN)
                dictionary->m_han[c >> 6] |= quint64(1) << (c & 63);
            First &first = dictionary->m_first[c];
            first.result = trie.first(UChar32(c));
            if (first.result != USTRINGTRIE_NO_MATCH)
                trie.saveState(first.state);
        }
        return dictionary;
    }

    UDataMemory *m_file = nullptr;
    const char16_t *m_trie = nullptr;
    std::unique_ptr<First[]> m_first;
    std::array<quint64, 0x10000 / 64> m_han{};
};

enum class CharClass : quint8 { Han, Letter, Mark, Other };

std::vector<quint8> dictionaryBoundaries(QStringView text, const CjkDictionary &dictionary)
{
    const qsizetype n = text.size();
    std::vector<quint8> boundary(size_t(n) + 1, 0);
    std::vector<quint32> costs;
    std::vector<qsizetype> previous;
    auto classify = [&](char32_t c, UScriptCode *script) {
        if (dictionary.isHan(c))
            return CharClass::Han;
        const int category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            return CharClass::Mark;
        if (QChar::isLetter(c)) {
            UErrorCode status = U_ZERO_ERROR;
            *script = uscript_getScript(UChar32(c), &status);
            return CharClass::Letter;
        }
        return CharClass::Other;
    };
    qsizetype at = 0;
    while (at < n) {
        UScriptCode script = USCRIPT_COMMON;
        const CharClass kind = classify(CjkDictionary::codePointAt(text, at), &script);
        boundary[size_t(at)] = 1;
        qsizetype end = CjkDictionary::next(text, at);
        if (kind == CharClass::Han || kind == CharClass::Letter) {
            while (end < n) {
                UScriptCode nextScript = USCRIPT_COMMON;
                const CharClass nextKind = classify(CjkDictionary::codePointAt(text, end), &nextScript);
                if (nextKind != CharClass::Mark && (nextKind != kind || nextScript != script))
                    break;
                end = CjkDictionary::next(text, end);
            }
            if (kind == CharClass::Han)
                dictionary.segment(text, at, end, boundary, costs, previous);
        } else {
            while (end < n && classify(CjkDictionary::codePointAt(text, end), &script) == CharClass::Mark)
                end = CjkDictionary::next(text, end);
        }
        at = end;
    }
    boundary[0] = 1;
    boundary[size_t(n)] = 1;
    return boundary;
}

} // namespace

QByteArray wordBoundariesIdentity()
{
    UVersionInfo version{};
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(version, text);
    const bool dictionary = isSegmentationEngineAvailable(SegmentationEngine::Dictionary);
    return QByteArray("icu ") + text + (dictionary ? " cjdict" : " break-iterator");
}

bool isSegmentationEngineAvailable(SegmentationEngine engine)
{
    if (engine == SegmentationEngine::Dictionary)
        return CjkDictionary::instance() != nullptr;
    return threadBreakIterator() != nullptr;
}

std::vector<quint8> wordBoundaries(QStringView text, SegmentationEngine engine)
{
    if (engine == SegmentationEngine::Dictionary) {
        if (const CjkDictionary *dictionary = CjkDictionary::instance())
            return dictionaryBoundaries(text, *dictionary);
    }
    return breakIteratorBoundaries(text);
}

} // namespace parallax
