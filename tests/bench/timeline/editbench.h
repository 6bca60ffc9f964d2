#pragma once

#include <QJsonObject>

class QImage;

namespace dateline {

class Document;
class TimeIndex;
class TimelinePainter;
struct Palette;
struct Scene;

// edit_to_frame_ms: from the start of an edit through the command layer (its transaction and
// journal row), the change notice, the index patch, to a finished 1920x1080 frame around the
// edited event. Moves, adds and removes events, then undoes them all (the document ends as it
// began). Reports p50/p95/max, and the patch alone.
QJsonObject measureEdits(Document &document, TimeIndex &index, Scene &scene, const TimelinePainter &painter,
                         const Palette &palette, QImage &image);

} // namespace dateline
