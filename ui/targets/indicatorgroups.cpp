#include "ui/targets/indicatorgroups.h"

#include "core/text/sectionedlist.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace parallax {

IndicatorGroups::IndicatorGroups()
{
    QFile file(u":/parallax/targets/indicator-groups.txt"_s);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    // Keys in file order (the parsed hash has none).
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
            m_keys << trimmed.mid(1, trimmed.size() - 2).toString();
    }
    const SectionedList groups = parseSectionedList(text);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        for (const QString &indicator : it.value())
            m_groupOf.insert(indicator, it.key());
    }
    m_keys << u"other"_s;
}

const IndicatorGroups &IndicatorGroups::instance()
{
    static const IndicatorGroups groups;
    return groups;
}

QString IndicatorGroups::groupOf(const QString &indicator) const
{
    return m_groupOf.value(indicator, u"other"_s);
}

QString IndicatorGroups::displayName(const QString &key)
{
    if (key == u"economy")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Growth and output");
    if (key == u"investment-consumption-trade")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Investment, consumption and trade");
    if (key == u"fiscal-prices")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Revenue and prices");
    if (key == u"income-employment")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Income and employment");
    if (key == u"agriculture")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Agriculture and grain");
    if (key == u"innovation-urbanisation")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Innovation and urbanisation");
    if (key == u"environment-energy")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Environment and energy");
    if (key == u"social")
        return QCoreApplication::translate("Parallax::IndicatorGroups", "Education, health and welfare");
    return QCoreApplication::translate("Parallax::IndicatorGroups", "Other indicators");
}

} // namespace parallax
