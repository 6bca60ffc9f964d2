#include "app/gui/exportcontext.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/timelineview.h"
#include "core/render/layout.h"
#include "core/render/timelinemodel.h"
#include "core/store/document.h"

namespace dateline {

ExportContext ExportContext::from(const DocumentController &controller, TimelineView &view,
                                  const EventTableModel *table)
{
    ExportContext c;
    if (!controller.hasDocument() || !view.index())
        return c;
    c.document = controller.document();
    c.view = view.currentLayout().viewport;
    TimelineModel::Snapshot timeline = view.model().exportSnapshot();
    c.index = std::move(timeline.index);
    c.texts = std::move(timeline.texts);
    c.scene = std::move(timeline.scene);
    c.selected = controller.currentEvent();
    c.title = c.document->title();
    if (table && table->rowCount() < table->totalCount())
        c.filtered = table->visibleIds();
    return c;
}

} // namespace dateline
