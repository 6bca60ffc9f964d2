#pragma once
// Internal to the SIMILE reader: the date strings SIMILE Timeline accepts.

#include "core/io/interchange/calendarparts.h"

#include <QString>

#include <optional>

namespace dateline::simile {

// "Nov 22 1963 12:30:00 GMT-0600", "Fri Nov 22 1963", "November 22, 1963", "22 Nov 1963",
// "Nov 1963", "1963", "-500", "44 BC", "AD 200", "1963-11-22T12:30:00Z", "1963/11/22",
// "11/22/1963" (month first, as JavaScript reads it), US zone names (EST, PDT, ...).
// Fields not written stay unset (a year alone has month 0). nullopt with a reason otherwise.
std::optional<CalendarParts> parseDate(const QString &text, QString *error);

} // namespace dateline::simile
