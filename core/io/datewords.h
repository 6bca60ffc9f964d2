#pragma once

#include <QString>

namespace dateline::datewords {

// Month and weekday names of the languages analysts' spreadsheets are most often written in
// besides English: French, German, Spanish, Italian, Portuguese, Dutch and Russian ("17 mars 2008",
// "17. März 2008", "17 de marzo de 2008", "17 марта 2008"). Full names and the locales' own
// abbreviations, any case, with or without accents ("fevrier", "Marz"); weekdays by full name only,
// since their abbreviations clash with months (French "mar." is mardi). The names come from Qt's
// locale data, not from tables of ours.
int foreignMonth(const QString &word);   // 1..12, else 0
int foreignWeekday(const QString &word); // 1 (Monday) .. 7, else 0

// Words a date may hold that say nothing: "of", Spanish and Portuguese "de", French "le", German
// "am", and ordinal endings after a day ("1er", "1º").
bool isFiller(const QString &lowerWord);
bool isOrdinalEnding(const QString &lowerWord);

} // namespace dateline::datewords
