#include "core/date/calendar.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace dateline;

class TestSample : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resourceIsLinkedFromStaticLibrary();
    void sampleIsCanonical();
    void createRefusesExistingFile();
    void eventsInTimeOrder();
    void meetingHasFourParticipants_data();
    void meetingHasFourParticipants();
    void quotes_data();
    void quotes();
    void quotesAreVerbatimFromTheArticle();
    void invitationKnownOnlyAsABound();
    void sochiIsAPlannedFollowUp();
    void missileDefenceIsPlanned();

private:
    std::optional<Event> eventTitled(const QString &part) const;
    QString label(ActorId id) const { return m_doc->actor(id)->label; }
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestSample::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_doc = createSampleDocument(m_dir.filePath(u"sample.dateline"_s), &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY(QFile::exists(m_dir.filePath(u"sample.dateline"_s)));
}

std::optional<Event> TestSample::eventTitled(const QString &part) const
{
    for (const Event &e : m_doc->events())
        if (e.title.contains(part))
            return e;
    return std::nullopt;
}

void TestSample::resourceIsLinkedFromStaticLibrary()
{
    // dateline_core is static: the resource must still be registered without Q_INIT_RESOURCE.
    QVERIFY(QFile::exists(kSampleResourcePath));
    const QByteArray json = sampleTimelineJson();
    QVERIFY(json.startsWith("{\n  \"format\": \"dateline\""));
}

void TestSample::sampleIsCanonical()
{
    // The bundled file is exactly what Dateline writes for it, so an export of the sample diffs clean.
    QCOMPARE(exportNativeJson(*m_doc), sampleTimelineJson());
}

void TestSample::createRefusesExistingFile()
{
    QString error;
    QVERIFY(!createSampleDocument(m_dir.filePath(u"sample.dateline"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(m_doc->info().events == 6); // the existing document is untouched
}

void TestSample::eventsInTimeOrder()
{
    const std::vector<Event> events = m_doc->events();
    QCOMPARE(events.size(), size_t(6));
    for (size_t i = 1; i < events.size(); ++i)
        QVERIFY(sortTime(events[i - 1].date.bounds()) <= sortTime(events[i].date.bounds()));
    // The events with a known day come in the story's order.
    QStringList dated;
    for (const Event &e : events)
        if (e.date.precision() == DatePrecision::Day && !e.date.isSet())
            dated << e.title;
    QCOMPARE(dated, (QStringList{u"US–Russia “2+2” security talks in Moscow"_s,
                                 u"Joint press conference of the four ministers"_s,
                                 u"Bush accepts the Sochi invitation in a White House interview"_s,
                                 u"Bush–Putin summit in Sochi"_s}));
}

void TestSample::meetingHasFourParticipants_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ActorRole>("role");
    QTest::newRow("Rice") << u"Condoleezza Rice"_s << ActorRole::Visitor;
    QTest::newRow("Gates") << u"Robert Gates"_s << ActorRole::Visitor;
    QTest::newRow("Lavrov") << u"Sergei Lavrov"_s << ActorRole::Host;
    QTest::newRow("Serdyukov") << u"Anatoly Serdyukov"_s << ActorRole::Host;
}

void TestSample::meetingHasFourParticipants()
{
    QFETCH(QString, actor);
    QFETCH(ActorRole, role);
    const auto meeting = eventTitled(u"2+2"_s);
    QVERIFY(meeting);
    QCOMPARE(meeting->date.toEdtf(), u"2008-03-17/2008-03-18"_s);
    QCOMPARE(meeting->actors.size(), size_t(4));
    QCOMPARE(m_doc->place(meeting->place)->name, u"Moscow"_s);
    const auto link = std::find_if(meeting->actors.begin(), meeting->actors.end(),
                                   [&](const ActorLink &l) { return label(l.actor) == actor; });
    QVERIFY(link != meeting->actors.end());
    QCOMPARE(link->role, role);
}

void TestSample::quotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("event");
    QTest::newRow("Lavrov: third site") << u"The best way to address our concerns, of course, will be not to set up this third positioning site at all"_s
                                        << u"Sergei Lavrov"_s << u"press conference"_s;
    QTest::newRow("Lavrov: useful") << u"important and useful"_s << u"Sergei Lavrov"_s << u"press conference"_s;
    QTest::newRow("Bush: relations") << u"It's important that we have good relations with Russia"_s
                                     << u"George W. Bush"_s << u"White House interview"_s;
    QTest::newRow("Bush: follow-up") << u"a follow-up"_s << u"George W. Bush"_s << u"White House interview"_s;
}

void TestSample::quotes()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, event);
    const auto target = eventTitled(event);
    QVERIFY(target);
    const std::vector<Quote> quotes = m_doc->quotesForEvent(target->id);
    const auto quote = std::find_if(quotes.begin(), quotes.end(), [&](const Quote &q) { return q.text == text; });
    QVERIFY(quote != quotes.end());
    QCOMPARE(label(quote->speaker), speaker);
    const auto source = m_doc->source(quote->source);
    QVERIFY(source);
    QCOMPARE(source->publication, u"World Politics Review"_s);
    QCOMPARE(source->reliability, QLatin1Char('B'));
    QCOMPARE(source->issued.toEdtf(), u"2008-03"_s);
    QVERIFY(quote->credibility >= 1 && quote->credibility <= 6);
}

void TestSample::quotesAreVerbatimFromTheArticle()
{
    QFile article(QStringLiteral(DATELINE_SHARED_DATA "/seed/000_2dfa95e0bfc6aa2c.txt"));
    if (!article.open(QIODevice::ReadOnly))
        QSKIP("the seed article is not available");
    const QString text = QString::fromUtf8(article.readAll());
    const std::vector<Quote> quotes = m_doc->quotes();
    QCOMPARE(quotes.size(), size_t(4));
    for (const Quote &q : quotes)
        QVERIFY2(text.contains(u'"' + q.text), qPrintable(q.text));
}

void TestSample::invitationKnownOnlyAsABound()
{
    const auto invitation = eventTitled(u"invites"_s);
    QVERIFY(invitation);
    QCOMPARE(invitation->date.toEdtf(), u"[..2008-03-26]"_s);
    const DateBounds b = invitation->date.bounds();
    QCOMPARE(b.earliestStart, kTimeMin);                          // open: any time before
    QCOMPARE(b.latestStart, calendar::toTimePoint(CivilDate{2008, 3, 26})); // on or before 26 March
    QCOMPARE(label(invitation->actors.at(0).actor), u"Vladimir Putin"_s);
}

void TestSample::sochiIsAPlannedFollowUp()
{
    const auto sochi = eventTitled(u"summit in Sochi"_s);
    const auto meeting = eventTitled(u"2+2"_s);
    QVERIFY(sochi && meeting);
    QCOMPARE(sochi->status, EventStatus::Planned);
    QCOMPARE(sochi->date.toEdtf(), u"2008-04-06"_s);
    QCOMPARE(m_doc->place(sochi->place)->name, u"Sochi"_s);
    const auto relations = m_doc->relations();
    QVERIFY(std::any_of(relations.begin(), relations.end(), [&](const Relation &r) {
        return r.from == sochi->id && r.to == meeting->id && r.kind == RelationKind::FollowUpOf;
    }));
}

void TestSample::missileDefenceIsPlanned()
{
    const auto bmd = eventTitled(u"missile-defence"_s);
    QVERIFY(bmd);
    QCOMPARE(bmd->status, EventStatus::Planned);
    QStringList actors;
    for (const ActorLink &l : bmd->actors)
        actors << label(l.actor);
    QCOMPARE(actors, (QStringList{u"United States"_s, u"Poland"_s, u"Czech Republic"_s}));
    const auto eras = m_doc->eras();
    QCOMPARE(eras.size(), size_t(1));
    QCOMPARE(eras.front().span.toEdtf(), u"2004-05-07/2008-05-07"_s);
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
