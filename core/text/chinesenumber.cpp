#include "core/text/chinesenumber.h"

#include <array>

namespace parallax {

namespace {

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'零': case u'〇': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

qint64 unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    case u'万': return 10000;
    case u'亿': return 100000000;
    default: return 0;
    }
}

} // namespace

bool isChineseNumeralChar(QChar c)
{
    return digitValue(c) >= 0 || unitValue(c) > 0;
}

std::optional<qint64> chineseNumeralValue(QStringView numeral)
{
    if (numeral.isEmpty())
        return std::nullopt;
    qint64 total = 0;   // completed 万/亿 groups
    qint64 section = 0; // value below the current 万
    qint64 digit = -1;  // pending digit, -1 if none
    for (QChar c : numeral) {
        if (const int d = digitValue(c); d >= 0) {
            digit = d;
            continue;
        }
        const qint64 unit = unitValue(c);
        if (unit == 0)
            return std::nullopt;
        if (unit >= 10000) {
            section += std::max<qint64>(digit, 0);
            total = (total + section) * unit;
            section = 0;
        } else {
            // 十 alone means 10 (十二 = 12)
            section += (digit < 0 ? 1 : digit) * unit;
        }
        digit = -1;
    }
    if (digit > 0)
        section += digit;
    return total + section;
}

QString chineseNumeral(int value)
{
    static constexpr std::array<char16_t, 10> digits{u'零', u'一', u'二', u'三', u'四',
                                                     u'五', u'六', u'七', u'八', u'九'};
    static constexpr std::array<std::pair<int, char16_t>, 3> units{{{1000, u'千'}, {100, u'百'}, {10, u'十'}}};
    if (value <= 0 || value > 9999)
        return {};
    QString text;
    int rest = value;
    bool pendingZero = false;
    for (const auto &[unit, name] : units) {
        const int d = rest / unit;
        rest %= unit;
        if (d == 0) {
            pendingZero = !text.isEmpty();
            continue;
        }
        if (pendingZero)
            text += QChar(digits[0]);
        pendingZero = false;
        if (!(unit == 10 && d == 1 && text.isEmpty())) // 十二, not 一十二
            text += QChar(digits[d]);
        text += QChar(name);
    }
    if (rest > 0) {
        if (pendingZero)
            text += QChar(digits[0]);
        text += QChar(digits[rest]);
    }
    return text;
}

} // namespace parallax
