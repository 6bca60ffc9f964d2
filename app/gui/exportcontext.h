#pragma once

#include "core/model/ids.h"
#include "core/render/scene.h"

#include <QString>

#include <memory>
#include <vector>

namespace dateline {

class Document;
class DocumentController;
class EventTableModel;
class EventTextCache;
class TimeIndex;
class TimelineView;

// What Export…, Copy image and Print take from the window: a copy of the timeline's scene (from
// its TimelineModel, holding the index and text cache it points to, so a background load that
// replaces them meanwhile harms nothing) and the on-screen viewport (so exporting never moves the
// view), the selected event and the events the table's filter leaves. The document must outlive
// it (dialogs are modal).
struct ExportContext {
    const Document *document = nullptr;
    std::shared_ptr<const TimeIndex> index;
    std::shared_ptr<const EventTextCache> texts;
    Scene scene;
    Viewport view;
    EventId selected;
    std::vector<EventId> filtered;         // empty when the table is not filtered
    QString title;                         // the document's

    bool isValid() const { return document && scene.index; }
    // table: the events table whose filter "Filtered events" exports; may be null.
    static ExportContext from(const DocumentController &controller, TimelineView &view,
                              const EventTableModel *table);
};

} // namespace dateline
