// Commands on events: add, edit, remove, duplicate and bulk edits of a selection.
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/edit/entitystates.h"
#include "core/store/document.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace dateline::commands {

namespace {

// The title of the only event, or "N events".
QString subject(const Document &document, const std::vector<EventId> &ids)
{
    if (ids.size() == 1) {
        const auto e = document.event(ids.front());
        return labels::quoted(e ? e->title : QString());
    }
    return labels::count(qsizetype(ids.size()), "event", "events");
}

// Applies edit to each event and writes the ones it changed, as one step.
void editEach(Editor &editor, const std::vector<EventId> &ids, const StepInfo &info,
              const std::function<bool(Event &)> &edit)
{
    Document &document = editor.document();
    editor.perform(info, [&] {
        for (EventId id : ids) {
            std::optional<Event> e = document.event(id);
            if (e && edit(*e))
                document.updateEvent(*e);
        }
    });
}

} // namespace

void setTitle(Editor &editor, const QString &title)
{
    editor.perform({u"set-title"_s, u"Rename document to %1"_s.arg(labels::quoted(title)), u"title"_s},
                   [&] { editor.document().setTitle(title); });
}

EventId addEvent(Editor &editor, const Event &event)
{
    EventId id;
    editor.perform({u"add-event"_s, u"Add event %1"_s.arg(labels::quoted(event.title))},
                   [&] { id = editor.document().addEvent(event); });
    return id;
}

void updateEvent(Editor &editor, const Event &event)
{
    Document &document = editor.document();
    const std::optional<Event> old = document.event(event.id);
    const QStringList fields = old ? labels::changedFields(*old, event) : QStringList();
    if (old && fields.isEmpty())
        return; // nothing to record
    const QString mergeKey = fields.size() == 1 ? u"event:%1:%2"_s.arg(event.id.value).arg(fields.front()) : QString();
    editor.perform({u"update-event"_s, labels::eventChange(fields, event.title), mergeKey},
                   [&] { document.updateEvent(event); });
}

void updateEvents(Editor &editor, const std::vector<Event> &events, const QString &label)
{
    editor.perform({u"update-events"_s, label}, [&] {
        for (const Event &e : events)
            editor.document().updateEvent(e);
    });
}

void removeEvents(Editor &editor, const std::vector<EventId> &ids)
{
    Document &document = editor.document();
    editor.perform({u"remove-events"_s, u"Delete %1"_s.arg(subject(document, ids))}, [&] {
        if (ids.size() >= kSetBasedEvents) {
            document.removeEvents(ids);
            return;
        }
        for (EventId id : ids)
            document.removeEvent(id);
    });
}

std::vector<EventId> duplicateEvents(Editor &editor, const std::vector<EventId> &ids)
{
    Document &document = editor.document();
    std::vector<EventId> copies;
    editor.perform({u"duplicate-events"_s, u"Duplicate %1"_s.arg(subject(document, ids))}, [&] {
        for (EventId id : ids) {
            std::optional<Event> e = document.event(id);
            if (!e)
                continue;
            Event copy = *e;
            copy.id = EventId();
            copy.created = copy.updated = QDateTime();
            // right after the original on the same date (a file may hold the largest key already)
            copy.sortKey = e->sortKey < std::numeric_limits<std::int64_t>::max() ? e->sortKey + 1 : e->sortKey;
            const EventId copyId = document.addEvent(copy);
            copies.push_back(copyId);
            for (Quote q : document.quotesForEvent(id)) {
                q.events.push_back(copyId);
                document.updateQuote(q);
            }
        }
    });
    return copies;
}

void addTag(Editor &editor, const std::vector<EventId> &ids, const QString &tag)
{
    Document &document = editor.document();
    const QString label = u"Tag %1 as %2"_s.arg(subject(document, ids), labels::quoted(tag));
    if (ids.size() >= kSetBasedEvents) { // the same step, a statement per table for all of them
        if (!tag.isEmpty())
            editor.perform({u"add-tag"_s, label}, [&] { document.addEventTag(ids, tag); });
        return;
    }
    editEach(editor, ids, {u"add-tag"_s, label}, [&](Event &e) {
        if (tag.isEmpty() || e.tags.contains(tag))
            return false;
        e.tags.append(tag);
        return true;
    });
}

void removeTag(Editor &editor, const std::vector<EventId> &ids, const QString &tag)
{
    Document &document = editor.document();
    const QString label = u"Remove tag %1 from %2"_s.arg(labels::quoted(tag), subject(document, ids));
    if (ids.size() >= kSetBasedEvents) {
        editor.perform({u"remove-tag"_s, label}, [&] { document.removeEventTag(ids, tag); });
        return;
    }
    editEach(editor, ids, {u"remove-tag"_s, label}, [&](Event &e) { return e.tags.removeAll(tag) > 0; });
}

void renameTag(Editor &editor, const QString &from, const QString &to)
{
    Document &document = editor.document();
    std::vector<EventId> ids;
    for (const auto &[id, tag] : document.eventTags()) {
        if (tag == from)
            ids.push_back(id);
    }
    const QString label = u"Rename tag %1 to %2"_s.arg(labels::quoted(from), labels::quoted(to));
    editEach(editor, ids, {u"rename-tag"_s, label}, [&](Event &e) {
        for (QString &tag : e.tags) {
            if (tag == from)
                tag = to;
        }
        e.tags.removeDuplicates();
        return true;
    });
}

void setStatus(Editor &editor, const std::vector<EventId> &ids, EventStatus status)
{
    Document &document = editor.document();
    const QString label = u"Mark %1 as %2"_s.arg(subject(document, ids), statusName(status));
    if (ids.size() >= kSetBasedEvents) {
        editor.perform({u"set-status"_s, label}, [&] { document.setEventStatus(ids, status); });
        return;
    }
    editEach(editor, ids, {u"set-status"_s, label}, [&](Event &e) {
        return std::exchange(e.status, status) != status;
    });
}

void setCameoCode(Editor &editor, const std::vector<EventId> &ids, const QString &code)
{
    Document &document = editor.document();
    const QString label = u"Set type of %1 to %2"_s.arg(subject(document, ids), code.isEmpty() ? u"none"_s : code);
    if (ids.size() >= kSetBasedEvents) {
        editor.perform({u"set-type"_s, label}, [&] { document.setEventCameoCode(ids, code); });
        return;
    }
    editEach(editor, ids, {u"set-type"_s, label}, [&](Event &e) {
        return std::exchange(e.cameoCode, code) != code;
    });
}

void addActor(Editor &editor, const std::vector<EventId> &ids, ActorLink link)
{
    Document &document = editor.document();
    const auto actor = document.actor(link.actor);
    const QString label = u"Add %1 to %2"_s.arg(labels::quoted(actor ? actor->label : QString()), subject(document, ids));
    if (ids.size() >= kSetBasedEvents) {
        editor.perform({u"add-actor"_s, label}, [&] { document.addEventActor(ids, link); });
        return;
    }
    editEach(editor, ids, {u"add-actor"_s, label}, [&](Event &e) {
        const bool present = std::any_of(e.actors.begin(), e.actors.end(),
                                         [&](const ActorLink &l) { return l.actor == link.actor; });
        if (present)
            return false;
        e.actors.push_back(link);
        return true;
    });
}

WriteCounts importContent(Editor &editor, NativeJsonContent &content, IdPolicy ids, const QString &from)
{
    WriteCounts counts;
    const QString label = u"Import %1 from %2"_s.arg(labels::count(qsizetype(content.events.size()), "event", "events"),
                                                     labels::quoted(from));
    editor.performBulk({u"import"_s, label}, [&] { counts = writeContent(content, editor.document(), ids); });
    return counts;
}

bool importWith(Editor &editor, const QString &from, const std::function<bool()> &write)
{
    struct Refused {};
    try {
        editor.performBulk({u"import"_s, u"Import %1"_s.arg(labels::quoted(from))}, [&] {
            if (!write())
                throw Refused{}; // unwinds the step: nothing is kept
        });
    } catch (const Refused &) {
        return false;
    }
    return true;
}

ImportWrite importRead(Editor &editor, ImportedContent &imported, ImportPolicy policy, const QString &from,
                       const ImportProgress &progress)
{
    ImportWrite result;
    try {
        importWith(editor, from, [&] {
            result = writeImport(imported, editor.document(), policy, progress);
            return result.written;
        });
    } catch (const StoreError &e) { // the journal row could not be written: nothing was kept
        result = ImportWrite();
        result.error = QString::fromUtf8(e.what());
    }
    return result;
}

} // namespace dateline::commands
