// The full-text index is contentless: FTS5 forgets an event's row only when told the words it
// was indexed with. Documents written by earlier versions were indexed with text built by one SQL
// statement (below); EventTextReader must build the very same text, byte for byte, or editing
// such a document would leave stale words in its index.
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/eventtext.h"
#include "core/store/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// The indexed text as earlier versions built it (for one event).
#define SEP "' ' || char(57344) || ' '"
constexpr char kEarlierText[] =
    "SELECT k.key, e.title, "
    "e.description || coalesce(" SEP " || (SELECT group_concat(q.text, " SEP ") FROM quote_events qe "
    "  JOIN quotes q ON q.id = qe.quote_id WHERE qe.event_id = e.id), ''), "
    "coalesce((SELECT group_concat(a.label || char(10) || coalesce(a.aliases, ''), char(10)) "
    "  FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id), '') || char(10) "
    "|| coalesce((SELECT p.name FROM places p WHERE p.id = e.place_id), '') || char(10) "
    "|| coalesce((SELECT group_concat(s.title, char(10)) FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id "
    "   JOIN sources s ON s.id = q.source_id WHERE qe.event_id = e.id), '') "
    "FROM events e JOIN search_keys k ON k.event_id = e.id WHERE e.id = ?1";
#undef SEP

std::string utf8(const Statement &s, int column)
{
    return s.text(column).toStdString();
}

} // namespace

class TestEventText : public QObject {
    Q_OBJECT
private slots:
    void sameTextAsEarlierVersions_data();
    void sameTextAsEarlierVersions();
    void rangeSkipsUnkeyedAndOtherEvents();
};

void TestEventText::sameTextAsEarlierVersions_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("actors");   // 0..3: the third has two aliases
    QTest::addColumn<bool>("place");
    QTest::addColumn<int>("quotes");   // 0..3: the second has no source
    QTest::newRow("title only") << QString() << 0 << false << 0;
    QTest::newRow("description") << u"Talks on the grain corridor"_s << 0 << false << 0;
    QTest::newRow("one actor") << QString() << 1 << false << 0;
    QTest::newRow("actors with aliases") << QString() << 3 << false << 0;
    QTest::newRow("place only") << QString() << 0 << true << 0;
    QTest::newRow("one quote") << QString() << 0 << false << 1;
    QTest::newRow("quote without source") << u"x"_s << 1 << false << 2;
    QTest::newRow("everything") << u"Лавров и Райс — «2+2»"_s << 3 << true << 3;
}

void TestEventText::sameTextAsEarlierVersions()
{
    QFETCH(QString, description);
    QFETCH(int, actors);
    QFETCH(bool, place);
    QFETCH(int, quotes);
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"t.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    const QList<Actor> cast = {{ActorId(), u"Sergei Lavrov"_s, ActorKind::Person, u"RUS"_s, {}, {}},
                               {ActorId(), u"Россия"_s, ActorKind::State, u"RUS"_s, {}, {}},
                               {ActorId(), u"Condoleezza Rice"_s, ActorKind::Person, u"USA"_s, {},
                                {u"Condi"_s, u"Secretary Rice"_s}}};
    Event e;
    e.title = u"2+2 meeting in Moscow"_s;
    e.description = description;
    e.date = FuzzyDate::fromEdtf(u"2008-03-17/2008-03-18"_s);
    for (int i = 0; i < actors; ++i)
        e.actors.push_back({doc->addActor(cast[i]), ActorRole::Participant});
    if (place)
        e.place = doc->addPlace({PlaceId(), u"Moscow"_s, u"RUS"_s, 55.75, 37.62});
    const EventId other = doc->addEvent({});
    const EventId id = doc->addEvent(e);
    const SourceId wire = doc->addSource({SourceId(), u"Wire service"_s, {}, {}, {}, {}, {}, QLatin1Char('B')});
    const SourceId paper = doc->addSource({SourceId(), u"Kommersant"_s, {}, {}, {}, {}, {}, QLatin1Char('C')});
    const QList<Quote> said = {{QuoteId(), u"“We will not yield”"_s, ActorId(), wire, {}, 2, {id, other}},
                               {QuoteId(), u"No comment"_s, ActorId(), SourceId(), {}, 6, {id}},
                               {QuoteId(), u"A step forward"_s, ActorId(), paper, {}, 3, {other, id}}};
    for (int i = 0; i < quotes; ++i)
        doc->addQuote(said[i]);

    Statement earlier = doc->database().prepare(kEarlierText);
    earlier.bind(1, id.value);
    QVERIFY(earlier.step());
    int calls = 0;
    store::EventTextReader(doc->database()).read(id.value - 1, id.value, [&](const store::EventText &text) {
        ++calls;
        QCOMPARE(text.eventId, id.value);
        QCOMPARE(text.key, earlier.int64(0));
        QCOMPARE(text.title, utf8(earlier, 1));
        QCOMPARE(text.body, utf8(earlier, 2));
        QCOMPARE(text.names, utf8(earlier, 3));
    });
    QCOMPARE(calls, 1);
}

// A range reads its own events only, in id order, and skips events without a search key.
void TestEventText::rangeSkipsUnkeyedAndOtherEvents()
{
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"t.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    const ActorId lavrov = doc->addActor({ActorId(), u"Lavrov"_s, ActorKind::Person, {}, {}, {}});
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 6; ++i) {
        Event e;
        e.title = u"event %1"_s.arg(i);
        e.actors = {{lavrov, ActorRole::Initiator}};
        ids.push_back(doc->addEvent(e).value);
    }
    doc->database().exec("DELETE FROM search_keys WHERE event_id = " + QByteArray::number(ids[3]));
    std::vector<std::int64_t> read;
    store::EventTextReader(doc->database()).read(ids[1], ids[4], [&](const store::EventText &text) {
        read.push_back(text.eventId);
        QCOMPARE(text.names, std::string("Lavrov\n\n\n"));
    });
    QCOMPARE(read, (std::vector<std::int64_t>{ids[2], ids[4]}));
}

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_eventtext.moc"
