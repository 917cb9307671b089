#include "core/annotations/annotation.h"

#include "core/common/enumnames.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr EnumNames<HighlightColor, 5> highlightColors{{
    {HighlightColor::Yellow, u"yellow"},
    {HighlightColor::Green, u"green"},
    {HighlightColor::Blue, u"blue"},
    {HighlightColor::Pink, u"pink"},
    {HighlightColor::Purple, u"purple"},
}};

constexpr EnumNames<AnchorStatus, 2> anchorStatuses{{
    {AnchorStatus::Attached, u"attached"},
    {AnchorStatus::Orphaned, u"orphaned"},
}};

} // namespace

QString toString(HighlightColor color) { return nameOf(highlightColors, color); }
QString toString(AnchorStatus status) { return nameOf(anchorStatuses, status); }
std::optional<HighlightColor> highlightColorFromString(QStringView name) { return valueOf(highlightColors, name); }
std::optional<AnchorStatus> anchorStatusFromString(QStringView name) { return valueOf(anchorStatuses, name); }

QStringList normalizedTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString cleaned = tag.simplified();
        if (!cleaned.isEmpty() && !result.contains(cleaned))
            result << cleaned;
    }
    return result;
}

} // namespace parallax
