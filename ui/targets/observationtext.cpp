#include "ui/targets/observationtext.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax {

// QCoreApplication::translate is spelled out at every call so lupdate files each string under
// the context it sees.
QString displayName(Measure measure)
{
    switch (measure) {
    case Measure::Growth:
        return QCoreApplication::translate("Parallax::ObservationText", "growth");
    case Measure::Level:
        return QCoreApplication::translate("Parallax::ObservationText", "level");
    case Measure::Rate:
        return QCoreApplication::translate("Parallax::ObservationText", "rate");
    }
    return {};
}

QString displayName(ObservationKind kind)
{
    return kind == ObservationKind::Target ? QCoreApplication::translate("Parallax::ObservationText", "target")
                                           : QCoreApplication::translate("Parallax::ObservationText", "actual");
}

QString displayName(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Min:
        return QCoreApplication::translate("Parallax::ObservationText", "at least");
    case Qualifier::About:
        return QCoreApplication::translate("Parallax::ObservationText", "about");
    case Qualifier::Max:
        return QCoreApplication::translate("Parallax::ObservationText", "at most");
    case Qualifier::Range:
        return QCoreApplication::translate("Parallax::ObservationText", "range");
    case Qualifier::Exact:
        return QCoreApplication::translate("Parallax::ObservationText", "exact");
    case Qualifier::Qualitative:
        return QCoreApplication::translate("Parallax::ObservationText", "in words");
    }
    return {};
}

QString displayName(TargetChange change)
{
    switch (change) {
    case TargetChange::Unchanged:
        return QCoreApplication::translate("Parallax::ObservationText", "unchanged");
    case TargetChange::Raised:
        return QCoreApplication::translate("Parallax::ObservationText", "raised");
    case TargetChange::Lowered:
        return QCoreApplication::translate("Parallax::ObservationText", "lowered");
    case TargetChange::Added:
        return QCoreApplication::translate("Parallax::ObservationText", "added");
    case TargetChange::Dropped:
        return QCoreApplication::translate("Parallax::ObservationText", "dropped");
    case TargetChange::Reworded:
        return QCoreApplication::translate("Parallax::ObservationText", "reworded");
    }
    return {};
}

QString displayName(QualifierChange change)
{
    switch (change) {
    case QualifierChange::None:
        return {};
    case QualifierChange::Tightened:
        return QCoreApplication::translate("Parallax::ObservationText", "tightened");
    case QualifierChange::Loosened:
        return QCoreApplication::translate("Parallax::ObservationText", "loosened");
    case QualifierChange::Changed:
        return QCoreApplication::translate("Parallax::ObservationText", "qualifier changed");
    }
    return {};
}

QString displayName(Attainment attainment)
{
    switch (attainment) {
    case Attainment::Met:
        return QCoreApplication::translate("Parallax::ObservationText", "met");
    case Attainment::Missed:
        return QCoreApplication::translate("Parallax::ObservationText", "missed");
    case Attainment::Unknown:
        break;
    }
    return QCoreApplication::translate("Parallax::ObservationText", "not judged");
}

QString valueText(const Observation &observation)
{
    if (!observation.value)
        return {};
    const QLocale c = QLocale::c();
    QString text = c.toString(*observation.value, 'g', 10);
    if (observation.valueMax)
        text += u'–' + c.toString(*observation.valueMax, 'g', 10);
    return text;
}

} // namespace parallax
