#pragma once

#include <QJsonObject>

class QImage;

namespace dateline {

class Document;
class TimeIndex;
class TimelinePainter;
struct Palette;
struct Scene;

// filter_ms: from a filter change to a finished 1920x1080 frame of the whole extent: the mask over
// the facet and time indexes, the filtered time index, layout and paint. Over a fixed set (the
// busiest actor, a country, a quad class, a date range, those combined), each applied several
// times; p50/p95/max, plus the mask and the filtered index alone, the shown counts, and the facet
// index's build time, snapshot load time and memory.
QJsonObject measureFilters(const Document &document, const TimeIndex &index, const Scene &scene,
                           const TimelinePainter &painter, const Palette &palette, QImage &image);

} // namespace dateline
