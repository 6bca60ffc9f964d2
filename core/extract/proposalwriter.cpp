#include "core/extract/proposalwriter.h"

#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace dateline::extract {

namespace {

// Lower-cased labels and aliases of what the document has; a name two entities share is left out.
template <typename Id>
void addName(QHash<QString, Id> &names, QSet<QString> &ambiguous, const QString &name, Id id)
{
    const QString key = name.simplified().toCaseFolded();
    if (key.isEmpty() || ambiguous.contains(key))
        return;
    if (const auto it = names.constFind(key); it != names.constEnd() && it.value() != id) {
        names.remove(key);
        ambiguous.insert(key);
        return;
    }
    names.insert(key, id);
}

// What the document already has, by name: an actor or a place of the proposals is linked to it,
// not copied, when its label, an alias or its name is one of these.
struct DocumentNames {
    QHash<QString, ActorId> actors;
    QSet<QString> ambiguousActors;
    QHash<QString, PlaceId> places;
    QSet<QString> ambiguousPlaces;
    // Actors the extraction recognised from the document carry their document id.
    QHash<QString, ActorId> knownByLabel;
};

DocumentNames documentNames(const Document &doc, const Extraction &x)
{
    DocumentNames names;
    QSet<qint64> existingActors;
    for (const Actor &a : doc.actors()) {
        existingActors.insert(a.id.value);
        addName(names.actors, names.ambiguousActors, a.label, a.id);
        for (const QString &alias : a.aliases)
            addName(names.actors, names.ambiguousActors, alias, a.id);
    }
    for (const Place &p : doc.places())
        addName(names.places, names.ambiguousPlaces, p.name, p.id);
    for (const ActorMention &m : x.actors)
        if (m.id.isValid() && existingActors.contains(m.id.value))
            names.knownByLabel.insert(m.label, m.id);
    return names;
}

// Writes the proposals' content part by part through the editing commands, each part's references
// to the parts before it (the content's provisional ids) mapped to the ids the document gave them.
class Writer {
public:
    Writer(Editor &editor, DocumentNames names, AddedProposals &result)
        : editor(editor), names(std::move(names)), result(result)
    {
    }

    void write(const NativeJsonContent &c, const std::optional<SourceId> &knownSource)
    {
        const SourceId sourceId = knownSource ? (knownSource->isValid() ? reuse(*knownSource) : addSource(c.sources.front()))
                                              : source(c.sources.front());
        result.source = sourceId;
        actors(c.actors);
        places(c.places);
        events(c.events);
        quotes(c.quotes, sourceId);
        relations(c.relations);
    }

private:
    // The article: one source however often it is added (the same URL, or the same title and date
    // where it has none). Only the sources holding that text are read: a GDELT document has a
    // million, and reading them all took seconds.
    SourceId source(const Source &s)
    {
        const QString key = s.url.isEmpty() ? s.title : s.url;
        if (key.trimmed().isEmpty())
            return addSource(s);
        constexpr int kEnough = 1000; // (more sources containing a whole URL or title would be odd)
        for (const Source &old : editor.document().sourcesMatching(key, kEnough)) {
            const bool sameUrl = !s.url.isEmpty() && old.url == s.url;
            const bool sameTitle = s.url.isEmpty() && old.url.isEmpty() && !s.title.isEmpty() && old.title == s.title
                && old.issued.toEdtf() == s.issued.toEdtf();
            if (sameUrl || sameTitle)
                return reuse(old.id);
        }
        return addSource(s);
    }

    SourceId reuse(SourceId id)
    {
        result.sourceReused = true;
        return id;
    }

    SourceId addSource(const Source &s)
    {
        Source fresh = s;
        fresh.id = SourceId();
        return commands::addSource(editor, fresh);
    }

    // An actor the document has by id, label or alias is linked; a new one is added, and its label
    // then names it for the actors after it.
    void actors(const std::vector<Actor> &proposed)
    {
        for (const Actor &a : proposed) {
            ActorId id = names.knownByLabel.value(a.label);
            if (!id.isValid())
                id = names.actors.value(a.label.simplified().toCaseFolded());
            for (qsizetype k = 0; !id.isValid() && k < a.aliases.size(); ++k)
                id = names.actors.value(a.aliases[k].simplified().toCaseFolded());
            if (id.isValid()) {
                ++result.actorsReused;
            } else {
                Actor fresh = a;
                fresh.id = ActorId();
                id = commands::addActor(editor, fresh);
                addName(names.actors, names.ambiguousActors, fresh.label, id);
                ++result.actorsAdded;
            }
            actorMap.insert(a.id.value, id);
        }
    }

    // A place the document has by name (case-insensitive) is linked; a new one is added.
    void places(const std::vector<Place> &proposed)
    {
        for (const Place &p : proposed) {
            PlaceId id = names.places.value(p.name.simplified().toCaseFolded());
            if (id.isValid()) {
                ++result.placesReused;
            } else {
                Place fresh = p;
                fresh.id = PlaceId();
                id = commands::addPlace(editor, fresh);
                ++result.placesAdded;
            }
            placeMap.insert(p.id.value, id);
        }
    }

    // The events, linked to their actors and place as the document now has them.
    void events(const std::vector<Event> &proposed)
    {
        for (Event e : proposed) {
            const qint64 provisional = e.id.value;
            e.id = EventId();
            for (ActorLink &l : e.actors)
                l.actor = actorMap.value(l.actor.value);
            // two mentions may be one of the document's actors ("Russian" and "Moscow"): linked once
            QSet<qint64> linked;
            std::erase_if(e.actors, [&](const ActorLink &l) {
                const bool again = linked.contains(l.actor.value);
                linked.insert(l.actor.value);
                return again;
            });
            if (e.place.isValid())
                e.place = placeMap.value(e.place.value);
            const EventId id = commands::addEvent(editor, e);
            eventMap.insert(provisional, id);
            result.events.push_back(id);
        }
    }

    // The article's quotations, from the article's source, by the document's actors, on the new events.
    void quotes(const std::vector<Quote> &proposed, SourceId sourceId)
    {
        for (Quote q : proposed) {
            q.id = QuoteId();
            q.source = sourceId;
            if (q.speaker.isValid())
                q.speaker = actorMap.value(q.speaker.value);
            for (EventId &e : q.events)
                e = eventMap.value(e.value);
            commands::addQuote(editor, q);
            ++result.quotes;
        }
    }

    // The relations between the new events.
    void relations(const std::vector<Relation> &proposed)
    {
        for (Relation r : proposed) {
            r.id = RelationId();
            r.from = eventMap.value(r.from.value);
            r.to = eventMap.value(r.to.value);
            commands::addRelation(editor, r);
            ++result.relations;
        }
    }

    Editor &editor;
    DocumentNames names;
    AddedProposals &result;
    QHash<qint64, ActorId> actorMap;
    QHash<qint64, PlaceId> placeMap;
    QHash<qint64, EventId> eventMap;
};

} // namespace

AddedProposals addProposals(Editor &editor, const Extraction &x, const std::vector<int> &accepted, const ArticleSource &source)
{
    AddedProposals result;
    const NativeJsonContent c = contentFromProposals(x, accepted, source);
    if (c.events.empty())
        return result;
    Writer writer(editor, documentNames(editor.document(), x), result);
    const QString label = QStringLiteral("Add %1 from article").arg(labels::count(qsizetype(c.events.size()), "event", "events"));
    editor.perform({QStringLiteral("add-from-article"), label}, [&] { writer.write(c, source.known); });
    for (const int index : accepted) // (the events are written in this order, skipping the same ones)
        if (isWritableProposal(x, index))
            result.proposals.push_back(index);
    return result;
}

} // namespace dateline::extract
