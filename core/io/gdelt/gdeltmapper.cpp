// GDELT records -> Dateline events, actors, places and sources.
#include "core/io/gdelt/gdeltmapper.h"

#include "core/date/calendar.h"
#include "core/io/gdelt/cameoverbs.h"
#include "core/io/gdelt/fipscountries.h"
#include "core/model/cameo.h"

#include <cmath>

namespace dateline::gdelt {

namespace {

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// CAMEO actor type codes of organised bodies (government, military, parties, companies, media...).
bool isOrganisationType(QByteArrayView type)
{
    static constexpr QByteArrayView kTypes[] = {"GOV", "MIL", "JUD", "LEG", "IGO", "NGO", "BUS", "MED", "EDU",
                                                "HLH", "SPY", "COP", "PTY", "IMG", "MNC", "UAF", "SET"};
    for (QByteArrayView t : kTypes) {
        if (type == t)
            return true;
    }
    return false;
}

ActorKind kindOf(const ActorFields &a)
{
    if (a.code.size() == 3 && a.code == a.country && a.type1.isEmpty())
        return ActorKind::State;
    if (isOrganisationType(a.type1))
        return ActorKind::Organisation;
    return ActorKind::Group;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// "20150218230000" -> "2015-02-18 23:00:00", "20150218" -> "2015-02-18"; anything else as it is.
QString addedText(QByteArrayView added)
{
    const QString raw = QString::fromLatin1(added);
    if (!isDigits(added) || (added.size() != 8 && added.size() != 14))
        return raw;
    QString text = raw.left(4) + u'-' + raw.mid(4, 2) + u'-' + raw.mid(6, 2);
    if (added.size() == 14)
        text += u' ' + raw.mid(8, 2) + u':' + raw.mid(10, 2) + u':' + raw.mid(12, 2) + QStringLiteral(" UTC");
    return text;
}

QString hostOf(const QString &url)
{
    const qsizetype scheme = url.indexOf(QStringLiteral("://"));
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    const qsizetype end = url.indexOf(u'/', start);
    QString host = url.mid(start, end < 0 ? -1 : end - start);
    if (host.startsWith(QStringLiteral("www.")))
        host.remove(0, 4);
    return host;
}

} // namespace

QString titleCase(QByteArrayView name)
{
    QString text = QString::fromUtf8(name).toLower();
    bool wordStart = true;
    for (QChar &c : text) {
        if (wordStart && c.isLetter())
            c = c.toUpper();
        wordStart = c == u' ' || c == u'-' || c == u'(' || c == u'/' || c == u'.';
    }
    return text;
}

QByteArray actorKey(QByteArrayView code, QByteArrayView upperName)
{
    QByteArray key;
    key.reserve(code.size() + upperName.size() + 1);
    key.append(code).append('\t').append(upperName);
    return key;
}

QByteArray placeKey(QByteArrayView name, QByteArrayView iso3)
{
    QByteArray key;
    key.reserve(name.size() + iso3.size() + 1);
    key.append(name).append('\t').append(iso3);
    return key;
}

int importanceOf(std::int64_t mentions, std::int64_t sources, std::int64_t articles)
{
    // One mention of one article: ~11; a hundred: ~50; ten thousand: 100.
    const double reports = double(std::max<std::int64_t>(0, mentions) + std::max<std::int64_t>(0, sources)
                                  + std::max<std::int64_t>(0, articles));
    return std::clamp(int(std::lround(25 * std::log10(1 + reports))), 1, 100);
}

RowMapper::RowMapper(KnownEntities known)
    : m_places(std::move(known.places)), m_sources(std::move(known.sources)), m_globalIds(std::move(known.globalIds))
{
    for (auto it = known.actors.cbegin(); it != known.actors.cend(); ++it)
        m_actors.insert(it.key(), {it.value().first, it.value().second});
}

const RowMapper::ActorEntry *RowMapper::actor(const ActorFields &a, Batch &batch)
{
    if (a.isEmpty())
        return nullptr;
    m_key = actorKey(a.code, a.name);
    auto it = m_actors.find(m_key);
    if (it != m_actors.end())
        return &*it;
    Actor actor;
    actor.label = a.name.isEmpty() ? QString::fromUtf8(a.code) : titleCase(a.name);
    actor.kind = kindOf(a);
    actor.country = isIso3Country(a.country) ? QString::fromLatin1(a.country) : QString();
    actor.cameoCode = QString::fromUtf8(a.code);
    batch.actors.push_back(actor);
    it = m_actors.insert(m_key, {-(++m_newActors), actor.label});
    return &*it;
}

Ref RowMapper::place(const Record &r, Batch &batch)
{
    if (r.geoType == 0 || r.geoName.isEmpty())
        return 0;
    const QLatin1StringView iso = fipsToIso3(r.geoCountry);
    m_key = placeKey(r.geoName, QByteArrayView(iso.data(), iso.size()));
    if (const auto it = m_places.constFind(m_key); it != m_places.cend())
        return *it;
    Place place;
    place.name = QString::fromUtf8(r.geoName);
    place.country = iso;
    place.latitude = r.latitude;
    place.longitude = r.longitude;
    batch.places.push_back(place);
    const Ref ref = -(++m_newPlaces);
    m_places.insert(m_key, ref);
    return ref;
}

Ref RowMapper::source(const Record &r, Batch &batch)
{
    if (r.sourceUrl.isEmpty())
        return 0;
    m_key = r.sourceUrl.toByteArray();
    if (const auto it = m_sources.constFind(m_key); it != m_sources.cend())
        return *it;
    Source source;
    source.url = QString::fromUtf8(r.sourceUrl);
    source.publication = hostOf(source.url);
    source.title = source.url;
    if (r.dateAdded.size() >= 8 && isDigits(r.dateAdded.first(8))) {
        const int ymd = r.dateAdded.first(8).toInt();
        const CivilDate day{ymd / 10000, ymd / 100 % 100, ymd % 100};
        if (day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= calendar::daysInMonth(day.year, day.month))
            source.accessed = FuzzyDate::fromDay(day);
    }
    batch.sources.push_back(source);
    const Ref ref = -(++m_newSources);
    m_sources.insert(m_key, ref);
    return ref;
}

bool RowMapper::map(const Record &r, Batch &batch)
{
    if (m_globalIds.contains(r.globalId))
        return false;
    m_globalIds.insert(r.globalId);
    MappedRow row;
    row.globalId = r.globalId;
    const ActorEntry *a1 = actor(r.actor1, batch);
    const ActorEntry *a2 = actor(r.actor2, batch);
    row.actor1 = a1 ? a1->ref : 0;
    row.actor2 = a2 && a2 != a1 ? a2->ref : 0;
    row.place = place(r, batch);
    row.source = source(r, batch);

    Event &e = row.event;
    e.date = FuzzyDate::fromDay(CivilDate{r.year, r.month, r.day});
    e.status = EventStatus::Reported; // machine-coded from news reports
    if (isDigits(r.eventCode) && r.eventCode.size() <= 4)
        e.cameoCode = QString::fromLatin1(r.eventCode);
    e.importance = importanceOf(r.mentions, r.sources, r.articles);
    e.sortKey = r.globalId;
    e.tags = QStringList{QStringLiteral("gdelt")};

    // "United States threatens Russia"; without a first actor: "Threaten: Russia".
    const QLatin1StringView verb = cameoVerb(e.cameoCode);
    if (a1 && !verb.isEmpty()) {
        e.title = a1->label + u' ' + (a2 ? verb + u' ' + a2->label : QString(verbAlone(verb)));
    } else {
        const QString what = e.cameoCode.isEmpty() ? QStringLiteral("Event") : cameo::rootName(cameo::rootCode(e.cameoCode));
        const QString who = a1 && a2 ? a1->label + QStringLiteral(" and ") + a2->label : a1 ? a1->label : a2 ? a2->label : QString();
        e.title = who.isEmpty() ? what : what + QStringLiteral(": ") + who;
    }
    QString &d = e.description;
    d = QStringLiteral("Goldstein ") + number(r.goldstein, 1) + QStringLiteral(", tone ") + number(r.tone, 1)
        + QStringLiteral("; ") + QString::number(r.mentions) + QStringLiteral(" mentions in ")
        + QString::number(r.sources) + QStringLiteral(" sources, ") + QString::number(r.articles)
        + QStringLiteral(" articles. GDELT event ") + QString::number(r.globalId) + QStringLiteral(", added ")
        + addedText(r.dateAdded) + u'.';
    if (!r.sourceUrl.isEmpty())
        d += u' ' + QString::fromUtf8(r.sourceUrl);
    batch.rows.push_back(std::move(row));
    return true;
}

} // namespace dateline::gdelt
