#include "core/date/isoformat.h"

#include "core/date/calendar.h"

namespace dateline {
namespace {

QString two(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

QString yearText(std::int64_t year)
{
    if (year > 9999 || year < -9999)
        return u'Y' + QString::number(year);
    const QString digits = QString::number(year < 0 ? -year : year).rightJustified(4, u'0');
    return year < 0 ? u'-' + digits : digits;
}

} // namespace

QString formatIsoDay(TimePoint t)
{
    if (t <= kTimeMin || t >= kTimeMax)
        return QStringLiteral("..");
    const CivilDate d = calendar::civilFromDays(calendar::floorDiv(t, kSecondsPerDay));
    return yearText(d.year) + u'-' + two(d.month) + u'-' + two(d.day);
}

QString formatIsoDateTime(TimePoint t)
{
    if (t <= kTimeMin || t >= kTimeMax)
        return QStringLiteral("..");
    const CivilDateTime c = calendar::toCivil(t);
    QString text = formatIsoDay(t);
    if (c.hour || c.minute || c.second)
        text += u'T' + two(c.hour) + u':' + two(c.minute) + u':' + two(c.second) + u'Z';
    return text;
}

} // namespace dateline
