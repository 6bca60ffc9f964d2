#pragma once

#include <QString>

#include <cstdint>

namespace dateline::extract::holidays {

// Named days with a fixed or computed date: "Christmas", "New Year's Day", "Easter",
// "Thanksgiving", "Independence Day", "Labor Day"... Reads lower-case words starting at words[0]
// (the caller passes up to four) and returns how many it used (0 = none) and the holiday's id.
int match(const QString *words, int count, int &id);
// The day (days since 1970-01-01) of holiday id in the given year.
std::int64_t day(int id, std::int64_t year);

} // namespace dateline::extract::holidays
