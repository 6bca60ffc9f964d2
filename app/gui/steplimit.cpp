#include "app/gui/steplimit.h"

#include "app/gui/documentcontroller.h"

#include <QCoreApplication>

namespace dateline {

bool withinStepLimit(const DocumentController &controller, std::size_t count, const QString &what, std::size_t limit)
{
    if (count <= limit)
        return true;
    const auto tr = [](const char *text) { return QCoreApplication::translate("StepLimit", text); };
    controller.reportError(
        tr("%1 Events").arg(what),
        tr("%L1 events are selected; this step acts on at most %L2. Every event it changes is kept in the edit "
           "history so that the step can be undone, which takes several seconds to half a minute for %L2 events in a document of "
           "a million. Select fewer events, with a filter or a date range, and work in parts.")
            .arg(count)
            .arg(limit));
    return false;
}

} // namespace dateline
