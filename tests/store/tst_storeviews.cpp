// Saved views and date bookmarks in the store (schema v4), the v3 -> v4 migration, and
// Document::eventIdsMatching against a brute-force reading of a generated document.
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "core/store/transaction.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

SavedView view(const QString &name, const QString &palette = {})
{
    SavedView v;
    v.name = name;
    v.palette = palette;
    v.grouping = LaneGrouping::Country;
    v.visibleFrom = 1'200'000'000;
    v.visibleTo = 1'210'000'000;
    v.filter.tags = {u"summit"_s};
    v.filter.minReliability = u'B';
    return v;
}

QStringList names(const std::vector<SavedView> &views)
{
    QStringList result;
    for (const SavedView &v : views)
        result << v.name;
    return result;
}

// A v3 file as v3 code wrote it.
QString makeV3(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database db(path, Database::Access::Create);
    Transaction transaction(db);
    schema::createVersion(db, 3);
    db.exec("INSERT INTO events(id, title, created, updated) VALUES (1, 'kept', '', '')");
    transaction.commit();
    return path;
}

} // namespace

class TestStoreViews : public QObject {
    Q_OBJECT
private slots:
    void viewsKeepOrderAndPersist();
    void renameAndRemove();
    void refusals();
    void bookmarks();
    void damagedDefinitionIsLeftOut();
    void migrateV3();
    void readOnlyV3HasNoViews();
    void filterMatchesBruteForce_data();
    void filterMatchesBruteForce();

private:
    QTemporaryDir m_dir;
};

void TestStoreViews::viewsKeepOrderAndPersist()
{
    const QString path = m_dir.filePath(u"order.dateline"_s);
    {
        auto doc = Document::create(path, nullptr);
        QVERIFY(doc);
        doc->putSavedView(view(u"Zeta"_s));
        doc->putSavedView(view(u"Alpha"_s));
        doc->putSavedView(view(u"Mid"_s));
        doc->putSavedView(view(u"Zeta"_s, u"print"_s)); // replaces in place
        QCOMPARE(names(doc->savedViews()), QStringList({u"Zeta"_s, u"Alpha"_s, u"Mid"_s}));
    }
    auto doc = Document::open(path, OpenMode::ReadWrite, nullptr);
    QVERIFY(doc);
    QCOMPARE(names(doc->savedViews()), QStringList({u"Zeta"_s, u"Alpha"_s, u"Mid"_s}));
    QCOMPARE(*doc->savedView(u"Zeta"_s), view(u"Zeta"_s, u"print"_s));
    QCOMPARE(*doc->savedView(u"Alpha"_s), view(u"Alpha"_s));
    QVERIFY(!doc->savedView(u"alpha"_s)); // exact names
}

void TestStoreViews::renameAndRemove()
{
    auto doc = Document::createInMemory();
    doc->putSavedView(view(u"A"_s));
    doc->putSavedView(view(u"B"_s));
    doc->putSavedView(view(u"C"_s));
    doc->renameSavedView(u"A"_s, u"D"_s);
    QCOMPARE(names(doc->savedViews()), QStringList({u"D"_s, u"B"_s, u"C"_s}));
    QCOMPARE(doc->savedView(u"D"_s)->filter, view(u"A"_s).filter);
    doc->removeSavedView(u"B"_s);
    doc->removeSavedView(u"nothing"_s);
    QCOMPARE(names(doc->savedViews()), QStringList({u"D"_s, u"C"_s}));
    doc->putSavedView(view(u"E"_s));
    QCOMPARE(names(doc->savedViews()), QStringList({u"D"_s, u"C"_s, u"E"_s}));
}

void TestStoreViews::refusals()
{
    auto doc = Document::createInMemory();
    doc->putSavedView(view(u"A"_s));
    doc->putSavedView(view(u"B"_s));
    const qint64 revision = doc->revision();
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->renameSavedView(u"A"_s, u"B"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->renameSavedView(u"missing"_s, u"X"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->renameSavedView(u"A"_s, u" "_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putSavedView(view(QString())));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putSavedView(view(u" padded"_s)));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putBookmark({u"no date"_s, FuzzyDate()}));
    QCOMPARE(names(doc->savedViews()), QStringList({u"A"_s, u"B"_s}));
    QCOMPARE(doc->revision(), revision);
}

void TestStoreViews::bookmarks()
{
    auto doc = Document::createInMemory();
    const DateBookmark bucharest{u"Bucharest"_s, FuzzyDate::fromEdtf(u"2008-04-02/2008-04-04"_s)};
    const DateBookmark sochi{u"Sochi"_s, FuzzyDate::fromEdtf(u"2008-04-06"_s)};
    doc->putBookmark(sochi);
    doc->putBookmark(bucharest);
    QCOMPARE(doc->bookmarks(), (std::vector<DateBookmark>{sochi, bucharest}));
    doc->renameBookmark(u"Sochi"_s, u"Sochi summit"_s);
    QCOMPARE(doc->bookmark(u"Sochi summit"_s)->date, sochi.date);
    doc->removeBookmark(u"Bucharest"_s);
    QCOMPARE(doc->bookmarks().size(), size_t(1));
    doc->restoreBookmarks({bucharest, sochi});
    QCOMPARE(doc->bookmarks(), (std::vector<DateBookmark>{bucharest, sochi}));
}

void TestStoreViews::damagedDefinitionIsLeftOut()
{
    auto doc = Document::createInMemory();
    doc->putSavedView(view(u"good"_s));
    doc->database().exec("INSERT INTO saved_views(name, position, definition) VALUES ('bad', 5, '{\"grouping\":7}');"
                         "INSERT INTO saved_views(name, position, definition) VALUES ('worse', 6, 'not json');"
                         "INSERT INTO date_bookmarks(name, position, date_edtf) VALUES ('b', 0, 'no date')");
    QCOMPARE(names(doc->savedViews()), QStringList({u"good"_s}));
    QVERIFY(!doc->savedView(u"bad"_s));
    QVERIFY(doc->bookmarks().empty());
}

void TestStoreViews::migrateV3()
{
    const QString path = makeV3(m_dir, u"v3.dateline"_s);
    {
        QString error;
        auto doc = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->info().schemaVersion, 4);
        QCOMPARE(doc->event(EventId(1))->title, u"kept"_s);
        QVERIFY(doc->savedViews().empty());
        doc->putSavedView(view(u"after upgrade"_s));
    }
    Database db(path, Database::Access::ReadOnly);
    QCOMPARE(db.pragma("user_version"), std::int64_t(schema::kCurrentVersion));
    QVERIFY(schema::check(db).problem == schema::Problem::None);
}

void TestStoreViews::readOnlyV3HasNoViews()
{
    const QString path = makeV3(m_dir, u"v3-ro.dateline"_s);
    QString error;
    auto doc = Document::open(path, OpenMode::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->info().schemaVersion, 3);
    QVERIFY(doc->savedViews().empty());
    QVERIFY(doc->bookmarks().empty());
    QVERIFY(!doc->savedView(u"x"_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->putSavedView(view(u"x"_s)));
}

namespace {

// A generated document with every facet varied, and a brute-force reading of a filter over it.
struct Generated {
    std::unique_ptr<Document> doc = Document::createInMemory();
    Generated()
    {
        QRandomGenerator rng(11);
        const char *countries[] = {"RUS", "USA", "FRA", "CHN", ""};
        std::vector<ActorId> actors;
        for (int i = 0; i < 8; ++i)
            actors.push_back(doc->addActor({ActorId(), u"actor%1"_s.arg(i), ActorKind::State,
                                             QString::fromLatin1(countries[i % 5]), {}, {}}));
        std::vector<PlaceId> places;
        for (int i = 0; i < 4; ++i)
            places.push_back(doc->addPlace({PlaceId(), u"place%1"_s.arg(i), QString::fromLatin1(countries[(i + 2) % 5]), {}, {}}));
        std::vector<SourceId> sources;
        for (char grade : {'A', 'B', 'C', 'F'}) {
            Source s;
            s.title = u"src"_s;
            s.reliability = QLatin1Char(grade);
            sources.push_back(doc->addSource(s));
        }
        Document::BulkEdit bulk(*doc);
        for (int i = 0; i < 300; ++i) {
            Event e;
            e.title = u"e%1"_s.arg(i);
            if (i % 17 != 0) {
                const int year = 2000 + int(rng.bounded(8));
                e.date = FuzzyDate::fromEdtf(i % 5 == 0 ? u"%1"_s.arg(year)
                                                        : u"%1-%2-%3"_s.arg(year).arg(1 + rng.bounded(12), 2, 10, QChar(u'0'))
                                                              .arg(1 + rng.bounded(28), 2, 10, QChar(u'0')));
            }
            e.status = EventStatus(rng.bounded(5));
            if (i % 4 != 0)
                e.cameoCode = u"%1%2"_s.arg(1 + rng.bounded(20), 2, 10, QChar(u'0')).arg(rng.bounded(10));
            if (i % 3 == 0)
                e.place = places[rng.bounded(4)];
            for (int k = 0, n = int(rng.bounded(3)); k < n; ++k)
                e.actors.push_back({actors[rng.bounded(8)], ActorRole::Participant});
            if (i % 2)
                e.tags << u"tag%1"_s.arg(rng.bounded(4));
            const EventId id = doc->addEvent(e);
            if (i % 3 == 1) {
                Quote q;
                q.text = u"q"_s;
                q.credibility = 1 + int(rng.bounded(6));
                if (rng.bounded(3) > 0)
                    q.source = sources[rng.bounded(4)];
                q.events = {id};
                doc->addQuote(q);
            }
        }
        bulk.commit();
    }

    std::set<std::int64_t> brute(const EventFilter &f) const
    {
        std::set<std::int64_t> ids;
        const auto quotes = doc->quotes();
        for (const Event &e : doc->events()) {
            auto anyOf = [](auto begin, auto end, auto pred) { return std::any_of(begin, end, pred); };
            if (!f.actors.empty() && !anyOf(e.actors.begin(), e.actors.end(), [&](const ActorLink &l) {
                    return std::find(f.actors.begin(), f.actors.end(), l.actor) != f.actors.end();
                }))
                continue;
            if (!f.cameoRoots.empty() || !f.quadClasses.empty()) {
                const int root = e.cameoCode.left(2).toInt();
                const bool byRoot = std::find(f.cameoRoots.begin(), f.cameoRoots.end(), root) != f.cameoRoots.end();
                const bool byQuad = root > 0
                    && std::find(f.quadClasses.begin(), f.quadClasses.end(), cameo::quadClass(e.cameoCode))
                        != f.quadClasses.end();
                if (root == 0 || !(byRoot || byQuad))
                    continue;
            }
            if (!f.countries.isEmpty()) {
                QStringList mine;
                if (e.place.isValid())
                    mine << doc->place(e.place)->country;
                for (const ActorLink &l : e.actors)
                    mine << doc->actor(l.actor)->country;
                if (!anyOf(mine.begin(), mine.end(), [&](const QString &c) { return !c.isEmpty() && f.countries.contains(c); }))
                    continue;
            }
            if (!f.tags.isEmpty() && !anyOf(e.tags.begin(), e.tags.end(), [&](const QString &t) { return f.tags.contains(t); }))
                continue;
            if (!f.statuses.empty() && std::find(f.statuses.begin(), f.statuses.end(), e.status) == f.statuses.end())
                continue;
            if (f.dateRange.isValid()) {
                if (!e.date.isValid())
                    continue;
                const DateBounds r = f.dateRange.bounds(), b = e.date.bounds();
                if (!(b.earliestStart < r.latestEnd && std::max(b.latestEnd, b.earliestStart + 1) > r.earliestStart))
                    continue;
            }
            std::vector<Quote> mine;
            for (const Quote &q : quotes) {
                if (std::find(q.events.begin(), q.events.end(), e.id) != q.events.end())
                    mine.push_back(q);
            }
            if (f.hasQuotes && *f.hasQuotes == mine.empty())
                continue;
            if (f.minReliability && !anyOf(mine.begin(), mine.end(), [&](const Quote &q) {
                    return q.source.isValid() && doc->source(q.source)->reliability <= *f.minReliability;
                }))
                continue;
            if (f.maxCredibility && !anyOf(mine.begin(), mine.end(), [&](const Quote &q) { return q.credibility <= *f.maxCredibility; }))
                continue;
            ids.insert(e.id.value);
        }
        return ids;
    }
};

} // namespace

void TestStoreViews::filterMatchesBruteForce_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty") << u"{}"_s;
    QTest::newRow("actors") << u"{\"actors\":[1,4]}"_s;
    QTest::newRow("root") << u"{\"cameoRoots\":[14]}"_s;
    QTest::newRow("quad") << u"{\"quadClasses\":[4]}"_s;
    QTest::newRow("root or quad") << u"{\"cameoRoots\":[2],\"quadClasses\":[3]}"_s;
    QTest::newRow("countries") << u"{\"countries\":[\"RUS\",\"CHN\"]}"_s;
    QTest::newRow("unknown country") << u"{\"countries\":[\"NOR\"]}"_s;
    QTest::newRow("tags") << u"{\"tags\":[\"tag1\",\"tag3\"]}"_s;
    QTest::newRow("statuses") << u"{\"statuses\":[\"planned\",\"denied\"]}"_s;
    QTest::newRow("date range") << u"{\"dateRange\":\"2003-03/2004\"}"_s;
    QTest::newRow("has quotes") << u"{\"hasQuotes\":true}"_s;
    QTest::newRow("no quotes") << u"{\"hasQuotes\":false}"_s;
    QTest::newRow("reliability") << u"{\"minReliability\":\"B\"}"_s;
    QTest::newRow("credibility") << u"{\"maxCredibility\":2}"_s;
    QTest::newRow("combined") << u"{\"actors\":[1,2,3,5],\"countries\":[\"USA\",\"FRA\"],\"quadClasses\":[1,2],"
                                 "\"dateRange\":\"2001/2006\",\"tags\":[\"tag0\",\"tag2\"]}"_s;
    QTest::newRow("quotes combined") << u"{\"minReliability\":\"C\",\"maxCredibility\":4,\"statuses\":[\"occurred\",\"reported\"]}"_s;
}

void TestStoreViews::filterMatchesBruteForce()
{
    QFETCH(QString, json);
    static const Generated g;
    QString error;
    const auto filter = EventFilter::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
    QVERIFY2(filter, qPrintable(error));
    std::set<std::int64_t> got;
    for (EventId id : g.doc->eventIdsMatching(*filter))
        got.insert(id.value);
    const std::set<std::int64_t> want = g.brute(*filter);
    QCOMPARE(got, want);
    if (!filter->isEmpty())
        QVERIFY(want.size() < g.doc->events().size()); // the filter did narrow
}

QTEST_GUILESS_MAIN(TestStoreViews)
#include "tst_storeviews.moc"
