#pragma once

#include "core/io/csv/texttable.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dateline {

// JSON records as scripts and data tools write them: an array of flat objects
// ([{"date": "2008-03-17", "title": "…"}, …]: pandas' to_json(orient="records"), JavaScript's
// JSON.stringify of an array, APIs) or one object per line (JSON Lines / NDJSON). Their keys are
// the columns the CSV import maps (core/io/csv/texttable.h). Values: strings as written, numbers
// without binary noise, true/false as TRUE/FALSE, null empty, a list of strings joined by "; "
// (actors, tags), anything nested as compact JSON. A number in a date column (date, start, end,
// created, updated…) that is a Unix time — seconds, or milliseconds as pandas writes by default —
// becomes an ISO 8601 date, and a timestamp at midnight UTC there ("2008-04-06T00:00:00.000Z", as
// JavaScript writes a day) the day alone. Rejected rows carry the line each record starts on.
std::optional<TableAsCsv> jsonRecordsAsCsv(const QByteArray &data, QString *error);
ImportedContent readJsonRecords(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress = {});

// An array whose first element is an object, or lines that each hold one object.
bool looksLikeJsonRecords(const QByteArray &head);

} // namespace dateline
