#pragma once
// Internal to the TimelineJS reader and writer: dates as TimelineJS writes them.

#include "core/date/fuzzydate.h"
#include "core/io/interchange/calendarparts.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>

namespace dateline::timelinejs {

// A TimelineJS3 date object ({"year": "2008", "month": 3, ...}); fields may be numbers or
// strings, empty strings count as absent. nullopt with a reason when a field is not a whole
// number or is out of range.
std::optional<CalendarParts> partsFromObject(const QJsonObject &object, QString *error);
// A TimelineJS3 start_date or end_date: a date object, or an ISO 8601 string ("2008-03-17") as
// some tools write instead. nullopt with *error untouched when the value holds no date (absent,
// null, "", or an object with no date field filled in); with *error, naming the field, when it
// is not a date.
std::optional<CalendarParts> partsFromValue(const QJsonValue &value, QLatin1StringView name, QString *error);
// A TimelineJS2 date: "2008,3,17", "2008,3,17,14,30", "-500", "3/17/2008" (month first), or ISO
// "2008-03-17T14:30", with its zone kept ("Z", "+05:00", "-0800").
std::optional<CalendarParts> partsFromLegacy(const QString &text, QString *error);

// The event's date from its start and optional end, read with its display_date: when the display
// text is how Dateline itself shows a qualified form of the same date ("c. 1550", "before 26 Mar
// 2008", "1560s"), that form is taken; common wordings ("circa", "about", "before", "after", a
// trailing "?") qualify the date too. *understood is false when a display text was given but did
// not match the date (the structured date is used).
// Years JavaScript dates hold (they reach about 271,821 BCE and 275,760 CE). TimelineJS shows years
// beyond them, and every year of a timeline on its cosmological scale, as plain numbers.
inline constexpr std::int64_t kJavaScriptYears = 271'000;

// TimelineJS shows JavaScript's year -44 as "44 BCE": its authors count years before 1 CE without a
// year zero, so their year -N is astronomical year 1 - N. Plain-number years are taken as written.
std::int64_t astronomicalYear(std::int64_t timelineJsYear);
std::int64_t timelineJsYear(std::int64_t astronomicalYear);

FuzzyDate dateWithDisplay(const QString &start, const QString &end, const QString &display,
                          bool *understood);

} // namespace dateline::timelinejs
