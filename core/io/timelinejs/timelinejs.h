#pragma once

#include "core/io/importresult.h"

#include <QByteArray>

namespace dateline {

class Document;

// TimelineJS3 JSON (docs/import-export-formats.md): the title slide, events, eras; the legacy
// TimelineJS2 form ({"timeline": {"date": [...]}}) is read as well.
ImportedContent readTimelineJs(const QByteArray &data);
// JSON that TimelineJS3 renders; what it cannot carry is listed in *report.
QByteArray writeTimelineJs(const Document &doc, ExportReport *report);
// Content sniffing on the first few KB: a JSON object with TimelineJS keys.
bool looksLikeTimelineJs(const QByteArray &head);

} // namespace dateline
