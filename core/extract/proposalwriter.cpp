#include "core/extract/proposalwriter.h"

#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <QHash>
#include <QSet>

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

} // namespace

AddedProposals addProposals(Editor &editor, const Extraction &x, const std::vector<int> &accepted, const ArticleSource &source)
{
    AddedProposals result;
    NativeJsonContent c = contentFromProposals(x, accepted, source);
    if (c.events.empty())
        return result;
    Document &doc = editor.document();

    QHash<QString, ActorId> actorNames;
    QSet<QString> ambiguous;
    QSet<qint64> existingActors;
    for (const Actor &a : doc.actors()) {
        existingActors.insert(a.id.value);
        addName(actorNames, ambiguous, a.label, a.id);
        for (const QString &alias : a.aliases)
            addName(actorNames, ambiguous, alias, a.id);
    }
    QHash<QString, PlaceId> placeNames;
    QSet<QString> ambiguousPlaces;
    for (const Place &p : doc.places())
        addName(placeNames, ambiguousPlaces, p.name, p.id);
    // Actors the extraction recognised from the document carry their document id.
    QHash<QString, ActorId> knownByLabel;
    for (const ActorMention &m : x.actors)
        if (m.id.isValid() && existingActors.contains(m.id.value))
            knownByLabel.insert(m.label, m.id);

    const QString label = QStringLiteral("Add %1 from article").arg(labels::count(qsizetype(c.events.size()), "event", "events"));
    editor.perform({QStringLiteral("add-from-article"), label}, [&] {
        // The article: one source however often it is added.
        const Source &s = c.sources.front();
        SourceId sourceId;
        for (const Source &old : doc.sources()) {
            const bool sameUrl = !s.url.isEmpty() && old.url == s.url;
            const bool sameTitle = s.url.isEmpty() && old.url.isEmpty() && !s.title.isEmpty() && old.title == s.title
                && old.issued.toEdtf() == s.issued.toEdtf();
            if (sameUrl || sameTitle) {
                sourceId = old.id;
                result.sourceReused = true;
                break;
            }
        }
        if (!sourceId.isValid()) {
            Source fresh = s;
            fresh.id = SourceId();
            sourceId = commands::addSource(editor, fresh);
        }

        QHash<qint64, ActorId> actorMap;
        for (const Actor &a : c.actors) {
            ActorId id = knownByLabel.value(a.label);
            if (!id.isValid())
                id = actorNames.value(a.label.simplified().toCaseFolded());
            for (qsizetype k = 0; !id.isValid() && k < a.aliases.size(); ++k)
                id = actorNames.value(a.aliases[k].simplified().toCaseFolded());
            if (id.isValid()) {
                ++result.actorsReused;
            } else {
                Actor fresh = a;
                fresh.id = ActorId();
                id = commands::addActor(editor, fresh);
                addName(actorNames, ambiguous, fresh.label, id);
                ++result.actorsAdded;
            }
            actorMap.insert(a.id.value, id);
        }
        QHash<qint64, PlaceId> placeMap;
        for (const Place &p : c.places) {
            PlaceId id = placeNames.value(p.name.simplified().toCaseFolded());
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
        QHash<qint64, EventId> eventMap;
        for (Event e : c.events) {
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
        for (Quote q : c.quotes) {
            q.id = QuoteId();
            q.source = sourceId;
            if (q.speaker.isValid())
                q.speaker = actorMap.value(q.speaker.value);
            for (EventId &e : q.events)
                e = eventMap.value(e.value);
            commands::addQuote(editor, q);
            ++result.quotes;
        }
        for (Relation r : c.relations) {
            r.id = RelationId();
            r.from = eventMap.value(r.from.value);
            r.to = eventMap.value(r.to.value);
            commands::addRelation(editor, r);
            ++result.relations;
        }
    });
    return result;
}

} // namespace dateline::extract
