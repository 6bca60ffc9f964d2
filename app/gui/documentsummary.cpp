#include "app/gui/documentsummary.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"
#include "core/store/document.h"

#include <QCoreApplication>

namespace dateline {

namespace {

QString dayText(TimePoint t)
{
    return FuzzyDate::fromDay(calendar::toCivil(t).date).toDisplayString();
}

} // namespace

QString timeExtentText(const DocumentInfo &info)
{
    if (!info.earliest || !info.latest || *info.latest <= *info.earliest)
        return {};
    // latest is an exclusive end: the last second that belongs to the extent is one before it.
    const QString first = dayText(*info.earliest);
    const QString last = dayText(*info.latest - 1);
    return first == last ? first : QStringLiteral("%1 – %2").arg(first, last);
}

QString documentSummary(const DocumentInfo &info, int shownEvents)
{
    const int total = int(info.events);
    const QString events = total == 1 ? QCoreApplication::translate("dateline::MainWindow", "1 event")
                                      : QCoreApplication::translate("dateline::MainWindow", "%L1 events")
                                            .arg(total);
    QString text = shownEvents == total
                       ? events
                       : QCoreApplication::translate("dateline::MainWindow", "%L1 of %2 shown")
                             .arg(shownEvents)
                             .arg(events);
    const QString extent = timeExtentText(info);
    if (!extent.isEmpty())
        text += QStringLiteral(" · ") + extent;
    return text;
}

} // namespace dateline
