#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace dateline::extract::lexicon {

// Word tables for English temporal expressions, written for this project. Lookups take
// lower-case words and return 0 (or an empty string) when the word is not in the table.

int month(const QString &word);        // "march", "mar", "sept" -> 3, 3, 9
bool monthIsAbbreviation(const QString &word);
int weekday(const QString &word);      // ISO: "monday", "mon" -> 1 .. "sunday" -> 7
int weekdayPlural(const QString &word); // "mondays" -> 1
int season(const QString &word);       // 1 spring, 2 summer, 3 autumn/fall, 4 winter
QString seasonCode(int season);        // "SP", "SU", "FA", "WI"
int numberWord(const QString &word);   // "one".."ninety", "dozen"; -1 unknown
int ordinalWord(const QString &word);  // "first".."thirty-first" parts: "first" -> 1, "twentieth" -> 20
bool ordinalSuffix(const QString &word); // "st", "nd", "rd", "th"

// Calendar units: returns the TIMEX3 unit letter ("Y", "M", "W", "D", "H", "MIN", "S", "Q",
// "DE", "CE", "WE" for weekend) for "year", "years", "months", "decade", "fortnight"...
QString unit(const QString &word);
bool unitIsPlural(const QString &word);

// Parts of the day: "morning" -> "MO", "afternoon" -> "AF", "evening" -> "EV", "night" -> "NI".
QString partOfDay(const QString &word);

// Time zone abbreviations written after clock times (callers require capitals: "ET", not "et"): "gmt", "est"...
bool timeZone(const QString &word);

// Vague quantities that make a duration's number unknown: "several", "few", "many", "some".
bool vagueQuantity(const QString &word);

// Common irregular verbs of news prose: their simple past ("met", "took") and past participle
// ("met", "taken"); the regular ones end in "-ed".
bool irregularPast(const QString &word);
bool irregularParticiple(const QString &word);

// Chinese and Korean names put the family name first ("Wang Yi", "Yoon Suk Yeol"), and news calls such
// a person by it on later mention ("Wang said"). Common family names only; not "He", a pronoun that
// opens sentences.
bool familyNameFirst(const QString &lower);

// The lower-case words inside a person's name: "bin" (Mohammed bin Salman), "al", "von der", "de".
bool nameParticle(const QString &lower);

// The last word of many bodies' and places' names: "Council", "Court", "Ministry", "City", "Kong".
bool bodyNoun(const QString &lower);
// A noun for someone by their office or calling: "minister", "envoy", "spokesman", "king", "aide".
bool officeNoun(const QString &lower);
const QStringList &officeNouns(); // all of them
// A firm's legal form after its name: "Co", "Corp", "Inc", "Ltd", "PLC", "AG".
bool companySuffix(const QString &lower);
// Verbs whose subject is a person (or a body speaking): "said", "met", "responded", "urged".
bool personVerb(const QString &lower);

} // namespace dateline::extract::lexicon
