// Proposals that may repeat an event already in the timeline: same dates, and most of the title's
// words or two known actors in common. A hint in the Add from Article dialog.
#include "core/extract/articleextractor.h"
#include "core/extract/similarevents.h"
#include "core/store/document.h"

#include <QTest>

using namespace dateline;
using namespace dateline::extract;
using namespace Qt::StringLiterals;

class TestSimilarEvents : public QObject {
    Q_OBJECT
private slots:
    void marksWhatTheTimelineHas_data();
    void marksWhatTheTimelineHas();
};

void TestSimilarEvents::marksWhatTheTimelineHas_data()
{
    QTest::addColumn<QString>("article"); // one proposal
    QTest::addColumn<QString>("similar"); // the title of the event it may repeat; empty for none
    // The timeline (below): the Moscow talks with Lavrov and Rice on 17-18 March 2008, the Sochi
    // summit on 6 April 2008, Putin's invitation (before 26 March) and Bush's interview (26 March).
    QTest::newRow("two actors on the same days")
        << u"Foreign Minister Sergei Lavrov met Secretary of State Condoleezza Rice in Moscow on March 17."_s
        << u"Security talks in Moscow"_s;
    QTest::newRow("most title words on the same day")
        << u"The Sochi summit will take place on April 6, officials said."_s << u"Bush–Putin summit in Sochi"_s;
    QTest::newRow("the same words on another day")
        << u"A summit in Sochi will take place on May 9, officials said."_s << QString();
    QTest::newRow("another meeting, one actor") << u"Lavrov will visit Beijing on April 6."_s << QString();
    QTest::newRow("the day's event, not the vague one")
        << u"In a March 26 interview at the White House, President George W. Bush said he had accepted an "
           u"invitation from Russian President Vladimir Putin."_s
        << u"Bush accepts the invitation in a White House interview"_s;
}

void TestSimilarEvents::marksWhatTheTimelineHas()
{
    QFETCH(QString, article);
    QFETCH(QString, similar);
    auto doc = Document::createInMemory();
    const auto person = [&](const QString &label) {
        Actor a;
        a.label = label;
        a.kind = ActorKind::Person;
        return doc->addActor(a);
    };
    const auto event = [&](const QString &title, const QString &edtf, std::vector<ActorLink> actors) {
        Event e;
        e.title = title;
        e.date = FuzzyDate::fromEdtf(edtf);
        e.actors = std::move(actors);
        doc->addEvent(e);
    };
    const ActorId lavrov = person(u"Sergei Lavrov"_s), rice = person(u"Condoleezza Rice"_s);
    const ActorId bush = person(u"George W. Bush"_s), putin = person(u"Vladimir Putin"_s);
    event(u"Security talks in Moscow"_s, u"2008-03-17/2008-03-18"_s,
          {{lavrov, ActorRole::Participant}, {rice, ActorRole::Participant}});
    event(u"Bush–Putin summit in Sochi"_s, u"2008-04-06"_s, {});
    event(u"Putin invites Bush to Sochi"_s, u"[..2008-03-26]"_s, // known only to be before the interview
          {{putin, ActorRole::Initiator}, {bush, ActorRole::Target}});
    event(u"Bush accepts the invitation in a White House interview"_s, u"2008-03-26"_s,
          {{bush, ActorRole::Initiator}, {putin, ActorRole::Target}});

    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 20}, doc->actors()).run(article);
    QCOMPARE(x.events.size(), std::size_t(1));
    const std::vector<EventId> found = similarExistingEvents(*doc, x);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].isValid() ? doc->event(found[0])->title : QString(), similar);
}

QTEST_GUILESS_MAIN(TestSimilarEvents)
#include "tst_similarevents.moc"
