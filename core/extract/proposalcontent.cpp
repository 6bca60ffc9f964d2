#include "core/extract/proposalcontent.h"

#include "core/extract/actorrecognizer.h"
#include "core/extract/codepointmap.h"

#include <QHash>

namespace dateline::extract {

bool isWritableProposal(const Extraction &x, int index)
{
    if (index < 0 || index >= int(x.events.size()))
        return false;
    const ProposedEvent &p = x.events[size_t(index)];
    return !p.title.isEmpty() && FuzzyDate::fromEdtf(p.date).isValid();
}

NativeJsonContent contentFromProposals(const Extraction &x, const std::vector<int> &accepted, const ArticleSource &source)
{
    NativeJsonContent c;
    c.title = source.title;
    Source s;
    s.id = SourceId(1);
    s.title = source.title;
    s.publication = source.publication;
    s.author = source.author;
    s.url = source.url;
    s.issued = source.issued.isValid() ? source.issued : FuzzyDate::fromDay(source.published);
    c.sources.push_back(s);

    const CodePointMap map(x.text);
    QHash<QString, ActorId> actorIds;
    QHash<QString, PlaceId> placeIds;
    QHash<int, qsizetype> quoteIndex;
    auto actorFor = [&](const ActorMention &m) {
        const QString key = m.id.isValid() ? QStringLiteral("#%1").arg(m.id.value) : m.label;
        if (const auto it = actorIds.constFind(key); it != actorIds.constEnd())
            return it.value();
        Actor a;
        a.id = ActorId(qint64(c.actors.size()) + 1);
        a.label = m.label;
        a.kind = m.kind;
        a.country = m.country;
        if (m.text != m.label && m.kind == ActorKind::Person)
            a.aliases << m.text;
        // "EU" as well as "European Union": the document's actor is found again however it is written
        if (m.kind == ActorKind::Organisation && !m.id.isValid())
            a.aliases << ActorRecognizer::organisationAliases(m.label);
        c.actors.push_back(a);
        actorIds.insert(key, a.id);
        return a.id;
    };

    QHash<int, EventId> eventOfProposal;
    std::int64_t sortKey = 0;
    for (const int index : accepted) {
        if (!isWritableProposal(x, index))
            continue;
        const ProposedEvent &p = x.events[size_t(index)];
        const FuzzyDate date = FuzzyDate::fromEdtf(p.date);
        Event e;
        e.id = EventId(qint64(c.events.size()) + 1);
        e.title = p.title;
        e.description = x.text.mid(p.evidenceStart, p.evidenceEnd - p.evidenceStart).simplified();
        e.date = date;
        e.status = p.status;
        e.sortKey = sortKey++;
        for (const ActorMention &m : p.actors) {
            const ActorId id = actorFor(m);
            if (std::none_of(e.actors.begin(), e.actors.end(), [&](const ActorLink &l) { return l.actor == id; }))
                e.actors.push_back(ActorLink{id, ActorRole::Participant});
        }
        if (!p.place.isEmpty()) {
            if (!placeIds.contains(p.place)) {
                Place pl;
                pl.id = PlaceId(qint64(c.places.size()) + 1);
                pl.name = p.place;
                for (const ActorMention &m : x.actors)
                    if (m.text == p.place && !m.country.isEmpty())
                        pl.country = m.country;
                c.places.push_back(pl);
                placeIds.insert(p.place, pl.id);
            }
            e.place = placeIds.value(p.place);
        }
        c.events.push_back(e);
        eventOfProposal.insert(index, e.id);
        for (const QuoteMention &q : p.quotes) {
            if (const auto it = quoteIndex.constFind(q.start); it != quoteIndex.constEnd()) {
                c.quotes[size_t(it.value())].events.push_back(e.id);
                continue;
            }
            Quote quote;
            quote.id = QuoteId(qint64(c.quotes.size()) + 1);
            quote.text = q.text.trimmed();
            while (!quote.text.isEmpty() && (quote.text.back() == u',' || quote.text.back() == u';'))
                quote.text.chop(1); // the comma before "he said" belongs to the sentence, not the quote
            if (q.speakerMention >= 0 && q.speakerMention < int(x.actors.size()))
                quote.speaker = actorFor(x.actors[size_t(q.speakerMention)]);
            quote.source = s.id;
            quote.locator = QStringLiteral("characters %1-%2").arg(map.toCodePoint(q.start)).arg(map.toCodePoint(q.end));
            quote.events.push_back(e.id);
            quoteIndex.insert(q.start, qsizetype(c.quotes.size()));
            c.quotes.push_back(quote);
        }
    }
    // Relations between proposals that were both kept ("the summit, a follow-up of the meeting").
    for (const auto &[index, from] : eventOfProposal.asKeyValueRange())
        for (const ProposedRelation &r : x.events[size_t(index)].relations)
            if (const auto to = eventOfProposal.constFind(r.to); to != eventOfProposal.constEnd())
                c.relations.push_back(Relation{RelationId(qint64(c.relations.size()) + 1), from, to.value(), r.kind});
    return c;
}

} // namespace dateline::extract
