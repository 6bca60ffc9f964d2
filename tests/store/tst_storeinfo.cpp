// Document::info() against brute-force queries after random edits, imports, undo and redo, and
// after another program changed the file behind Dateline's back.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// The figures info() gives, read the slow way: every row.
DocumentInfo bruteInfo(const Document &doc)
{
    DocumentInfo info;
    info.schemaVersion = int(doc.database().pragma("user_version"));
    info.events = qint64(doc.events().size());
    info.actors = qint64(doc.actors().size());
    info.places = qint64(doc.places().size());
    info.sources = qint64(doc.sources().size());
    info.quotes = qint64(doc.quotes().size());
    info.relations = qint64(doc.relations().size());
    info.eras = qint64(doc.eras().size());
    for (const Event &e : doc.events()) {
        if (!e.date.isValid())
            continue;
        const DateBounds b = e.date.bounds();
        if (b.earliestStart > kTimeMin && (!info.earliest || b.earliestStart < *info.earliest))
            info.earliest = b.earliestStart;
        if (b.latestEnd < kTimeMax && (!info.latest || b.latestEnd > *info.latest))
            info.latest = b.latestEnd;
    }
    return info;
}

void compare(const DocumentInfo &a, const DocumentInfo &b)
{
    QCOMPARE(a.schemaVersion, b.schemaVersion);
    QCOMPARE(a.events, b.events);
    QCOMPARE(a.actors, b.actors);
    QCOMPARE(a.places, b.places);
    QCOMPARE(a.sources, b.sources);
    QCOMPARE(a.quotes, b.quotes);
    QCOMPARE(a.relations, b.relations);
    QCOMPARE(a.eras, b.eras);
    QCOMPARE(a.earliest, b.earliest);
    QCOMPARE(a.latest, b.latest);
}

// Dates of every shape: days, years, long spans, deep time, open ends, bounds only.
FuzzyDate randomDate(QRandomGenerator &rng)
{
    switch (rng.bounded(7)) {
    case 0: return FuzzyDate::fromEdtf(u"%1"_s.arg(1900 + rng.bounded(200)));
    case 1: return FuzzyDate::fromEdtf(u"%1/%2"_s.arg(1500 + rng.bounded(300)).arg(1900 + rng.bounded(100)));
    case 2: return FuzzyDate::fromEdtf(u"Y-%1"_s.arg(100000 + rng.bounded(900000)));
    case 3: return FuzzyDate::fromEdtf(u"%1-03/.."_s.arg(2000 + rng.bounded(20)));
    case 4: return FuzzyDate::fromEdtf(u"[..%1-03-26]"_s.arg(2000 + rng.bounded(20)));
    case 5: return FuzzyDate();
    default:
        return FuzzyDate::fromEdtf(u"%1-%2-%3T%4:00:00Z"_s.arg(1990 + rng.bounded(40))
                                       .arg(1 + rng.bounded(12), 2, 10, QChar(u'0'))
                                       .arg(1 + rng.bounded(28), 2, 10, QChar(u'0'))
                                       .arg(rng.bounded(24), 2, 10, QChar(u'0')));
    }
}

} // namespace

class TestStoreInfo : public QObject {
    Q_OBJECT
private slots:
    void randomEditsImportsUndo_data();
    void randomEditsImportsUndo();
    void countsSurviveReopenWithoutCounting();
    void externalEditsAreNoticed();
    void readOnlyFile();

private:
    QTemporaryDir m_dir;
};

void TestStoreInfo::randomEditsImportsUndo_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 3") << 3u;
    QTest::newRow("seed 1789") << 1789u;
}

void TestStoreInfo::randomEditsImportsUndo()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    auto doc = Document::create(m_dir.filePath(u"random%1.dateline"_s.arg(seed)), nullptr);
    QVERIFY(doc);
    Editor editor(*doc);
    compare(doc->info(), bruteInfo(*doc));
    for (int step = 0; step < 150; ++step) {
        const auto events = doc->events();
        switch (events.empty() ? 0 : rng.bounded(8)) {
        case 0:
        case 1: {
            Event e;
            e.title = u"e%1"_s.arg(step);
            e.date = randomDate(rng);
            commands::addEvent(editor, e);
            break;
        }
        case 2: {
            Event e = events[rng.bounded(int(events.size()))];
            e.date = randomDate(rng);
            commands::updateEvent(editor, e);
            break;
        }
        case 3: commands::removeEvents(editor, {events[rng.bounded(int(events.size()))].id}); break;
        case 4:
            if (editor.canUndo())
                editor.undo();
            break;
        case 5:
            if (editor.canRedo())
                editor.redo();
            break;
        case 6: QVERIFY(importNativeJson(sampleTimelineJson(), *doc, nullptr)); break; // quotes, relations too
        default: {
            Actor a;
            a.label = u"a%1"_s.arg(step);
            const ActorId id = commands::addActor(editor, a);
            if (rng.bounded(2))
                commands::removeActor(editor, id);
            break;
        }
        }
        if (step % 10 == 0 || step > 140)
            compare(doc->info(), bruteInfo(*doc));
    }
    compare(doc->info(), bruteInfo(*doc));
}

void TestStoreInfo::countsSurviveReopenWithoutCounting()
{
    const QString path = m_dir.filePath(u"reopen.dateline"_s);
    DocumentInfo before;
    QString stored;
    auto storedCounts = [](const Document &doc) {
        Statement s = doc.database().prepare("SELECT value FROM meta WHERE key = 'info_counts'");
        return s.step() ? s.text(0) : QString();
    };
    {
        auto doc = Document::create(path, nullptr);
        QVERIFY(importNativeJson(sampleTimelineJson(), *doc, nullptr));
        before = doc->info();
        stored = storedCounts(*doc);
        QVERIFY(stored.startsWith(QString::number(doc->revision()) + u' '));
    }
    auto doc = Document::open(path, OpenMode::ReadWrite, nullptr);
    QVERIFY(doc);
    compare(doc->info(), before);
    QCOMPARE(storedCounts(*doc), stored); // answered from the file: nothing was counted again
}

void TestStoreInfo::externalEditsAreNoticed()
{
    const QString path = m_dir.filePath(u"external.dateline"_s);
    auto doc = Document::create(path, nullptr);
    QVERIFY(importNativeJson(sampleTimelineJson(), *doc, nullptr));
    compare(doc->info(), bruteInfo(*doc));
    {
        // Another program adds a far-future event and an era, and drops the earliest event, with
        // plain SQL: no revision change.
        Database other(path, Database::Access::ReadWrite);
        other.exec("INSERT INTO events(title, date_edtf, start_min, start_max, end_min, end_max, span_class, created, updated)"
                   " VALUES ('x', '2999', 32472144000, 32472144000, 32503680000, 32503680000, 25, '', '');"
                   "INSERT INTO eras(name) VALUES ('e');"
                   "DELETE FROM events WHERE id = (SELECT id FROM events WHERE start_min IS NOT NULL ORDER BY start_min LIMIT 1)");
    }
    compare(doc->info(), bruteInfo(*doc));
}

void TestStoreInfo::readOnlyFile()
{
    const QString path = m_dir.filePath(u"readonly.dateline"_s);
    {
        auto doc = Document::create(path, nullptr);
        QVERIFY(importNativeJson(sampleTimelineJson(), *doc, nullptr));
    }
    auto doc = Document::open(path, OpenMode::ReadOnly, nullptr);
    QVERIFY(doc);
    compare(doc->info(), bruteInfo(*doc));
    compare(doc->info(), bruteInfo(*doc)); // the remembered counts
}

QTEST_GUILESS_MAIN(TestStoreInfo)
#include "tst_storeinfo.moc"
