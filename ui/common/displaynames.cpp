#include "ui/common/displaynames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Parallax::DisplayNames", text);
}
} // namespace

QString displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::WorkReport:
        return tr("Government work report");
    case DocumentKind::Plan:
        return tr("Five-year plan");
    case DocumentKind::Other:
        break;
    }
    return tr("Other document");
}

QString displayName(RegionLevel level)
{
    switch (level) {
    case RegionLevel::National:
        return tr("National");
    case RegionLevel::Province:
        return tr("Province");
    case RegionLevel::Prefecture:
        return tr("Prefecture");
    case RegionLevel::County:
        return tr("County");
    case RegionLevel::Corps:
        return tr("Corps division");
    case RegionLevel::Unknown:
        break;
    }
    return tr("Unknown level");
}

QString displayName(SectionRole role)
{
    switch (role) {
    case SectionRole::Body:
        return tr("Body");
    case SectionRole::Opening:
        return tr("Opening");
    case SectionRole::Review:
        return tr("Review");
    case SectionRole::Plan:
        return tr("Plan");
    case SectionRole::Targets:
        return tr("Targets");
    case SectionRole::Glossary:
        return tr("Glossary");
    case SectionRole::GlossaryEntry:
        return tr("Glossary entry");
    case SectionRole::Box:
        return tr("Box or table");
    case SectionRole::Closing:
        return tr("Closing");
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
