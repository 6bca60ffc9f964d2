#pragma once

#include <QString>

#include <cstdint>

namespace dateline::extract::holidays {

// Named days with a fixed or computed date: "Christmas", "New Year's Day", "Easter",
// "Thanksgiving", "Independence Day", "Labor Day"... Reads lower-case words starting at words[0]
// (the caller passes up to four) and returns how many it used (0 = none) and the holiday's id.
int match(const QString *words, int count, int &id);
// Whether a lower-case word begins some holiday's name (a cheap test before match()).
bool startsName(const QString &word);
// The day (days since 1970-01-01) of holiday id in the given year (its first day when it lasts
// longer: "Ramadan"; the first occurrence when the year holds two).
std::int64_t day(int id, std::int64_t year);
// The last day of the occurrence day() gives (the same day for one-day holidays).
std::int64_t lastDay(int id, std::int64_t year);
// Whether the observed day may differ from the computed one (holidays set by the moon's sighting).
bool approximate(int id);

// Days news names by their date alone: "the Sept. 11 attacks" (2001), "the October 7 attack"
// (2023), "the Feb. 24 invasion" (2022), "the January 6 riot" (2021). Takes the month, the day and
// the lower-case noun after the date; returns the year, or 0 when no such day has that noun.
std::int64_t namedEventYear(int month, int day, const QString &noun);

} // namespace dateline::extract::holidays
