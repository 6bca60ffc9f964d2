#pragma once

#include "core/io/importresult.h"

#include <QByteArray>

namespace dateline {

class Document;

// iCalendar (RFC 5545): VEVENTs with DTSTART/DTEND/DURATION (dates, UTC, TZID, floating),
// SUMMARY, DESCRIPTION, LOCATION, GEO, URL, CATEGORIES, STATUS. See docs/import-export-formats.md.
ImportedContent readICalendar(const QByteArray &data);
QByteArray writeICalendar(const Document &doc, ExportReport *report);
// vCalendar 1.0 (.vcs), for older phones and Outlook versions: VERSION:1.0, days as flagged local
// midnights, non-ASCII text and line breaks quoted-printable. Read back by readICalendar.
QByteArray writeVCalendar(const Document &doc, ExportReport *report);
bool looksLikeICalendar(const QByteArray &head);

} // namespace dateline
