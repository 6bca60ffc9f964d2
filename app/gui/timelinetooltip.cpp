#include "app/gui/timelinetooltip.h"

#include "app/gui/plaintext.h"
#include "core/store/document.h"

#include <QCoreApplication>
#include <QStringList>

namespace dateline {

QString timelineToolTip(const Document &document, EventId id)
{
    const std::optional<Event> event = document.event(id);
    if (!event)
        return {};
    QStringList actors;
    for (const ActorLink &link : event->actors) {
        if (const std::optional<Actor> actor = document.actor(link.actor))
            actors.append(htmlPiece(actor->label, 200));
    }
    const auto quotes = document.quotesForEvent(id).size();

    QString html = QStringLiteral("<p style='white-space:pre-wrap'>");
    html += event->date.isValid() ? event->date.toDisplayString().toHtmlEscaped()
                                  : QCoreApplication::translate("TimelineView", "No date");
    if (event->status != EventStatus::Occurred)
        html += QStringLiteral(" (%1)").arg(statusName(event->status));
    html += QStringLiteral("<br><b>%1</b>").arg(htmlPiece(event->title));
    if (!actors.isEmpty())
        html += QStringLiteral("<br>") + actors.join(QStringLiteral(", "));
    if (quotes > 0)
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(quotes == 1 ? QCoreApplication::translate("TimelineView", "1 quote")
                                : QCoreApplication::translate("TimelineView", "%1 quotes").arg(quotes));
    html += QStringLiteral("</p>");
    return html;
}

} // namespace dateline
