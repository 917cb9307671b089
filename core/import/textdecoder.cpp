#include "core/import/textdecoder.h"

#include <QStringDecoder>
#include <QStringList>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <memory>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// The decision between GB18030, Big5 and BOM-less UTF-16 is made on a prefix: the winner is then
// converted in full. 64 KB holds thousands of characters, far more than the score needs.
constexpr qsizetype SampleBytes = 64 * 1024;

// Characters that make up most of any Chinese government text, simplified and their traditional
// forms (derived once with ICU's Hans-Hant transliterator). The share of them among the non-ASCII
// characters separates real text from the same bytes read in the wrong encoding: Big5 read as GBK
// (or the reverse) decodes "successfully" into rare characters.
constexpr char16_t CommonCharacters[] = u"业化建发产的展和新设全进加区推工实力生动体大市等能制中农治一提人高保地民务持项国目重水强用合基开文资理以作施会政为创服成社品城造现改点升平家年增质育公行源村经系机优深入代色游主坚快有度疆物教旅心量企技昌完面级管善融程效吉态济定共学环各通性集法医安规电活场乡县自护上续好构范方万群不个在域要特到长支稳网型向三打革路统立州信境流落领园结绿与利交术健引步准培出标式更同防应多本投党联科示障供族台分对团导部础积府道划金风养位及煤事极精康放总商局费综时就达策链运促众消线污转配批营形才监模率关备小是镇元种节山控专险办调期收整疗协格数天气息下带次类亿土五明东战核木势居干聚间智求广二断层功依做复外内四职口传空扩装十果接师解义低援兴贯老鲁固略习件景任院值决处之励争严清研互权第挥校织组染确先围兵乌把着彻油计两食套素布预单验需意指约充络吐所吨北车突益住矿字置我条子取得员神储筹鼓思林碳番河委牢千卫盖排石覆材来华纳房央维可抓牌近补识西试题拓显助承头队料过评然庭想执惠表破田参让测列库际药责于修价给移连攻情慧正振难斯玛并相托首了常良艺巩病探绕植亩前户救急变端输们足序原速壁感减督图训劳草观馆废困贫丝普日举销名查遗美将宗齐他这说也而你那后其里去如者都军无么当起看还此又见只没从業發產設進區實動體農務項國強開資會為創現點質經機優堅級態濟學環醫規電場鄉縣護續構範萬個長穩網統領園結綠與術標應黨聯對團導礎積風養極總費綜時達鏈運眾線轉營監關備鎮種節專險辦調療協數氣帶類億東戰勢乾間廣斷層復內職傳擴裝師義興貫魯習決處勵爭嚴權揮織組確圍烏著徹計兩預單驗約絡噸車礦條員儲籌衛蓋來華納維補識試題顯頭隊過評執參讓測庫際藥責於價給連難瑪並藝鞏繞畝戶變輸們減圖訓勞觀館廢貧絲舉銷遺將齊這說後軍無麼當還見沒從";

const std::bitset<0x10000> &commonCharacterSet()
{
    static const std::bitset<0x10000> set = [] {
        std::bitset<0x10000> bits;
        for (char16_t c : std::u16string_view(CommonCharacters))
            bits.set(c);
        return bits;
    }();
    return set;
}

struct ConverterDeleter
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterDeleter>;

struct DetectorDeleter
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorDeleter>;

ConverterPtr openStrictConverter(const char *icuName)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(icuName, &status));
    if (U_FAILURE(status) || !converter)
        return nullptr;
    // STOP instead of the default substitution: an illegal sequence means "wrong encoding".
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return nullptr;
    return converter;
}

/// Converts with ICU, failing on the first illegal or unmappable sequence. With `flush` false a
/// character cut at the end of the input is not an error (used for samples).
std::optional<QString> convertStrict(QByteArrayView bytes, const char *icuName, bool flush = true)
{
    ConverterPtr converter = openStrictConverter(icuName);
    if (!converter)
        return std::nullopt;
    // Every supported encoding needs at least one byte per UTF-16 unit; grow only for oddities.
    QString out(bytes.size() + 16, Qt::Uninitialized);
    const char *source = bytes.data();
    const char *sourceLimit = bytes.data() + bytes.size();
    qsizetype written = 0;
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        auto *targetStart = reinterpret_cast<UChar *>(out.data()) + written;
        UChar *target = targetStart;
        UChar *targetLimit = reinterpret_cast<UChar *>(out.data()) + out.size();
        ucnv_toUnicode(converter.get(), &target, targetLimit, &source, sourceLimit, nullptr, flush, &status);
        written += target - targetStart;
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(out.size() * 2);
            continue;
        }
        if (U_FAILURE(status))
            return std::nullopt;
        break;
    }
    out.truncate(written);
    return out;
}

bool hasPrefix(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

std::optional<QString> decodeUtf8Strict(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isTextCodeUnit(char16_t unit)
{
    return (unit >= 0x20 && unit < 0x7F) || unit == u'\t' || unit == u'\n' || unit == u'\r'
           || unit == 0xB7 || (unit >= 0x2000 && unit < 0x2070)
           || (unit >= 0x3000 && unit < 0xA000) || (unit >= 0xFF00 && unit < 0xFFF0);
}

/// Share of code units that are ordinary text when `bytes` are read as UTF-16 in the given order.
double utf16TextShare(QByteArrayView bytes, bool bigEndian)
{
    const qsizetype units = std::min(bytes.size(), SampleBytes) / 2;
    if (units == 0)
        return 0;
    qsizetype text = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const auto first = uchar(bytes[2 * i]);
        const auto second = uchar(bytes[2 * i + 1]);
        const char16_t unit = bigEndian ? char16_t(first << 8 | second) : char16_t(second << 8 | first);
        if (isTextCodeUnit(unit))
            ++text;
    }
    return double(text) / double(units);
}

/// BOM-less UTF-16 with Latin text shows as NUL bytes at every other position; the byte order is
/// given by which side they are on.
std::optional<bool> utf16ByNulPattern(QByteArrayView bytes)
{
    const qsizetype n = std::min(bytes.size(), SampleBytes) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += bytes[i] == 0;
        oddNuls += bytes[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (evenNuls * 5 >= units && oddNuls * 50 <= units)
        return true; // 00 xx: big endian
    if (oddNuls * 5 >= units && evenNuls * 50 <= units)
        return false;
    return std::nullopt;
}

bool looksLikeUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return false;
    if (utf16ByNulPattern(bytes))
        return true;
    return utf16TextShare(bytes, false) >= 0.9 || utf16TextShare(bytes, true) >= 0.9;
}

/// How much `text` reads like Chinese: common characters and CJK punctuation count fully, other
/// ideographs a little, private-use, C1 controls and replacement characters against.
double plausibility(QStringView text)
{
    const std::bitset<0x10000> &common = commonCharacterSet();
    double good = 0;
    qsizetype bad = 0;
    qsizetype nonAscii = 0;
    qsizetype ascii = 0;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
                ++bad;
            else
                ++ascii;
            continue;
        }
        ++nonAscii;
        if (common.test(c) || (c >= 0x3000 && c < 0x3040) || (c >= 0xFF01 && c < 0xFF5F)
            || (c >= 0x2010 && c < 0x2028) || c == 0xB7) {
            good += 1;
        } else if (c >= 0x4E00 && c < 0xA000) {
            good += 0.25;
        } else if ((c >= 0xE000 && c < 0xF900) || (c >= 0x80 && c < 0xA0) || c == 0xFFFD
                   || (c >= 0xD800 && c < 0xE000)) {
            ++bad;
        }
    }
    if (nonAscii == 0)
        return ascii + bad == 0 ? 0 : double(ascii) / double(ascii + bad);
    return (good - 2.0 * double(bad)) / double(nonAscii);
}

struct Candidate
{
    QString name;       ///< canonical name
    const char *icuName = nullptr;
    double confidence = 0; ///< ICU detector's confidence, 0..1
    double score = 0;
};

/// ICU's detector opinion, restricted to the encodings Chinese documents come in.
void addDetectorConfidence(QByteArrayView sample, std::vector<Candidate> &candidates)
{
    UErrorCode status = U_ZERO_ERROR;
    DetectorPtr detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return;
    ucsdet_setText(detector.get(), sample.data(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || !matches)
        return;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || !name)
            continue;
        const QLatin1StringView detected(name);
        for (Candidate &candidate : candidates) {
            if (detected.compare(candidate.name, Qt::CaseInsensitive) == 0)
                candidate.confidence = std::max(candidate.confidence, confidence / 100.0);
        }
    }
}

Result<DecodedText> decodeByDetection(QByteArrayView bytes)
{
    std::vector<Candidate> candidates = {
        {u"GB18030"_s, "GB18030"},
        {u"Big5"_s, "Big5"},
        {u"UTF-16LE"_s, "UTF-16LE"},
        {u"UTF-16BE"_s, "UTF-16BE"},
    };
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), SampleBytes));
    addDetectorConfidence(sample, candidates);

    for (Candidate &candidate : candidates) {
        const bool utf16 = candidate.name.startsWith(u"UTF-16");
        if (utf16 && bytes.size() % 2 != 0) {
            candidate.score = -1;
            continue;
        }
        const QByteArrayView cut = utf16 ? sample.first(sample.size() & ~qsizetype(1)) : sample;
        const std::optional<QString> decoded = convertStrict(cut, candidate.icuName, cut.size() == bytes.size());
        candidate.score = decoded ? plausibility(*decoded) + 0.2 * candidate.confidence : -1;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

    for (const Candidate &candidate : candidates) {
        if (candidate.score < 0.4)
            break;
        if (std::optional<QString> text = convertStrict(bytes, candidate.icuName))
            return DecodedText{std::move(*text), candidate.name};
    }
    QString detail = u"no candidate decoded plausibly:"_s;
    for (const Candidate &candidate : candidates)
        detail += u" %1=%2"_s.arg(candidate.name).arg(candidate.score, 0, 'f', 2);
    return fail(ErrorCode::UnknownEncoding, {}, detail);
}

Result<DecodedText> decodeAs(QByteArrayView bytes, const char *icuName, const QString &name)
{
    if (std::optional<QString> text = convertStrict(bytes, icuName))
        return DecodedText{std::move(*text), name};
    return fail(ErrorCode::UnknownEncoding, {}, u"invalid %1 byte sequence"_s.arg(name));
}

} // namespace

bool looksBinary(QByteArrayView bytes)
{
    static constexpr std::array<QByteArrayView, 6> magics = {
        QByteArrayView("\x89PNG\r\n\x1a\n"), QByteArrayView("\xFF\xD8\xFF"), QByteArrayView("GIF87a"),
        QByteArrayView("GIF89a"), QByteArrayView("\x7F" "ELF"), QByteArrayView("\0\0\1\0", 4),
    };
    for (QByteArrayView magic : magics) {
        if (hasPrefix(bytes, magic))
            return true;
    }
    if (hasPrefix(bytes, "PK\x03\x04"))
        return !bytes.contains("word/document.xml");
    if (hasPrefix(bytes, "\xFF\xFE") || hasPrefix(bytes, "\xFE\xFF") || hasPrefix(bytes, "\xEF\xBB\xBF"))
        return false;
    if (looksLikeUtf16(bytes))
        return false;

    const QByteArrayView sample = bytes.first(std::min(bytes.size(), SampleBytes));
    qsizetype nuls = 0;
    qsizetype controls = 0;
    for (char byte : sample) {
        const auto c = uchar(byte);
        if (c == 0)
            ++nuls;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    // A stray NUL or two is damage a text file survives (the normaliser drops them); more is data.
    return nuls > std::max<qsizetype>(2, sample.size() / 1000) || controls * 20 > sample.size();
}

Result<DecodedText> decodeText(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return DecodedText{QString(), u"UTF-8"_s};
    if (hasPrefix(bytes, "\xEF\xBB\xBF")) {
        if (std::optional<QString> text = decodeUtf8Strict(bytes.sliced(3)))
            return DecodedText{std::move(*text), u"UTF-8"_s};
        return fail(ErrorCode::UnknownEncoding, {}, u"UTF-8 byte order mark but invalid UTF-8"_s);
    }
    if (hasPrefix(bytes, "\xFF\xFE"))
        return decodeAs(bytes.sliced(2), "UTF-16LE", u"UTF-16LE"_s);
    if (hasPrefix(bytes, "\xFE\xFF"))
        return decodeAs(bytes.sliced(2), "UTF-16BE", u"UTF-16BE"_s);
    if (looksBinary(bytes))
        return fail(ErrorCode::BinaryFile, {}, u"binary content"_s);
    if (bytes.size() % 2 == 0) {
        if (const std::optional<bool> bigEndian = utf16ByNulPattern(bytes)) {
            const char *icuName = *bigEndian ? "UTF-16BE" : "UTF-16LE";
            if (std::optional<QString> text = convertStrict(bytes, icuName))
                return DecodedText{std::move(*text), QString::fromLatin1(icuName)};
        }
    }
    if (std::optional<QString> text = decodeUtf8Strict(bytes))
        return DecodedText{std::move(*text), u"UTF-8"_s};
    return decodeByDetection(bytes);
}

Result<QString> decodeWithCharset(QByteArrayView bytes, QStringView charset)
{
    const QString label = charset.trimmed().toString().toLower();
    QByteArray icuName;
    // WHATWG encoding labels as pages use them; the GB family is read as its superset.
    static const QStringList gbLabels = {u"gb2312"_s, u"gbk"_s, u"gb18030"_s, u"x-gbk"_s, u"cp936"_s,
                                         u"ms936"_s, u"windows-936"_s, u"gb_2312-80"_s, u"gb_2312"_s,
                                         u"euc-cn"_s, u"x-euc-cn"_s, u"csgb2312"_s, u"chinese"_s,
                                         u"iso-ir-58"_s, u"csiso58gb231280"_s};
    static const QStringList big5Labels = {u"big5"_s, u"big-5"_s, u"cn-big5"_s, u"x-x-big5"_s, u"csbig5"_s};
    if (gbLabels.contains(label))
        icuName = "GB18030";
    else if (big5Labels.contains(label))
        icuName = "Big5";
    else if (label == u"utf-8" || label == u"utf8" || label == u"unicode-1-1-utf-8")
        icuName = "UTF-8";
    else if (label == u"iso-8859-1" || label == u"latin1" || label == u"us-ascii" || label == u"ascii")
        icuName = "windows-1252";
    else
        icuName = label.toLatin1();

    if (icuName == "UTF-8") {
        QByteArrayView body = bytes;
        if (hasPrefix(body, "\xEF\xBB\xBF"))
            body = body.sliced(3);
        if (std::optional<QString> text = decodeUtf8Strict(body))
            return *text;
        return fail(ErrorCode::UnknownEncoding, {}, u"invalid UTF-8"_s);
    }
    if (!openStrictConverter(icuName.constData()))
        return fail(ErrorCode::UnknownEncoding, {}, u"unknown charset %1"_s.arg(label));
    if (std::optional<QString> text = convertStrict(bytes, icuName.constData()))
        return *text;
    return fail(ErrorCode::UnknownEncoding, {}, u"invalid byte sequence for charset %1"_s.arg(label));
}

} // namespace parallax
