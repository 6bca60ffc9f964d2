#pragma once

#include "core/model/event.h"

#include <QString>

namespace dateline::labels {

// A name inside a label: curly-quoted, elided to 40 characters, "untitled" when empty.
QString quoted(const QString &name);
// "3 events", "1 event"
QString count(qsizetype n, const char *singular, const char *plural);
// The fields of an event that differ between a and b, by stable names ("title", "date", ...).
QStringList changedFields(const Event &a, const Event &b);
// The label of a change of those fields of an event called title.
QString eventChange(const QStringList &fields, const QString &title);

} // namespace dateline::labels
