#include "core/indicators/indicatorextractor.h"

#include "core/text/chinesenumber.h"
#include "core/text/normalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// 比2015年（下同）分别: the longest lead the `since` patterns match. Subjects are cut to it because
// every QRegularExpression::match() reads its whole subject (see readContext).
constexpr qsizetype kSinceLength = 16;

// ---------------------------------------------------------------------------------------------
// Sections: the innermost section around an offset, with its effective role.

struct FlatSection
{
    const Section *section = nullptr;
    SectionRole role = SectionRole::Body;
};

void flatten(const std::vector<Section> &sections, std::vector<FlatSection> &out)
{
    for (const Section &section : sections) {
        out.push_back(FlatSection{&section, section.role});
        flatten(section.children, out);
    }
}

const FlatSection *innermost(const std::vector<FlatSection> &flat, qsizetype offset)
{
    // Pre-order is sorted by start: walk back from the last section starting at or before offset.
    auto it = std::upper_bound(flat.begin(), flat.end(), offset,
                               [](qsizetype value, const FlatSection &s) { return value < s.section->start; });
    while (it != flat.begin()) {
        --it;
        if (it->section->start <= offset && offset < it->section->end)
            return &*it;
    }
    return nullptr;
}

QString sectionName(const FlatSection *flat)
{
    if (!flat)
        return {};
    const Section &section = *flat->section;
    return section.label.isEmpty() ? section.heading : section.label + u' ' + section.heading;
}

// ---------------------------------------------------------------------------------------------
// Character classes on folded text (analysisFold: ASCII digits, full-width punctuation).

bool isClauseBreak(QChar c)
{
    return c == u'，' || c == u'；' || c == u'：';
}

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'\n';
}

bool isRangeDash(QChar c)
{
    return c == u'—' || c == u'–' || c == u'-' || c == u'~' || c == u'～' || c == u'至' || c == u'到';
}

bool startsWithAny(QStringView text, std::initializer_list<QStringView> words)
{
    return std::any_of(words.begin(), words.end(), [&](QStringView w) { return text.startsWith(w); });
}

bool endsWithAny(QStringView text, std::initializer_list<QStringView> words)
{
    return std::any_of(words.begin(), words.end(), [&](QStringView w) { return text.endsWith(w); });
}

// ---------------------------------------------------------------------------------------------
// Figures: a number (arabic, 百分之五, 两位数, 一万五千) with a unit and its qualifier.

struct Figure
{
    double value = 0;
    std::optional<double> valueMax;
    IndicatorLexicon::Unit unit;
    Qualifier qualifier = Qualifier::Exact;
    int sign = 0;      // from the verb before it: +1 growth, -1 decline, 0 none
    bool growthWord = false; // 两位数 means a growth rate whatever the verb
    int year = 0;      // explicit 2015年的 before it
    QString basis;     // annual-average / cumulative
    qsizetype start = 0;
    qsizetype end = 0;
};

std::optional<double> readArabic(QStringView text, qsizetype &i)
{
    const qsizetype begin = i;
    while (i < text.size() && text[i].isDigit())
        ++i;
    if (i < text.size() - 1 && text[i] == u'.' && text[i + 1].isDigit()) {
        ++i;
        while (i < text.size() && text[i].isDigit())
            ++i;
    }
    if (i == begin)
        return std::nullopt;
    bool ok = false;
    const double value = text.mid(begin, i - begin).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

class FigureReader
{
public:
    FigureReader(QStringView text, const IndicatorLexicon &lexicon)
        : m_text(text)
        , m_lexicon(lexicon)
    {
    }

    /// All figures in [from, to) of the folded text.
    std::vector<Figure> read(qsizetype from, qsizetype to)
    {
        std::vector<Figure> figures;
        qsizetype previousEnd = from;
        int previousSign = 0;
        for (qsizetype i = from; i < to;) {
            std::optional<Figure> figure = readAt(i, to);
            if (!figure) {
                ++i;
                continue;
            }
            const QStringView between = m_text.mid(previousEnd, figure->start - previousEnd);
            // After the first figure, only a list or a verb continues the same indicator
            // (、同比增长6.6%); 、产量5.26万吨 or 、农村劳动力外出务工6.24万人次 belong to something else.
            if (!figures.empty() && !continuesSameIndicator(between))
                break;
            // 占全疆30%以上 is a share of a larger whole, not the indicator's own figure.
            if (between.contains(u'占') && figure->unit.written == u"%"_s) {
                previousEnd = figure->end;
                i = figure->end;
                continue;
            }
            figure->sign = figure->growthWord ? 1 : m_lexicon.verbSign(between);
            // In a list (增长5.7%、8.7%) the verb before the first figure governs the rest.
            if (figure->sign == 0 && !figures.empty() && isListSeparator(between))
                figure->sign = previousSign;
            readContext(*figure, between);
            if (!figures.empty() && isListSeparator(between) && figure->basis.isEmpty())
                figure->basis = figures.back().basis;
            previousSign = figure->sign;
            previousEnd = figure->end;
            i = figure->end;
            figures.push_back(std::move(*figure));
        }
        // 分别增长7.5%、9%以上: a trailing qualifier covers the whole list.
        for (std::size_t k = figures.size(); k-- > 1;) {
            const QStringView between = m_text.mid(figures[k - 1].end, figures[k].start - figures[k - 1].end);
            if (isListSeparator(between) && figures[k - 1].qualifier == Qualifier::Exact
                && figures[k].qualifier != Qualifier::Range)
                figures[k - 1].qualifier = figures[k].qualifier;
        }
        return figures;
    }

private:
    bool continuesSameIndicator(QStringView between) const
    {
        QStringView rest = between.trimmed();
        while (!rest.isEmpty() && (rest.front() == u'、' || rest.front() == u'，' || rest.front() == u'；'
                                   || rest.front() == u'和' || rest.front() == u'与' || rest.front() == u'及'))
            rest = rest.mid(1);
        for (QStringView lead : {u"同比", u"比上年", u"分别", u"年均", u"均"}) {
            if (rest.startsWith(lead))
                rest = rest.mid(lead.size());
        }
        static const QRegularExpression since(u"^比\\d{4}年(?:（下同）)?(?:分别)?"_s);
        if (const QRegularExpressionMatch match = since.match(rest.left(kSinceLength)); match.hasMatch())
            rest = rest.mid(match.capturedLength());
        return rest.isEmpty() || m_lexicon.verbSign(rest.left(2)) != 0
               || startsWithAny(rest, {u"达到", u"实现", u"为", u"增加", u"突破", u"超过", u"控制在", u"保持在", u"由",
                                       u"到", u"增长到", u"分别"});
    }

    static bool isListSeparator(QStringView between)
    {
        const QStringView trimmed = between.trimmed();
        return trimmed == u"、" || trimmed == u"和" || trimmed == u"与" || trimmed == u"及";
    }

    std::optional<Figure> readAt(qsizetype i, qsizetype to)
    {
        const QStringView text = m_text.left(to);
        const QChar c = text[i];
        if (c.isDigit()) {
            // Not the tail of a word or code (29A+B, G30, 5G).
            if (i > 0 && (text[i - 1].isLetter() && text[i - 1].unicode() < 128))
                return std::nullopt;
            return readArabicFigure(text, i);
        }
        if (text.mid(i).startsWith(u"百分之"))
            return readChinesePercent(text, i);
        if (text.mid(i).startsWith(u"两位数")) {
            Figure figure;
            figure.value = 10;
            figure.unit = {u"%"_s, u"%"_s, 1};
            figure.qualifier = Qualifier::Min;
            figure.growthWord = true;
            figure.start = i;
            figure.end = i + 3;
            return figure;
        }
        if (isChineseNumeralChar(c) && (i == 0 || !isChineseNumeralChar(text[i - 1])))
            return readChineseNumber(text, i);
        return std::nullopt;
    }

    std::optional<Figure> readArabicFigure(QStringView text, qsizetype start)
    {
        qsizetype i = start;
        const std::optional<double> value = readArabic(text, i);
        if (!value || (i < text.size() && text[i].isLetter() && text[i].unicode() < 128))
            return std::nullopt;
        Figure figure;
        figure.start = start;
        figure.value = *value;
        // A range: 5.5%—6%, 5.5-6%, 5.5%至6%.
        qsizetype j = i;
        std::optional<IndicatorLexicon::Unit> firstUnit = m_lexicon.unitAt(text, j);
        if (firstUnit && firstUnit->written.size() == 1 && (firstUnit->written == u"%"_s))
            j += 1;
        if (j < text.size() && isRangeDash(text[j])) {
            qsizetype k = j + 1;
            if (k < text.size() && text[k] == u'—') // a doubled dash
                ++k;
            if (k < text.size() && text[k].isDigit()) {
                const std::optional<double> upper = readArabic(text, k);
                if (upper && *upper > *value) {
                    figure.valueMax = upper;
                    figure.qualifier = Qualifier::Range;
                    i = k;
                }
            }
        }
        return finishFigure(text, figure, i);
    }

    std::optional<Figure> readChinesePercent(QStringView text, qsizetype start)
    {
        qsizetype i = start + 3;
        const qsizetype numberStart = i;
        while (i < text.size() && (isChineseNumeralChar(text[i]) || text[i] == u'点'))
            ++i;
        const QStringView numeral = text.mid(numberStart, i - numberStart);
        const qsizetype point = numeral.indexOf(u'点');
        const auto whole = chineseNumeralValue(point < 0 ? numeral : numeral.left(point));
        if (!whole)
            return std::nullopt;
        double value = double(*whole);
        if (point >= 0) {
            // 百分之五点五: digits after 点 are read one by one.
            double scale = 0.1;
            for (QChar d : numeral.mid(point + 1)) {
                value += scale * double(chineseNumeralValue(QStringView(&d, 1)).value_or(0));
                scale /= 10;
            }
        }
        Figure figure;
        figure.start = start;
        figure.value = value;
        figure.unit = {u"%"_s, u"%"_s, 1};
        figure.end = i;
        readQualifierAfter(text, figure);
        return figure;
    }

    std::optional<Figure> readChineseNumber(QStringView text, qsizetype start)
    {
        qsizetype i = start;
        while (i < text.size() && isChineseNumeralChar(text[i]))
            ++i;
        // A unit such as 万吨 begins with a numeral character: give the unit its 万 back.
        for (qsizetype split = i; split > start; --split) {
            const auto unit = m_lexicon.unitAt(text, split);
            if (!unit || unit->written == u"个"_s || unit->written == u"年"_s)
                continue;
            const auto value = chineseNumeralValue(text.mid(start, split - start));
            if (!value || *value < 1)
                return std::nullopt;
            Figure figure;
            figure.start = start;
            figure.value = double(*value);
            return finishFigure(text, figure, split);
        }
        return std::nullopt;
    }

    /// Reads the unit at `i` and a qualifier after it; no unit, no figure.
    std::optional<Figure> finishFigure(QStringView text, Figure &figure, qsizetype i)
    {
        const auto unit = m_lexicon.unitAt(text, i);
        if (!unit)
            return std::nullopt;
        // Years (2024年), and counts whose unit reads as a date or an ordinal.
        if (unit->written == u"年"_s)
            return std::nullopt;
        figure.unit = *unit;
        figure.end = i + unit->written.size();
        if (figure.unit.written == u"％"_s)
            figure.unit.written = u"%"_s;
        readQualifierAfter(text, figure);
        return figure;
    }

    void readQualifierAfter(QStringView text, Figure &figure)
    {
        const QStringView after = text.mid(figure.end);
        if (figure.qualifier == Qualifier::Range)
            return;
        if (startsWithAny(after, {u"以上", u"多"})) {
            figure.qualifier = Qualifier::Min;
            figure.end += after.startsWith(u"以上") ? 2 : 1;
        } else if (startsWithAny(after, {u"左右", u"上下"})) {
            figure.qualifier = Qualifier::About;
            figure.end += 2;
        } else if (startsWithAny(after, {u"以内", u"以下"})) {
            figure.qualifier = Qualifier::Max;
            figure.end += 2;
        }
    }

    /// Qualifier words before the figure, an explicit year (由2015年的358.05亿元), and the basis
    /// (年均, 比2015年).
    void readContext(Figure &figure, QStringView before)
    {
        // Only the tail can match. Every match() reads its whole subject (a UTF-16 validity check),
        // so subjects are cut to what a pattern can match: a long line before each of its many
        // figures was quadratic.
        static const QRegularExpression yearBefore(u"(\\d{4})年的?$"_s);
        const QRegularExpressionMatch year = yearBefore.match(before.right(8));
        if (year.hasMatch())
            figure.year = year.captured(1).toInt();
        if (figure.qualifier == Qualifier::Exact) {
            if (endsWithAny(before, {u"不低于", u"不少于", u"超过", u"突破", u"高于", u"力争达到", u"至少"}))
                figure.qualifier = Qualifier::Min;
            else if (endsWithAny(before, {u"控制在", u"不超过", u"低于", u"控制"}))
                figure.qualifier = Qualifier::Max;
            else if (endsWithAny(before, {u"约", u"左右", u"大约"}))
                figure.qualifier = Qualifier::About;
        }
        if (before.contains(u"年均"))
            figure.basis = u"annual-average"_s;
        else if (before.contains(u"比20") || before.contains(u"比19"))
            figure.basis = u"cumulative"_s;
    }

    QStringView m_text;
    const IndicatorLexicon &m_lexicon;
};

/// Sentence starts and target cue words of the folded text, found once: attributing a figure then
/// costs a few binary searches however long its sentence is. (Walking back to the sentence start and
/// searching it for each figure is quadratic on a line of thousands of figures without a full stop.)
class SentenceIndex
{
public:
    explicit SentenceIndex(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (isSentenceEnd(text[i]) || text[i] == u'；')
                m_breaks.push_back(i);
        }
        for (std::size_t w = 0; w < CueWords.size(); ++w) {
            for (qsizetype at = text.indexOf(CueWords[w]); at >= 0; at = text.indexOf(CueWords[w], at + 1))
                m_cues[w].push_back(at);
        }
    }

    /// The start of the sentence (or `；` clause) holding `position`.
    [[nodiscard]] qsizetype sentenceStart(qsizetype position) const
    {
        const auto next = std::lower_bound(m_breaks.begin(), m_breaks.end(), position);
        return next == m_breaks.begin() ? 0 : *std::prev(next) + 1;
    }

    /// True if a cue word (力争, 确保, 预期目标…) lies wholly in [start, end).
    [[nodiscard]] bool hasTargetCue(qsizetype start, qsizetype end) const
    {
        for (std::size_t w = 0; w < CueWords.size(); ++w) {
            const auto first = std::lower_bound(m_cues[w].begin(), m_cues[w].end(), start);
            if (first != m_cues[w].end() && *first + CueWords[w].size() <= end)
                return true;
        }
        return false;
    }

private:
    static constexpr std::array<QStringView, 5> CueWords = {u"力争", u"确保", u"预期目标", u"目标是", u"目标为"};
    std::vector<qsizetype> m_breaks; ///< positions of sentence ends and `；`, ascending
    std::array<std::vector<qsizetype>, CueWords.size()> m_cues; ///< start positions per cue word
};

// ---------------------------------------------------------------------------------------------

class Extractor
{
public:
    Extractor(const Document &document, const IndicatorLexicon &lexicon)
        : m_document(document)
        , m_lexicon(lexicon)
        , m_folded(analysisFold(document.text))
        , m_sentences(m_folded)
    {
        flatten(document.sections, m_flat);
    }

    std::vector<Observation> run()
    {
        const QStringView text(m_folded);
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            const FlatSection *flat = innermost(m_flat, start);
            if (text.mid(start, end - start).contains(u'|')) {
                // Flattened tables are read row by row, once per box.
                if (flat && flat->section->label.startsWith(u"专栏") && !m_tablesDone.contains(flat->section))
                    readTable(*flat);
            } else {
                readLine(start, end);
            }
            start = end + 1;
        }
        return std::move(m_observations);
    }

private:
    // ---- running text ------------------------------------------------------------------------

    struct Group
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QStringList indicators;
        QString mentionText;
    };

    std::vector<Group> groups(qsizetype lineStart, qsizetype lineEnd) const
    {
        const QStringView line = QStringView(m_folded).mid(lineStart, lineEnd - lineStart);
        std::vector<Group> result;
        for (const IndicatorLexicon::Mention &mention : m_lexicon.mentions(line)) {
            const qsizetype start = lineStart + mention.start;
            const qsizetype end = lineStart + mention.end;
            if (m_lexicon.narrowedBy(line.left(mention.start)))
                continue;
            if (!mention.requiresPrevious.isEmpty()) {
                // 总产 means grain output only right after a grain mention in the same sentence.
                const bool follows = !result.empty()
                                     && std::any_of(result.back().indicators.begin(), result.back().indicators.end(),
                                                    [&](const QString &i) { return mention.requiresPrevious.contains(i); })
                                     && !QStringView(m_folded).mid(result.back().end, start - result.back().end).contains(u'。');
                if (!follows)
                    continue;
            }
            // X和Y / X、Y: a series that 分别 will distribute over.
            if (!result.empty()) {
                const QStringView between = QStringView(m_folded).mid(result.back().end, start - result.back().end);
                if (between == u"和" || between == u"、" || between == u"与" || between == u"及") {
                    result.back().end = end;
                    result.back().indicators += mention.indicators;
                    result.back().mentionText = m_document.text.mid(result.back().start, end - result.back().start);
                    continue;
                }
            }
            result.push_back(Group{start, end, mention.indicators, m_document.text.mid(start, end - start)});
        }
        return result;
    }

    /// Where the figures of a mention end: its clause, plus following clauses that continue it
    /// (、同比增长6.6% / ,分别增长0.3%、5% / ,增长0.3%), never past the next mention or sentence.
    qsizetype clauseEnd(qsizetype from, qsizetype limit) const
    {
        const QStringView text(m_folded);
        qsizetype i = from;
        while (i < limit) {
            const QChar c = text[i];
            if (isSentenceEnd(c))
                return i;
            if (isClauseBreak(c)) {
                const QStringView next = text.mid(i + 1, limit - i - 1);
                if (!continuesFigure(next))
                    return i;
            }
            ++i;
        }
        return limit;
    }

    bool continuesFigure(QStringView next) const
    {
        QStringView rest = next;
        for (QStringView lead : {u"同比", u"比上年", u"分别", u"年均", u"均"}) {
            if (rest.startsWith(lead))
                rest = rest.mid(lead.size());
        }
        static const QRegularExpression since(u"^比\\d{4}年(?:（下同）)?(?:分别)?"_s);
        const QRegularExpressionMatch match = since.match(rest.left(kSinceLength));
        if (match.hasMatch())
            rest = rest.mid(match.capturedLength());
        // 达到/实现 continue only when a figure follows at once (,实现旅游综合收入… is another item).
        const bool verbThenNumber = startsWithAny(rest, {u"达到", u"实现"}) && rest.size() > 2 && rest[2].isDigit();
        return m_lexicon.verbSign(rest.left(2)) != 0 || rest.startsWith(u"分别") || verbThenNumber;
    }

    void readLine(qsizetype lineStart, qsizetype lineEnd)
    {
        const std::vector<Group> found = groups(lineStart, lineEnd);
        for (std::size_t g = 0; g < found.size(); ++g) {
            const Group &group = found[g];
            const qsizetype limit = g + 1 < found.size() ? found[g + 1].start : lineEnd;
            const qsizetype end = clauseEnd(group.end, limit);
            FigureReader reader(m_folded, m_lexicon);
            const std::vector<Figure> figures = reader.read(group.end, end);
            const QStringView span = QStringView(m_folded).mid(group.end, end - group.end);
            if (figures.empty()) {
                if (const qsizetype at = span.indexOf(u"同步"); at >= 0) {
                    // 增长与经济增长基本同步 → 与经济增长基本同步
                    QStringView wording = QStringView(m_document.text).mid(group.end, at + 2);
                    for (QStringView verb : {u"增长", u"增速", u"增幅"}) {
                        if (wording.startsWith(verb))
                            wording = wording.mid(verb.size());
                    }
                    addQualitative(group, group.end + at + 2, wording.toString());
                }
                continue;
            }
            distribute(group, figures, figures.back().end);
        }
    }

    /// One figure per indicator in order for 分别 lists; a single figure applies to each.
    void distribute(const Group &group, const std::vector<Figure> &figures, qsizetype end)
    {
        // Every figure of the group shares one quote and attribution (and, copied, one quote buffer).
        const Observation common = base(group, end);
        const qsizetype count = group.indicators.size();
        if (count == 1) {
            for (const Figure &figure : figures)
                add(group.indicators.front(), figure, group, common);
            return;
        }
        // Runs of list-separated figures: each run of `count` figures is distributed in order.
        std::size_t i = 0;
        while (i < figures.size()) {
            std::size_t runEnd = i + 1;
            while (runEnd < figures.size()) {
                const QStringView between =
                    QStringView(m_folded).mid(figures[runEnd - 1].end, figures[runEnd].start - figures[runEnd - 1].end);
                if (between != u"、" && between != u"和" && between != u"与")
                    break;
                ++runEnd;
            }
            const std::size_t run = runEnd - i;
            for (std::size_t k = 0; k < run; ++k) {
                if (run == std::size_t(count))
                    add(group.indicators[qsizetype(k)], figures[i + k], group, common);
                else
                    for (const QString &indicator : group.indicators)
                        add(indicator, figures[i + k], group, common);
            }
            i = runEnd;
        }
    }

    struct Attribution
    {
        ObservationKind kind = ObservationKind::Actual;
        int year = 0;
        QString period;
    };

    Attribution attribute(qsizetype position, qsizetype end, const FlatSection *flat) const
    {
        // The sentence around the figure decides cue words.
        const qsizetype sentenceStart = m_sentences.sentenceStart(position);
        const QStringView sentence = QStringView(m_folded).mid(sentenceStart, end - sentenceStart);
        const SectionRole role = flat ? flat->role : SectionRole::Body;
        // 预计 (estimated) in a review is still an actual.
        const bool targetCue = m_sentences.hasTargetCue(sentenceStart, end);
        Attribution attribution;
        const DocumentMetadata &meta = m_document.meta;
        if (role == SectionRole::Targets || role == SectionRole::Plan || targetCue) {
            attribution.kind = ObservationKind::Target;
            attribution.year = targetYear(meta);
            if (meta.periodEnd > 0)
                attribution.period = u"%1-%2"_s.arg(meta.yearPlanned).arg(meta.periodEnd);
        } else {
            attribution.kind = ObservationKind::Actual;
            attribution.year = meta.yearReported;
            // 2024年全市生产总值增长9.1%: a sentence that opens with its year.
            static const QRegularExpression opening(u"^(\\d{4})年"_s);
            const QRegularExpressionMatch match = opening.match(sentence.left(5));
            if (match.hasMatch())
                attribution.year = match.captured(1).toInt();
        }
        return attribution;
    }

    /// What the observations of a group have in common: everything but indicator and figure.
    Observation base(const Group &group, qsizetype end) const
    {
        const FlatSection *flat = innermost(m_flat, group.start);
        const Attribution attribution = attribute(group.start, end, flat);
        Observation observation;
        observation.kind = attribution.kind;
        observation.year = attribution.year;
        observation.period = attribution.period;
        qsizetype quoteEnd = end;
        while (quoteEnd > group.start && (isClauseBreak(m_folded[quoteEnd - 1]) || m_folded[quoteEnd - 1].isSpace()))
            --quoteEnd;
        observation.start = group.start;
        observation.end = quoteEnd;
        observation.quote = m_document.text.mid(group.start, quoteEnd - group.start);
        observation.section = sectionName(flat);
        observation.region = m_document.meta.region;
        observation.documentId = m_document.id;
        observation.documentTitle = m_document.meta.title;
        return observation;
    }

    void add(const QString &indicator, const Figure &figure, const Group &group, const Observation &common)
    {
        Observation observation = common;
        observation.indicator = indicator;
        observation.unit = figure.unit.written;
        observation.qualifier = figure.qualifier;
        observation.basis = figure.basis;
        if (figure.year > 0 && observation.kind == ObservationKind::Actual)
            observation.year = figure.year;
        const bool percent = observation.unit == u"%"_s;
        const bool points = observation.unit == u"个百分点"_s;
        const bool growthName = endsWithAny(group.mentionText, {u"增速", u"增长", u"涨幅"});
        if (points || (percent && (figure.sign != 0 || growthName || indicator == u"居民消费价格"_s)))
            observation.measure = Measure::Growth;
        else if (percent)
            observation.measure = Measure::Rate;
        else
            observation.measure = Measure::Level;
        const double sign = (observation.measure == Measure::Growth && figure.sign < 0) ? -1.0 : 1.0;
        observation.value = sign * figure.value;
        if (figure.valueMax)
            observation.valueMax = sign * *figure.valueMax;
        observation.normalizedUnit = figure.unit.normalized;
        observation.normalizedValue = *observation.value * figure.unit.factor;
        m_observations.push_back(std::move(observation));
    }

    void addQualitative(const Group &group, qsizetype end, const QString &wording)
    {
        const Observation common = base(group, end);
        for (const QString &indicator : group.indicators) {
            Observation observation = common;
            observation.indicator = indicator;
            observation.measure = Measure::Growth;
            observation.qualifier = Qualifier::Qualitative;
            observation.wording = wording;
            m_observations.push_back(std::move(observation));
        }
    }

    // ---- plan tables -------------------------------------------------------------------------

    struct Cell
    {
        QString text;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    static bool isAttribute(const QString &cell) { return cell == u"预期性"_s || cell == u"约束性"_s; }

    void readTable(const FlatSection &box)
    {
        m_tablesDone.insert(box.section);
        // Cells: each `text |` piece; lines holding only bars are row separators of the source.
        std::vector<Cell> cells;
        const QStringView text(m_document.text);
        qsizetype lineStart = box.section->bodyStart;
        while (lineStart < box.section->end) {
            qsizetype lineEnd = text.indexOf(u'\n', lineStart);
            if (lineEnd < 0 || lineEnd > box.section->end)
                lineEnd = box.section->end;
            qsizetype pieceStart = lineStart;
            for (qsizetype i = lineStart; i <= lineEnd; ++i) {
                if (i == lineEnd || text[i] == u'|') {
                    const QStringView raw = text.mid(pieceStart, i - pieceStart);
                    const QStringView trimmed = raw.trimmed();
                    if (!trimmed.isEmpty()) {
                        const qsizetype offset = pieceStart + (trimmed.data() - raw.data());
                        cells.push_back(Cell{trimmed.toString(), offset, offset + trimmed.size()});
                    }
                    pieceStart = i + 1;
                }
            }
            lineStart = lineEnd + 1;
        }

        // Header: the year columns (2020年 / 2025年).
        int baseYear = 0;
        int endYear = 0;
        std::size_t i = 0;
        for (; i < cells.size(); ++i) {
            static const QRegularExpression yearCell(u"^(\\d{4})年$"_s);
            const QRegularExpressionMatch match = yearCell.match(cells[i].text);
            if (match.hasMatch())
                (baseYear == 0 ? baseYear : endYear) = match.captured(1).toInt();
            if (cells[i].text == u"1"_s)
                break;
        }
        if (baseYear == 0 || endYear == 0)
            return; // not an indicator table (project lists are boxes too)

        // Rows run from their number to their attribute cell (预期性/约束性).
        int expected = 1;
        std::optional<Observation> previousQualitative;
        while (i < cells.size()) {
            if (cells[i].text != QString::number(expected)) {
                ++i;
                continue;
            }
            std::size_t attribute = i + 1;
            while (attribute < cells.size() && !isAttribute(cells[attribute].text))
                ++attribute;
            if (attribute >= cells.size() || attribute < i + 3)
                break;
            readRow(cells, i, attribute, baseYear, endYear, previousQualitative);
            ++expected;
            i = attribute + 1;
        }
    }

    void readRow(const std::vector<Cell> &cells, std::size_t first, std::size_t attribute, int baseYear, int endYear,
                 std::optional<Observation> &previousQualitative)
    {
        const QString &name = cells[first + 1].text;
        const QString &unit = cells[first + 2].text;
        std::vector<Cell> values(cells.begin() + qsizetype(first) + 3, cells.begin() + qsizetype(attribute));

        Observation row;
        static const QRegularExpression change(u"(增长率|增长|增速|降低|下降)$"_s);
        const QRegularExpressionMatch changeMatch = change.match(name);
        const QString stem = changeMatch.hasMatch() ? name.left(changeMatch.capturedStart()) : name;
        row.indicator = m_lexicon.canonical(name).value_or(m_lexicon.canonical(stem).value_or(stem));
        const bool decline = changeMatch.hasMatch() && (changeMatch.captured(1) == u"降低"_s || changeMatch.captured(1) == u"下降"_s);
        if (changeMatch.hasMatch())
            row.measure = Measure::Growth;
        else if (unit == u"%"_s || unit == u"％"_s)
            row.measure = Measure::Rate;
        else
            row.measure = Measure::Level;
        row.unit = unit == u"％"_s ? u"%"_s : unit;
        row.attribute = cells[attribute].text == u"约束性"_s ? u"binding"_s : u"expected"_s;
        row.start = cells[first].start;
        row.end = cells[attribute].end;
        row.quote = m_document.text.mid(row.start, row.end - row.start);
        const FlatSection *flat = innermost(m_flat, row.start);
        row.section = sectionName(flat);
        row.region = m_document.meta.region;
        row.documentId = m_document.id;
        row.documentTitle = m_document.meta.title;
        const QString period = u"%1-%2"_s.arg(m_document.meta.yearPlanned > 0 ? m_document.meta.yearPlanned : baseYear + 1).arg(endYear);

        auto record = [&](const Cell &cell, ObservationKind kind, int year, const QString &basis) {
            Observation observation = row;
            observation.kind = kind;
            observation.year = year;
            observation.basis = basis;
            if (kind == ObservationKind::Target)
                observation.period = period;
            if (!parseCellValue(cell.text, observation, decline)) {
                if (kind != ObservationKind::Target)
                    return;
                observation.qualifier = Qualifier::Qualitative;
                observation.value.reset();
                observation.wording = cell.text;
                observation.basis = basis == u"end-year"_s ? QString() : basis;
                previousQualitative = observation;
            }
            if (observation.basis == u"annual-average"_s && cell.text.contains(u'〔'))
                observation.basis = u"cumulative"_s;
            m_observations.push_back(std::move(observation));
        };

        auto isDash = [](const Cell &cell) { return cell.text == u"—"_s || cell.text == u"-"_s || cell.text == u"——"_s; };
        if (values.size() >= 3) {
            if (!isDash(values[0]))
                record(values[0], ObservationKind::Actual, baseYear, u"base-year"_s);
            if (!isDash(values[1]))
                record(values[1], ObservationKind::Target, endYear, u"end-year"_s);
            if (!isDash(values[2]))
                record(values[2], ObservationKind::Target, endYear, u"annual-average"_s);
        } else if (values.size() == 2) {
            if (!isDash(values[0]))
                record(values[0], ObservationKind::Actual, baseYear, u"base-year"_s);
            if (!isDash(values[1]))
                record(values[1], ObservationKind::Target, endYear, values[1].text.contains(u'〔') ? u"cumulative"_s : u"end-year"_s);
        } else if (previousQualitative) {
            // A merged cell (控制在自治区下达指标内 over two rows) appears only in the first row.
            Observation observation = row;
            observation.kind = ObservationKind::Target;
            observation.year = endYear;
            observation.period = period;
            observation.qualifier = Qualifier::Qualitative;
            observation.wording = previousQualitative->wording;
            m_observations.push_back(std::move(observation));
        }
    }

    /// ">60", "≥95", "5.5左右", "〔0.3〕", "14.2" → value and qualifier. False for text cells.
    static bool parseCellValue(const QString &cell, Observation &observation, bool decline)
    {
        static const QRegularExpression pattern(u"^([>≥<≤]?)〔?(\\d+(?:\\.\\d+)?)〕?(左右|以上|以内)?$"_s);
        const QRegularExpressionMatch match = pattern.match(cell);
        if (!match.hasMatch())
            return false;
        const double sign = decline ? -1.0 : 1.0;
        observation.value = sign * match.captured(2).toDouble();
        const QString prefix = match.captured(1);
        const QString suffix = match.captured(3);
        if (prefix == u">"_s || prefix == u"≥"_s || suffix == u"以上"_s)
            observation.qualifier = Qualifier::Min;
        else if (prefix == u"<"_s || prefix == u"≤"_s || suffix == u"以内"_s)
            observation.qualifier = Qualifier::Max;
        else if (suffix == u"左右"_s)
            observation.qualifier = Qualifier::About;
        else
            observation.qualifier = Qualifier::Exact;
        return true;
    }

    const Document &m_document;
    const IndicatorLexicon &m_lexicon;
    QString m_folded;
    SentenceIndex m_sentences;
    std::vector<FlatSection> m_flat;
    std::vector<Observation> m_observations;
    QSet<const Section *> m_tablesDone;
};

} // namespace

std::vector<Observation> extractIndicators(const Document &document, const IndicatorLexicon &lexicon)
{
    return Extractor(document, lexicon).run();
}

} // namespace parallax
