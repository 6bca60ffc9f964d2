#include "testdocument.h"

#include "core/date/calendar.h"
#include "core/store/bulkimport.h"
#include "core/store/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace dateline {

namespace {

FuzzyDate date(const char *edtf)
{
    QString error;
    FuzzyDate result = FuzzyDate::fromEdtf(QString::fromLatin1(edtf), &error);
    if (!result.isValid())
        qFatal("test fixture date %s: %s", edtf, qPrintable(error));
    return result;
}

} // namespace

TestDocument TestDocument::create(const QString &path)
{
    TestDocument t;
    QString error;
    t.document = Document::create(path, &error);
    if (!t.document)
        qFatal("cannot create test document: %s", qPrintable(error));
    Document &doc = *t.document;
    doc.setTitle(QStringLiteral("Moscow, March 2008"));

    t.lavrov = doc.addActor({ActorId(), QStringLiteral("Sergey Lavrov"), ActorKind::Person,
                             QStringLiteral("RUS"), QStringLiteral("RUSGOV"), {}});
    t.rice = doc.addActor({ActorId(), QStringLiteral("Condoleezza Rice"), ActorKind::Person,
                           QStringLiteral("USA"), QStringLiteral("USAGOV"), {}});
    t.bush = doc.addActor({ActorId(), QStringLiteral("George W. Bush"), ActorKind::Person,
                           QStringLiteral("USA"), QStringLiteral("USAGOV"), {}});

    Source article;
    article.title = QStringLiteral("Rice and Gates in Moscow");
    article.publication = QStringLiteral("The Daily Test");
    article.author = QStringLiteral("A. Reporter");
    article.issued = date("2008-03-27");
    article.url = QStringLiteral("https://example.org/2008/03/moscow");
    article.reliability = QLatin1Char('B');
    t.article = doc.addSource(article);

    const auto addEvent = [&doc](const char *title, const char *edtf, const char *cameo,
                                 std::vector<ActorLink> actors, EventStatus status = EventStatus::Occurred) {
        Event event;
        event.title = QString::fromUtf8(title);
        event.date = date(edtf);
        event.cameoCode = QString::fromLatin1(cameo);
        event.actors = std::move(actors);
        event.status = status;
        event.description = QStringLiteral("Described in our own words.");
        event.tags = {QStringLiteral("missile defence")};
        return doc.addEvent(event);
    };
    t.meeting = addEvent("2+2 meeting in Moscow", "2008-03-17/2008-03-18", "040",
                         {{t.rice, ActorRole::Visitor}, {t.lavrov, ActorRole::Host}});
    t.pressConference = addEvent("Joint press conference", "2008-03-18", "010",
                                 {{t.lavrov, ActorRole::Participant}, {t.rice, ActorRole::Participant}});
    t.invitation = addEvent("Putin invites Bush to Sochi", "2008-03-25", "036", {{t.bush, ActorRole::Target}});
    t.interview = addEvent("Bush interview at the White House", "2008-03-26", "010",
                           {{t.bush, ActorRole::Initiator}});
    t.summit = addEvent("Sochi summit", "2008-04-06", "040", {{t.bush, ActorRole::Visitor}},
                        EventStatus::Planned);

    Quote lavrovQuote;
    lavrovQuote.text = QStringLiteral("We have made progress, but the concerns remain.");
    lavrovQuote.speaker = t.lavrov;
    lavrovQuote.source = t.article;
    lavrovQuote.locator = QStringLiteral("para. 4");
    lavrovQuote.credibility = 2;
    lavrovQuote.events = {t.pressConference};
    doc.addQuote(lavrovQuote);

    Quote bushQuote;
    bushQuote.text = QStringLiteral("I accepted the invitation.");
    bushQuote.speaker = t.bush;
    bushQuote.source = t.article;
    bushQuote.credibility = 1;
    bushQuote.events = {t.interview, t.invitation};
    doc.addQuote(bushQuote);

    doc.addRelation({RelationId(), t.summit, t.meeting, RelationKind::FollowUpOf});
    return t;
}

bool writeManyEvents(const QString &path, int count, QString *error)
{
    std::unique_ptr<Document> doc = Document::create(path, error);
    if (!doc)
        return false;
    BulkImport bulk(*doc, count);
    for (int i = 0; i < count; ++i) {
        Event e;
        e.title = QStringLiteral("Event %1").arg(i);
        e.date = FuzzyDate::fromDay(calendar::civilFromDays(calendar::daysFromCivil({2010, 1, 1}) + i / 40));
        bulk.addEvent(e);
    }
    bulk.commit();
    return true;
}

void useTestSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DatelineTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    // The sample the app copies there on first use: made anew, so that a copy an earlier run (of
    // another build, another schema) left behind is not what the test opens.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

} // namespace dateline
