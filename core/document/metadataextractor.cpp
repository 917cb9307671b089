#include "core/document/metadataextractor.h"

#include "core/text/chinesenumber.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

struct Region
{
    QString name;
    RegionLevel level = RegionLevel::Unknown;
    QStringList aliases; // name first, then aliases, longest first
};

/// The gazetteer in resources/data/regions.tsv, loaded once.
const std::vector<Region> &gazetteer()
{
    static const std::vector<Region> regions = [] {
        std::vector<Region> loaded;
        QFile file(u":/parallax/data/regions.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return loaded;
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QList<QStringView> fields = line.split(u'\t');
            if (fields.size() < 2)
                continue;
            Region region;
            region.name = fields[0].toString();
            region.level = regionLevelFromString(fields[1]).value_or(RegionLevel::Unknown);
            region.aliases.append(region.name);
            if (fields.size() > 2) {
                for (QStringView alias : fields[2].split(u',')) {
                    if (!alias.trimmed().isEmpty())
                        region.aliases.append(alias.trimmed().toString());
                }
            }
            std::sort(region.aliases.begin(), region.aliases.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            loaded.push_back(std::move(region));
        }
        return loaded;
    }();
    return regions;
}

const Region *findRegion(QStringView name)
{
    for (const Region &region : gazetteer()) {
        if (region.aliases.contains(name.toString()))
            return &region;
    }
    return nullptr;
}

/// The region whose name or alias starts `text` (longest match), e.g. a title "昌吉回族自治州国民…".
const Region *regionAtStart(QStringView text)
{
    const Region *best = nullptr;
    qsizetype bestLength = 0;
    for (const Region &region : gazetteer()) {
        for (const QString &alias : region.aliases) {
            if (alias.size() > bestLength && alias.size() >= 2 && text.startsWith(alias)) {
                best = &region;
                bestLength = alias.size();
            }
        }
    }
    return best;
}

/// Level of a region not in the gazetteer, from its suffix.
RegionLevel levelFromSuffix(QStringView name)
{
    if (name.endsWith(u"师") || name.contains(u"兵团"))
        return RegionLevel::Corps;
    if (name.endsWith(u"省") || name.endsWith(u"自治区"))
        return RegionLevel::Province;
    if (name.endsWith(u"自治州") || name.endsWith(u"地区") || name.endsWith(u"盟") || name.endsWith(u"市"))
        return RegionLevel::Prefecture;
    if (name.endsWith(u"县") || name.endsWith(u"区") || name.endsWith(u"旗"))
        return RegionLevel::County;
    return RegionLevel::Unknown;
}

void setRegion(DocumentMetadata &meta, QStringView name)
{
    if (const Region *region = findRegion(name)) {
        meta.region = region->name;
        meta.regionLevel = region->level;
    } else {
        meta.region = name.toString();
        meta.regionLevel = levelFromSuffix(name);
    }
}

/// For documents without title or dateline (the regional summary): the region the body talks
/// about most, counting full names three times as much as short aliases.
const Region *mostMentionedRegion(QStringView text)
{
    const Region *best = nullptr;
    qsizetype bestScore = 0;
    for (const Region &region : gazetteer()) {
        qsizetype score = 0;
        for (const QString &alias : region.aliases)
            score += text.count(alias) * (alias == region.name ? 3 : 1);
        if (score > bestScore) {
            best = &region;
            bestScore = score;
        }
    }
    return bestScore >= 5 ? best : nullptr;
}

bool isSentenceLike(QStringView line)
{
    static const QString marks = u"。！？；，,:：!?;"_s;
    return std::any_of(line.begin(), line.end(), [](QChar c) { return marks.contains(c); });
}

bool endsLikeTitle(QStringView text)
{
    static const QRegularExpression ending(u"(报告|纲要|规划|计划)([（(]摘要[)）])?$"_s);
    return ending.match(text).hasMatch();
}

/// Title lines at the top: short, no sentence punctuation, joined until they end like a title
/// (昌吉回族自治州国民经济和社会发展 / 第十四个五年规划和2035年 / 远景目标纲要).
QString findTitle(const QList<QStringView> &lines)
{
    QString title;
    for (QStringView line : lines) {
        if (line.size() > 40 || isSentenceLike(line) || line.startsWith(u"——"))
            break;
        title += line;
        if (endsLikeTitle(title))
            return title;
    }
    return {};
}

bool isGenericTitle(QStringView title)
{
    static const QRegularExpression generic(u"^((20|19)\\d\\d年)?(政府工作报告)$"_s);
    return title.isEmpty() || generic.match(title).hasMatch();
}

int yearIn(const QRegularExpression &pattern, QStringView text)
{
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// 第十四个五年规划 → 2021 (the third plan began in 1966; earlier plans do not follow the cycle).
int fiveYearPlanStart(QStringView title)
{
    static const QRegularExpression ordinal(u"第([一二三四五六七八九十]+)个五年规划"_s);
    const QRegularExpressionMatch match = ordinal.match(title);
    if (!match.hasMatch())
        return 0;
    const qint64 n = chineseNumeralValue(match.capturedView(1)).value_or(0);
    return n >= 3 ? int(1966 + 5 * (n - 3)) : 0;
}

QList<QStringView> leadingLines(QStringView text, int count)
{
    QList<QStringView> lines;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        lines.append(line);
        if (lines.size() >= count)
            break;
    }
    return lines;
}

} // namespace

DocumentMetadata inferMetadata(QStringView text, const std::vector<Section> &sections, QStringView fileName)
{
    DocumentMetadata meta;
    const QList<QStringView> lines = leadingLines(text, 12);
    meta.title = findTitle(lines);

    // The dateline may be broken over two lines (…人民代表大会 / 第四次会议上): read the head as one.
    QString head;
    for (QStringView line : lines)
        head += line;

    static const QRegularExpression dateline(
        u"——\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日在(.+?)(第[一二三四五六七八九十\\d]+届)?人民代表大会"_s);
    const QRegularExpressionMatch date = dateline.match(head);
    int meetingYear = 0;
    if (date.hasMatch()) {
        meetingYear = date.captured(1).toInt();
        meta.date = u"%1-%2-%3"_s.arg(date.captured(1), date.captured(2).rightJustified(2, u'0'),
                                     date.captured(3).rightJustified(2, u'0'));
        setRegion(meta, date.capturedView(4));
    }

    static const QRegularExpression speaker(
        u"(?:人民政府|政府)?(?:代理|代)?(?:市长|州长|省长|主席|区长|县长|盟长|专员|总理|师长)\\s*[:：]?\\s+(\\S{2,16})$"_s,
        QRegularExpression::UseUnicodePropertiesOption); // so \\s covers the NBSP web pages put there
    for (QStringView line : lines) {
        const QRegularExpressionMatch match = speaker.match(line);
        if (match.hasMatch() && !isSentenceLike(match.capturedView(1))) {
            meta.speaker = match.captured(1).trimmed();
            break;
        }
    }

    if (meta.region.isEmpty() && !meta.title.isEmpty()) {
        if (const Region *region = regionAtStart(meta.title)) {
            meta.region = region->name;
            meta.regionLevel = region->level;
        }
    }
    if (meta.region.isEmpty()) {
        if (const Region *region = mostMentionedRegion(text.left(20000))) {
            meta.region = region->name;
            meta.regionLevel = region->level;
        }
    }

    // Kind and years.
    QString headings;
    forEachSection(sections, [&](const Section &section) {
        if (section.level <= 2)
            headings += section.label + section.heading + u'\n';
    });
    const bool planTitle = meta.title.contains(u"规划") || meta.title.contains(u"纲要");
    if (planTitle) {
        meta.kind = DocumentKind::Plan;
        static const QRegularExpression period(u"期限为(\\d{4})\\s*[-—–~至到]\\s*(\\d{4})年"_s);
        const QRegularExpressionMatch match = period.match(text.left(5000));
        int start = match.hasMatch() ? match.captured(1).toInt() : fiveYearPlanStart(meta.title);
        int end = match.hasMatch() ? match.captured(2).toInt() : (start > 0 ? start + 4 : 0);
        meta.yearPlanned = start;
        meta.periodEnd = end;
        meta.yearReported = start > 0 ? start - 1 : 0;
    } else {
        const bool reportLike = meta.title.contains(u"政府工作报告") || date.hasMatch()
                                || headings.contains(u"工作回顾") || headings.contains(u"工作安排")
                                || headings.contains(u"重点工作");
        meta.kind = reportLike ? DocumentKind::WorkReport : DocumentKind::Other;
        static const QRegularExpression reviewed(u"(\\d{4})年(?:政府)?工作回顾"_s);
        static const QRegularExpression planned(u"(\\d{4})年(?:政府)?(?:工作安排|重点工作|工作任务)"_s);
        static const QRegularExpression titleYear(u"(\\d{4})年政府工作报告"_s);
        meta.yearReported = yearIn(reviewed, headings);
        meta.yearPlanned = yearIn(planned, headings);
        const int anchor = meetingYear > 0 ? meetingYear : yearIn(titleYear, meta.title);
        if (meta.yearPlanned == 0)
            meta.yearPlanned = meta.yearReported > 0 ? meta.yearReported + 1 : anchor;
        if (meta.yearReported == 0 && meta.yearPlanned > 0)
            meta.yearReported = meta.yearPlanned - 1;
    }

    if (meta.kind == DocumentKind::WorkReport && isGenericTitle(meta.title) && !meta.region.isEmpty()
        && meta.yearPlanned > 0)
        meta.title = u"%1%2年政府工作报告"_s.arg(meta.region).arg(meta.yearPlanned);
    if (meta.title.isEmpty())
        meta.title = fileName.toString();
    return meta;
}

} // namespace parallax
