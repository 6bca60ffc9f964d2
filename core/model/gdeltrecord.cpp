#include "core/model/entities.h"

#include <QDate>
#include <QTime>

namespace dateline {

QString gdeltDateAddedText(std::int64_t dateAdded)
{
    // 20150218231500 (GDELT 2.0, UTC) or 20150218 (1.0 daily files).
    const bool withTime = dateAdded >= 10000000000000 && dateAdded <= 99991231235959;
    const std::int64_t day = withTime ? dateAdded / 1000000 : dateAdded;
    if (day < 10000101 || day > 99991231)
        return {};
    const QDate date(int(day / 10000), int(day / 100 % 100), int(day % 100));
    if (!date.isValid())
        return {};
    const QString dayText = date.toString(Qt::ISODate);
    if (!withTime)
        return dayText;
    const int hms = int(dateAdded % 1000000);
    const QTime time(hms / 10000, hms / 100 % 100, hms % 100);
    if (!time.isValid())
        return dayText;
    return QStringLiteral("%1 %2 UTC").arg(dayText, time.toString(QStringLiteral("HH:mm")));
}

} // namespace dateline
