#pragma once

#include "core/io/exportoptions.h"
#include "core/io/importresult.h"

#include <QByteArray>

class QIODevice;

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
// The same text streamed to out row by row, reading the document a batch at a time in one read
// snapshot: memory stays the same whatever the document size (the ids of all events and of the
// cited sources aside, 8 bytes each). False when out refused a write or options.progress
// cancelled, with error saying which; out then holds a part (write files through a QSaveFile).
bool writeCsv(const Document &document, QChar delimiter, QIODevice &out, const ExportOptions &options,
              ExportReport *report, QString *error);

// The same list as one CSV field ("a; b"), for writers of other delimited formats.
QString csvField(QString text, QChar delimiter);

} // namespace dateline
