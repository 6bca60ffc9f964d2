// Adding accepted proposals to an open document: one undoable step through the command layer,
// the document's actors, places and the article's source reused by name instead of copied.
#include "core/extract/articleextractor.h"
#include "core/extract/proposalwriter.h"
#include "core/edit/editor.h" // after the extract headers: moc cannot parse <concepts> reached through it first
#include "core/store/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace dateline::extract;

class TestProposalWriter : public QObject {
    Q_OBJECT
private slots:
    void addsOneUndoableStep();
    void reusesActorsPlacesAndSource_data();
    void reusesActorsPlacesAndSource();
    void findsOrIsToldTheSource_data();
    void findsOrIsToldTheSource();
    void nothingAcceptedWritesNothing();
    void seedArticleIntoOpenDocument();
    void countryMentionsAreTheDocumentsState_data();
    void countryMentionsAreTheDocumentsState();
    void twoMentionsOfOneActorLinkedOnce();
    void organisationWrittenTwoWaysIsOneActor_data();
    void organisationWrittenTwoWaysIsOneActor();
};

namespace {

const CivilDate kDct{2008, 3, 28};

// Our own article: a meeting in Moscow with a quote, a planned visit.
const char *kArticle =
    "Moscow talks\n\n"
    "Foreign Minister Sergei Lavrov met U.S. Secretary of State Condoleezza Rice in Moscow on March 17. "
    "\"We made real progress on the treaty,\" Lavrov said.\n\n"
    "Rice will visit Beijing on April 6, the State Department said.\n";

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    std::unique_ptr<Editor> editor;
    ActorId lavrov;
    PlaceId moscow;

    explicit Fixture(const QString &actorLabel = QStringLiteral("Sergei Lavrov"), const QString &placeName = QStringLiteral("Moscow"))
    {
        QString error;
        doc = Document::create(dir.filePath(QStringLiteral("t.dateline")), &error);
        QVERIFY2(doc, qPrintable(error));
        Actor a;
        a.label = actorLabel;
        a.kind = ActorKind::Person;
        a.country = QStringLiteral("RUS");
        lavrov = doc->addActor(a);
        Place p;
        p.name = placeName;
        moscow = doc->addPlace(p);
        editor = std::make_unique<Editor>(*doc);
    }
    // a state actor of Russia as the analyst labelled it
    ActorId addRussia(const QString &label, const QStringList &aliases)
    {
        Actor a;
        a.label = label;
        a.kind = ActorKind::State;
        a.country = QStringLiteral("RUS");
        a.aliases = aliases;
        return doc->addActor(a);
    }
    Extraction extract(const QString &text) const
    {
        return ArticleExtractor(kDct, doc->actors()).run(text);
    }
};

ArticleSource articleSource()
{
    ArticleSource s;
    s.title = QStringLiteral("Moscow talks");
    s.publication = QStringLiteral("The Test Gazette");
    s.url = QStringLiteral("https://example.org/moscow-talks");
    s.published = kDct;
    return s;
}

std::vector<int> all(const Extraction &x)
{
    std::vector<int> rows;
    for (int i = 0; i < int(x.events.size()); ++i)
        rows.push_back(i);
    return rows;
}

} // namespace

void TestProposalWriter::addsOneUndoableStep()
{
    Fixture f;
    const Extraction x = f.extract(QString::fromUtf8(kArticle));
    QCOMPARE(x.events.size(), size_t(2));
    int notices = 0;
    f.editor->addListener([&](const DocumentChange &) { ++notices; });
    const AddedProposals added = addProposals(*f.editor, x, all(x), articleSource());
    QCOMPARE(added.events.size(), size_t(2));
    QCOMPARE(notices, 1); // one step, one notice for the views
    QCOMPARE(f.editor->undoLabel(), QStringLiteral("Add 2 events from article"));
    QCOMPARE(f.doc->events().size(), size_t(2));
    const std::optional<Event> meeting = f.doc->event(added.events.front());
    QVERIFY(meeting);
    QCOMPARE(meeting->date.toEdtf(), QStringLiteral("2008-03-17"));
    QCOMPARE(f.doc->event(added.events.back())->status, EventStatus::Planned);

    const std::vector<Source> sources = f.doc->sources();
    QCOMPARE(sources.size(), size_t(1));
    QCOMPARE(sources.front().publication, QStringLiteral("The Test Gazette"));
    QCOMPARE(sources.front().url, QStringLiteral("https://example.org/moscow-talks"));
    QCOMPARE(sources.front().issued.toEdtf(), QStringLiteral("2008-03-28"));
    const std::vector<Quote> quotes = f.doc->quotesForEvent(meeting->id);
    QCOMPARE(quotes.size(), size_t(1));
    QCOMPARE(quotes.front().speaker, f.lavrov);
    QCOMPARE(quotes.front().source, sources.front().id);

    f.editor->undo();
    QVERIFY(f.doc->events().empty());
    QVERIFY(f.doc->quotes().empty());
    QVERIFY(f.doc->sources().empty());
    QCOMPARE(f.doc->actors().size(), size_t(1)); // only the one the document had
    QCOMPARE(f.doc->places().size(), size_t(1));
    f.editor->redo();
    QCOMPARE(f.doc->events().size(), size_t(2));
}

void TestProposalWriter::reusesActorsPlacesAndSource_data()
{
    QTest::addColumn<QString>("actorLabel");
    QTest::addColumn<QString>("placeName");
    QTest::newRow("same spelling") << QStringLiteral("Sergei Lavrov") << QStringLiteral("Moscow");
    QTest::newRow("other case") << QStringLiteral("SERGEI LAVROV") << QStringLiteral("moscow");
}

void TestProposalWriter::reusesActorsPlacesAndSource()
{
    QFETCH(QString, actorLabel);
    QFETCH(QString, placeName);
    Fixture f(actorLabel, placeName);
    const Extraction x = f.extract(QString::fromUtf8(kArticle));
    const AddedProposals first = addProposals(*f.editor, x, all(x), articleSource());
    QVERIFY(first.actorsReused >= 1);
    QCOMPARE(first.placesReused, 1);
    const std::vector<Actor> actors = f.doc->actors();
    const auto named = [&](const QString &label) {
        return std::count_if(actors.begin(), actors.end(), [&](const Actor &a) { return a.label.compare(label, Qt::CaseInsensitive) == 0; });
    };
    QCOMPARE(named(QStringLiteral("Sergei Lavrov")), 1);
    QCOMPARE(named(QStringLiteral("Condoleezza Rice")), 1);
    const std::vector<Place> places = f.doc->places();
    QCOMPARE(std::count_if(places.begin(), places.end(), [](const Place &p) { return p.name.compare(u"moscow", Qt::CaseInsensitive) == 0; }), 1);
    const Event meeting = *f.doc->event(first.events.front());
    QCOMPARE(meeting.place, f.moscow);
    QVERIFY(std::any_of(meeting.actors.begin(), meeting.actors.end(), [&](const ActorLink &l) { return l.actor == f.lavrov; }));

    // The same article again: its source, actors and places are all there already.
    const qsizetype actorsBefore = qsizetype(f.doc->actors().size());
    const AddedProposals second = addProposals(*f.editor, f.extract(QString::fromUtf8(kArticle)), {0}, articleSource());
    QVERIFY(second.sourceReused);
    QCOMPARE(second.actorsAdded, 0);
    QCOMPARE(qsizetype(f.doc->actors().size()), actorsBefore);
    QCOMPARE(f.doc->sources().size(), size_t(1));
    QCOMPARE(f.doc->places().size(), places.size());
    QCOMPARE(f.editor->undoLabel(), QStringLiteral("Add 1 event from article"));
}

void TestProposalWriter::findsOrIsToldTheSource_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("known"); // -1: not told; 0: told there is none; 1: told the document's
    QTest::addColumn<bool>("reused");
    QTest::newRow("same URL, beside one that contains it") << articleSource().url << -1 << true;
    QTest::newRow("no URL: same title and date") << QString() << -1 << true;
    QTest::newRow("a longer URL is another article") << articleSource().url + QStringLiteral("-2") << -1 << false;
    QTest::newRow("told it is the document's") << articleSource().url << 1 << true;
    QTest::newRow("told there is none: not searched") << articleSource().url << 0 << false;
}

// The article's source is found by URL (or title and date) among the sources that contain it, or
// a caller that has already found it (a live review writing again) names it.
void TestProposalWriter::findsOrIsToldTheSource()
{
    QFETCH(QString, url);
    QFETCH(int, known);
    QFETCH(bool, reused);
    Fixture f;
    Source longer;
    longer.title = QStringLiteral("Moscow talks, part two");
    longer.url = articleSource().url + QStringLiteral("-part-two");
    f.doc->addSource(longer);
    Source same;
    same.title = articleSource().title;
    same.url = url;
    same.issued = FuzzyDate::fromDay(kDct);
    const SourceId existing = f.doc->addSource(same);
    ArticleSource article = articleSource();
    if (url.isEmpty())
        article.url.clear();
    if (known >= 0)
        article.known = known ? existing : SourceId();
    const Extraction x = f.extract(QString::fromUtf8(kArticle));
    const AddedProposals added = addProposals(*f.editor, x, all(x), article);
    QCOMPARE(added.sourceReused, reused);
    QCOMPARE(added.source == existing, reused);
    QCOMPARE(f.doc->sources().size(), size_t(reused ? 2 : 3));
    for (const Quote &q : f.doc->quotes())
        QCOMPARE(q.source, added.source);
}

void TestProposalWriter::nothingAcceptedWritesNothing()
{
    Fixture f;
    const Extraction x = f.extract(QString::fromUtf8(kArticle));
    const AddedProposals added = addProposals(*f.editor, x, {}, articleSource());
    QVERIFY(added.events.empty());
    QVERIFY(!f.editor->canUndo());
    QVERIFY(f.doc->sources().empty());
    QVERIFY(addProposals(*f.editor, x, {42, -1}, articleSource()).events.empty()); // out of range
    QVERIFY(!f.editor->canUndo());
}

void TestProposalWriter::seedArticleIntoOpenDocument()
{
    QFile file(QStringLiteral(DATELINE_SHARED_DATA "/seed/000_2dfa95e0bfc6aa2c.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the seed article is not present");
    Fixture f;
    const Extraction x = f.extract(QString::fromUtf8(file.readAll()));
    const AddedProposals added = addProposals(*f.editor, x, all(x), articleSource());
    QCOMPARE(added.events.size(), size_t(3));
    QStringList dates;
    const Event *summit = nullptr;
    std::vector<Event> events = f.doc->events();
    for (const Event &e : events) {
        dates << e.date.toEdtf();
        if (e.date.toEdtf() == u"2008-04-06")
            summit = &e;
    }
    dates.sort();
    QCOMPARE(dates, (QStringList{QStringLiteral("2008-03-17/2008-03-18"), QStringLiteral("2008-03-26"), QStringLiteral("2008-04-06")}));
    QVERIFY(summit);
    QCOMPARE(summit->status, EventStatus::Planned);
    // The meeting in Moscow: the document's own place, and the document's own Lavrov as speaker.
    const auto meeting = std::find_if(events.begin(), events.end(), [](const Event &e) { return e.date.toEdtf().startsWith(u"2008-03-17"); });
    QCOMPARE(meeting->place, f.moscow);
    bool lavrovQuote = false, bushQuote = false;
    for (const Quote &q : f.doc->quotes()) {
        QVERIFY(q.speaker.isValid());
        lavrovQuote = lavrovQuote || (q.speaker == f.lavrov && q.text.startsWith(u"The best way"));
        bushQuote = bushQuote || (f.doc->actor(q.speaker)->label == u"George W. Bush" && q.text.contains(u"good relations"));
    }
    QVERIFY(lavrovQuote);
    QVERIFY(bushQuote);
    QCOMPARE(added.relations, 1); // the summit, a follow-up of the meeting
    QCOMPARE(f.doc->relations().size(), size_t(1));
    f.editor->undo(); // one step: the relation goes with the events
    QVERIFY(f.doc->relations().empty());
    QVERIFY(f.doc->events().empty());
    const std::vector<Actor> actors = f.doc->actors();
    QCOMPARE(std::count_if(actors.begin(), actors.end(), [](const Actor &a) { return a.label == u"Sergei Lavrov"; }), 1);
}

// "Russian" and "Moscow" in one sentence are the document's one "Russia" (labelled as the analyst
// wrote it): listed once in the proposal, linked once, and no second Russia is added.
void TestProposalWriter::countryMentionsAreTheDocumentsState_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("demonym and capital")
        << QStringLiteral("Russian President Vladimir Putin said Moscow would send envoys to Geneva on April 6.");
    QTest::newRow("name and capital") << QStringLiteral("Russia and Moscow's allies will meet in Geneva on April 6.");
    QTest::newRow("short form twice") << QStringLiteral("The Russians said the Russian envoy will fly to Geneva on April 6.");
}

void TestProposalWriter::countryMentionsAreTheDocumentsState()
{
    QFETCH(QString, text);
    Fixture f;
    const ActorId russiaId = f.addRussia(QStringLiteral("Russian Federation"), {QStringLiteral("Moscow")});
    const Extraction x = f.extract(text);
    QCOMPARE(x.events.size(), size_t(1));
    QStringList labels;
    for (const ActorMention &m : x.events[0].actors)
        labels << m.label;
    QCOMPARE(labels.count(QStringLiteral("Russian Federation")), 1);
    QVERIFY2(!labels.contains(QStringLiteral("Russia")), qPrintable(labels.join(u',')));
    addProposals(*f.editor, x, all(x), articleSource());
    const std::vector<Event> events = f.doc->events();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(std::count_if(events[0].actors.begin(), events[0].actors.end(), [&](const ActorLink &l) { return l.actor == russiaId; }), 1);
    const std::vector<Actor> actors = f.doc->actors();
    QCOMPARE(std::count_if(actors.begin(), actors.end(), [](const Actor &a) { return a.country == u"RUS" && a.kind == ActorKind::State; }), 1);
}

// With two state actors of one country the recogniser cannot choose, so "Russian" stays the country
// table's "Russia" while "Moscow" is the document's; both are its "Russia" when written: one link.
void TestProposalWriter::twoMentionsOfOneActorLinkedOnce()
{
    Fixture f;
    const ActorId russiaId = f.addRussia(QStringLiteral("Russia"), {QStringLiteral("Moscow")});
    f.addRussia(QStringLiteral("Kremlin"), {});
    const Extraction x = f.extract(QStringLiteral("A Russian envoy said Moscow would send troops to Geneva on April 6."));
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].actors.size(), size_t(2)); // "Russia" by the table, "Russia" by the document
    addProposals(*f.editor, x, all(x), articleSource());
    const std::vector<Event> events = f.doc->events();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0].actors.size(), size_t(1));
    QCOMPARE(events[0].actors[0].actor, russiaId);
}

// "EU" and "European Union", "U.N." and "United Nations": one actor, whichever way the document's
// analyst wrote it and however often the article switches.
void TestProposalWriter::organisationWrittenTwoWaysIsOneActor_data()
{
    QTest::addColumn<QString>("documentLabel"); // empty: the document has no such actor yet
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");         // the one actor's label afterwards
    QTest::newRow("short form, document has the full name")
        << QStringLiteral("European Union") << QStringLiteral("EU ministers met in Geneva on April 6.") << QStringLiteral("European Union");
    QTest::newRow("full name, document has the short form")
        << QStringLiteral("EU") << QStringLiteral("The European Union met in Geneva on April 6.") << QStringLiteral("EU");
    QTest::newRow("dotted short form")
        << QStringLiteral("United Nations") << QStringLiteral("The U.N. said on April 6 it would send envoys.") << QStringLiteral("United Nations");
    QTest::newRow("both ways, new actor")
        << QString() << QStringLiteral("The European Union met in Geneva on April 6. EU envoys will fly to Kyiv on April 9.")
        << QStringLiteral("European Union");
    QTest::newRow("spelling variant")
        << QStringLiteral("Shanghai Cooperation Organisation") << QStringLiteral("The Shanghai Cooperation Organization met on April 6.")
        << QStringLiteral("Shanghai Cooperation Organisation");
}

void TestProposalWriter::organisationWrittenTwoWaysIsOneActor()
{
    QFETCH(QString, documentLabel);
    QFETCH(QString, text);
    QFETCH(QString, label);
    Fixture f;
    if (!documentLabel.isEmpty()) {
        Actor a;
        a.label = documentLabel;
        a.kind = ActorKind::Organisation;
        f.doc->addActor(a);
    }
    const Extraction x = f.extract(text);
    QVERIFY(!x.events.empty());
    addProposals(*f.editor, x, all(x), articleSource());
    const std::vector<Actor> actors = f.doc->actors();
    std::vector<Actor> organisations;
    std::copy_if(actors.begin(), actors.end(), std::back_inserter(organisations),
                 [](const Actor &a) { return a.kind == ActorKind::Organisation; });
    QCOMPARE(organisations.size(), size_t(1));
    QCOMPARE(organisations[0].label, label);
    for (const Event &e : f.doc->events())
        QVERIFY2(std::any_of(e.actors.begin(), e.actors.end(), [&](const ActorLink &l) { return l.actor == organisations[0].id; }),
                 qPrintable(e.title));
    if (documentLabel.isEmpty()) // a new actor is found again by its short form
        QVERIFY(organisations[0].aliases.contains(QStringLiteral("EU")));
}

QTEST_GUILESS_MAIN(TestProposalWriter)
#include "tst_proposalwriter.moc"
