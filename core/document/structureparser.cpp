#include "core/document/structureparser.h"

#include "core/text/chinesenumber.h"
#include "core/text/sectionedlist.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// ---------------------------------------------------------------------------------------------
// Heading systems. Official documents nest their numbering systems in the order they first appear
// (一、 > （一） > 1. > （1）), but scraped documents skip levels and plans add 篇/章/节 above. We
// nest by a stack of open headings: a system already open closes back to its level; a new system
// opens below the current heading, unless convention says it cannot live there (a 第X篇 never
// sits under a 第X章), in which case deeper headings are closed first.
enum class System {
    Pian,        // 第一篇
    Zhang,       // 第一章
    Jie,         // 第一节
    Hinted,      // DOCX/HTML heading style without a recognised marker
    PlainMajor,  // 2024年工作回顾 (no number)
    CnDun,       // 一、
    PlainMinor,  // 总体要求 (no number)
    CnParen,     // （一） / (一)
    Arabic,      // 1. / 1、
    ArabicParen, // （1）
    Yishi,       // 一是
    LeadIn,      // ——这一年，… / 一年来，我们… (parallel lead-in paragraphs)
    Box,         // 专栏1
    Glossary,    // 名词解释
    GlossaryEntry,
    Targets,     // the targets paragraph (a leaf)
    Preamble,    // text before the first heading
};

int conventionalRank(System system, int hintLevel)
{
    switch (system) {
    case System::Glossary:
    case System::Preamble:
    case System::Pian:
        return 0;
    case System::Zhang:
        return 1;
    case System::Jie:
        return 2;
    case System::Hinted:
        return 2 + hintLevel;
    case System::PlainMajor:
        return 3;
    case System::CnDun:
        return 4;
    case System::PlainMinor:
        return 5;
    case System::CnParen:
        return 6;
    case System::Arabic:
        return 7;
    case System::ArabicParen:
        return 8;
    case System::Yishi:
        return 9;
    case System::LeadIn:
        return 10;
    case System::Box:
    case System::GlossaryEntry:
    case System::Targets:
        return 11;
    }
    return 11;
}

bool isNumbered(System system)
{
    switch (system) {
    case System::Pian:
    case System::Zhang:
    case System::Jie:
    case System::CnDun:
    case System::CnParen:
    case System::Arabic:
    case System::ArabicParen:
    case System::Yishi:
        return true;
    default:
        return false;
    }
}

struct Lexicon
{
    QList<QRegularExpression> plainMajor;
    QList<QRegularExpression> plainMinor;
    QStringList leadIns;
    QRegularExpression review;
    QRegularExpression plan;
    QStringList targets;
    QStringList glossary;
    QStringList indicatorBox;
    QStringList bodyStart; // longest first

    static const Lexicon &instance()
    {
        static const Lexicon lexicon = load();
        return lexicon;
    }

private:
    static Lexicon load()
    {
        const SectionedList lists = loadSectionedList(u":/parallax/data/structure.txt"_s);
        Lexicon lexicon;
        auto fullMatch = [](const QStringList &patterns) {
            QList<QRegularExpression> expressions;
            for (const QString &pattern : patterns)
                expressions.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
            return expressions;
        };
        auto anyOf = [](const QStringList &patterns) {
            return QRegularExpression(patterns.isEmpty() ? u"(?!)"_s : patterns.join(u'|'));
        };
        lexicon.plainMajor = fullMatch(lists.value(u"plain-major"_s));
        lexicon.plainMinor = fullMatch(lists.value(u"plain-minor"_s));
        lexicon.leadIns = lists.value(u"lead-ins"_s);
        lexicon.review = anyOf(lists.value(u"review"_s));
        lexicon.plan = anyOf(lists.value(u"plan"_s));
        lexicon.targets = lists.value(u"targets"_s);
        lexicon.glossary = lists.value(u"glossary"_s);
        lexicon.indicatorBox = lists.value(u"indicator-box"_s);
        lexicon.bodyStart = lists.value(u"body-start"_s);
        std::sort(lexicon.bodyStart.begin(), lexicon.bodyStart.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return lexicon;
    }
};

bool matchesAny(const QList<QRegularExpression> &expressions, QStringView text)
{
    return std::any_of(expressions.begin(), expressions.end(),
                       [&](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

bool isSentenceEnd(QChar c)
{
    switch (c.unicode()) {
    case u'。': case u'！': case u'？': case u'；': case u'!': case u'?': case u';':
        return true;
    default:
        return false;
    }
}

bool isClauseBreak(QChar c)
{
    return c == u'，' || c == u',';
}

bool isPunctuation(QChar c)
{
    return c.isPunct() || c.isSpace();
}

qsizetype firstSentenceEnd(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSentenceEnd(text[i]))
            return i;
    }
    return -1;
}

QStringView trimHeading(QStringView heading)
{
    heading = heading.trimmed();
    while (!heading.isEmpty()) {
        const QChar last = heading.back();
        if (last == u'：' || last == u':' || last == u'，' || last == u',' || isSentenceEnd(last))
            heading.chop(1);
        else
            break;
    }
    return heading.trimmed();
}

// ---------------------------------------------------------------------------------------------
// Numbering markers at the start of a line.

struct Marker
{
    System system;
    qsizetype length = 0; // characters consumed by the label (including a trailing space)
    QString label;
    int number = 0;
};

qsizetype numeralRun(QStringView text, qsizetype from, bool arabic)
{
    qsizetype i = from;
    while (i < text.size() && (arabic ? text[i].isDigit() : isChineseNumeralChar(text[i])))
        ++i;
    return i - from;
}

qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && (text[i].isSpace() || text[i] == u'\u3000'))
        ++i;
    return i;
}

std::optional<Marker> matchMarker(QStringView line)
{
    if (line.size() < 2)
        return std::nullopt;
    const QChar first = line[0];

    // 第一篇 / 第二章 / 第三节
    if (first == u'第') {
        const qsizetype n = numeralRun(line, 1, false);
        if (n > 0 && n <= 4 && 1 + n < line.size()) {
            const QChar kind = line[1 + n];
            System system;
            if (kind == u'篇')
                system = System::Pian;
            else if (kind == u'章')
                system = System::Zhang;
            else if (kind == u'节')
                system = System::Jie;
            else
                return std::nullopt;
            const qsizetype end = 2 + n;
            return Marker{system, skipSpaces(line, end), line.left(end).toString(),
                          int(chineseNumeralValue(line.mid(1, n)).value_or(0))};
        }
        return std::nullopt;
    }

    // （一） (一) （1） (1)
    if (first == u'（' || first == u'(') {
        for (const bool arabic : {false, true}) {
            const qsizetype n = numeralRun(line, 1, arabic);
            if (n > 0 && n <= 3 && 1 + n < line.size() && (line[1 + n] == u'）' || line[1 + n] == u')')) {
                const qsizetype end = 2 + n;
                if (end >= line.size())
                    return std::nullopt;
                const int number = arabic ? line.mid(1, n).toInt()
                                          : int(chineseNumeralValue(line.mid(1, n)).value_or(0));
                return Marker{arabic ? System::ArabicParen : System::CnParen, skipSpaces(line, end),
                              line.left(end).toString(), number};
            }
        }
        return std::nullopt;
    }

    // 1. 1、 1．  (but not 5.3 or 2024年)
    if (first.isDigit()) {
        const qsizetype n = numeralRun(line, 0, true);
        if (n <= 2 && n < line.size()) {
            const QChar sep = line[n];
            if ((sep == u'.' || sep == u'．' || sep == u'、') && n + 1 < line.size() && !line[n + 1].isDigit()
                && line[n + 1] != u'|') {
                const qsizetype end = n + 1;
                return Marker{System::Arabic, skipSpaces(line, end), line.left(end).toString(),
                              line.left(n).toInt()};
            }
        }
        return std::nullopt;
    }

    // 一、 and 一是
    if (isChineseNumeralChar(first)) {
        const qsizetype n = numeralRun(line, 0, false);
        if (n <= 3 && n + 1 < line.size()) {
            const QChar sep = line[n];
            const int number = int(chineseNumeralValue(line.left(n)).value_or(0));
            if (number <= 0)
                return std::nullopt;
            if (sep == u'、')
                return Marker{System::CnDun, skipSpaces(line, n + 1), line.left(n + 1).toString(), number};
            if (sep == u'是' && number <= 20 && !isPunctuation(line[n + 1]))
                return Marker{System::Yishi, n + 1, line.left(n + 1).toString(), number};
        }
    }
    return std::nullopt;
}

/// The label a lost heading would have had: the previous sibling's label with the next number.
QString impliedLabel(System system, const QString &previousLabel, int number)
{
    switch (system) {
    case System::CnDun:
        return chineseNumeral(number) + u'、';
    case System::CnParen: {
        const QChar open = previousLabel.isEmpty() ? u'（' : previousLabel.front();
        const QChar close = previousLabel.isEmpty() ? u'）' : previousLabel.back();
        return open + chineseNumeral(number) + close;
    }
    case System::ArabicParen: {
        const QChar open = previousLabel.isEmpty() ? u'（' : previousLabel.front();
        const QChar close = previousLabel.isEmpty() ? u'）' : previousLabel.back();
        return open + QString::number(number) + close;
    }
    case System::Arabic:
        return QString::number(number) + (previousLabel.isEmpty() ? u'.' : previousLabel.back());
    case System::Yishi:
        return chineseNumeral(number) + u'是';
    case System::Pian:
        return u"第"_s + chineseNumeral(number) + u'篇';
    case System::Zhang:
        return u"第"_s + chineseNumeral(number) + u'章';
    case System::Jie:
        return u"第"_s + chineseNumeral(number) + u'节';
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------
// The flat node list the parser builds before nesting it into Sections.

struct Node
{
    System system = System::Preamble;
    int hintLevel = 0;
    int number = 0;
    int parent = -1;
    int depth = 0;
    qsizetype explicitEnd = -1; // leaves that end before the next heading (boxes, targets)
    qsizetype headingStart = 0; // where the heading text starts (after the label)
    qsizetype lineEnd = 0;      // end of the heading line (the fused-heading splitter's limit)
    bool fused = false;         // heading runs into its body on the same line
    Section section;
};

struct Line
{
    qsizetype start = 0; // first non-space character
    qsizetype end = 0;   // end of the line (before '\n')
    QStringView text;    // trimmed
};

std::vector<Line> splitLines(QStringView text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView raw = text.mid(start, end - start);
        const QStringView trimmed = raw.trimmed();
        if (!trimmed.isEmpty()) {
            const qsizetype offset = start + (trimmed.data() - raw.data());
            lines.push_back(Line{offset, offset + trimmed.size(), trimmed});
        }
        start = end + 1;
    }
    return lines;
}

class Parser
{
public:
    Parser(QStringView text, const StructureOptions &options)
        : m_text(text)
        , m_options(options)
        , m_lexicon(Lexicon::instance())
    {
    }

    std::vector<Section> run()
    {
        const std::vector<Line> lines = splitLines(m_text);
        countLeadIns(lines);
        for (std::size_t i = 0; i < lines.size(); ++i)
            handleLine(lines, i);
        resolveFusedHeadings();
        addPreamble(lines);
        computeEnds();
        assignRoles();
        return nest();
    }

private:
    // ---- line classification ---------------------------------------------------------------

    void handleLine(const std::vector<Line> &lines, std::size_t index)
    {
        const Line &line = lines[index];
        const QStringView text = line.text;

        if (m_inBox) {
            if (continuesBox(text)) {
                m_nodes[m_boxNode].explicitEnd = line.end;
                return;
            }
            m_inBox = false;
        }

        if (isGlossaryTitle(text)) {
            openHeading(System::Glossary, 0, line, {}, 0, line.end, trimHeading(text).toString(), false);
            m_inGlossary = true;
            m_glossaryNumber = 0;
            return;
        }
        if (m_inGlossary) {
            const auto marker = glossaryMarker(text);
            if (marker) {
                addGlossaryEntry(line, *marker);
                return;
            }
            // Only a major numbered heading ends a glossary; anything else is an entry's text.
            if (!marker || conventionalRank(marker->system, 0) > conventionalRank(System::CnDun, 0))
                return;
        }

        if (text.startsWith(u"专栏") && text.size() > 2 && text[2].isDigit()) {
            addBox(line);
            return;
        }

        if (const int hint = m_options.headingHints.value(text.toString(), 0); hint > 0) {
            if (const auto marker = matchMarker(text))
                openNumbered(line, *marker);
            else
                openHeading(System::Hinted, hint, line, {}, 0, line.end, trimHeading(text).toString(), false);
            return;
        }

        if (const auto marker = matchMarker(text)) {
            openNumbered(line, *marker);
            return;
        }

        if (isLeadIn(text)) {
            openLeadIn(line);
            return;
        }

        if (isPlainHeadingShape(text)) {
            if (matchesAny(m_lexicon.plainMajor, text)) {
                openHeading(System::PlainMajor, 0, line, {}, 0, line.end, trimHeading(text).toString(), false);
                return;
            }
            if (matchesAny(m_lexicon.plainMinor, trimHeading(text))) {
                openHeading(System::PlainMinor, 0, line, {}, 0, line.end, trimHeading(text).toString(), false);
                return;
            }
            if (recoverLostNumbering(line))
                return;
        }

        if (!m_stack.empty() && isTargetsParagraph(text))
            addTargets(line);
    }

    static bool isPlainHeadingShape(QStringView text)
    {
        if (text.size() < 2 || text.size() > 45)
            return false;
        for (QChar c : text) {
            if (isSentenceEnd(c) || c == u'|')
                return false;
        }
        const QChar last = text.back();
        return last != u'：' && last != u':' && last != u'，' && last != u',';
    }

    bool isGlossaryTitle(QStringView text) const
    {
        const QStringView trimmed = trimHeading(text);
        return m_lexicon.glossary.contains(trimmed.toString());
    }

    /// The targets paragraph announces itself in its first sentence (今年…主要预期目标是：…).
    bool isTargetsParagraph(QStringView text) const
    {
        const qsizetype sentenceEnd = firstSentenceEnd(text);
        const QStringView head = text.left(std::min<qsizetype>(sentenceEnd < 0 ? text.size() : sentenceEnd, 80));
        return std::any_of(m_lexicon.targets.begin(), m_lexicon.targets.end(),
                           [&](const QString &phrase) { return head.contains(phrase); });
    }

    // A box holds its title line, then table cells (`|`), numbered project lists, notes, and the
    // first line after the title whatever it is (box bodies such as 一核:… have no marker).
    bool continuesBox(QStringView text)
    {
        ++m_boxLines;
        if (m_boxLines == 1)
            return true;
        if (text.contains(u'|') || text.size() <= 12 || text.startsWith(u"注") || text.startsWith(u"资料来源"))
            return true;
        const auto marker = matchMarker(text);
        return marker && marker->system == System::Arabic;
    }

    /// Glossary entries are numbered 1., 2., … and a term may itself start with a digit
    /// (`3.3+3产业体系`), so the expected next number decides, not the generic marker rules.
    std::optional<Marker> glossaryMarker(QStringView text) const
    {
        const QString expected = QString::number(m_glossaryNumber + 1);
        if (text.startsWith(expected) && text.size() > expected.size() + 1) {
            const QChar sep = text[expected.size()];
            if (sep == u'.' || sep == u'．' || sep == u'、')
                return Marker{System::GlossaryEntry, skipSpaces(text, expected.size() + 1),
                              text.left(expected.size() + 1).toString(), m_glossaryNumber + 1};
        }
        const auto marker = matchMarker(text);
        if (marker && marker->system == System::Arabic)
            return marker;
        return std::nullopt;
    }

    // ---- lead-ins ----------------------------------------------------------------------------

    std::optional<QString> leadInPhrase(QStringView text) const
    {
        QStringView rest = text;
        if (rest.startsWith(u"——"))
            rest = rest.mid(2);
        for (const QString &phrase : m_lexicon.leadIns) {
            if (rest.startsWith(phrase) && rest.size() > phrase.size() + 2 && isClauseBreak(rest[phrase.size()]))
                return phrase;
        }
        return std::nullopt;
    }

    void countLeadIns(const std::vector<Line> &lines)
    {
        for (const Line &line : lines) {
            if (const auto phrase = leadInPhrase(line.text))
                ++m_leadInCounts[*phrase];
        }
    }

    bool isLeadIn(QStringView text) const
    {
        if (text.startsWith(u"——") && text.size() > 4) {
            // A dateline (——2025年1月13日在…会议上) is front matter, not a heading.
            if (text.contains(u"会议上") || (text.size() > 2 && text[2].isDigit()))
                return false;
            const qsizetype end = firstSentenceEnd(text);
            if ((end < 0 && text.size() <= 80) || (end >= 0 && end <= 40))
                return true;
        }
        const auto phrase = leadInPhrase(text);
        return phrase && m_leadInCounts.value(*phrase) >= 3;
    }

    void openLeadIn(const Line &line)
    {
        const QStringView text = line.text;
        const bool dash = text.startsWith(u"——");
        const qsizetype from = dash ? 2 : 0;
        const QStringView rest = text.mid(from);
        const qsizetype sentenceEnd = firstSentenceEnd(rest);
        const qsizetype sentenceLength = sentenceEnd < 0 ? rest.size() : sentenceEnd;
        qsizetype headingLength = sentenceLength;
        if (sentenceLength > 32) {
            // A long first sentence: keep the lead-in and its first clause(s), up to ~40 characters.
            headingLength = std::min<qsizetype>(sentenceLength, 40);
            for (qsizetype i = 12; i < std::min<qsizetype>(sentenceLength, 60); ++i) {
                if (isClauseBreak(rest[i])) {
                    headingLength = i;
                    break;
                }
            }
        }
        const QString heading = trimHeading(rest.left(headingLength)).toString();
        qsizetype bodyStart = line.start + from + headingLength;
        if (bodyStart < line.end)
            bodyStart = line.start + skipSpaces(text, from + headingLength + 1);
        openHeading(System::LeadIn, 0, line, dash ? u"——"_s : QString(), from, bodyStart, heading, false);
    }

    // ---- numbered headings -------------------------------------------------------------------

    void openNumbered(const Line &line, const Marker &marker)
    {
        const QStringView text = line.text;
        const QStringView rest = text.mid(marker.length);
        const qsizetype restStart = line.start + marker.length;
        const qsizetype sentenceEnd = firstSentenceEnd(rest);
        QString heading;
        qsizetype bodyStart = line.end;
        bool fused = false;
        if (sentenceEnd < 0 && rest.size() <= 40) {
            heading = trimHeading(rest).toString();
        } else if (sentenceEnd == rest.size() - 1 && rest.size() <= 40) {
            heading = trimHeading(rest).toString();
        } else if (sentenceEnd >= 0 && sentenceEnd <= 40) {
            heading = trimHeading(rest.left(sentenceEnd)).toString();
            bodyStart = restStart + skipSpaces(rest, sentenceEnd + 1);
        } else {
            // Heading fused with its body and no punctuation between them: provisional heading,
            // resolved once all siblings are known (resolveFusedHeadings).
            fused = true;
            heading = rest.left(std::min<qsizetype>(rest.size(), 40)).toString();
            bodyStart = restStart + heading.size();
        }
        const int node = openHeading(marker.system, 0, line, marker.label, marker.length, bodyStart, heading, fused);
        if (node >= 0)
            m_nodes[node].number = marker.number;
    }

    /// Opens a heading node and returns its index (-1 if it was folded into the body because the
    /// tree is already at maxDepth).
    int openHeading(System system, int hintLevel, const Line &line, const QString &label, qsizetype headingOffset,
                    qsizetype bodyStart, const QString &heading, bool fused)
    {
        // Close back to an open heading of the same system (a sibling), or close everything that
        // convention says cannot contain this system.
        const int rank = conventionalRank(system, hintLevel);
        auto sameAt = std::find_if(m_stack.rbegin(), m_stack.rend(), [&](int index) {
            return m_nodes[index].system == system && m_nodes[index].hintLevel == hintLevel;
        });
        if (system == System::Glossary) {
            m_stack.clear();
        } else if (sameAt != m_stack.rend()) {
            m_stack.erase(std::prev(sameAt.base()), m_stack.end());
        } else {
            while (!m_stack.empty()
                   && conventionalRank(m_nodes[m_stack.back()].system, m_nodes[m_stack.back()].hintLevel) > rank)
                m_stack.pop_back();
        }
        if (int(m_stack.size()) >= m_options.maxDepth)
            return -1;

        Node node;
        node.system = system;
        node.hintLevel = hintLevel;
        node.parent = m_stack.empty() ? -1 : m_stack.back();
        node.depth = int(m_stack.size());
        node.fused = fused;
        node.headingStart = line.start + headingOffset;
        node.lineEnd = line.end;
        node.section.label = label;
        node.section.heading = heading;
        node.section.start = line.start;
        node.section.bodyStart = std::clamp(bodyStart, node.headingStart, line.end);
        node.section.headingSplit = false;
        m_nodes.push_back(std::move(node));
        const int index = int(m_nodes.size()) - 1;
        m_groups[groupKey(m_nodes[index].parent, system, hintLevel)].push_back(index);
        m_stack.push_back(index);
        m_inGlossary = false;
        return index;
    }

    /// A leaf child of the current heading (box, targets paragraph, glossary entry).
    int addLeaf(System system, const Line &line, const QString &label, const QString &heading, qsizetype bodyStart,
                qsizetype explicitEnd)
    {
        Node node;
        node.system = system;
        node.parent = m_stack.empty() ? -1 : m_stack.back();
        node.depth = int(m_stack.size());
        node.explicitEnd = explicitEnd;
        node.lineEnd = line.end;
        node.section.label = label;
        node.section.heading = heading;
        node.section.start = line.start;
        node.section.bodyStart = bodyStart;
        m_nodes.push_back(std::move(node));
        return int(m_nodes.size()) - 1;
    }

    /// Lead-ins are parallel paragraphs, not containers: a box or targets paragraph after them
    /// belongs to the heading that holds the lead-ins.
    void closeLeadIns()
    {
        while (!m_stack.empty() && m_nodes[m_stack.back()].system == System::LeadIn)
            m_stack.pop_back();
    }

    void addBox(const Line &line)
    {
        closeLeadIns();
        const QStringView text = line.text;
        qsizetype labelEnd = 2;
        while (labelEnd < text.size() && text[labelEnd].isDigit())
            ++labelEnd;
        QString heading = text.mid(labelEnd).toString();
        heading.remove(u'|');
        m_boxNode = addLeaf(System::Box, line, text.left(labelEnd).toString(), trimHeading(heading).toString(),
                            line.end, line.end);
        m_inBox = true;
        m_boxLines = 0;
    }

    void addTargets(const Line &line)
    {
        closeLeadIns();
        const QStringView text = line.text;
        qsizetype headingEnd = -1;
        for (const QString &phrase : m_lexicon.targets) {
            const qsizetype at = text.left(80).indexOf(phrase);
            if (at >= 0) {
                headingEnd = at + phrase.size();
                break;
            }
        }
        QStringView heading = text.left(headingEnd);
        if (heading.endsWith(u'是') || heading.endsWith(u'为'))
            heading.chop(1);
        addLeaf(System::Targets, line, {}, trimHeading(heading).toString(), line.start + headingEnd, line.end);
    }

    void addGlossaryEntry(const Line &line, const Marker &marker)
    {
        const QStringView rest = line.text.mid(marker.length);
        // The term ends at the colon; without one (千万工程千村示范、…), at the first punctuation.
        auto findEnd = [&](auto isEnd) {
            for (qsizetype i = 0; i < rest.size(); ++i) {
                if (isEnd(rest[i]))
                    return i;
            }
            return rest.size();
        };
        qsizetype termEnd = findEnd([](QChar c) { return c == u'：' || c == u':'; });
        if (termEnd > 30)
            termEnd = findEnd([](QChar c) { return c == u'、' || isClauseBreak(c) || isSentenceEnd(c); });
        // Entries without a colon (千万工程千村示范、万村整治工程…) give the term as a short prefix.
        const QString term = trimHeading(rest.left(std::min<qsizetype>(termEnd, 30))).toString();
        const int node = addLeaf(System::GlossaryEntry, line, marker.label, term,
                                 line.start + marker.length + std::min(termEnd + 1, rest.size()), -1);
        m_nodes[node].number = marker.number;
        m_glossaryNumber = marker.number;
    }

    // ---- lost numbering ----------------------------------------------------------------------

    static qsizetype commonPrefix(QStringView a, QStringView b)
    {
        qsizetype n = 0;
        while (n < a.size() && n < b.size() && a[n] == b[n])
            ++n;
        return n;
    }

    static qsizetype commonSuffix(QStringView a, QStringView b)
    {
        qsizetype n = 0;
        while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
            ++n;
        return n;
    }

    static qint64 groupKey(int parent, System system, int hintLevel)
    {
        return (qint64(parent + 1) << 16) | (qint64(system) << 8) | qint64(hintLevel);
    }

    /// Nodes with the same parent and numbering system, in document order.
    const std::vector<int> &siblingsOf(int node) const
    {
        static const std::vector<int> none;
        const Node &n = m_nodes[node];
        const auto group = m_groups.find(groupKey(n.parent, n.system, n.hintLevel));
        return group == m_groups.end() ? none : group->second;
    }

    /// A short unnumbered line that reads like its would-be siblings (same opening or closing
    /// words: 突出…奋斗出来) is a heading whose number the scraper dropped.
    bool recoverLostNumbering(const Line &line)
    {
        const QStringView candidate = trimHeading(line.text);
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            const Node &open = m_nodes[*it];
            if (!isNumbered(open.system))
                continue;
            const std::vector<int> &allSiblings = siblingsOf(*it);
            if (allSiblings.size() < 2)
                continue;
            // The closest siblings are the evidence; a long list needs no more than eight of them.
            const std::vector<int> siblings(allSiblings.end() - std::min<std::ptrdiff_t>(8, allSiblings.size()),
                                            allSiblings.end());
            bool prefixes = true;
            bool suffixes = true;
            qsizetype shortest = std::numeric_limits<qsizetype>::max();
            qsizetype longest = 0;
            for (int sibling : siblings) {
                const QString &heading = m_nodes[sibling].section.heading;
                prefixes = prefixes && commonPrefix(candidate, heading) >= 2;
                suffixes = suffixes && commonSuffix(candidate, heading) >= 2;
                shortest = std::min(shortest, heading.size());
                longest = std::max(longest, heading.size());
            }
            if (!(prefixes || suffixes))
                continue;
            if (candidate.size() < shortest * 6 / 10 || candidate.size() > longest * 14 / 10 + 2)
                continue;
            const Node &last = m_nodes[siblings.back()];
            const int number = last.number + 1;
            const QString label = impliedLabel(open.system, last.section.label, number);
            const int node = openHeading(open.system, open.hintLevel, line, label, 0, line.end,
                                         candidate.toString(), false);
            if (node >= 0) {
                m_nodes[node].number = number;
                m_nodes[node].section.labelImplied = true;
            }
            return node >= 0;
        }
        return false;
    }

    // ---- fused headings ----------------------------------------------------------------------

    bool startsWithBodyWord(QStringView text) const
    {
        return std::any_of(m_lexicon.bodyStart.begin(), m_lexicon.bodyStart.end(),
                           [&](const QString &word) { return text.startsWith(word); });
    }

    static int clauseBreaks(QStringView text)
    {
        return int(std::count_if(text.begin(), text.end(), isClauseBreak));
    }

    static bool quotesBalanced(QStringView text)
    {
        int depth = 0;
        for (QChar c : text) {
            if (c == u'“' || c == u'「' || c == u'《')
                ++depth;
            else if (c == u'”' || c == u'」' || c == u'》')
                --depth;
        }
        return depth == 0;
    }

    /// Splits "加快改革攻坚步伐,激活经济社会发展动能贯彻落实好…" after 动能 using the shape of the clean
    /// siblings (length, number of clauses) and the words body sentences start with.
    void resolveFusedHeadings()
    {
        markOverlongHeadings();
        for (const auto &[key, group] : m_groups) {
            std::vector<qsizetype> lengths;
            std::vector<int> clauses;
            for (int index : group) {
                if (!m_nodes[index].fused) {
                    lengths.push_back(m_nodes[index].section.heading.size());
                    clauses.push_back(clauseBreaks(m_nodes[index].section.heading));
                }
            }
            for (int index : group) {
                if (m_nodes[index].fused)
                    splitFused(m_nodes[index], lengths, clauses);
            }
        }
    }

    /// A heading that ended at a sentence mark but is far longer than its siblings swallowed the
    /// start of its body (一是深化重点领域改革坚持“先立后破”,以…为牵引。): treat it as fused too.
    void markOverlongHeadings()
    {
        for (const auto &[key, group] : m_groups) {
            std::vector<qsizetype> lengths;
            for (int index : group) {
                if (!m_nodes[index].fused && isNumbered(m_nodes[index].system))
                    lengths.push_back(m_nodes[index].section.heading.size());
            }
            if (lengths.size() < 2)
                continue;
            std::sort(lengths.begin(), lengths.end());
            const qsizetype typical = lengths[(lengths.size() - 1) / 2];
            for (int index : group) {
                Node &node = m_nodes[index];
                const qsizetype length = node.section.heading.size();
                if (!node.fused && isNumbered(node.system) && length > typical + 10 && 2 * length > 3 * typical)
                    node.fused = true;
            }
        }
    }

    void splitFused(Node &node, std::vector<qsizetype> lengths, std::vector<int> clauses) const
    {
        const qsizetype restStart = node.headingStart;
        const QStringView rest = m_text.mid(restStart, node.lineEnd - restStart);
        double median = 16;
        int typicalClauses = -1;
        qsizetype maxLength = 30;
        if (!lengths.empty()) {
            std::sort(lengths.begin(), lengths.end());
            median = double(lengths[(lengths.size() - 1) / 2]);
            maxLength = lengths.back();
            std::sort(clauses.begin(), clauses.end());
            typicalClauses = clauses[(clauses.size() - 1) / 2];
        }
        const qsizetype high = std::min<qsizetype>(rest.size() - 2, maxLength + 6);
        double bestScore = -1e9;
        qsizetype best = -1;
        for (qsizetype k = 4; k <= high; ++k) {
            const QChar previous = rest[k - 1];
            const QChar next = rest[k];
            if (isPunctuation(previous) && previous != u'”' && previous != u'」' && previous != u'》')
                continue;
            if (isPunctuation(next) && next != u'“' && next != u'「' && next != u'《')
                continue;
            const QStringView head = rest.left(k);
            if (!quotesBalanced(head))
                continue;
            double score = startsWithBodyWord(rest.mid(k)) ? 4 : 0;
            if (typicalClauses >= 0)
                score += clauseBreaks(head) == typicalClauses ? 2 : -2.0 * std::abs(clauseBreaks(head) - typicalClauses);
            score -= std::abs(double(k) - median) / 3.0;
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        if (best < 0) {
            // No plausible cut: fall back to the first clause.
            best = std::min<qsizetype>(rest.size(), 20);
            for (qsizetype k = 4; k < std::min<qsizetype>(rest.size(), 40); ++k) {
                if (isClauseBreak(rest[k])) {
                    best = k;
                    break;
                }
            }
        }
        node.section.heading = trimHeading(rest.left(best)).toString();
        node.section.bodyStart = restStart + best;
        node.section.headingSplit = true;
        node.fused = false;
    }

    // ---- finishing ---------------------------------------------------------------------------

    void addPreamble(const std::vector<Line> &lines)
    {
        const qsizetype firstStart = m_nodes.empty() ? m_text.size() : m_nodes.front().section.start;
        const bool hasText = !lines.empty() && lines.front().start < firstStart;
        if (!hasText)
            return;
        Node node;
        node.system = System::Preamble;
        node.section.start = lines.front().start;
        node.section.bodyStart = lines.front().start;
        // Shift parents: the preamble is inserted in front of every other node.
        for (Node &other : m_nodes) {
            if (other.parent >= 0)
                ++other.parent;
        }
        m_nodes.insert(m_nodes.begin(), std::move(node));
    }

    void computeEnds()
    {
        // Pre-order: a node ends where the next node at its depth or shallower starts.
        std::vector<int> open;
        for (int i = 0; i < int(m_nodes.size()); ++i) {
            while (!open.empty() && m_nodes[open.back()].depth >= m_nodes[i].depth) {
                closeNode(open.back(), m_nodes[i].section.start);
                open.pop_back();
            }
            open.push_back(i);
        }
        for (int index : open)
            closeNode(index, m_text.size());
        // A parent spans at least its children.
        for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
            const int parent = m_nodes[i].parent;
            if (parent >= 0)
                m_nodes[parent].section.end = std::max(m_nodes[parent].section.end, m_nodes[i].section.end);
        }
    }

    void closeNode(int index, qsizetype nextStart)
    {
        Node &node = m_nodes[index];
        qsizetype end = nextStart;
        if (node.explicitEnd >= 0)
            end = std::min(end, node.explicitEnd);
        // Do not include the newline(s) before the next heading.
        while (end > node.section.start && m_text[end - 1].isSpace())
            --end;
        node.section.end = std::max(end, node.section.bodyStart);
    }

    void assignRoles()
    {
        const bool isPlan = std::any_of(m_nodes.begin(), m_nodes.end(), [](const Node &node) {
            return node.system == System::Pian || node.system == System::Zhang;
        });
        bool seenPlan = false;
        for (Node &node : m_nodes) {
            SectionRole role = SectionRole::Body;
            const QString fullHeading = node.section.label + node.section.heading;
            switch (node.system) {
            case System::Preamble:
                // A text without any heading is one plain section, not an opening.
                role = m_nodes.size() > 1 ? SectionRole::Opening : SectionRole::Body;
                break;
            case System::Glossary:
                role = SectionRole::Glossary;
                break;
            case System::GlossaryEntry:
                role = SectionRole::GlossaryEntry;
                break;
            case System::Targets:
                role = SectionRole::Targets;
                break;
            case System::Box: {
                const bool indicators = std::any_of(m_lexicon.indicatorBox.begin(), m_lexicon.indicatorBox.end(),
                                                    [&](const QString &word) { return fullHeading.contains(word); });
                role = indicators ? SectionRole::Targets : SectionRole::Box;
                break;
            }
            default: {
                const SectionRole parentRole =
                    node.parent >= 0 ? m_nodes[node.parent].section.role : SectionRole::Body;
                if (parentRole == SectionRole::Review || parentRole == SectionRole::Plan)
                    role = parentRole;
                else if (m_lexicon.review.match(fullHeading).hasMatch())
                    role = SectionRole::Review;
                else if (m_lexicon.plan.match(fullHeading).hasMatch() || seenPlan || isPlan)
                    role = SectionRole::Plan;
                break;
            }
            }
            node.section.role = role;
            if (node.parent < 0 && role == SectionRole::Plan)
                seenPlan = true;
        }
    }

    std::vector<Section> nest()
    {
        // Children are appended in pre-order, so building bottom-up keeps them in document order.
        for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
            Node &node = m_nodes[i];
            node.section.level = node.depth + 1;
            std::reverse(node.section.children.begin(), node.section.children.end());
            if (node.parent >= 0)
                m_nodes[node.parent].section.children.push_back(std::move(node.section));
        }
        std::vector<Section> roots;
        for (Node &node : m_nodes) {
            if (node.parent < 0)
                roots.push_back(std::move(node.section));
        }
        if (roots.empty()) {
            Section whole;
            whole.start = 0;
            whole.bodyStart = 0;
            whole.end = m_text.size();
            roots.push_back(std::move(whole));
        }
        return roots;
    }

    QStringView m_text;
    const StructureOptions &m_options;
    const Lexicon &m_lexicon;
    std::vector<Node> m_nodes;
    std::vector<int> m_stack;
    QHash<QString, int> m_leadInCounts;
    std::unordered_map<qint64, std::vector<int>> m_groups; // see groupKey()
    bool m_inBox = false;
    bool m_inGlossary = false;
    int m_boxNode = -1;
    int m_boxLines = 0;
    int m_glossaryNumber = 0;
};

} // namespace

namespace {

// Boxes, targets paragraphs and glossary entries are leaves under their heading and may sit one
// level below the deepest heading: fold anything past the limit into its parent's text.
void foldBelow(std::vector<Section> &sections, int depthLeft)
{
    for (Section &section : sections) {
        if (depthLeft <= 1)
            section.children.clear();
        else
            foldBelow(section.children, depthLeft - 1);
    }
}

} // namespace

std::vector<Section> parseStructure(QStringView text, const StructureOptions &options)
{
    std::vector<Section> sections = Parser(text, options).run();
    foldBelow(sections, std::max(1, options.maxDepth));
    return sections;
}

} // namespace parallax
