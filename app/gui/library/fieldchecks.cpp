#include "app/gui/library/fieldchecks.h"

#include <QLocale>

#include <cmath>

namespace dateline::fieldchecks {

QString dateProblem(const QString &field, const QString &text, Required required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return required == Required::Yes
            ? QCoreApplication::translate("fieldchecks", "%1 is required: an EDTF date such as 2008-03-17, 2008-03 or 2004/2008.").arg(field)
            : QString();
    }
    QString error;
    if (FuzzyDate::fromEdtf(trimmed, &error).isValid())
        return {};
    return QCoreApplication::translate("fieldchecks", "%1: %2").arg(field, error);
}

FuzzyDate date(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? FuzzyDate() : FuzzyDate::fromEdtf(trimmed);
}

std::optional<double> coordinate(const QString &text, double limit, QString *problem)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    trimmed.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value)) {
        if (problem)
            *problem = QCoreApplication::translate("fieldchecks", "“%1” is not a number of degrees.").arg(text.trimmed());
        return std::nullopt;
    }
    if (std::abs(value) > limit) {
        if (problem)
            *problem = QCoreApplication::translate("fieldchecks", "%1 is out of range (−%2 to %2 degrees).")
                           .arg(text.trimmed())
                           .arg(limit);
        return std::nullopt;
    }
    return value;
}

QString coordinateText(std::optional<double> value)
{
    return value ? QLocale::c().toString(*value, 'g', 10) : QString();
}

} // namespace dateline::fieldchecks
