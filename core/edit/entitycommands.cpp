// Commands on actors, places, sources and eras.
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

using namespace Qt::StringLiterals;

namespace dateline::commands {

namespace {

// add/update/remove of one kind of entity, named by `noun` and by the entity's `name`.
template <typename T, typename IdType>
struct EntityCommands {
    const char *noun;
    QString (*name)(const T &);
    IdType (Document::*add)(const T &);
    void (Document::*update)(const T &);
    void (Document::*remove)(IdType);
    std::optional<T> (Document::*read)(IdType) const;

    IdType doAdd(Editor &editor, const T &value) const
    {
        IdType id;
        editor.perform({u"add-%1"_s.arg(QLatin1StringView(noun)),
                        u"Add %1 %2"_s.arg(QLatin1StringView(noun), labels::quoted(name(value)))},
                       [&] { id = (editor.document().*add)(value); });
        return id;
    }
    void doUpdate(Editor &editor, const T &value) const
    {
        editor.perform({u"update-%1"_s.arg(QLatin1StringView(noun)),
                        u"Edit %1 %2"_s.arg(QLatin1StringView(noun), labels::quoted(name(value))),
                        u"%1:%2"_s.arg(QLatin1StringView(noun)).arg(value.id.value)},
                       [&] { (editor.document().*update)(value); });
    }
    void doRemove(Editor &editor, IdType id) const
    {
        const std::optional<T> old = (editor.document().*read)(id);
        if (!old)
            return;
        editor.perform({u"remove-%1"_s.arg(QLatin1StringView(noun)),
                        u"Delete %1 %2"_s.arg(QLatin1StringView(noun), labels::quoted(name(*old)))},
                       [&] { (editor.document().*remove)(id); });
    }
};

const EntityCommands<Actor, ActorId> kActors{
    "actor", [](const Actor &a) { return a.label; }, &Document::addActor, &Document::updateActor,
    &Document::removeActor, &Document::actor};
const EntityCommands<Place, PlaceId> kPlaces{
    "place", [](const Place &p) { return p.name; }, &Document::addPlace, &Document::updatePlace,
    &Document::removePlace, &Document::place};
const EntityCommands<Source, SourceId> kSources{
    "source", [](const Source &s) { return s.title; }, &Document::addSource, &Document::updateSource,
    &Document::removeSource, &Document::source};
const EntityCommands<Era, EraId> kEras{
    "era", [](const Era &e) { return e.name; }, &Document::addEra, &Document::updateEra,
    &Document::removeEra, &Document::era};
const EntityCommands<Quote, QuoteId> kQuotes{
    "quote", [](const Quote &q) { return q.text; }, &Document::addQuote, &Document::updateQuote,
    &Document::removeQuote, &Document::quote};

} // namespace

ActorId addActor(Editor &editor, const Actor &actor) { return kActors.doAdd(editor, actor); }
void updateActor(Editor &editor, const Actor &actor) { kActors.doUpdate(editor, actor); }
void removeActor(Editor &editor, ActorId id) { kActors.doRemove(editor, id); }
PlaceId addPlace(Editor &editor, const Place &place) { return kPlaces.doAdd(editor, place); }
void updatePlace(Editor &editor, const Place &place) { kPlaces.doUpdate(editor, place); }
void removePlace(Editor &editor, PlaceId id) { kPlaces.doRemove(editor, id); }
SourceId addSource(Editor &editor, const Source &source) { return kSources.doAdd(editor, source); }
void updateSource(Editor &editor, const Source &source) { kSources.doUpdate(editor, source); }
void removeSource(Editor &editor, SourceId id) { kSources.doRemove(editor, id); }
EraId addEra(Editor &editor, const Era &era) { return kEras.doAdd(editor, era); }
void updateEra(Editor &editor, const Era &era) { kEras.doUpdate(editor, era); }
void removeEra(Editor &editor, EraId id) { kEras.doRemove(editor, id); }
QuoteId addQuote(Editor &editor, const Quote &quote) { return kQuotes.doAdd(editor, quote); }
void updateQuote(Editor &editor, const Quote &quote) { kQuotes.doUpdate(editor, quote); }
void removeQuote(Editor &editor, QuoteId id) { kQuotes.doRemove(editor, id); }

} // namespace dateline::commands
