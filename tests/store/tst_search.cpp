// Document::search against a brute-force scan of a generated document (before and after edits),
// names, sources and speakers, snippets, time order, and the migrations that build the index (v4)
// and add the quotes' speakers to it (v6).
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "core/store/searchquery.h"
#include "core/store/transaction.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

const QStringList kWords = {u"alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s, u"echo"_s, u"foxtrot"_s,
                            u"golf"_s, u"hotel"_s, u"india"_s, u"juliet"_s, u"kilo"_s, u"lima"_s};

QString words(QRandomGenerator &rng, int from, int to)
{
    QStringList w;
    const int n = from + int(rng.bounded(to - from + 1));
    for (int i = 0; i < n; ++i)
        w.append(kWords[qsizetype(rng.bounded(int(kWords.size())))]);
    return w.join(u' ');
}

// What an event is known by, read through the Document API (not through the index): each text
// as its list of lower-case words (phrases match inside one text only: the title, the
// description, one quote, the names).
struct Known {
    EventId id;
    bool dated = false;
    TimePoint time = 0;
    std::int64_t sortKey = 0;
    std::vector<QStringList> texts;

    bool has(const QString &w) const
    {
        return std::any_of(texts.begin(), texts.end(), [&](const QStringList &t) { return t.contains(w); });
    }
    bool hasPrefix(const QString &p) const
    {
        for (const QStringList &t : texts)
            for (const QString &w : t)
                if (w.startsWith(p))
                    return true;
        return false;
    }
    bool hasPhrase(const QString &a, const QString &b) const
    {
        for (const QStringList &t : texts)
            for (qsizetype i = 0; i + 1 < t.size(); ++i)
                if (t[i] == a && t[i + 1] == b)
                    return true;
        return false;
    }
};

QStringList split(const QString &text)
{
    return text.toLower().split(QRegularExpression(u"[^a-z0-9]+"_s), Qt::SkipEmptyParts);
}

std::vector<Known> scan(const Document &doc)
{
    QHash<std::int64_t, Actor> actors;
    for (const Actor &a : doc.actors())
        actors.insert(a.id.value, a);
    QHash<std::int64_t, QString> places, sources;
    for (const Place &p : doc.places())
        places.insert(p.id.value, p.name);
    for (const Source &s : doc.sources())
        sources.insert(s.id.value, s.title);
    std::vector<Known> result;
    for (const Event &e : doc.events()) {
        Known k;
        k.id = e.id;
        k.dated = e.date.isValid();
        k.time = k.dated ? sortTime(e.date.bounds()) : 0;
        k.sortKey = e.sortKey;
        k.texts = {split(e.title), split(e.description)};
        QStringList names; // one text: actor labels and aliases, place, source titles, speakers
        const auto actorNames = [&](ActorId id) {
            names << actors.value(id.value).label << actors.value(id.value).aliases;
        };
        for (const ActorLink &l : e.actors)
            actorNames(l.actor);
        names << places.value(e.place.value);
        for (const Quote &q : doc.quotesForEvent(e.id)) {
            k.texts.push_back(split(q.text));
            names << sources.value(q.source.value);
            actorNames(q.speaker);
        }
        k.texts.push_back(split(names.join(u' ')));
        result.push_back(std::move(k));
    }
    std::sort(result.begin(), result.end(), [](const Known &a, const Known &b) {
        return std::tuple(!a.dated, a.time, a.sortKey, a.id.value) < std::tuple(!b.dated, b.time, b.sortKey, b.id.value);
    });
    return result;
}

struct Case {
    QString query;
    std::function<bool(const Known &)> matches;
};

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {u"alpha"_s, [](const Known &k) { return k.has(u"alpha"_s); }},
        {u"kilo"_s, [](const Known &k) { return k.has(u"kilo"_s); }},
        {u"alpha bravo"_s, [](const Known &k) { return k.has(u"alpha"_s) && k.has(u"bravo"_s); }},
        {u"alpha OR lima"_s, [](const Known &k) { return k.has(u"alpha"_s) || k.has(u"lima"_s); }},
        {u"echo NOT golf"_s, [](const Known &k) { return k.has(u"echo"_s) && !k.has(u"golf"_s); }},
        {u"\"delta echo\""_s, [](const Known &k) { return k.hasPhrase(u"delta"_s, u"echo"_s); }},
        {u"f*"_s, [](const Known &k) { return k.hasPrefix(u"f"_s); }},
        {u"ju*"_s, [](const Known &k) { return k.hasPrefix(u"ju"_s); }},
        {u"cha*"_s, [](const Known &k) { return k.hasPrefix(u"cha"_s); }},
        {u"(india OR hotel) juliet"_s,
         [](const Known &k) { return (k.has(u"india"_s) || k.has(u"hotel"_s)) && k.has(u"juliet"_s); }},
        {u"zulu"_s, [](const Known &k) { return k.has(u"zulu"_s); }}, // an actor alias, renamed later
        {u"speaker"_s, [](const Known &k) { return k.has(u"speaker"_s); }}, // an actor who only speaks
        {u"orator"_s, [](const Known &k) { return k.has(u"orator"_s); }},   // that actor, renamed later
        {u"moscow"_s, [](const Known &k) { return k.has(u"moscow"_s); }}, // a place
        {u"transcript"_s, [](const Known &k) { return k.has(u"transcript"_s); }}, // a source title
    };
    return all;
}

// Every case against the scan: the first `limit` hits in time order and the total.
void compareAll(const Document &doc, int limit)
{
    const std::vector<Known> known = scan(doc);
    for (const Case &c : cases()) {
        std::vector<EventId> want;
        for (const Known &k : known)
            if (c.matches(k))
                want.push_back(k.id);
        const SearchResults r = doc.search(SearchQuery::parse(c.query), limit);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        if (r.totalIsLowerBound) // counting stopped at its time budget (a loaded machine)
            QVERIFY(r.total >= std::int64_t(r.hits.size()) && r.total < std::int64_t(want.size()));
        else
            QCOMPARE(r.total, std::int64_t(want.size()));
        want.resize(std::min(want.size(), std::size_t(limit)));
        std::vector<EventId> got;
        for (const SearchHit &h : r.hits)
            got.push_back(h.event);
        QVERIFY2(got == want, qPrintable(u"%1: %2 hits, %3 wanted"_s.arg(c.query).arg(got.size()).arg(want.size())));
        // every hit shows where it matched: in the title or in a snippet
        if (c.query != u"echo NOT golf"_s) {
            for (const SearchHit &h : r.hits)
                QVERIFY2(!h.titleMatches.empty() || !h.snippetMatches.empty(), qPrintable(c.query + u": "_s + h.title));
        }
    }
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void againstBruteForce_data();
    void againstBruteForce();
    void editsLeaveTheIndexUnlessSearched_data();
    void editsLeaveTheIndexUnlessSearched();
    void snippet();
    void errorsAreMessages();
    void migrate_data();
    void migrate();
};

void TestSearch::againstBruteForce_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("first 20") << 20;
    QTest::newRow("all") << 1000;
}

void TestSearch::againstBruteForce()
{
    QFETCH(int, limit);
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"search.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    QRandomGenerator rng(7);
    std::vector<ActorId> actors;
    for (int i = 0; i < 6; ++i) {
        QStringList aliases;
        if (i == 0)
            aliases = {u"zulu"_s};
        actors.push_back(doc->addActor({ActorId(), u"Actor "_s + words(rng, 1, 1), ActorKind::Person, {}, {}, aliases}));
    }
    // takes part in no event: found through the quotes it speaks only
    const ActorId speaker = doc->addActor({ActorId(), u"Speaker"_s, ActorKind::Person, {}, {}, {}});
    const PlaceId moscow = doc->addPlace({PlaceId(), u"Moscow"_s, u"RUS"_s, {}, {}});
    const SourceId transcript = doc->addSource({SourceId(), u"Transcript of talks"_s, {}, {}, {}, {}, {}, QLatin1Char('B')});
    std::vector<EventId> events;
    {
        Document::BulkEdit bulk(*doc);
        for (int i = 0; i < 400; ++i) {
            Event e;
            e.title = words(rng, 1, 3);
            e.description = words(rng, 0, 4);
            // few distinct days, so that many hits share one; some months, open starts, undated
            const int d = 1 + int(rng.bounded(12));
            switch (rng.bounded(8)) {
            case 0: e.date = FuzzyDate::fromEdtf(u"2008-03"_s); break;
            case 1: e.date = FuzzyDate::fromEdtf(u"../2008-03-%1"_s.arg(d, 2, 10, QLatin1Char('0'))); break;
            case 2: break; // undated
            default: e.date = FuzzyDate::fromEdtf(u"2008-03-%1"_s.arg(d, 2, 10, QLatin1Char('0')));
            }
            e.sortKey = rng.bounded(3);
            if (rng.bounded(5) == 0)
                e.place = moscow;
            e.actors.push_back({actors[std::size_t(rng.bounded(6))], ActorRole::Initiator});
            events.push_back(doc->addEvent(e));
        }
        for (int i = 0; i < 120; ++i) {
            Quote q;
            q.text = words(rng, 2, 6);
            q.speaker = rng.bounded(5) == 0 ? speaker : actors[std::size_t(rng.bounded(6))];
            if (rng.bounded(4) == 0)
                q.source = transcript;
            q.events = {events[std::size_t(rng.bounded(400))]};
            if (rng.bounded(3) == 0)
                q.events.push_back(events[std::size_t(rng.bounded(400))]);
            doc->addQuote(q);
        }
        bulk.commit();
    }
    compareAll(*doc, limit);
    if (QTest::currentTestFailed())
        return;

    // Edits of everything the text is made of; the index follows each.
    Actor first = *doc->actor(actors[0]);
    first.aliases = {u"yankee"_s};
    doc->updateActor(first); // "zulu" is gone
    Place place = *doc->place(moscow);
    place.name = u"Sochi"_s;
    doc->updatePlace(place);
    doc->removeSource(transcript);
    for (int i = 0; i < 40; ++i) {
        Event e = *doc->event(events[std::size_t(i * 7)]);
        e.title = words(rng, 1, 3);
        e.date = FuzzyDate::fromEdtf(u"2008-04-0%1"_s.arg(1 + i % 5)); // another day: a new time key
        doc->updateEvent(e);
    }
    for (int i = 0; i < 20; ++i)
        doc->removeEvent(events[std::size_t(i * 11 + 3)]);
    const std::vector<Quote> quotes = doc->quotes();
    for (std::size_t i = 0; i < quotes.size(); i += 5)
        doc->removeQuote(quotes[i].id);
    for (std::size_t i = 1; i < quotes.size(); i += 5) {
        Quote q = quotes[i];
        q.text = words(rng, 2, 6);
        EventId to;
        do // one not removed above
            to = events[std::size_t(rng.bounded(400))];
        while (!doc->event(to));
        q.events = {to};
        q.speaker = i % 2 ? speaker : ActorId(); // a speaker given, taken away
        doc->updateQuote(q);
    }
    doc->removeActor(actors[1]);
    Actor orator = *doc->actor(speaker);
    orator.label = u"Speaker orator"_s; // renamed: the events it only speaks in follow
    doc->updateActor(orator);
    compareAll(*doc, limit);
    QVERIFY(doc->search(SearchQuery::parse(u"zulu"_s)).hits.empty());
    QVERIFY(!doc->search(SearchQuery::parse(u"orator"_s)).hits.empty());
    doc->database().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
}

void TestSearch::editsLeaveTheIndexUnlessSearched_data()
{
    // An edit of one event, and whether it changes what the index holds of it (its text, its key).
    QTest::addColumn<std::function<void(Event &, const std::vector<ActorId> &, PlaceId)>>("edit");
    QTest::addColumn<bool>("indexed");
    using Edit = std::function<void(Event &, const std::vector<ActorId> &, PlaceId)>;
    QTest::newRow("tag") << Edit([](Event &e, auto &, PlaceId) { e.tags.append(u"kilo"_s); }) << false;
    QTest::newRow("status") << Edit([](Event &e, auto &, PlaceId) { e.status = EventStatus::Denied; }) << false;
    QTest::newRow("type") << Edit([](Event &e, auto &, PlaceId) { e.cameoCode = u"042"_s; }) << false;
    QTest::newRow("importance") << Edit([](Event &e, auto &, PlaceId) { e.importance = 90; }) << false;
    QTest::newRow("same day") << Edit([](Event &e, auto &, PlaceId) {
        e.date = FuzzyDate::fromEdtf(u"2008-03-05/2008-03-07"_s);
    }) << false;
    QTest::newRow("another day") << Edit([](Event &e, auto &, PlaceId) { e.date = FuzzyDate::fromEdtf(u"2008-04-01"_s); })
                                 << true;
    QTest::newRow("undated") << Edit([](Event &e, auto &, PlaceId) { e.date = FuzzyDate(); }) << true;
    QTest::newRow("title") << Edit([](Event &e, auto &, PlaceId) { e.title = u"lima talks"_s; }) << true;
    QTest::newRow("description") << Edit([](Event &e, auto &, PlaceId) { e.description = u"lima"_s; }) << true;
    QTest::newRow("place") << Edit([](Event &e, auto &, PlaceId) { e.place = PlaceId(); }) << true;
    QTest::newRow("other place") << Edit([](Event &e, auto &, PlaceId other) { e.place = other; }) << true;
    QTest::newRow("actor added") << Edit([](Event &e, const std::vector<ActorId> &a, PlaceId) {
        e.actors.push_back({a[2], ActorRole::Target});
    }) << true;
    QTest::newRow("actors reordered") << Edit([](Event &e, auto &, PlaceId) { std::swap(e.actors[0], e.actors[1]); })
                                      << true;
    QTest::newRow("role only") << Edit([](Event &e, auto &, PlaceId) { e.actors[0].role = ActorRole::Host; }) << false;
}

void TestSearch::editsLeaveTheIndexUnlessSearched()
{
    // An event rewritten with the same searched text and day leaves the index as it is (no FTS5
    // write, which in a large step wrote segments and set off merges of the whole index); any
    // other rewrite updates it. Either way, search finds what the events hold, before and after
    // a later edit that unindexes the event by its text as it is then.
    QFETCH(std::function<void(Event &, const std::vector<ActorId> &, PlaceId)>, edit);
    QFETCH(bool, indexed);
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"edits.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    std::vector<ActorId> actors;
    for (const QString &name : {u"alpha"_s, u"bravo"_s, u"charlie"_s})
        actors.push_back(doc->addActor({ActorId(), u"Actor "_s + name, ActorKind::Person, {}, {}, {}}));
    const PlaceId moscow = doc->addPlace({PlaceId(), u"Moscow delta"_s, u"RUS"_s, {}, {}});
    const PlaceId sochi = doc->addPlace({PlaceId(), u"Sochi echo"_s, u"RUS"_s, {}, {}});
    Event e;
    e.title = u"golf talks"_s;
    e.description = u"hotel india"_s;
    e.date = FuzzyDate::fromEdtf(u"2008-03-05"_s);
    e.place = moscow;
    e.actors = {{actors[0], ActorRole::Initiator}, {actors[1], ActorRole::Target}};
    e.tags = {u"juliet"_s};
    e.id = doc->addEvent(e);
    Event other = e;
    other.id = EventId();
    other.title = u"golf"_s;
    doc->addEvent(other);
    auto structure = [&] {
        Statement s = doc->database().prepare("SELECT block FROM search_fts_data WHERE id = 10");
        return s.step() ? s.blob(0) : QByteArray();
    };
    const QByteArray before = structure();
    QVERIFY(!before.isEmpty());

    edit(e, actors, sochi);
    doc->updateEvent(e);
    QCOMPARE(structure() != before, indexed);
    compareAll(*doc, 100);
    e.title = u"kilo"_s; // unindexes the text the first edit left
    doc->updateEvent(e);
    compareAll(*doc, 100);
    QVERIFY(doc->search(SearchQuery::parse(u"golf"_s)).hits.size() == 1);
    doc->database().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
}

void TestSearch::snippet()
{
    auto doc = Document::createInMemory();
    const ActorId lavrov = doc->addActor({ActorId(), u"Sergei Lavrov"_s, ActorKind::Person, u"RUS"_s, {}, {}});
    Event e;
    e.title = u"2+2 talks in Moscow"_s;
    e.description = u"Rice and Gates meet their counterparts. The talks cover missile defence\nsites in Poland"
                    u" and the Czech Republic, and much else that makes this description long."_s;
    e.date = FuzzyDate::fromEdtf(u"2008-03-17/2008-03-18"_s);
    e.actors = {{lavrov, ActorRole::Host}};
    const EventId id = doc->addEvent(e);

    SearchResults r = doc->search(SearchQuery::parse(u"missile"_s));
    QCOMPARE(r.hits.size(), std::size_t(1));
    const SearchHit &hit = r.hits.front();
    QCOMPARE(hit.event, id);
    QCOMPARE(hit.title, e.title);
    QCOMPARE(hit.date, e.date);
    QVERIFY(hit.titleMatches.empty());
    QCOMPARE(hit.snippetField, SearchField::Description);
    QCOMPARE(hit.snippetMatches.size(), std::size_t(1));
    const TextRange m = hit.snippetMatches.front();
    QCOMPARE(hit.snippet.mid(m.start, m.length), u"missile"_s);
    QVERIFY(hit.snippet.startsWith(u"\u2026"_s)); // cut before
    QVERIFY(!hit.snippet.contains(u'\n'));        // one line

    r = doc->search(SearchQuery::parse(u"lavrov talks"_s));
    QCOMPARE(r.hits.size(), std::size_t(1));
    QCOMPARE(r.hits.front().titleMatches, (std::vector<TextRange>{{4, 5}}));
    QCOMPARE(r.hits.front().snippetField, SearchField::Description); // "talks" is in it too
    r = doc->search(SearchQuery::parse(u"sergei"_s));
    QCOMPARE(r.hits.front().snippetField, SearchField::Name);
    QCOMPARE(r.hits.front().snippet, u"Sergei Lavrov"_s);
    QCOMPARE(r.hits.front().snippetMatches, (std::vector<TextRange>{{0, 6}}));
}

void TestSearch::errorsAreMessages()
{
    auto doc = Document::createInMemory();
    Event e;
    e.title = u"anything"_s;
    doc->addEvent(e);
    const SearchResults r = doc->search(SearchQuery::parse(u"\"anything"_s));
    QVERIFY(r.error.contains(u"Unbalanced quote"_s));
    QVERIFY(r.hits.empty());
    QCOMPARE(r.total, 0);
    QVERIFY(doc->search(u"\"anything"_s).empty());
    QVERIFY(doc->searchMarks(SearchQuery::parse(u"(anything"_s), 100).empty());
}

void TestSearch::migrate_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("v3: no index") << 3; // v4 builds it, v6 adds the speakers
    QTest::newRow("v5: no speakers") << 5;
}

void TestSearch::migrate()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.dateline"_s);
    {
        Database db(path, Database::Access::Create);
        Transaction transaction(db);
        schema::createVersion(db, 3);
        db.exec("INSERT INTO actors(id, label) VALUES (1, 'Sergei Lavrov'), (2, 'Condoleezza Rice');"
                "INSERT INTO places(id, name) VALUES (1, 'Moscow');"
                "INSERT INTO sources(id, title) VALUES (1, 'Press transcript');"
                "INSERT INTO events(id, title, description, place_id, created, updated) "
                "  VALUES (1, 'Joint press conference', 'after the talks', 1, '', ''), (2, 'Other', '', NULL, '', '');"
                "INSERT INTO event_actors(event_id, position, actor_id, role) VALUES (1, 0, 1, 0);"
                "INSERT INTO quotes(id, text, source_id, speaker_id) VALUES (1, 'We have agreed to continue', 1, 2);"
                "INSERT INTO quote_events(quote_id, event_id, position) VALUES (1, 1, 0);");
        schema::upgrade(db, schema::migrations(), from); // as that version wrote it
        transaction.commit();
    }
    QVERIFY(QFile::copy(path, dir.filePath(u"copy.dateline"_s)));
    QString error;
    {
        // read-only: not upgraded; v3 cannot search, v5 searches its index as it is
        auto old = Document::open(dir.filePath(u"copy.dateline"_s), OpenMode::ReadOnly, &error);
        QVERIFY2(old, qPrintable(error));
        const SearchResults r = old->search(SearchQuery::parse(u"Lavrov"_s));
        if (from < 4) {
            QVERIFY(r.error.contains(u"older version"_s));
        } else {
            QCOMPARE(r.hits.size(), std::size_t(1));
            QVERIFY(old->search(SearchQuery::parse(u"Rice"_s)).hits.empty());
        }
    }
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->info().schemaVersion, schema::kCurrentVersion);
    for (const QString &q : {u"Lavrov"_s, u"Moscow"_s, u"transcript"_s, u"agreed"_s, u"talks"_s, u"press"_s, u"Rice"_s})
        QCOMPARE(doc->search(q), std::vector<EventId>{EventId(1)});
    QCOMPARE(doc->search(u"other"_s), std::vector<EventId>{EventId(2)});
    Statement old = doc->database().prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('events_fts', 'quotes_fts')");
    QVERIFY(old.step());
    QCOMPARE(old.int64(0), 0);
    // The index forgets the quote's words as they were indexed: none is left behind.
    doc->removeQuote(QuoteId(1));
    for (const QString &q : {u"Rice"_s, u"agreed"_s, u"transcript"_s})
        QVERIFY2(doc->search(q).empty(), qPrintable(q));
    QCOMPARE(doc->search(u"Lavrov"_s), std::vector<EventId>{EventId(1)});
    doc->database().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
