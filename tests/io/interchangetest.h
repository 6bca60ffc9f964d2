#pragma once
// Shared by the interchange format tests: fixtures, documents built from imported content.

#include "core/io/contentwriter.h"
#include "core/io/importresult.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QFile>
#include <QTest>

namespace dateline::testing {

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QString sharedData(const QString &name)
{
    return QStringLiteral(DATELINE_SHARED_DATA "/") + name;
}

// The imported content written into a new in-memory document, as the import command does.
inline std::unique_ptr<Document> documentFrom(ImportedContent imported)
{
    std::unique_ptr<Document> doc = Document::createInMemory();
    writeContent(imported.content, *doc, IdPolicy::KeepFileIds);
    return doc;
}

// The bundled sample (quotes, actors, relations, fuzzy dates) in an in-memory document.
inline std::unique_ptr<Document> sampleDocument()
{
    std::unique_ptr<Document> doc = Document::createInMemory();
    QString error;
    if (!importNativeJson(sampleTimelineJson(), *doc, &error))
        qFatal("sample: %s", qPrintable(error));
    return doc;
}

// A document with the awkward cases every writer must survive: markup and separators in text,
// titles that look like container references, every kind of date, deep time, shared quotes.
inline std::unique_ptr<Document> awkwardDocument()
{
    std::unique_ptr<Document> doc = Document::createInMemory();
    doc->setTitle(QStringLiteral("Awkward <b>&</b> \"quoted\", ; \\ title \U0001F680"));
    Actor speaker;
    speaker.label = QStringLiteral("Speaker, with comma");
    const ActorId speakerId = doc->addActor(speaker);
    Place place;
    place.name = QStringLiteral("Place; with semicolon");
    place.latitude = -33.5;
    place.longitude = 151.25;
    const PlaceId placeId = doc->addPlace(place);
    Source withUrl;
    withUrl.title = QStringLiteral("Report <i>one</i>");
    withUrl.author = QStringLiteral("Doe, Jane");
    withUrl.url = QStringLiteral("https://example.org/a?b=1&c=2");
    const SourceId sourceId = doc->addSource(withUrl);
    const char *dates[] = {"2008-03-17/2008-03-18", "[..2008-03-26]", "2008-03-18?", "-0099", "0000", "1550~",
                           "2008-03/..", "Y-13800000000", "2001-21", "156X", "2008-03-17T14:30:00Z",
                           "2008-03-17T14:30+03:00/2008-03-17T16:00+03:00", "[2008-03-17,2008-03-19]", "../2008-05",
                           "2008-03-XX", "1985-04/1985-04-12", "2012-07-04T13:20", "2008-03~/2008-05?", "/2008-03-17",
                           "[1963-01-01..1963-12-31]"};
    const char *titles[] = {"(looks like a subevent)", "[looks like a container]", "Line one\nline two",
                            "<script>alert(1)</script>", "Tom & Jerry; a, b \\ c", "\U0001F600 emoji",
                            "  outer spaces, a \x07" "bell and \x1b" "[31mescapes"};
    std::vector<EventId> ids;
    int k = 0;
    for (const char *d : dates) {
        Event e;
        e.title = QString::fromUtf8(titles[k % 7]) + QStringLiteral(" %1  ").arg(k);
        e.description = k % 2 ? QStringLiteral("Para one & <two>.\n\nPara two\nwith a break.") : QString();
        e.date = FuzzyDate::fromEdtf(QString::fromLatin1(d));
        if (!e.date.isValid())
            qFatal("bad awkward date %s", d);
        e.tags = k % 3 == 0 ? QStringList{QStringLiteral("Parent/Child"), QStringLiteral("other, tag")}
                            : k % 3 == 1 ? QStringList{QStringLiteral("milestone")} : QStringList();
        e.place = k % 4 == 0 ? placeId : PlaceId();
        e.status = EventStatus(k % 5);
        e.actors = k == 0 ? std::vector<ActorLink>{{speakerId, ActorRole::Host}} : std::vector<ActorLink>();
        ids.push_back(doc->addEvent(e));
        ++k;
    }
    Event undated;
    undated.title = QStringLiteral("No date");
    doc->addEvent(undated);
    Quote q;
    q.text = QStringLiteral("We said \"this\" & <that>.");
    q.speaker = speakerId;
    q.source = sourceId;
    q.events = {ids[0], ids[2]};
    doc->addQuote(q);
    doc->addRelation(Relation{RelationId(), ids[2], ids[0], RelationKind::PartOf});
    doc->addRelation(Relation{RelationId(), ids[0], ids[1], RelationKind::PartOf}); // nests a container
    doc->addRelation(Relation{RelationId(), ids[3], ids[0], RelationKind::FollowUpOf});
    Era era;
    era.name = QStringLiteral("Era & <era>");
    era.span = FuzzyDate::fromEdtf(QStringLiteral("2004-05-07/2008-05-07"));
    era.color = QStringLiteral("#336699");
    doc->addEra(era);
    return doc;
}

// Where two exports part, for a readable failure message.
inline QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n'), b = actual.split('\n');
    for (qsizetype k = 0; k < std::max(a.size(), b.size()); ++k) {
        const QByteArray x = a.value(k), y = b.value(k);
        if (x != y)
            return QStringLiteral("line %1:\n  expected %2\n  actual   %3").arg(k + 1).arg(QString::fromUtf8(x), QString::fromUtf8(y));
    }
    return QString();
}

inline QString describe(const ImportedContent &imported)
{
    QStringList lines;
    for (const ImportProblem &p : imported.rejected)
        lines << QStringLiteral("line %1: %2").arg(p.line).arg(p.message);
    return lines.join(u'\n');
}

// "12: date \"31/02/2008\": ..." per rejected row.
inline QStringList rejectedLines(const ImportedContent &imported)
{
    QStringList out;
    for (const ImportProblem &p : imported.rejected)
        out << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return out;
}

inline const Event *eventTitled(const ImportedContent &imported, const QString &title)
{
    for (const Event &e : imported.content.events)
        if (e.title == title)
            return &e;
    return nullptr;
}

} // namespace dateline::testing
