#pragma once

#include "core/io/importresult.h"

#include <QByteArray>

namespace dateline {

class Document;

// iCalendar (RFC 5545): VEVENTs with DTSTART/DTEND/DURATION (dates, UTC, TZID, floating),
// SUMMARY, DESCRIPTION, LOCATION, GEO, URL, CATEGORIES, STATUS. See docs/import-export-formats.md.
ImportedContent readICalendar(const QByteArray &data);
QByteArray writeICalendar(const Document &doc, ExportReport *report);
bool looksLikeICalendar(const QByteArray &head);

} // namespace dateline
