// Native JSON import: one reader per entity, and the cross-reference check.
#include "core/io/nativejsonreader.h"

#include "core/model/cameo.h"

#include <QHash>
#include <QRegularExpression>
#include <QTime>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

using L = QLatin1StringView;

QString at(const QString &path, QLatin1StringView key)
{
    return path + u'.' + key;
}

// Reads an enum by its stable lower-case name; the fallback when the key is absent.
template <typename Enum, typename FromName>
Enum enumField(const QString &text, Enum fallback, FromName fromName, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return fallback;
    return fromName(text, ok);
}

} // namespace

void NativeJsonReader::readActor(const QJsonObject &o, const QString &path, NativeJsonContent &out)
{
    checkKeys(o, path, {L("id"), L("label"), L("kind"), L("country"), L("cameo-code"), L("aliases")});
    Actor a;
    a.id = ActorId(id(o, L("id"), path, Need::Required));
    a.label = string(o, L("label"), path, Need::Required);
    if (a.label.isEmpty() && o.value(L("label")).isString())
        problem(at(path, L("label")), u"must not be empty"_s);
    bool ok = true;
    const QString kind = string(o, L("kind"), path, Need::Optional);
    a.kind = enumField(kind, a.kind, [](QStringView n, bool *k) { return actorKindFromName(n, k); }, &ok);
    if (!ok)
        problem(at(path, L("kind")), u"\"%1\" is not one of state, person, organisation, group"_s.arg(kind));
    a.country = country(o, path);
    a.cameoCode = string(o, L("cameo-code"), path, Need::Optional);
    a.aliases = strings(o, L("aliases"), path);
    out.actors.push_back(std::move(a));
}

void NativeJsonReader::readPlace(const QJsonObject &o, const QString &path, NativeJsonContent &out)
{
    checkKeys(o, path, {L("id"), L("name"), L("country"), L("latitude"), L("longitude")});
    Place p;
    p.id = PlaceId(id(o, L("id"), path, Need::Required));
    p.name = string(o, L("name"), path, Need::Required);
    if (p.name.isEmpty() && o.value(L("name")).isString())
        problem(at(path, L("name")), u"must not be empty"_s);
    p.country = country(o, path);
    p.latitude = coordinate(o, L("latitude"), path, 90);
    p.longitude = coordinate(o, L("longitude"), path, 180);
    out.places.push_back(std::move(p));
}

void NativeJsonReader::readSource(const QJsonObject &o, const QString &path, NativeJsonContent &out)
{
    checkKeys(o, path, {L("id"), L("title"), L("container-title"), L("author"), L("issued"), L("URL"),
                        L("accessed"), L("reliability")});
    Source s;
    s.id = SourceId(id(o, L("id"), path, Need::Required));
    s.title = string(o, L("title"), path, Need::Optional);
    s.publication = string(o, L("container-title"), path, Need::Optional);
    // CSL-JSON names: {"literal": "..."} or {"family": ..., "given": ...}; several joined by "; ".
    const QJsonArray authors = array(o, L("author"), path);
    QStringList names;
    for (qsizetype i = 0; i < authors.size(); ++i) {
        const QString where = at(path, L("author")) + u'[' + QString::number(i) + u']';
        const QJsonObject name = authors.at(i).toObject();
        if (!authors.at(i).isObject() || !checkKeys(name, where, {L("literal"), L("family"), L("given")})) {
            problem(where, u"must be a CSL name object such as {\"literal\": \"Jane Doe\"}"_s);
            continue;
        }
        const QString literal = string(name, L("literal"), where, Need::Optional);
        const QString given = string(name, L("given"), where, Need::Optional);
        const QString family = string(name, L("family"), where, Need::Optional);
        names << (!literal.isEmpty() ? literal : QStringList{given, family}.join(u' ').trimmed());
    }
    s.author = names.join(u"; "_s);
    s.issued = date(o, L("issued"), path, Need::Optional);
    s.url = string(o, L("URL"), path, Need::Optional);
    s.accessed = date(o, L("accessed"), path, Need::Optional);
    const QString grade = string(o, L("reliability"), path, Need::Optional);
    if (!grade.isEmpty()) {
        if (grade.size() != 1 || grade.at(0) < u'A' || grade.at(0) > u'F')
            problem(at(path, L("reliability")),
                    u"\"%1\" is not a reliability grade A (reliable) to F (cannot be judged)"_s.arg(grade));
        else
            s.reliability = grade.at(0);
    }
    out.sources.push_back(std::move(s));
}

void NativeJsonReader::readEvent(const QJsonObject &o, const QString &path, NativeJsonContent &out)
{
    static const QRegularExpression cameoPattern(u"^[0-9]{2,4}$"_s);
    checkKeys(o, path, {L("id"), L("title"), L("description"), L("date"), L("status"),
                        L("cameo-code"), L("place"), L("importance"), L("sort-key"), L("tags"),
                        L("actors"), L("gdelt"), L("created"), L("updated")});
    Event e;
    e.id = EventId(id(o, L("id"), path, Need::Required));
    e.title = string(o, L("title"), path, Need::Required);
    if (e.title.isEmpty() && o.value(L("title")).isString())
        problem(at(path, L("title")), u"must not be empty"_s);
    e.description = string(o, L("description"), path, Need::Optional);
    e.date = date(o, L("date"), path, Need::Optional);
    bool ok = true;
    const QString status = string(o, L("status"), path, Need::Optional);
    e.status = enumField(status, e.status, [](QStringView n, bool *k) { return statusFromName(n, k); }, &ok);
    if (!ok)
        problem(at(path, L("status")),
                u"\"%1\" is not one of occurred, planned, announced, reported, denied"_s.arg(status));
    if (o.value(L("cameo-code")).isDouble())
        problem(at(path, L("cameo-code")), u"must be a string: leading zeros matter (\"042\")"_s);
    else
        e.cameoCode = string(o, L("cameo-code"), path, Need::Optional);
    if (!e.cameoCode.isEmpty()
        && (!cameoPattern.match(e.cameoCode).hasMatch() || cameo::rootCode(e.cameoCode) == 0))
        problem(at(path, L("cameo-code")), u"\"%1\" is not a CAMEO event code"_s.arg(e.cameoCode));
    e.place = PlaceId(id(o, L("place"), path, Need::Optional));
    if (const auto importance = integer(o, L("importance"), path, Need::Optional, e.importance)) {
        if (*importance < 0 || *importance > 100)
            problem(at(path, L("importance")), u"%1 is outside 0..100"_s.arg(*importance));
        else
            e.importance = int(*importance);
    }
    e.sortKey = integer(o, L("sort-key"), path, Need::Optional, 0).value_or(0);
    e.tags = strings(o, L("tags"), path);
    const QJsonArray links = array(o, L("actors"), path);
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString where = at(path, L("actors")) + u'[' + QString::number(i) + u']';
        const QJsonObject link = links.at(i).toObject();
        if (!links.at(i).isObject()) {
            problem(where, u"must be an object such as {\"actor\": 1, \"role\": \"host\"}"_s);
            continue;
        }
        checkKeys(link, where, {L("actor"), L("role")});
        ActorLink l;
        l.actor = ActorId(id(link, L("actor"), where, Need::Required));
        const QString role = string(link, L("role"), where, Need::Optional);
        l.role = enumField(role, l.role, [](QStringView n, bool *k) { return roleFromName(n, k); }, &ok);
        if (!ok)
            problem(at(where, L("role")),
                    u"\"%1\" is not one of initiator, target, participant, host, visitor"_s.arg(role));
        else if (std::find(e.actors.begin(), e.actors.end(), l) != e.actors.end())
            problem(where, u"actor %1 is linked twice with the same role"_s.arg(l.actor.value));
        e.actors.push_back(l);
    }
    if (o.contains(L("gdelt")) && !o.value(L("gdelt")).isNull()) // null: no record, like absent
        readGdelt(o.value(L("gdelt")), at(path, L("gdelt")), out);
    e.created = stamp(o, L("created"), path);
    e.updated = stamp(o, L("updated"), path);
    out.events.push_back(std::move(e));
}

void NativeJsonReader::readGdelt(const QJsonValue &v, const QString &path, NativeJsonContent &out)
{
    if (!v.isObject()) {
        problem(path, u"must be an object such as {\"global-event-id\": 1000000000}"_s);
        return;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, path, {L("global-event-id"), L("date-added"), L("source"), L("goldstein"), L("tone"),
                        L("mentions"), L("sources"), L("articles")});
    GdeltRecord r;
    const std::optional<std::int64_t> globalId = integer(o, L("global-event-id"), path, Need::Required, 0);
    // Positive, and exact in a JSON number (GDELT's ids are near 10^9).
    constexpr std::int64_t kMaxGlobalId = std::int64_t(1) << 53;
    if (globalId && (*globalId <= 0 || *globalId > kMaxGlobalId))
        problem(at(path, L("global-event-id")), u"must be a GLOBALEVENTID from 1 to 2^53, not %1"_s.arg(*globalId));
    r.globalEventId = globalId.value_or(0);
    // The optional numbers may be null (unknown) as well as absent.
    const auto given = [&o](QLatin1StringView key) { return !o.value(key).isNull() && !o.value(key).isUndefined(); };
    if (given(L("date-added"))) {
        const std::optional<std::int64_t> added = integer(o, L("date-added"), path, Need::Required, 0);
        // gdeltDateAddedText() shows the day of a value whose time is impossible; a file must not hold one
        const int hms = added ? int(*added % 1000000) : 0;
        const bool badTime = added && *added >= 10000000000000 && !QTime(hms / 10000, hms / 100 % 100, hms % 100).isValid();
        if (added && (gdeltDateAddedText(*added).isEmpty() || badTime))
            problem(at(path, L("date-added")), u"%1 is not a DATEADDED value (YYYYMMDDHHMMSS or YYYYMMDD)"_s.arg(*added));
        r.dateAdded = added.value_or(0);
    }
    r.source = SourceId(id(o, L("source"), path, Need::Optional));
    r.goldstein = coordinate(o, L("goldstein"), path, 10);
    r.tone = coordinate(o, L("tone"), path, 100);
    const auto count = [&](QLatin1StringView key) -> std::optional<std::int64_t> {
        if (!given(key))
            return std::nullopt;
        const std::optional<std::int64_t> n = integer(o, key, path, Need::Required, 0);
        if (n && *n < 0)
            problem(at(path, key), u"must not be negative"_s);
        return n;
    };
    r.mentions = count(L("mentions"));
    r.sources = count(L("sources"));
    r.articles = count(L("articles"));
    out.gdelt.push_back({out.events.size(), r});
}

void NativeJsonReader::readQuote(const QJsonObject &o, const QString &path, NativeJsonContent &out)
{
    checkKeys(o, path, {L("id"), L("text"), L("speaker"), L("source"), L("locator"),
                        L("credibility"), L("events")});
    Quote q;
    q.id = QuoteId(id(o, L("id"), path, Need::Required));
    q.text = string(o, L("text"), path, Need::Required);
    if (q.text.isEmpty() && o.value(L("text")).isString())
        problem(at(path, L("text")), u"must not be empty"_s);
    q.speaker = ActorId(id(o, L("speaker"), path, Need::Optional));
    q.source = SourceId(id(o, L("source"), path, Need::Optional));
    q.locator = string(o, L("locator"), path, Need::Optional);
    if (const auto credibility = integer(o, L("credibility"), path, Need::Optional, q.credibility)) {
        if (*credibility < 1 || *credibility > 6)
            problem(at(path, L("credibility")),
                    u"%1 is not a credibility 1 (confirmed) to 6 (cannot be judged)"_s.arg(*credibility));
        else
            q.credibility = int(*credibility);
    }
    const QJsonArray events = array(o, L("events"), path);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString where = at(path, L("events")) + u'[' + QString::number(i) + u']';
        const QJsonObject holder{{u"event"_s, events.at(i)}};
        const EventId event(id(holder, L("event"), where, Need::Required));
        if (std::find(q.events.begin(), q.events.end(), event) != q.events.end())
            problem(where, u"event %1 is listed twice"_s.arg(event.value));
        q.events.push_back(event);
    }
    out.quotes.push_back(std::move(q));
}

void NativeJsonReader::readRelation(const QJsonObject &o, const QString &path, NativeJsonContent &out)
{
    checkKeys(o, path, {L("id"), L("from"), L("kind"), L("to")});
    Relation r;
    r.id = RelationId(id(o, L("id"), path, Need::Required));
    r.from = EventId(id(o, L("from"), path, Need::Required));
    r.to = EventId(id(o, L("to"), path, Need::Required));
    const QString kind = string(o, L("kind"), path, Need::Required);
    bool ok = true;
    r.kind = relationKindFromName(kind, &ok);
    if (!ok && o.value(L("kind")).isString())
        problem(at(path, L("kind")), u"\"%1\" is not one of follow-up of, response to, part of, "
                                     "contradicts"_s.arg(kind));
    if (r.from.isValid() && r.from == r.to)
        problem(path, u"an event cannot be related to itself"_s);
    out.relations.push_back(r);
}

void NativeJsonReader::readEra(const QJsonObject &o, const QString &path, NativeJsonContent &out)
{
    static const QRegularExpression colorPattern(u"^#[0-9A-Fa-f]{6}$"_s);
    checkKeys(o, path, {L("id"), L("name"), L("span"), L("color")});
    Era e;
    e.id = EraId(id(o, L("id"), path, Need::Required));
    e.name = string(o, L("name"), path, Need::Required);
    if (e.name.isEmpty() && o.value(L("name")).isString())
        problem(at(path, L("name")), u"must not be empty"_s);
    e.span = date(o, L("span"), path, Need::Required);
    e.color = string(o, L("color"), path, Need::Optional);
    if (!e.color.isEmpty() && !colorPattern.match(e.color).hasMatch())
        problem(at(path, L("color")), u"\"%1\" is not a colour such as #4a7bd0"_s.arg(e.color));
    out.eras.push_back(std::move(e));
}

namespace {

// Maps each valid id of one kind to its first index; reports duplicates.
template <typename T, typename Report>
QHash<std::int64_t, qsizetype> indexIds(const std::vector<T> &items, const QString &section, Report report)
{
    QHash<std::int64_t, qsizetype> index;
    for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
        const std::int64_t id = items[size_t(i)].id.value;
        if (id <= 0)
            continue;
        const auto found = index.constFind(id);
        if (found != index.constEnd())
            report(u"%1[%2].id"_s.arg(section).arg(i),
                   u"%1 is also the id of %2[%3]"_s.arg(id).arg(section).arg(*found));
        else
            index.insert(id, i);
    }
    return index;
}

} // namespace

void NativeJsonReader::checkReferences(const NativeJsonContent &c)
{
    const auto report = [this](const QString &path, const QString &message) { problem(path, message); };
    const auto actors = indexIds(c.actors, u"actors"_s, report);
    const auto places = indexIds(c.places, u"places"_s, report);
    const auto sources = indexIds(c.sources, u"sources"_s, report);
    const auto events = indexIds(c.events, u"events"_s, report);
    indexIds(c.quotes, u"quotes"_s, report);
    indexIds(c.relations, u"relations"_s, report);
    indexIds(c.eras, u"eras"_s, report);

    const auto check = [&](const QHash<std::int64_t, qsizetype> &ids, std::int64_t id,
                           const QString &path, const char *what) {
        if (id > 0 && !ids.contains(id))
            problem(path, u"there is no %1 with id %2"_s.arg(QLatin1StringView(what)).arg(id));
    };
    for (size_t i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events[i];
        const QString path = u"events[%1]"_s.arg(i);
        check(places, e.place.value, path + u".place"_s, "place");
        for (size_t k = 0; k < e.actors.size(); ++k)
            check(actors, e.actors[k].actor.value, path + u".actors[%1].actor"_s.arg(k), "actor");
    }
    for (size_t i = 0; i < c.quotes.size(); ++i) {
        const Quote &q = c.quotes[i];
        const QString path = u"quotes[%1]"_s.arg(i);
        check(actors, q.speaker.value, path + u".speaker"_s, "actor");
        check(sources, q.source.value, path + u".source"_s, "source");
        for (size_t k = 0; k < q.events.size(); ++k)
            check(events, q.events[k].value, path + u".events[%1]"_s.arg(k), "event");
    }
    std::unordered_map<std::int64_t, std::size_t> globalIds; // GLOBALEVENTID -> event index
    for (const NativeGdeltRecord &g : c.gdelt) {
        const QString path = u"events[%1].gdelt"_s.arg(g.event);
        check(sources, g.record.source.value, path + u".source"_s, "source");
        const auto [it, fresh] = globalIds.try_emplace(g.record.globalEventId, g.event);
        if (!fresh && g.record.globalEventId > 0)
            problem(path + u".global-event-id"_s,
                    u"%1 is also the GLOBALEVENTID of events[%2]"_s.arg(g.record.globalEventId).arg(it->second));
    }
    for (size_t i = 0; i < c.relations.size(); ++i) {
        const QString path = u"relations[%1]"_s.arg(i);
        check(events, c.relations[i].from.value, path + u".from"_s, "event");
        check(events, c.relations[i].to.value, path + u".to"_s, "event");
    }
}

} // namespace dateline
