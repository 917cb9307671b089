#include "core/indicators/observation.h"

#include "core/common/enumnames.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr EnumNames<Measure, 3> measures{{
    {Measure::Growth, u"growth"}, {Measure::Level, u"level"}, {Measure::Rate, u"rate"}}};
constexpr EnumNames<Qualifier, 6> qualifiers{{
    {Qualifier::Min, u"min"}, {Qualifier::About, u"about"}, {Qualifier::Max, u"max"},
    {Qualifier::Range, u"range"}, {Qualifier::Exact, u"exact"}, {Qualifier::Qualitative, u"qualitative"}}};
constexpr EnumNames<ObservationKind, 2> kinds{{
    {ObservationKind::Actual, u"actual"}, {ObservationKind::Target, u"target"}}};


QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QString toString(Measure measure) { return nameOf(measures, measure); }
QString toString(Qualifier qualifier) { return nameOf(qualifiers, qualifier); }
QString toString(ObservationKind kind) { return nameOf(kinds, kind); }
std::optional<Measure> measureFromString(QStringView name) { return valueOf(measures, name); }
std::optional<Qualifier> qualifierFromString(QStringView name) { return valueOf(qualifiers, name); }
std::optional<ObservationKind> observationKindFromString(QStringView name) { return valueOf(kinds, name); }

QString formatFigure(const Observation &observation)
{
    if (!observation.value)
        return observation.qualifier == Qualifier::Qualitative ? observation.wording : QString();
    QString text = number(*observation.value) + observation.unit;
    switch (observation.qualifier) {
    case Qualifier::Min:
        text += u"以上"_s;
        break;
    case Qualifier::About:
        text += u"左右"_s;
        break;
    case Qualifier::Max:
        text += u"以内"_s;
        break;
    case Qualifier::Range:
        if (observation.valueMax)
            text = number(*observation.value) + observation.unit + u'-' + number(*observation.valueMax)
                   + observation.unit;
        break;
    case Qualifier::Exact:
    case Qualifier::Qualitative:
        break;
    }
    return text;
}

} // namespace parallax
