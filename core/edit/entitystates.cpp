// The edit journal's state fragments: capture, encode, decode, apply.
#include "core/edit/entitystates.h"

#include "core/io/jsonwriter.h"
#include "core/io/nativejsonentitywriter.h"
#include "core/store/document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace dateline {

namespace {

using L = QLatin1StringView;

// The fragment's list name of each kind, as in a native JSON document.
constexpr std::array<std::pair<EntityKind, const char *>, 7> kSections{{
    {EntityKind::Actor, "actors"},
    {EntityKind::Place, "places"},
    {EntityKind::Source, "sources"},
    {EntityKind::Event, "events"},
    {EntityKind::Quote, "quotes"},
    {EntityKind::Relation, "relations"},
    {EntityKind::Era, "eras"},
}};

// Absent ids: runs from this length on are written as [first, last]; the runs read back may hold
// at most kMaxRun ids in all (the journal is untrusted input: no run may exhaust memory).
constexpr std::size_t kMinRun = 3;
constexpr qint64 kMaxRun = 100'000'000;

template <typename T>
void writeSection(JsonWriter &w, const char *key, const std::vector<T> &items)
{
    if (items.empty())
        return;
    w.key(L(key));
    w.beginArray();
    for (const T &item : items)
        writeJson(w, item);
    w.endArray();
}

template <typename T>
void appendRefs(std::vector<EntityRef> &out, EntityKind kind, const std::vector<T> &items)
{
    for (const T &item : items)
        out.push_back({kind, item.id.value});
}

} // namespace

const char *entityListName(EntityKind kind)
{
    const auto section = std::find_if(kSections.begin(), kSections.end(), [kind](const auto &s) { return s.first == kind; });
    return section->second;
}

std::vector<EntityRef> EntityStates::refs() const
{
    std::vector<EntityRef> result = absent;
    if (hasTitle)
        result.push_back({EntityKind::Title, 0});
    if (hasViews)
        result.push_back({EntityKind::SavedViews, 0});
    if (hasBookmarks)
        result.push_back({EntityKind::Bookmarks, 0});
    appendRefs(result, EntityKind::Actor, present.actors);
    appendRefs(result, EntityKind::Place, present.places);
    appendRefs(result, EntityKind::Source, present.sources);
    appendRefs(result, EntityKind::Event, present.events);
    appendRefs(result, EntityKind::Quote, present.quotes);
    appendRefs(result, EntityKind::Relation, present.relations);
    appendRefs(result, EntityKind::Era, present.eras);
    std::sort(result.begin(), result.end());
    return result;
}

EntityStates captureStates(const Document &document, const std::vector<EntityRef> &refs)
{
    EntityStates states;
    std::vector<EventId> eventIds;
    for (const EntityRef &ref : refs) {
        if (ref.kind == EntityKind::Event)
            eventIds.push_back(EventId(ref.id));
    }
    states.present.events = document.events(eventIds);
    if (states.present.events.size() < eventIds.size()) {
        std::vector<EventId> found;
        for (const Event &e : states.present.events)
            found.push_back(e.id);
        std::sort(found.begin(), found.end());
        for (EventId id : eventIds) {
            if (!std::binary_search(found.begin(), found.end(), id))
                states.absent.push_back({EntityKind::Event, id.value});
        }
    }
    auto keep = [&states](const EntityRef &ref, auto found, auto &list) {
        if (found)
            list.push_back(std::move(*found));
        else
            states.absent.push_back(ref);
    };
    for (const EntityRef &ref : refs) {
        switch (ref.kind) {
        case EntityKind::Title:
            states.hasTitle = true;
            states.present.title = document.title();
            break;
        case EntityKind::Actor: keep(ref, document.actor(ActorId(ref.id)), states.present.actors); break;
        case EntityKind::Place: keep(ref, document.place(PlaceId(ref.id)), states.present.places); break;
        case EntityKind::Source: keep(ref, document.source(SourceId(ref.id)), states.present.sources); break;
        case EntityKind::Event: break; // read above
        case EntityKind::Quote: keep(ref, document.quote(QuoteId(ref.id)), states.present.quotes); break;
        case EntityKind::Relation:
            keep(ref, document.relation(RelationId(ref.id)), states.present.relations);
            break;
        case EntityKind::Era: keep(ref, document.era(EraId(ref.id)), states.present.eras); break;
        case EntityKind::SavedViews:
            states.hasViews = true;
            states.present.views = document.savedViews();
            break;
        case EntityKind::Bookmarks:
            states.hasBookmarks = true;
            states.present.bookmarks = document.bookmarks();
            break;
        }
    }
    return states;
}

QByteArray encodeStates(const EntityStates &states)
{
    JsonWriter w;
    w.beginObject();
    if (states.hasTitle)
        w.field(L("title"), states.present.title);
    writeSection(w, "actors", states.present.actors);
    writeSection(w, "places", states.present.places);
    writeSection(w, "sources", states.present.sources);
    writeSection(w, "events", states.present.events);
    writeSection(w, "quotes", states.present.quotes);
    writeSection(w, "relations", states.present.relations);
    writeSection(w, "eras", states.present.eras);
    // Whole lists, written even when empty: an empty list is a state to restore.
    auto writeList = [&w](const char *key, const auto &items) {
        w.key(L(key));
        w.beginArray();
        for (const auto &item : items)
            writeJson(w, item);
        w.endArray();
    };
    if (states.hasViews)
        writeList("views", states.present.views);
    if (states.hasBookmarks)
        writeList("bookmarks", states.present.bookmarks);
    if (!states.absent.empty()) {
        w.key(L("absent"));
        w.beginObject();
        for (const auto &[kind, key] : kSections) {
            std::vector<std::int64_t> ids;
            for (const EntityRef &ref : states.absent) {
                if (ref.kind == kind)
                    ids.push_back(ref.id);
            }
            if (ids.empty())
                continue;
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            w.key(L(key));
            w.beginArray(JsonWriter::Layout::Inline);
            // Runs of consecutive ids (an import's) as [first, last]: a million-row import's step
            // stays a few bytes instead of megabytes.
            for (std::size_t i = 0; i < ids.size();) {
                std::size_t j = i + 1;
                while (j < ids.size() && ids[j] == ids[j - 1] + 1)
                    ++j;
                if (j - i >= kMinRun) {
                    w.beginArray(JsonWriter::Layout::Inline);
                    w.value(ids[i]);
                    w.value(ids[j - 1]);
                    w.endArray();
                } else {
                    for (std::size_t k = i; k < j; ++k)
                        w.value(ids[k]);
                }
                i = j;
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endObject();
    return w.result();
}

std::optional<EntityStates> decodeStates(const QByteArray &fragment, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(fragment, &parse);
    if (parse.error != QJsonParseError::NoError || !json.isObject())
        return fail(u"the journal entry is not valid JSON"_s);
    const QJsonObject root = json.object();
    NativeJsonReader reader;
    std::optional<NativeJsonContent> content = reader.readFragment(root);
    if (!content)
        return fail(u"the journal entry is damaged: %1"_s.arg(reader.problems().join(u"; "_s)));
    EntityStates states;
    states.present = std::move(*content);
    states.hasTitle = root.contains(L("title"));
    states.hasViews = root.contains(L("views"));
    states.hasBookmarks = root.contains(L("bookmarks"));
    const QJsonValue absent = root.value(L("absent"));
    if (!absent.isUndefined() && !absent.isObject())
        return fail(u"the journal entry is damaged: \"absent\" must be an object"_s);
    const QJsonObject absentObject = absent.toObject();
    for (auto it = absentObject.begin(); it != absentObject.end(); ++it) {
        const auto section = std::find_if(kSections.begin(), kSections.end(),
                                          [&](const auto &s) { return it.key() == L(s.second); });
        if (section == kSections.end() || !it.value().isArray())
            return fail(u"the journal entry is damaged: unknown list \"absent.%1\""_s.arg(it.key()));
        for (const QJsonValue &id : it.value().toArray()) {
            if (id.isArray()) { // a run [first, last]
                const QJsonArray run = id.toArray();
                const qint64 first = run.size() == 2 ? run[0].toInteger(0) : 0;
                const qint64 last = run.size() == 2 ? run[1].toInteger(0) : 0;
                if (first <= 0 || last < first || last - first >= kMaxRun - qint64(states.absent.size()))
                    return fail(u"the journal entry is damaged: \"absent.%1\" holds a bad id range"_s.arg(it.key()));
                for (qint64 value = first; value <= last; ++value)
                    states.absent.push_back({section->first, value});
                continue;
            }
            const qint64 value = id.toInteger(0);
            if (value <= 0)
                return fail(u"the journal entry is damaged: \"absent.%1\" holds a bad id"_s.arg(it.key()));
            states.absent.push_back({section->first, value});
        }
    }
    return states;
}

namespace {

template <typename Id>
std::vector<Id> typedIds(const std::vector<std::int64_t> &values)
{
    std::vector<Id> result;
    result.reserve(values.size());
    for (std::int64_t value : values)
        result.push_back(Id(value));
    return result;
}

// Removes entities of one kind: events (from kSetBasedEvents on), actors, places and sources with
// a statement per table for all of them, the others one by one.
void removeOfKind(Document &document, EntityKind kind, const std::vector<std::int64_t> &ids)
{
    switch (kind) {
    case EntityKind::Title:
    case EntityKind::SavedViews:
    case EntityKind::Bookmarks: break;
    case EntityKind::Actor: document.removeActors(typedIds<ActorId>(ids)); break;
    case EntityKind::Place: document.removePlaces(typedIds<PlaceId>(ids)); break;
    case EntityKind::Source: document.removeSources(typedIds<SourceId>(ids)); break;
    case EntityKind::Event:
        if (ids.size() >= kSetBasedEvents) {
            document.removeEvents(typedIds<EventId>(ids));
            break;
        }
        for (std::int64_t id : ids)
            document.removeEvent(EventId(id));
        break;
    case EntityKind::Quote:
        for (std::int64_t id : ids)
            document.removeQuote(QuoteId(id));
        break;
    case EntityKind::Relation:
        for (std::int64_t id : ids)
            document.removeRelation(RelationId(id));
        break;
    case EntityKind::Era:
        for (std::int64_t id : ids)
            document.removeEra(EraId(id));
        break;
    }
}

} // namespace

void applyStates(Document &document, const EntityStates &states)
{
    const NativeJsonContent &p = states.present;
    if (states.hasTitle)
        document.setTitle(p.title);
    if (states.hasViews)
        document.restoreSavedViews(p.views);
    if (states.hasBookmarks)
        document.restoreBookmarks(p.bookmarks);
    for (const Actor &a : p.actors)
        document.restoreActor(a);
    for (const Place &place : p.places)
        document.restorePlace(place);
    for (const Source &s : p.sources)
        document.restoreSource(s);
    if (p.events.size() >= kSetBasedEvents) {
        document.restoreEvents(p.events);
    } else {
        for (const Event &e : p.events)
            document.restoreEvent(e);
    }
    for (const Quote &q : p.quotes)
        document.restoreQuote(q);
    for (const Relation &r : p.relations)
        document.restoreRelation(r);
    for (const Era &e : p.eras)
        document.restoreEra(e);
    // Dependents first, so that no delete cascades into an entity the states still hold. Events,
    // actors, places and sources go a kind at a time: undoing an import removes every one it created.
    std::vector<EntityRef> absent = states.absent;
    std::sort(absent.begin(), absent.end(), [](const EntityRef &a, const EntityRef &b) {
        return std::pair(int(a.kind), a.id) > std::pair(int(b.kind), b.id);
    });
    for (auto begin = absent.begin(); begin != absent.end();) {
        const EntityKind kind = begin->kind;
        std::vector<std::int64_t> ids;
        auto end = begin;
        for (; end != absent.end() && end->kind == kind; ++end)
            ids.push_back(end->id);
        removeOfKind(document, kind, ids);
        begin = end;
    }
}
} // namespace dateline
