#pragma once

#include "core/io/importresult.h"

#include <QByteArray>

namespace dateline {

class Document;

// Writes every event as one row: id, title, date (EDTF), status, description, actors with roles,
// place with country and coordinates, tags, CAMEO code, importance, sort key, the source of its
// first cited quote, its quotes and its created/updated stamps. The header names are the CSV
// reader's field names, so the file reads back without a mapping. UTF-8 with a byte-order mark
// (Excel needs it to read UTF-8), CRLF line ends and RFC 4180 quoting. Events in time order.
// What a row cannot carry (relations, eras, quote speakers, source details...) is counted in
// the report.
QByteArray writeCsv(const Document &document, QChar delimiter, ExportReport *report);

// The same list as one CSV field ("a; b"), for writers of other delimited formats.
QString csvField(const QString &text, QChar delimiter);

} // namespace dateline
