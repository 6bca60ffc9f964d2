#pragma once

#include "core/index/eventtextcache.h"
#include "core/model/ids.h"
#include "core/render/scene.h"

#include <QString>

#include <memory>
#include <vector>

namespace dateline {

class Document;
class DocumentController;
class MainWindow;

// What Export…, Copy image and Print take from the window: copies of the on-screen scene and
// viewport (so exporting never moves the view), the selected event and the events the table's
// filter leaves. The document and the view's index must outlive it (dialogs are modal).
struct ExportContext {
    const Document *document = nullptr;
    std::shared_ptr<EventTextCache> texts; // its own: the view's cache is private to the view
    Scene scene;
    Viewport view;
    EventId selected;
    std::vector<EventId> filtered;         // empty when the table is not filtered
    QString title;                         // the document's

    bool isValid() const { return document && scene.index; }
    static ExportContext from(MainWindow *window, DocumentController *controller);
};

} // namespace dateline
