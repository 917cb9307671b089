#include "ui/common/displaynames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parallax {

// QCoreApplication::translate is spelled out at every call (no tr() helper, no macro): lupdate
// only files a string under the context it sees literally at the call.
QString displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WorkReport:
        return QCoreApplication::translate("Parallax::DisplayNames", "Government work report");
    case DocumentKind::Plan:
        return QCoreApplication::translate("Parallax::DisplayNames", "Five-year plan");
    case DocumentKind::Other:
        break;
    }
    return QCoreApplication::translate("Parallax::DisplayNames", "Other document");
}

QString displayName(RegionLevel level)
{
    switch (level) {
    case RegionLevel::National:
        return QCoreApplication::translate("Parallax::DisplayNames", "National");
    case RegionLevel::Province:
        return QCoreApplication::translate("Parallax::DisplayNames", "Province");
    case RegionLevel::Prefecture:
        return QCoreApplication::translate("Parallax::DisplayNames", "Prefecture");
    case RegionLevel::County:
        return QCoreApplication::translate("Parallax::DisplayNames", "County");
    case RegionLevel::Corps:
        return QCoreApplication::translate("Parallax::DisplayNames", "Corps division");
    case RegionLevel::Unknown:
        break;
    }
    return QCoreApplication::translate("Parallax::DisplayNames", "Unknown level");
}

QString displayName(SectionRole role)
{
    switch (role) {
    case SectionRole::Body:
        return QCoreApplication::translate("Parallax::DisplayNames", "Body");
    case SectionRole::Opening:
        return QCoreApplication::translate("Parallax::DisplayNames", "Opening");
    case SectionRole::Review:
        return QCoreApplication::translate("Parallax::DisplayNames", "Review");
    case SectionRole::Plan:
        return QCoreApplication::translate("Parallax::DisplayNames", "Plan");
    case SectionRole::Targets:
        return QCoreApplication::translate("Parallax::DisplayNames", "Targets");
    case SectionRole::Glossary:
        return QCoreApplication::translate("Parallax::DisplayNames", "Glossary");
    case SectionRole::GlossaryEntry:
        return QCoreApplication::translate("Parallax::DisplayNames", "Glossary entry");
    case SectionRole::Box:
        return QCoreApplication::translate("Parallax::DisplayNames", "Box or table");
    case SectionRole::Closing:
        return QCoreApplication::translate("Parallax::DisplayNames", "Closing");
    }
    return {};
}

QString yearText(int year, int periodEnd)
{
    if (year <= 0)
        return {};
    if (periodEnd > year)
        return u"%1–%2"_s.arg(year).arg(periodEnd);
    return QString::number(year);
}

} // namespace parallax
