#include "gdeltrows.h"

#include "core/io/gdelt/gdeltimport.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

namespace {

FuzzyDate date(const char *edtf)
{
    QString error;
    const FuzzyDate d = FuzzyDate::fromEdtf(QString::fromLatin1(edtf), &error);
    if (!d.isValid())
        qFatal("bad test date %s: %s", edtf, qPrintable(error));
    return d;
}

// A document that uses every field and every enum value, with awkward text.
void fillEveryField(Document &doc)
{
    doc.setTitle(u"Every field — «тест» \"quoted\" \\ back\tslash 🚀"_s);
    std::vector<ActorId> actors;
    for (int k = 0; k < 4; ++k) {
        Actor a;
        a.label = u"Actor %1 Сергей"_s.arg(k);
        a.kind = ActorKind(k);
        a.country = k % 2 ? u"RUS"_s : QString();
        a.cameoCode = k == 0 ? u"RUSGOV"_s : QString();
        a.aliases = k == 1 ? QStringList{u"Alias, one"_s, u"Ω"_s} : QStringList();
        actors.push_back(doc.addActor(a));
    }
    Place withCoordinates{{}, u"Moscow"_s, u"RUS"_s, 55.7558, 37.6173};
    Place without{{}, u"Nowhere in particular"_s, QString(), std::nullopt, std::nullopt};
    Place onlyLatitude{{}, u"Equator"_s, QString(), 0.0, std::nullopt};
    const PlaceId moscow = doc.addPlace(withCoordinates);
    doc.addPlace(without);
    doc.addPlace(onlyLatitude);

    std::vector<SourceId> sources;
    for (char grade = 'A'; grade <= 'F'; ++grade) {
        Source s;
        s.title = grade == 'A' ? QString() : u"Source %1"_s.arg(QLatin1Char(grade));
        s.publication = u"Gazette"_s;
        s.author = grade == 'B' ? u"Doe, Jane; Roe, Richard"_s : QString();
        s.issued = grade == 'C' ? date("2008-03") : FuzzyDate();
        s.url = grade == 'D' ? u"https://example.org/a?b=c&d=é"_s : QString();
        s.accessed = grade == 'D' ? date("2024-01-02") : FuzzyDate();
        s.reliability = QLatin1Char(grade);
        sources.push_back(doc.addSource(s));
    }

    const char *dates[] = {"2008-03-17/2008-03-18", "[..2008-03-26]", "2008-03-18?", "-0099",
                           "1550~", "2008-03/.."};
    std::vector<EventId> events;
    for (int k = 0; k < 6; ++k) {
        Event e;
        e.title = u"Event %1: “quoted” \n newline"_s.arg(k);
        e.description = k == 0 ? QString() : u"Line one\nLine two ✓"_s;
        e.date = date(dates[k]);
        e.status = EventStatus(k % 5);
        e.cameoCode = k == 0 ? u"042"_s : k == 1 ? u"0421"_s : QString();
        e.place = k == 0 ? moscow : PlaceId();
        e.importance = k * 20;
        e.sortKey = k == 2 ? -42 : k == 3 ? 9'000'000'000'000LL : 0;
        e.tags = k == 0 ? QStringList{u"2+2"_s, u"ünïcode"_s} : QStringList();
        for (int r = 0; r < k; ++r) // event 5 uses every role, one actor twice
            e.actors.push_back({actors[size_t((k + r) % 4)], ActorRole(r)});
        e.created = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        e.updated = QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
        events.push_back(doc.addEvent(e));
    }
    for (int c = 1; c <= 6; ++c) {
        Quote q;
        q.text = u"Quote %1 «verbatim» — it's \"so\""_s.arg(c);
        q.speaker = c == 6 ? ActorId() : actors[size_t(c % 4)];
        q.source = c == 6 ? SourceId() : sources[size_t(c - 1)];
        q.locator = c == 1 ? u"p. 3"_s : QString();
        q.credibility = c;
        q.events = c == 1 ? std::vector<EventId>{events[0], events[4]} : std::vector<EventId>{events[1]};
        doc.addQuote(q);
    }
    for (int k = 0; k < 4; ++k)
        doc.addRelation({{}, events[size_t(k + 1)], events[0], RelationKind(k)});
    doc.addEra({{}, u"Putin's second term"_s, date("2004-05-07/2008-05-07"), u"#a0b1c2"_s});
    doc.addEra({{}, u"Deep time"_s, date("Y-170000000"), QString()});
    SavedView everything;
    everything.name = u"Everything «фильтр»"_s;
    everything.filter.actors = {actors[1], actors[3]};
    everything.filter.cameoRoots = {4, 14};
    everything.filter.quadClasses = {cameo::QuadClass::MaterialConflict};
    everything.filter.countries = {u"RUS"_s};
    everything.filter.tags = {u"2+2"_s};
    everything.filter.statuses = {EventStatus::Planned};
    everything.filter.dateRange = date("2008-03/2008-04");
    everything.filter.minReliability = u'B';
    everything.filter.maxCredibility = 2;
    everything.filter.hasQuotes = true;
    everything.grouping = LaneGrouping::Tag;
    everything.visibleFrom = -5'000'000'000'000LL; // deep time: seconds, not a date text
    everything.visibleTo = 1'206'000'000;
    everything.palette = u"print"_s;
    doc.putSavedView(everything);
    SavedView plain;
    plain.name = u"Plain"_s;
    doc.putSavedView(plain);
    doc.putBookmark({u"Sochi"_s, date("2008-04-06")});
    doc.putBookmark({u"Before"_s, date("[..2008-03-26]")});
}

} // namespace

class TestNativeJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void validFileImports();
    void importErrors_data();
    void importErrors();
    void importIntoNonEmptyDocumentRemapsIds();
    void gdeltRecordsImportIntoNonEmptyDocument();
    void viewsImportIntoNonEmptyDocument();
    void readOnlyDocumentIsRefused();
    void problemsAreCapped();
    void byteOrderMarkIsAccepted();
    void gdeltNullIsNoRecord();

private:
    std::unique_ptr<Document> newDocument(const QString &name);
    bool importGdeltRows(Document &doc);
    QTemporaryDir m_dir;
};

void TestNativeJson::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Document> TestNativeJson::newDocument(const QString &name)
{
    QString error;
    auto doc = Document::create(m_dir.filePath(name + u".dateline"_s), &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

void TestNativeJson::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sample") << u"sample"_s;
    QTest::newRow("every field") << u"every"_s;
    QTest::newRow("empty document") << u"empty"_s;
    QTest::newRow("GDELT records") << u"gdelt"_s;
}

void TestNativeJson::roundTrip()
{
    QFETCH(QString, kind);
    auto original = newDocument(kind + u"-original"_s);
    QVERIFY(original);
    if (kind == u"sample")
        QVERIFY(importNativeJson(sampleTimelineJson(), *original, nullptr));
    else if (kind == u"every")
        fillEveryField(*original);
    else if (kind == u"gdelt")
        QVERIFY(importGdeltRows(*original));
    const QByteArray first = exportNativeJson(*original);

    auto copy = newDocument(kind + u"-copy"_s);
    QVERIFY(copy);
    const NativeJsonImport result = importNativeJson(first, *copy);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(result.idsKept);
    const QByteArray second = exportNativeJson(*copy);
    QCOMPARE(second, first);

    // The copy holds the same content, not just the same text.
    QCOMPARE(copy->title(), original->title());
    QCOMPARE(copy->info().events, original->info().events);
    QCOMPARE(copy->info().quotes, original->info().quotes);
    if (kind == u"every") {
        QCOMPARE(result.events, 6);
        QCOMPARE(result.relations, 4);
        const auto places = copy->places();
        QCOMPARE(places.size(), size_t(3));
        QCOMPARE(places[0].latitude, std::optional<double>(55.7558));
        QVERIFY(!places[1].latitude && !places[1].longitude);
        QVERIFY(places[2].latitude && !places[2].longitude);
        QCOMPARE(copy->event(EventId(4))->sortKey, 9'000'000'000'000LL);
    }
    if (kind == u"gdelt") {
        QVERIFY(first.contains(R"("gdelt": {)"));
        for (const Event &e : original->events()) {
            const std::optional<GdeltRecord> was = original->gdeltRecord(e.id);
            const std::optional<GdeltRecord> is = copy->gdeltRecord(e.id);
            QVERIFY(was && is);
            QCOMPARE(is->globalEventId, was->globalEventId);
            QCOMPARE(is->dateAdded, was->dateAdded);
            QCOMPARE(is->source, was->source);
            QCOMPARE(is->goldstein, was->goldstein);
            QCOMPARE(is->tone, was->tone);
            QCOMPARE(is->mentions, was->mentions);
            QCOMPARE(is->articles, was->articles);
        }
    }
}

// Three GDELT rows: a 2.0 row, a 1.0 daily row (no DATEADDED time) and a 1.0 historical row
// (no DATEADDED, no SOURCEURL).
bool TestNativeJson::importGdeltRows(Document &doc)
{
    gdelttest::Row v2;
    v2.id = 410000001;
    gdelttest::Row daily;
    daily.columns = 58;
    daily.id = 210000002;
    daily.url = "https://example.org/news/2";
    gdelttest::Row historical;
    historical.columns = 57;
    historical.id = 110000003;
    historical.mentions = 1;
    const QString file = m_dir.filePath(u"rows-%1.CSV"_s.arg(doc.info().events));
    if (!gdelttest::writeFile(file, gdelttest::line(v2) + '\n' + gdelttest::line(daily) + '\n'
                                         + gdelttest::line(historical) + '\n'))
        return false;
    const GdeltImportResult result = importGdelt({file}, doc);
    if (!result.error.isEmpty())
        qWarning("%s", qPrintable(result.error));
    return result.events == 3;
}

// A small valid file; importErrors breaks it in one place per row.
static const QByteArray kValid = R"({"format": "dateline", "version": 1, "title": "T",
"actors": [{"id": 1, "label": "A", "kind": "person", "country": "RUS"}],
"places": [{"id": 1, "name": "P", "latitude": 1.5, "longitude": 2}],
"sources": [{"id": 1, "title": "S", "issued": "2008-03", "reliability": "B", "author": [{"family": "Doe", "given": "Jane"}]}],
"events": [{"id": 1, "title": "E", "date": "2008-02-29", "place": 1, "status": "planned", "cameo-code": "042",
            "actors": [{"actor": 1, "role": "host"}], "created": "2025-01-15T09:00:00.000Z"},
           {"id": 2, "title": "F", "date": "2008-03", "importance": 70,
            "gdelt": {"global-event-id": 77, "date-added": 20080301120000, "source": 1, "goldstein": -4.4,
                      "tone": 2.5, "mentions": 3, "sources": 1, "articles": null}}],
"quotes": [{"id": 1, "text": "Q", "speaker": 1, "source": 1, "credibility": 2, "events": [1]}],
"relations": [{"id": 1, "from": 2, "kind": "follow-up of", "to": 1}],
"eras": [{"id": 1, "name": "Era", "span": "2008", "color": "#aabbcc"}],
"views": [{"name": "Summit", "grouping": "actor", "filter": {"actors": [1], "tags": ["x"]}, "palette": "dark"}],
"bookmarks": [{"name": "Leap day", "date": "2008-02-29/2008-03-01"}]}
)";

void TestNativeJson::validFileImports()
{
    auto doc = newDocument(u"valid"_s);
    QVERIFY(doc);
    const NativeJsonImport result = importNativeJson(kValid, *doc);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.events, 2);
    QCOMPARE(doc->title(), u"T"_s);
    QCOMPARE(doc->source(SourceId(1))->author, u"Jane Doe"_s);
    QCOMPARE(doc->event(EventId(1))->status, EventStatus::Planned);
    QCOMPARE(doc->event(EventId(2))->importance, 70);
    QCOMPARE(doc->event(EventId(1))->actors.front().role, ActorRole::Host);
    QCOMPARE(doc->savedViews().size(), size_t(1));
    QCOMPARE(doc->savedView(u"Summit"_s)->filter.actors, std::vector<ActorId>{ActorId(1)});
    QCOMPARE(doc->savedView(u"Summit"_s)->palette, u"dark"_s);
    QCOMPARE(doc->bookmark(u"Leap day"_s)->date, date("2008-02-29/2008-03-01"));
    QVERIFY(!doc->gdeltRecord(EventId(1)));
    const std::optional<GdeltRecord> record = doc->gdeltRecord(EventId(2));
    QVERIFY(record);
    QCOMPARE(record->globalEventId, 77);
    QCOMPARE(record->dateAdded, 20080301120000);
    QCOMPARE(record->source, SourceId(1));
    QCOMPARE(record->goldstein, std::optional<double>(-4.4));
    QCOMPARE(record->mentions, std::optional<std::int64_t>(3));
    QVERIFY(!record->articles);
    QCOMPARE(doc->event(EventId(2))->sortKey, 77); // the record is found through it
}

void TestNativeJson::importErrors_data()
{
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *find, const char *replace, const QString &expected) {
        QTest::newRow(name) << QByteArray(find) << QByteArray(replace) << expected;
    };
    row("malformed: line and column", R"("title": "T",)", R"("title": "T" "U",)", u"line 1, column 52: unterminated object"_s);
    row("malformed: unterminated", "\"Era\"", "\"Era", u"line 12, column"_s);
    QTest::newRow("empty file") << kValid << QByteArray() << u"line 1, column 1: "_s;
    row("not an object", R"({"format")", R"([{"format")", u"not valid JSON"_s);
    row("other format", R"("format": "dateline")", R"("format": "timelinejs")", u"format: not a Dateline"_s);
    row("newer version", R"("version": 1)", R"("version": 2)", u"version: the file has format version 2"_s);
    row("version not a number", R"("version": 1)", R"("version": "1")", u"version: must be a whole number"_s);
    row("bad date", R"("date": "2008-02-29")", R"("date": "2008-02-30")", u"events[0].date: "_s);
    row("bad interval", R"("date": "2008-03")", R"("date": "1985-04-12/1985-04-01")", u"events[1].date: "_s);
    row("date not a string", R"(, "date": "2008-03")", R"(, "date": 2008)", u"events[1].date: must be a string, not a number"_s);
    row("dangling place", R"("place": 1)", R"("place": 9)", u"events[0].place: there is no place with id 9"_s);
    row("dangling actor link", R"("actor": 1)", R"("actor": 5)", u"events[0].actors[0].actor: there is no actor with id 5"_s);
    row("dangling quote event", R"("events": [1])", R"("events": [1, 3])", u"quotes[0].events[1]: there is no event with id 3"_s);
    row("dangling speaker", R"("speaker": 1)", R"("speaker": 4)", u"quotes[0].speaker: there is no actor with id 4"_s);
    row("dangling relation", R"("from": 2)", R"("from": 7)", u"relations[0].from: there is no event with id 7"_s);
    row("self relation", R"("from": 2)", R"("from": 1)", u"relations[0]: an event cannot be related to itself"_s);
    row("bad reliability", R"("reliability": "B")", R"("reliability": "G")", u"sources[0].reliability: \"G\" is not a reliability grade"_s);
    row("bad credibility", R"("credibility": 2)", R"("credibility": 7)", u"quotes[0].credibility: 7 is not a credibility"_s);
    row("bad importance", R"("importance": 70)", R"("importance": 101)", u"events[1].importance: 101 is outside 0..100"_s);
    row("fractional importance", R"("importance": 70)", R"("importance": 70.5)", u"events[1].importance: must be a whole number"_s);
    row("duplicate id", R"("id": 2, "title": "F")", R"("id": 1, "title": "F")", u"events[1].id: 1 is also the id of events[0]"_s);
    row("negative id", R"("id": 2, "title": "F")", R"("id": -2, "title": "F")", u"events[1].id: must be a positive id"_s);
    row("unknown field", R"("importance": 70)", R"("importance": 70, "colour": "red")", u"events[1].colour: unknown field"_s);
    row("numeric cameo code", R"("cameo-code": "042")", R"("cameo-code": 42)", u"events[0].cameo-code: must be a string"_s);
    row("bad cameo code", R"("cameo-code": "042")", R"("cameo-code": "99")", u"events[0].cameo-code: \"99\" is not a CAMEO"_s);
    row("bad status", R"("status": "planned")", R"("status": "rumoured")", u"events[0].status: \"rumoured\""_s);
    row("bad role", R"("role": "host")", R"("role": "guest")", u"events[0].actors[0].role: \"guest\""_s);
    row("bad actor kind", R"("kind": "person")", R"("kind": "robot")", u"actors[0].kind: \"robot\""_s);
    row("bad relation kind", R"("follow-up of")", R"("sequel of")", u"relations[0].kind: \"sequel of\""_s);
    row("bad colour", R"("#aabbcc")", R"("red")", u"eras[0].color: \"red\""_s);
    row("bad country", R"("country": "RUS")", R"("country": "ru")", u"actors[0].country: \"ru\""_s);
    row("bad latitude", R"("latitude": 1.5)", R"("latitude": 91)", u"places[0].latitude: 91 is outside -90..90"_s);
    row("empty title", R"("title": "E")", R"("title": "")", u"events[0].title: must not be empty"_s);
    row("bad stamp", R"("2025-01-15T09:00:00.000Z")", R"("yesterday")", u"events[0].created: \"yesterday\""_s);
    row("entity not an object", R"("eras": [{)", R"("eras": [7, {)", u"eras[0]: must be an object"_s);
    row("malformed view", R"("grouping": "actor")", R"("grouping": "sideways")",
        u"views[0]: Saved view \"Summit\": "_s);
    row("view filter malformed", R"("tags": ["x"])", R"("tags": "x")", u"views[0]: Saved view \"Summit\": Filter: \"tags\" must be a list"_s);
    row("view without name", R"("name": "Summit")", R"("name": "")", u"views[0]: A saved view has no name"_s);
    row("view names a missing actor", R"({"actors": [1])", R"({"actors": [1, 9])",
        u"views[0].filter.actors: the view \u201cSummit\u201d names actor 9"_s);
    row("duplicate view", R"("palette": "dark"}])", R"("palette": "dark"}, {"name": "Summit"}])",
        u"views[1]: a second view named \u201cSummit\u201d"_s);
    row("bad bookmark", R"("2008-02-29/2008-03-01")", R"("2008-02-30")", u"bookmarks[0]: Bookmark \"Leap day\": the date is not valid"_s);
    row("GDELT record not an object", R"("gdelt": {)", R"("gdelt": 7, "x": {)", u"events[1].gdelt: must be an object"_s);
    row("GDELT id missing", R"("global-event-id": 77, )", "", u"events[1].gdelt.global-event-id: must be a whole number"_s);
    row("GDELT id not positive", R"("global-event-id": 77)", R"("global-event-id": 0)", u"events[1].gdelt.global-event-id: must be a GLOBALEVENTID from 1"_s);
    row("GDELT bad date added", "20080301120000", "20081301120000", u"events[1].gdelt.date-added: 20081301120000 is not a DATEADDED"_s);
    row("GDELT impossible time", "20080301120000", "20080301256199", u"events[1].gdelt.date-added: 20080301256199 is not a DATEADDED"_s);
    row("GDELT dangling source", R"("source": 1, "goldstein")", R"("source": 4, "goldstein")", u"events[1].gdelt.source: there is no source with id 4"_s);
    row("GDELT Goldstein out of range", R"("goldstein": -4.4)", R"("goldstein": -14.4)", u"events[1].gdelt.goldstein: -14.4 is outside -10..10"_s);
    row("GDELT negative count", R"("mentions": 3)", R"("mentions": -3)", u"events[1].gdelt.mentions: must not be negative"_s);
    row("GDELT unknown field", R"("tone": 2.5)", R"("tone": 2.5, "quad": 1)", u"events[1].gdelt.quad: unknown field"_s);
    row("GDELT id twice", R"("cameo-code": "042",)", R"("cameo-code": "042", "gdelt": {"global-event-id": 77},)",
        u"events[1].gdelt.global-event-id: 77 is also the GLOBALEVENTID of events[0]"_s);
    row("list not an array", R"("quotes": [)", R"("quotes": {"x": 1}, "q": [)", u"quotes: must be an array"_s);
}

void TestNativeJson::importErrors()
{
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, expected);
    QVERIFY2(kValid.count(find) == 1, find.constData()); // the test itself must be unambiguous
    QByteArray json = kValid;
    json.replace(find, replace);

    // The target already holds the sample: a failed import must leave it exactly as it was.
    auto doc = newDocument(u"target-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u':', u'-'));
    QVERIFY(doc);
    QVERIFY(importNativeJson(sampleTimelineJson(), *doc, nullptr));
    const QByteArray before = exportNativeJson(*doc);

    const NativeJsonImport result = importNativeJson(json, *doc);
    QVERIFY(!result.ok());
    QVERIFY2(result.problems.join(u'\n').contains(expected),
             qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, result.problems.join(u'\n'))));
    QCOMPARE(result.events, 0);
    QCOMPARE(exportNativeJson(*doc), before);

    QString message;
    QVERIFY(!importNativeJson(json, *doc, &message));
    QVERIFY(message.contains(expected));
}

void TestNativeJson::importIntoNonEmptyDocumentRemapsIds()
{
    auto doc = newDocument(u"twice"_s);
    QVERIFY(doc);
    doc->setTitle(u"Mine"_s);
    QVERIFY(importNativeJson(kValid, *doc, nullptr));
    const NativeJsonImport second = importNativeJson(sampleTimelineJson(), *doc);
    QVERIFY2(second.ok(), qPrintable(second.problems.join(u'\n')));
    QVERIFY(!second.idsKept);
    QCOMPARE(doc->title(), u"Mine"_s); // an existing title is kept
    QCOMPARE(doc->info().events, qint64(2 + second.events));
    QCOMPARE(doc->info().relations, qint64(1 + second.relations));

    // Every imported link points at the imported entity it pointed at in the file.
    for (const Relation &r : doc->relations()) {
        const auto from = doc->event(r.from), to = doc->event(r.to);
        QVERIFY(from && to);
        if (r.kind == RelationKind::FollowUpOf && from->title.contains(u"Sochi"))
            QVERIFY(to->title.contains(u"2+2"));
    }
    for (const Quote &q : doc->quotes()) {
        if (q.text == u"important and useful") {
            QCOMPARE(doc->actor(q.speaker)->label, u"Sergei Lavrov"_s);
            QCOMPARE(doc->source(q.source)->publication, u"World Politics Review"_s);
            QCOMPARE(doc->event(q.events.at(0))->title, u"Joint press conference of the four ministers"_s);
        }
    }
}

void TestNativeJson::gdeltRecordsImportIntoNonEmptyDocument()
{
    // The same GDELT rows twice: as a file from elsewhere they become new events, but a
    // GLOBALEVENTID keeps the record of the event that has it, and a later GDELT import of the
    // same rows merges them instead of adding a third copy.
    auto doc = newDocument(u"gdelt-twice"_s);
    QVERIFY(doc);
    QVERIFY(doc->addSource({{}, u"Mine"_s, {}, {}, {}, {}, {}, u'B'}).isValid());
    QVERIFY(importGdeltRows(*doc));
    auto other = newDocument(u"gdelt-other"_s);
    QVERIFY(other);
    QVERIFY(importGdeltRows(*other));
    const QByteArray json = exportNativeJson(*other);
    const std::vector<std::pair<EventId, GdeltRecord>> before = doc->gdeltRecords();
    QCOMPARE(before.size(), size_t(3));

    const NativeJsonImport result = importNativeJson(json, *doc);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(!result.idsKept);
    QCOMPARE(result.events, 3);
    QCOMPARE(result.gdeltAlreadyThere, 3); // said, not silent
    const std::vector<std::pair<EventId, GdeltRecord>> after = doc->gdeltRecords();
    QCOMPARE(after.size(), size_t(3));
    for (size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].first, before[i].first);
        QCOMPARE(after[i].second.source, before[i].second.source);
    }

    // Into a document without those records, the sources are remapped with the events.
    auto third = newDocument(u"gdelt-third"_s);
    QVERIFY(third);
    QVERIFY(importNativeJson(kValid, *third, nullptr));
    QCOMPARE(importNativeJson(json, *third).gdeltAlreadyThere, 0);
    const std::vector<std::pair<EventId, GdeltRecord>> records = third->gdeltRecords();
    QCOMPARE(records.size(), size_t(4));
    for (const auto &[event, record] : records) {
        if (record.globalEventId == 77)
            continue;
        QVERIFY(event.value > 2);
        const std::optional<Source> source = third->source(record.source);
        if (record.globalEventId == 110000003) {
            QVERIFY(!source); // a historical row has no SOURCEURL
        } else {
            QVERIFY(source);
            QVERIFY(source->url.startsWith(u"https://example.org/news/"_s));
        }
    }
    const GdeltImportResult again = importGdelt({m_dir.filePath(u"rows-0.CSV"_s)}, *third);
    QCOMPARE(again.events, 0);
}

void TestNativeJson::viewsImportIntoNonEmptyDocument()
{
    auto doc = newDocument(u"views-twice"_s);
    QVERIFY(doc);
    QVERIFY(importNativeJson(sampleTimelineJson(), *doc, nullptr));
    SavedView mine;
    mine.name = u"Summit"_s;
    mine.palette = u"light"_s;
    doc->putSavedView(mine);
    const NativeJsonImport result = importNativeJson(kValid, *doc);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(!result.idsKept);
    QCOMPARE(*doc->savedView(u"Summit"_s), mine); // the user's view is not replaced
    const auto imported = doc->savedView(u"Summit (2)"_s);
    QVERIFY(imported);
    QCOMPARE(imported->filter.actors.size(), size_t(1));
    QCOMPARE(doc->actor(imported->filter.actors.front())->label, u"A"_s); // remapped with its actor
    QVERIFY(imported->filter.actors.front() != ActorId(1));
}

void TestNativeJson::readOnlyDocumentIsRefused()
{
    const QString path = m_dir.filePath(u"readonly.dateline"_s);
    {
        QString error;
        auto doc = Document::create(path, &error);
        QVERIFY2(doc, qPrintable(error));
    }
    QString error;
    auto doc = Document::open(path, OpenMode::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    const NativeJsonImport result = importNativeJson(kValid, *doc);
    QVERIFY(!result.ok());
    QVERIFY(result.problems.join(u'\n').contains(u"read-only"));
    QCOMPARE(doc->info().events, 0);
}

void TestNativeJson::problemsAreCapped()
{
    QByteArray json = R"({"format": "dateline", "version": 1, "events": [)";
    for (int i = 0; i < 200; ++i)
        json += (i ? ", " : "") + QByteArray(R"({"id": 1, "title": "E", "date": "2008-02-30"})");
    json += "]}";
    auto doc = newDocument(u"capped"_s);
    QVERIFY(doc);
    const NativeJsonImport result = importNativeJson(json, *doc);
    QCOMPARE(result.problems.size(), NativeJsonImport::kMaxProblems + 1);
    QVERIFY(result.problems.first().startsWith(u"events[0].date: "_s));
    QCOMPARE(result.problems.last(), u"(more problems not listed)"_s);
    QCOMPARE(doc->info().events, 0);
}

void TestNativeJson::gdeltNullIsNoRecord()
{
    QByteArray json = kValid;
    json.replace(R"("importance": 70,)", R"("importance": 70, "sort-key": 5,)");
    const qsizetype at = json.indexOf(R"("gdelt": {)");
    json.replace(at, json.indexOf('}', at) - at + 1, R"("gdelt": null)");
    auto doc = newDocument(u"gdelt-null"_s);
    QVERIFY(doc);
    const NativeJsonImport result = importNativeJson(json, *doc);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QVERIFY(doc->gdeltRecords().empty());
    QCOMPARE(doc->event(EventId(2))->sortKey, 5);
}

void TestNativeJson::byteOrderMarkIsAccepted()
{
    // Some editors on Windows start UTF-8 files with a byte order mark.
    auto doc = newDocument(u"bom"_s);
    QVERIFY(doc);
    QString error;
    QVERIFY2(importNativeJson("\xEF\xBB\xBF" + kValid, *doc, &error), qPrintable(error));
    QCOMPARE(doc->info().events, 2);
}

QTEST_GUILESS_MAIN(TestNativeJson)
#include "tst_nativejson.moc"
