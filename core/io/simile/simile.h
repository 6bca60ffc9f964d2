#pragma once

#include "core/io/importresult.h"

#include <QByteArray>

namespace dateline {

// SIMILE Timeline XML (<data><event start=".." end=".." isDuration=".." title="..">text</event>)
// or JSON ({"dateTimeFormat": "iso8601", "events": [{"start": "..", "title": ".."}]}), import only. Dates as SIMILE reads them: JavaScript Date strings ("Nov 22 1963 12:30:00
// GMT-0600"), ISO 8601, years with BC/AD. See docs/import-export-formats.md.
ImportedContent readSimile(const QByteArray &data);
bool looksLikeSimile(const QByteArray &head);

} // namespace dateline
