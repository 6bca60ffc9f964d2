// GDELT records -> Dateline events, actors, places and sources.
#include "core/io/gdelt/gdeltmapper.h"

#include "core/date/calendar.h"
#include "core/io/gdelt/cameoverbs.h"
#include "core/io/gdelt/fipscountries.h"
#include "core/model/cameo.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

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

// The host of a URL without "www.": "https://www.bbc.co.uk/news/..." -> "bbc.co.uk". The
// delimiters are ASCII, so slicing UTF-8 bytes cuts no character.
QByteArrayView hostOf(QByteArrayView url)
{
    const qsizetype scheme = url.indexOf("://");
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    const qsizetype end = url.indexOf('/', start);
    QByteArrayView host = url.sliced(start, (end < 0 ? url.size() : end) - start);
    if (host.startsWith("www."))
        host = host.sliced(4);
    return host;
}

bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
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

namespace {

// Writes "first\tsecond" into key, reusing its buffer (lookups happen for every row).
void joinKey(QByteArray &key, QByteArrayView first, QByteArrayView second)
{
    key.resize(0); // keeps the buffer (clear() would free it)
    key.reserve(first.size() + second.size() + 1);
    key.append(first).append('\t').append(second);
}

} // namespace

QByteArray actorKey(QByteArrayView code, QByteArrayView upperName)
{
    QByteArray key;
    key.reserve(code.size() + upperName.size() + 1);
    joinKey(key, code, upperName);
    return key;
}

QByteArray placeKey(QByteArrayView name, QByteArrayView iso3)
{
    QByteArray key;
    key.reserve(name.size() + iso3.size() + 1);
    joinKey(key, name, iso3);
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
        m_actors.insert(it.key(), {it.value().first, it.value().second.toUtf8()});
}

void RowMapper::reserve(std::int64_t rows)
{
    constexpr std::int64_t kMaxHint = 100'000'000;
    const auto n = qsizetype(std::clamp<std::int64_t>(rows, 0, kMaxHint));
    m_globalIds.reserve(m_globalIds.size() + n);
    m_sources.reserve(m_sources.size() + n / 2); // news URLs: about one per two events
}

std::optional<RowMapper::ActorEntry> RowMapper::actor(const ActorFields &a, Batch &batch)
{
    if (a.isEmpty())
        return std::nullopt;
    joinKey(m_key, a.code, a.name);
    auto it = m_actors.find(m_key);
    if (it != m_actors.end())
        return *it;
    Actor actor;
    actor.label = a.name.isEmpty() ? QString::fromUtf8(a.code) : titleCase(a.name);
    actor.kind = kindOf(a);
    actor.country = isIso3Country(a.country) ? QString::fromLatin1(a.country) : QString();
    actor.cameoCode = QString::fromUtf8(a.code);
    batch.actors.push_back(actor);
    return *m_actors.insert(m_key, {-(++m_newActors), actor.label.toUtf8()});
}

Ref RowMapper::place(const Record &r, Batch &batch)
{
    if (r.geoType == 0 || r.geoName.isEmpty())
        return 0;
    const QLatin1StringView iso = fipsToIso3(r.geoCountry);
    joinKey(m_key, r.geoName, QByteArrayView(iso.data(), iso.size()));
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
    m_key.resize(0);
    m_key.append(r.sourceUrl);
    if (const auto it = m_sources.constFind(m_key); it != m_sources.cend())
        return *it;
    std::optional<CivilDate> accessed; // DATEADDED's day: when GDELT read the article
    if (r.dateAdded.size() >= 8 && isDigits(r.dateAdded.first(8))) {
        const int ymd = r.dateAdded.first(8).toInt();
        const CivilDate day{ymd / 10000, ymd / 100 % 100, ymd % 100};
        if (day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= calendar::daysInMonth(day.year, day.month))
            accessed = day;
    }
    // Encoded here, not on the writing thread. An ASCII URL (nearly all) is stored as read; any
    // other goes through QString, which replaces invalid UTF-8 as every other text path does.
    if (isAscii(r.sourceUrl)) {
        BulkImport::SourceRow row;
        row.url = r.sourceUrl.toByteArray();
        row.title = hostOf(r.sourceUrl).toByteArray();
        if (accessed) { // the day as EDTF, YYYY-MM-DD, from DATEADDED's digits
            const QByteArrayView d = r.dateAdded;
            row.accessed.reserve(10);
            row.accessed.append(d.first(4)).append('-').append(d.sliced(4, 2)).append('-').append(d.sliced(6, 2));
        }
        row.reliability = m_unjudged;
        batch.sources.push_back(std::move(row));
    } else {
        Source source;
        source.url = QString::fromUtf8(r.sourceUrl);
        source.title = QString::fromUtf8(hostOf(source.url.toUtf8()));
        if (accessed)
            source.accessed = FuzzyDate::fromDay(*accessed);
        batch.sources.push_back(BulkImport::SourceRow::from(source));
    }
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
    if (isDigits(r.dateAdded) && r.dateAdded.size() <= 14)
        row.dateAdded = r.dateAdded.toLongLong();
    const std::optional<ActorEntry> a1 = actor(r.actor1, batch);
    std::optional<ActorEntry> a2 = actor(r.actor2, batch);
    row.actor1 = a1 ? a1->ref : 0;
    row.actor2 = a2 && (!a1 || a2->ref != a1->ref) ? a2->ref : 0;
    row.place = place(r, batch);
    row.source = source(r, batch);

    // Every column in its stored form, here on the parsing thread (see BulkImport::EventRow).
    BulkImport::EventRow &e = row.event;
    e.actors.reserve(2); // filled in by the writing thread, which then needs no allocation
    const CivilDate day{r.year, r.month, r.day};
    const std::int64_t start = calendar::daysFromCivil(day) * 86400;
    e.bounds[0] = e.bounds[1] = start;
    e.bounds[2] = e.bounds[3] = start + 86400;
    e.spanClass = 17; // bit length of 86400
    e.precision = int(DatePrecision::Day);
    // YYYY-MM-DD without printf (SQLDATE has eight digits, so the year is below 10000).
    const int ymd = r.year * 10000 + r.month * 100 + r.day;
    if (ymd == m_lastDay) {
        e.edtf = m_lastEdtf;
    } else if (r.year >= 0 && r.year <= 9999) {
        char edtf[10] = {char('0' + r.year / 1000), char('0' + r.year / 100 % 10), char('0' + r.year / 10 % 10),
                         char('0' + r.year % 10), '-', char('0' + r.month / 10), char('0' + r.month % 10), '-',
                         char('0' + r.day / 10), char('0' + r.day % 10)};
        e.edtf = QByteArray(edtf, sizeof edtf);
    } else {
        char edtf[24];
        std::snprintf(edtf, sizeof edtf, "%04d-%02d-%02d", r.year, r.month, r.day);
        e.edtf = QByteArray(edtf);
    }
    m_lastDay = ymd;
    m_lastEdtf = e.edtf;
    e.status = int(EventStatus::Reported); // machine-coded from news reports
    if (isDigits(r.eventCode) && r.eventCode.size() <= 4) {
        const int codeKey = int(r.eventCode.size()) * 10000 + int(r.eventCode.toInt());
        auto code = m_codes.find(codeKey);
        if (code == m_codes.end())
            code = m_codes.insert(codeKey, r.eventCode.toByteArray());
        e.cameoCode = *code;
        e.cameoRoot = cameo::rootCode(QString::fromLatin1(r.eventCode));
    }
    e.importance = importanceOf(r.mentions.value_or(0), r.sources.value_or(0), r.articles.value_or(0));
    e.sortKey = r.globalId;

    // "United States threatens Russia"; without a first actor: "Threaten: Russia".
    const QLatin1StringView verb = cameoVerb(QString::fromLatin1(e.cameoCode));
    if (a1 && !verb.isEmpty()) {
        const QLatin1StringView v = a2 ? verb : verbAlone(verb);
        e.title.reserve(a1->label.size() + v.size() + (a2 ? a2->label.size() : 0) + 2);
        e.title.append(a1->label).append(' ').append(v.data(), v.size());
        if (a2)
            e.title += ' ' + a2->label;
    } else {
        e.title = e.cameoCode.isEmpty() ? QByteArray("Event") : cameo::rootName(e.cameoRoot).toUtf8();
        if (a1 || a2)
            e.title += ": ";
        if (a1)
            e.title += a1->label;
        if (a1 && a2)
            e.title += " and ";
        if (a2)
            e.title += a2->label;
    }
    // Goldstein scale, tone and coverage go to gdelt_events as numbers, with the GDELT id,
    // DATEADDED and SOURCEURL: as text in the description every digit cost full-text index time.
    row.goldstein = r.goldstein;
    row.tone = r.tone;
    row.mentions = r.mentions;
    row.sources = r.sources;
    row.articles = r.articles;
    batch.rows.push_back(std::move(row));
    return true;
}

} // namespace dateline::gdelt
