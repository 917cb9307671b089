#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace parallax {

/// The indicator vocabulary of resources/data/indicators.txt: canonical names, synonyms, compounds
/// (城乡居民… → urban + rural), units with their scale, rate indicators and growth/decline verbs.
/// Immutable after construction; `instance()` is loaded once and safe to share between threads.
class IndicatorLexicon
{
public:
    struct Mention
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QStringList indicators; ///< one canonical name, or several for a compound mention
        QStringList requiresPrevious; ///< elliptical mentions (总产): valid only after one of these
    };

    struct Unit
    {
        QString written;
        QString normalized;
        double factor = 1;
    };

    /// Parses the sectioned-list text of indicators.txt (see that file for the format).
    explicit IndicatorLexicon(QStringView data);
    [[nodiscard]] static const IndicatorLexicon &instance();

    /// The longest indicator mention starting exactly at `position` of `folded` (analysisFold'ed text).
    [[nodiscard]] std::optional<Mention> mentionAt(QStringView folded, qsizetype position) const;
    /// All non-overlapping mentions in `folded`, left to right, longest first at each position.
    [[nodiscard]] std::vector<Mention> mentions(QStringView folded) const;
    /// The canonical name for a name as written (synonym or canonical), or nullopt.
    [[nodiscard]] std::optional<QString> canonical(QStringView name) const;

    /// The longest unit starting at `position`, or nullopt.
    [[nodiscard]] std::optional<Unit> unitAt(QStringView text, qsizetype position) const;
    [[nodiscard]] bool isRate(const QString &indicator) const { return m_rates.contains(indicator); }
    /// True if `before` (the text preceding a mention) ends with a word that narrows the mention
    /// to a sub-series (纺织工业增加值), so the mention is not the canonical indicator.
    [[nodiscard]] bool narrowedBy(QStringView before) const;
    /// -1 if `text` (the words between an indicator and its figure) holds a decline verb (下降, 降低),
    /// +1 if it holds a growth verb (增长, 涨幅, 提高), 0 otherwise.
    [[nodiscard]] int verbSign(QStringView text) const;
    [[nodiscard]] const QStringList &canonicalNames() const { return m_order; }

private:
    struct Entry
    {
        QString folded;
        QStringList indicators;
        QStringList requiresPrevious;
    };
    QHash<QChar, std::vector<Entry>> m_entries; // by first character, longest first
    QHash<QString, QString> m_canonical;        // folded synonym → canonical
    std::vector<Unit> m_units;                  // longest first
    QStringList m_rates;
    QStringList m_notAfter;
    QStringList m_growthVerbs;
    QStringList m_declineVerbs;
    QStringList m_order; // canonical names in file order
};

} // namespace parallax
