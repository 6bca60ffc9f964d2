#include "editbench.h"

#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/index/indexpatch.h"
#include "core/index/timeindex.h"
#include "core/render/timelinepainter.h"
#include "core/store/document.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>

namespace dateline {

namespace {

QJsonObject summary(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))]; };
    return {{QStringLiteral("p50"), at(0.5)}, {QStringLiteral("p95"), at(0.95)}, {QStringLiteral("max"), ms.empty() ? 0 : ms.back()},
            {QStringLiteral("count"), double(ms.size())}};
}

} // namespace

QJsonObject measureEdits(Document &document, TimeIndex &index, Scene &scene, const TimelinePainter &painter,
                         const Palette &palette, QImage &image)
{
    Editor editor(document);
    double patchMs = 0;
    std::vector<double> patches;
    editor.addListener([&](const DocumentChange &c) {
        QElapsedTimer t;
        t.start();
        std::vector<EventId> upserted = c.eventsAdded;
        upserted.insert(upserted.end(), c.eventsChanged.begin(), c.eventsChanged.end());
        index.apply(IndexPatch::read(document, index.grouping(), c.eventsRemoved, upserted));
        patchMs = double(t.nsecsElapsed()) / 1e6;
        patches.push_back(patchMs);
    });
    QRandomGenerator rng(7);
    std::vector<double> total;
    Viewport vp;
    vp.size = QSizeF(image.width(), image.height());
    for (int i = 0; i < 30; ++i) {
        const EventId id = index.eventId(rng.bounded(index.eventCount()));
        QElapsedTimer t;
        t.start();
        std::optional<Event> e = document.event(id);
        if (!e)
            continue;
        if (i % 10 == 8) {
            commands::removeEvents(editor, {id});
        } else if (i % 10 == 9) {
            Event copy = *e;
            copy.id = EventId();
            copy.title = QStringLiteral("Added by dateline-bench");
            commands::addEvent(editor, copy);
        } else {
            e->date = FuzzyDate::fromEdtf(QStringLiteral("2001-0%1-1%2").arg(1 + i % 9).arg(i % 10)); // a move
            commands::updateEvent(editor, *e);
        }
        // A frame around where the event is now.
        const TimePoint at = e->date.isValid() ? e->date.bounds().earliestStart : index.earliest();
        vp.scale = TimeScale(at, 30.0 * 86400 / image.width());
        vp.scale.centerOn(at, image.width() / 2.0);
        QPainter p(&image);
        painter.render(p, vp, scene, palette);
        p.end();
        total.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    while (editor.canUndo())
        editor.undo();
    return {{QStringLiteral("edit_to_frame_ms"), summary(total)}, {QStringLiteral("index_patch_ms"), summary(patches)}};
}

} // namespace dateline
