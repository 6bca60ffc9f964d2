#include "app/gui/exportcontext.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelineview.h"
#include "core/render/layout.h"
#include "core/store/document.h"

namespace dateline {

ExportContext ExportContext::from(MainWindow *window, DocumentController *controller)
{
    ExportContext c;
    TimelineView *view = window->timelineView();
    if (!controller->hasDocument() || !view || !view->index())
        return c;
    c.document = controller->document();
    c.texts = std::make_shared<EventTextCache>(*c.document);
    const Layout &frame = view->currentLayout();
    c.view = frame.viewport;
    c.scene.index = view->index();
    c.scene.texts = c.texts.get();
    c.scene.lanes = view->laneState();
    c.scene.options = frame.options;
    c.scene.options.textBudgetMs = 0; // the view rations text per frame; an export draws every label
    c.scene.eras = Scene::erasFrom(c.document->eras());
    c.scene.relations = Scene::relationsFrom(c.document->relations());
    c.selected = controller->currentEvent();
    c.title = c.document->title();
    if (const EventTableModel *model = window->eventModel(); model->rowCount() < model->totalCount())
        c.filtered = model->visibleIds();
    return c;
}

} // namespace dateline
