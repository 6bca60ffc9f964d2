// Filters over the compact indexes (FacetIndex, FilterMask, TimeIndex::filtered) give the answer a
// brute-force reading of the document's rows gives, for each facet and for combinations; the
// filtered time index answers queries as an index built from the matching events only does; the
// facet snapshot round-trips and refuses damage; FacetIndex::apply follows edits.
#include "core/index/facetindex.h"
#include "core/index/filtermask.h"
#include "core/index/indexbuilder.h"
#include "core/store/bytesource.h"
#include "core/store/document.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

const char *const kCountries[] = {"RUS", "USA", "CHN", "FRA", "IRN"};

struct Fixture {
    std::unique_ptr<Document> doc;
    std::vector<ActorId> actors;
};

// Actors and places with countries (one actor and one place without), sources of every grade,
// events with 0..3 actors, 0..2 tags, a place or not, 0..3 quotes, some undated, some without type.
void populate(Document &doc, std::vector<ActorId> &actors, int events, quint32 seed)
{
    QRandomGenerator rng(seed);
    Document::BulkEdit edit(doc);
    for (int i = 0; i < 8; ++i) {
        Actor a;
        a.label = u"Actor %1"_s.arg(i);
        a.country = i == 7 ? QString() : QString::fromLatin1(kCountries[i % 5]);
        actors.push_back(doc.addActor(a));
    }
    std::vector<PlaceId> places;
    for (int i = 0; i < 4; ++i) {
        Place p;
        p.name = u"Place %1"_s.arg(i);
        p.country = i == 3 ? QString() : QString::fromLatin1(kCountries[(i + 2) % 5]);
        places.push_back(doc.addPlace(p));
    }
    std::vector<SourceId> sources;
    for (const char grade : {'A', 'B', 'C', 'D', 'E', 'F'}) {
        Source s;
        s.title = u"Source"_s;
        s.reliability = QLatin1Char(grade);
        sources.push_back(doc.addSource(s));
    }
    for (int i = 0; i < events; ++i) {
        Event e;
        e.title = u"event %1"_s.arg(i);
        const int year = 2000 + rng.bounded(6), month = 1 + rng.bounded(12);
        switch (rng.bounded(6)) {
        case 0: e.date = FuzzyDate(); break; // undated
        case 1: e.date = FuzzyDate::fromEdtf(u"%1"_s.arg(year)); break;
        case 2: e.date = FuzzyDate::fromEdtf(u"%1-%2/%3"_s.arg(year).arg(month, 2, 10, QChar(u'0')).arg(year + 1)); break;
        default:
            e.date = FuzzyDate::fromEdtf(u"%1-%2-%3"_s.arg(year).arg(month, 2, 10, QChar(u'0')).arg(1 + rng.bounded(28), 2, 10, QChar(u'0')));
        }
        e.status = EventStatus(rng.bounded(5));
        e.cameoCode = rng.bounded(4) == 0 ? QString() : u"%1%2"_s.arg(1 + rng.bounded(20), 2, 10, QChar(u'0')).arg(rng.bounded(10));
        if (rng.bounded(3))
            e.place = places[rng.bounded(int(places.size()))];
        const int links = rng.bounded(4);
        for (int l = 0; l < links; ++l)
            e.actors.push_back({actors[rng.bounded(int(actors.size()))], ActorRole(rng.bounded(5))});
        const int tags = rng.bounded(3);
        for (int t = 0; t < tags; ++t)
            e.tags << u"tag%1"_s.arg(rng.bounded(4));
        e.tags.removeDuplicates();
        const EventId id = doc.addEvent(e);
        const int quotes = rng.bounded(4);
        for (int q = 0; q < quotes; ++q) {
            Quote quote;
            quote.text = u"said"_s;
            quote.credibility = 1 + rng.bounded(6);
            if (rng.bounded(4))
                quote.source = sources[rng.bounded(int(sources.size()))];
            quote.events = {id};
            doc.addQuote(quote);
        }
    }
    edit.commit();
}

// Every row of the document, read once through the ordinary accessors.
struct Rows {
    std::vector<Event> events;
    std::map<std::int64_t, std::vector<Quote>> quotes; // by event
    std::map<std::int64_t, QString> actorCountry, placeCountry;
    std::map<std::int64_t, QChar> reliability;

    explicit Rows(const Document &doc) : events(doc.events())
    {
        for (const Quote &q : doc.quotes())
            for (const EventId e : q.events)
                quotes[e.value].push_back(q);
        for (const Actor &a : doc.actors())
            actorCountry[a.id.value] = a.country;
        for (const Place &p : doc.places())
            placeCountry[p.id.value] = p.country;
        for (const Source &s : doc.sources())
            reliability[s.id.value] = s.reliability;
    }
};

// The filter's meaning, read from full rows.
bool bruteMatch(const Rows &doc, const Event &e, const EventFilter &f)
{
    auto listed = [](const auto &list, const auto &value) {
        return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
    };
    if (!f.actors.empty()) {
        bool any = false;
        for (const ActorLink &l : e.actors)
            any = any || std::find(f.actors.begin(), f.actors.end(), l.actor) != f.actors.end();
        if (!any)
            return false;
    }
    if (!f.cameoRoots.empty() || !f.quadClasses.empty()) {
        const int root = e.cameoCode.isEmpty() ? 0 : e.cameoCode.left(2).toInt();
        const bool rootListed = std::find(f.cameoRoots.begin(), f.cameoRoots.end(), root) != f.cameoRoots.end();
        const bool quadListed = root > 0
            && std::find(f.quadClasses.begin(), f.quadClasses.end(), IndexEntry::quadOfRoot(root)) != f.quadClasses.end();
        if (root == 0 || (!rootListed && !quadListed))
            return false;
    }
    if (!f.countries.isEmpty()) {
        QStringList mine;
        if (e.place.isValid())
            mine << doc.placeCountry.at(e.place.value);
        for (const ActorLink &l : e.actors)
            mine << doc.actorCountry.at(l.actor.value);
        bool any = false;
        for (const QString &c : mine)
            any = any || (!c.isEmpty() && f.countries.contains(c));
        if (!any)
            return false;
    }
    if (!f.tags.isEmpty()) {
        bool any = false;
        for (const QString &t : e.tags)
            any = any || f.tags.contains(t);
        if (!any)
            return false;
    }
    if (!listed(f.statuses, e.status))
        return false;
    if (f.dateRange.isValid()) {
        if (!e.date.isValid())
            return false;
        const DateBounds r = f.dateRange.bounds(), b = e.date.bounds();
        if (!(b.earliestStart < r.latestEnd && std::max(b.latestEnd, b.earliestStart + 1) > r.earliestStart))
            return false;
    }
    const std::vector<Quote> quotes = doc.quotes.count(e.id.value) ? doc.quotes.at(e.id.value) : std::vector<Quote>();
    if (f.hasQuotes && *f.hasQuotes != !quotes.empty())
        return false;
    if (f.minReliability) {
        bool any = false;
        for (const Quote &q : quotes)
            any = any || (q.source.isValid() && doc.reliability.at(q.source.value) <= *f.minReliability);
        if (!any)
            return false;
    }
    if (f.maxCredibility) {
        bool any = false;
        for (const Quote &q : quotes)
            any = any || q.credibility <= *f.maxCredibility;
        if (!any)
            return false;
    }
    return true;
}

std::set<std::int64_t> bruteIds(const Rows &doc, const EventFilter &f)
{
    std::set<std::int64_t> ids;
    for (const Event &e : doc.events)
        if (bruteMatch(doc, e, f))
            ids.insert(e.id.value);
    return ids;
}

std::set<std::int64_t> rowIds(const FacetIndex &facets, const std::vector<std::uint8_t> &rows)
{
    std::set<std::int64_t> ids;
    for (std::uint32_t r = 0; r < facets.eventCount(); ++r)
        if (rows[r])
            ids.insert(facets.eventId(r).value);
    return ids;
}

// What a renderer asks of a lane, independent of lane order and of ties among equal starts.
std::map<QString, std::multiset<std::int64_t>> laneEvents(const TimeIndex &index, TimePoint from, TimePoint to)
{
    std::map<QString, std::multiset<std::int64_t>> out;
    for (int l = 0; l < index.laneCount(); ++l) {
        std::vector<std::uint32_t> ordinals;
        index.visibleEvents(l, from, to, ordinals);
        auto &ids = out[index.lane(l).key];
        for (const std::uint32_t o : ordinals)
            ids.insert(index.eventId(o).value);
    }
    return out;
}

} // namespace

class TestEventFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void filteredIndexAsBuilt_data();
    void filteredIndexAsBuilt();
    void snapshotRoundTrip();
    void snapshotRefusesDamage();
    void followsEdits();

private:
    QTemporaryDir m_dir;
    Fixture m_f;
    std::unique_ptr<Rows> m_rows;
};

void TestEventFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_f.doc = Document::create(m_dir.filePath(u"filters.dateline"_s), &error);
    QVERIFY2(m_f.doc, qPrintable(error));
    populate(*m_f.doc, m_f.actors, 700, 11);
    m_rows = std::make_unique<Rows>(*m_f.doc);
}

void TestEventFilter::matchesBruteForce_data()
{
    QTest::addColumn<QJsonObject>("filter"); // as a saved view stores it
    auto add = [](const char *name, const char *json) {
        QTest::newRow(name) << QJsonDocument::fromJson(json).object();
    };
    add("empty", "{}");
    add("one actor", "{\"actors\":[1]}");
    add("two actors", "{\"actors\":[2,8]}");
    add("unknown actor", "{\"actors\":[999]}");
    add("cameo root", "{\"cameoRoots\":[14]}");
    add("quad class", "{\"quadClasses\":[4]}");
    add("root or quad", "{\"cameoRoots\":[1],\"quadClasses\":[3]}");
    add("country", "{\"countries\":[\"RUS\"]}");
    add("countries", "{\"countries\":[\"CHN\",\"IRN\"]}");
    add("unknown country", "{\"countries\":[\"NOR\"]}");
    add("tag", "{\"tags\":[\"tag1\"]}");
    add("tags", "{\"tags\":[\"tag0\",\"tag3\"]}");
    add("status", "{\"statuses\":[\"planned\"]}");
    add("statuses", "{\"statuses\":[\"denied\",\"reported\"]}");
    add("year", "{\"dateRange\":\"2003\"}");
    add("month range", "{\"dateRange\":\"2002-03/2002-04\"}");
    add("open start", "{\"dateRange\":\"../2001-06\"}");
    add("reliability B", "{\"minReliability\":\"B\"}");
    add("reliability F", "{\"minReliability\":\"F\"}");
    add("credibility 2", "{\"maxCredibility\":2}");
    add("has quotes", "{\"hasQuotes\":true}");
    add("no quotes", "{\"hasQuotes\":false}");
    add("actor and type", "{\"actors\":[3],\"quadClasses\":[1,2]}");
    add("country tag date", "{\"countries\":[\"USA\"],\"tags\":[\"tag2\"],\"dateRange\":\"2001/2004\"}");
    add("grades", "{\"minReliability\":\"C\",\"maxCredibility\":3,\"statuses\":[\"occurred\",\"planned\"]}");
    add("everything", "{\"actors\":[1,2,3,4],\"countries\":[\"RUS\",\"USA\",\"FRA\"],\"cameoRoots\":[1,2,3,14,18],"
                      "\"tags\":[\"tag0\",\"tag1\"],\"dateRange\":\"2000/2004\",\"hasQuotes\":true}");
}

void TestEventFilter::matchesBruteForce()
{
    QFETCH(QJsonObject, filter);
    QString error;
    const auto f = EventFilter::fromJson(filter, &error);
    QVERIFY2(f, qPrintable(error));
    const FacetIndex facets = FacetIndex::build(*m_f.doc);
    const TimeIndex index = IndexBuilder::fromDocument(*m_f.doc, LaneGrouping::Actor);
    const FilterMask mask = FilterMask::evaluate(*f, facets, index);

    const std::set<std::int64_t> expected = bruteIds(*m_rows, *f);
    if (!f->isEmpty()) // every filter here narrows the document
        QVERIFY(expected.size() < m_rows->events.size());
    QCOMPARE(rowIds(facets, mask.rows), expected);
    QCOMPARE(mask.shown, std::uint32_t(expected.size()));
    QCOMPARE(mask.hidden, std::uint32_t(m_f.doc->info().events) - std::uint32_t(expected.size()));
    // the time index's mask: the dated ones among them
    std::set<std::int64_t> dated;
    for (std::uint32_t o = 0; o < index.eventCount(); ++o)
        if (mask.ordinals[o])
            dated.insert(index.eventId(o).value);
    std::set<std::int64_t> expectedDated;
    for (const Event &e : m_rows->events)
        if (expected.count(e.id.value) && e.date.isValid())
            expectedDated.insert(e.id.value);
    QCOMPARE(dated, expectedDated);
}

void TestEventFilter::filteredIndexAsBuilt_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QString>("filter");
    for (const LaneGrouping g : {LaneGrouping::None, LaneGrouping::Actor, LaneGrouping::EventType,
                                 LaneGrouping::Country, LaneGrouping::Tag}) {
        const QString name = laneGroupingName(g);
        QTest::newRow(qPrintable(name + u" actor"_s)) << int(g) << u"{\"actors\":[2]}"_s;
        QTest::newRow(qPrintable(name + u" combined"_s))
            << int(g) << u"{\"quadClasses\":[1,4],\"dateRange\":\"2001/2003\",\"hasQuotes\":true}"_s;
        QTest::newRow(qPrintable(name + u" nothing"_s)) << int(g) << u"{\"tags\":[\"none such\"]}"_s;
    }
}

void TestEventFilter::filteredIndexAsBuilt()
{
    QFETCH(int, grouping);
    QFETCH(QString, filter);
    const auto g = LaneGrouping(grouping);
    const auto f = EventFilter::fromJson(QJsonDocument::fromJson(filter.toUtf8()).object());
    QVERIFY(f);
    const FacetIndex facets = FacetIndex::build(*m_f.doc);
    const TimeIndex whole = IndexBuilder::fromDocument(*m_f.doc, g);
    const TimeIndex filtered = whole.filtered(FilterMask::evaluate(*f, facets, whole).ordinals);

    // the reference: an index built from the matching events only
    const std::set<std::int64_t> keep = bruteIds(*m_rows, *f);
    IndexBuilder builder;
    m_f.doc->forEachEventSpan([&](const EventSpan &s) {
        if (keep.count(s.id.value))
            builder.addEvent(s);
    });
    for (const auto &[event, actor] : m_f.doc->actorLinks())
        builder.addActorLink(event, actor);
    for (const auto &[event, tag] : m_f.doc->eventTags())
        builder.addTag(event, tag);
    for (const Actor &a : m_f.doc->actors())
        builder.addActor(a);
    const TimeIndex reference = builder.build(g);

    QCOMPARE(filtered.eventCount(), reference.eventCount());
    QCOMPARE(filtered.laneCount(), reference.laneCount());
    QCOMPARE(filtered.earliest(), reference.earliest());
    QCOMPARE(filtered.latest(), reference.latest());
    for (int l = 0; l < reference.laneCount(); ++l) {
        const int mine = filtered.laneOfKey(reference.lane(l).key);
        QVERIFY2(mine >= 0, qPrintable(reference.lane(l).key));
        QCOMPARE(filtered.lane(mine).count, reference.lane(l).count);
    }
    const TimePoint y2000 = FuzzyDate::fromEdtf(u"2000"_s).bounds().earliestStart;
    const TimePoint y2007 = FuzzyDate::fromEdtf(u"2007"_s).bounds().latestEnd;
    for (int w = 0; w < 12; ++w) {
        const TimePoint from = y2000 + (y2007 - y2000) * w / 12;
        const TimePoint to = from + (y2007 - y2000) / (1 + w % 4);
        QCOMPARE(laneEvents(filtered, from, to), laneEvents(reference, from, to));
        std::vector<std::uint32_t> a(400, 0), b(400, 0);
        const double spp = double(to - from) / 400;
        filtered.density(-1, from, spp, 400, a.data());
        reference.density(-1, from, spp, 400, b.data());
        QCOMPARE(a, b);
        for (int l = 0; l < reference.laneCount(); ++l) {
            std::fill(a.begin(), a.end(), 0);
            std::fill(b.begin(), b.end(), 0);
            filtered.density(filtered.laneOfKey(reference.lane(l).key), from, spp, 400, a.data());
            reference.density(l, from, spp, 400, b.data());
            QCOMPARE(a, b);
        }
    }
}

void TestEventFilter::snapshotRoundTrip()
{
    const FacetIndex facets = FacetIndex::build(*m_f.doc);
    const QByteArray blob = facets.serialize();
    ByteArraySource source(blob);
    const auto copy = FacetIndex::deserialize(source);
    QVERIFY(copy);
    QCOMPARE(copy->eventCount(), facets.eventCount());
    QCOMPARE(copy->countries(), facets.countries());
    QCOMPARE(copy->tags(), facets.tags());
    EventFilter f;
    f.countries = {u"FRA"_s};
    f.tags = {u"tag2"_s};
    f.maxCredibility = 3;
    QCOMPARE(copy->filterRows(f), facets.filterRows(f));
    QCOMPARE(rowIds(*copy, copy->filterRows(f)), bruteIds(*m_rows, f));

    // load() stores it in the file, and the next load reads it back
    const FacetIndex loaded = FacetIndex::load(*m_f.doc);
    QVERIFY(m_f.doc->snapshot(FacetIndex::snapshotKey()).has_value());
    QCOMPARE(FacetIndex::load(*m_f.doc).filterRows(f), loaded.filterRows(f));
}

void TestEventFilter::snapshotRefusesDamage()
{
    const QByteArray blob = FacetIndex::build(*m_f.doc).serialize();
    for (const qsizetype cut : {qsizetype(0), qsizetype(3), qsizetype(20), blob.size() / 2, blob.size() - 1}) {
        const QByteArray truncated = blob.left(cut);
        ByteArraySource source(truncated);
        QVERIFY2(!FacetIndex::deserialize(source), qPrintable(u"cut at %1"_s.arg(cut)));
    }
    // a list entry pointing past the interned actors, at every position of the last array bytes
    QRandomGenerator rng(5);
    int refused = 0;
    for (int i = 0; i < 200; ++i) {
        QByteArray damaged = blob;
        damaged[12 + rng.bounded(int(blob.size() - 12))] = char(0xFF);
        ByteArraySource source(damaged);
        const auto index = FacetIndex::deserialize(source);
        if (!index) {
            ++refused;
            continue;
        }
        index->filterRows(EventFilter{}); // whatever was accepted is safe to query
        EventFilter f;
        f.countries = {u"RUS"_s};
        f.tags = {u"tag0"_s};
        f.actors = {ActorId(1)};
        index->filterRows(f);
    }
    QVERIFY(refused > 0);
}

void TestEventFilter::followsEdits()
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc = Document::create(dir.filePath(u"edit.dateline"_s), nullptr);
    std::vector<ActorId> actors;
    populate(*doc, actors, 200, 3);
    FacetIndex facets = FacetIndex::build(*doc);

    std::vector<EventId> removed, upserted;
    QRandomGenerator rng(8);
    const std::vector<Event> events = doc->events();
    for (int i = 0; i < 20; ++i) {
        Event e = events[std::size_t(rng.bounded(int(events.size())))];
        if (i % 5 == 0) {
            doc->removeEvent(e.id);
            removed.push_back(e.id);
            continue;
        }
        e.tags = QStringList{u"fresh%1"_s.arg(i % 3)};
        e.actors = {{actors[std::size_t(i) % actors.size()], ActorRole::Host}};
        e.status = EventStatus::Announced;
        e.cameoCode = u"19"_s;
        doc->updateEvent(e);
        upserted.push_back(e.id);
    }
    Event added;
    added.title = u"new"_s;
    added.date = FuzzyDate::fromEdtf(u"2010-01-01"_s);
    added.tags = {u"fresh0"_s};
    upserted.push_back(doc->addEvent(added));
    Actor changed = *doc->actor(actors[0]);
    changed.country = u"NOR"_s;
    doc->updateActor(changed);

    facets.apply(*doc, removed, upserted, FacetIndex::ActorRefresh::Reread);
    const FacetIndex rebuilt = FacetIndex::build(*doc);
    QCOMPARE(facets.eventCount(), rebuilt.eventCount());
    const char *filters[] = {"{}", "{\"tags\":[\"fresh0\"]}", "{\"statuses\":[\"announced\"]}",
                             "{\"countries\":[\"NOR\"]}", "{\"cameoRoots\":[19],\"actors\":[2]}",
                             "{\"minReliability\":\"D\"}"};
    for (const char *json : filters) {
        const auto f = EventFilter::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(f);
        QCOMPARE(rowIds(facets, facets.filterRows(*f)), rowIds(rebuilt, rebuilt.filterRows(*f)));
        QCOMPARE(rowIds(facets, facets.filterRows(*f)), bruteIds(Rows(*doc), *f));
    }
}

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
