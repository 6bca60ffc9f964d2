// TimeIndex::apply after edits answers every query as an index built from scratch does: the
// events of each lane, window counts, density columns, the extent. Random edits, every grouping.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/index/indexbuilder.h"
#include "core/index/indexpatch.h"
#include "core/store/document.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace dateline;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LaneGrouping)

namespace {

FuzzyDate randomDate(QRandomGenerator &rng)
{
    const int year = 2000 + rng.bounded(5);
    switch (rng.bounded(4)) {
    case 0: return FuzzyDate::fromEdtf(u"%1"_s.arg(year));
    case 1: return FuzzyDate::fromEdtf(u"%1-%2?"_s.arg(year).arg(1 + rng.bounded(12), 2, 10, QChar(u'0')));
    case 2: return FuzzyDate::fromEdtf(u"%1-03-%2/%1-04-%2"_s.arg(year).arg(1 + rng.bounded(28), 2, 10, QChar(u'0')));
    default:
        return FuzzyDate::fromEdtf(u"%1-%2-%3"_s.arg(year).arg(1 + rng.bounded(12), 2, 10, QChar(u'0'))
                                       .arg(1 + rng.bounded(28), 2, 10, QChar(u'0')));
    }
}

Event randomEvent(QRandomGenerator &rng, const std::vector<ActorId> &actors)
{
    Event e;
    e.title = u"e"_s;
    e.date = rng.bounded(20) == 0 ? FuzzyDate() : randomDate(rng); // a few undated
    e.cameoCode = rng.bounded(3) == 0 ? QString() : u"%1"_s.arg(1 + rng.bounded(20), 2, 10, QChar(u'0'));
    const int links = rng.bounded(3);
    for (int i = 0; i < links; ++i)
        e.actors.push_back({actors[rng.bounded(int(actors.size()))], ActorRole::Participant});
    if (rng.bounded(2))
        e.tags << u"t%1"_s.arg(rng.bounded(4));
    e.tags.removeDuplicates();
    return e;
}

// Everything a renderer can ask, in a form that does not depend on lane order or on the order
// among events starting at the same moment.
struct Answers {
    std::map<QString, std::multiset<std::int64_t>> lanes; // key -> ids
    std::map<QString, std::vector<std::size_t>> counts;   // key -> countVisible per window
    std::vector<std::uint32_t> density;
    std::vector<std::pair<TimePoint, std::int64_t>> entries;
    TimePoint earliest = 0, latest = 0;
    friend bool operator==(const Answers &, const Answers &) = default;
};

Answers answers(const TimeIndex &index)
{
    Answers a;
    const TimePoint t0 = FuzzyDate::fromEdtf(u"2000"_s).bounds().earliestStart;
    const TimePoint year = 366 * 86400;
    for (int l = 0; l < index.laneCount(); ++l) {
        std::vector<std::uint32_t> ordinals;
        index.visibleEvents(l, kTimeMin, kTimeMax, ordinals);
        for (std::uint32_t o : ordinals)
            a.lanes[index.lane(l).key].insert(index.eventId(o).value);
        for (int w = 0; w < 10; ++w)
            a.counts[index.lane(l).key].push_back(index.countVisible(l, t0 + w * year / 2, t0 + w * year / 2 + year / 3));
    }
    a.density.assign(64, 0);
    index.density(-1, t0, double(5 * year) / 64, 64, a.density.data());
    for (std::uint32_t o = 0; o < index.eventCount(); ++o)
        a.entries.emplace_back(index.entry(o).start, index.eventId(o).value);
    std::sort(a.entries.begin(), a.entries.end());
    a.earliest = index.earliest();
    a.latest = index.latest();
    return a;
}

// Each lane's pyramid counts exactly its members' starts, by its own buckets, at every level.
bool pyramidsCountTheirLanes(const TimeIndex &index)
{
    for (int l = 0; l < index.laneCount(); ++l) {
        const DensityPyramid &p = index.pyramid(l);
        std::vector<std::uint32_t> ordinals;
        index.visibleEvents(l, kTimeMin, kTimeMax, ordinals);
        if (p.isEmpty())
            return ordinals.empty();
        std::vector<std::uint32_t> counts(p.bucketCount(0), 0);
        for (std::uint32_t o : ordinals) {
            const TimePoint s = std::max(index.entry(o).start, p.origin());
            ++counts[std::min<std::uint64_t>(std::uint64_t(s - p.origin()) / std::uint64_t(p.bucketWidth(0)),
                                             p.bucketCount(0) - 1)];
        }
        for (int level = 0; level < p.levels(); ++level) {
            for (std::uint32_t b = 0; b < p.bucketCount(level); ++b) {
                std::uint32_t expected = 0;
                for (std::uint32_t i = b << level; i < ((b + 1) << level) && i < counts.size(); ++i)
                    expected += counts[i];
                if (p.count(level, b) != expected)
                    return false;
            }
        }
    }
    return true;
}

} // namespace

class TestIndexPatch : public QObject {
    Q_OBJECT
private slots:
    void patchedEqualsRebuilt_data();
    void patchedEqualsRebuilt();
};

void TestIndexPatch::patchedEqualsRebuilt_data()
{
    QTest::addColumn<LaneGrouping>("grouping");
    QTest::newRow("none") << LaneGrouping::None;
    QTest::newRow("actor") << LaneGrouping::Actor;
    QTest::newRow("type") << LaneGrouping::EventType;
    QTest::newRow("country") << LaneGrouping::Country;
    QTest::newRow("tag") << LaneGrouping::Tag;
}

void TestIndexPatch::patchedEqualsRebuilt()
{
    QFETCH(LaneGrouping, grouping);
    QRandomGenerator rng(42);
    auto doc = Document::createInMemory();
    std::vector<ActorId> actors;
    for (int i = 0; i < 6; ++i) {
        Actor a;
        a.label = u"Actor %1"_s.arg(i);
        a.country = i % 3 == 0 ? QString() : (i % 2 ? u"RUS"_s : u"USA"_s);
        actors.push_back(doc->addActor(a));
    }
    for (int i = 0; i < 300; ++i)
        doc->addEvent(randomEvent(rng, actors));
    TimeIndex index = IndexBuilder::fromDocument(*doc, grouping);
    Editor editor(*doc);
    editor.addListener([&](const DocumentChange &c) {
        std::vector<EventId> upserted = c.eventsAdded;
        upserted.insert(upserted.end(), c.eventsChanged.begin(), c.eventsChanged.end());
        index.apply(IndexPatch::read(*doc, grouping, c.eventsRemoved, upserted));
    });
    for (int step = 0; step < 200; ++step) {
        const std::vector<Event> events = doc->events();
        Event e = events[rng.bounded(int(events.size()))];
        switch (rng.bounded(5)) {
        case 0: commands::addEvent(editor, randomEvent(rng, actors)); break;
        case 1: commands::removeEvents(editor, {e.id}); break;
        case 2: e.date = randomDate(rng); commands::updateEvent(editor, e); break;
        case 3: {
            Event other = randomEvent(rng, actors);
            other.id = e.id;
            commands::updateEvent(editor, other); // lanes and type change too
            break;
        }
        default: editor.canUndo() ? editor.undo() : void(); break;
        }
        if (step % 20 == 19) {
            const TimeIndex rebuilt = IndexBuilder::fromDocument(*doc, grouping);
            QCOMPARE(index.eventCount(), rebuilt.eventCount());
            QVERIFY2(answers(index) == answers(rebuilt), qPrintable(u"step %1"_s.arg(step)));
            QVERIFY2(pyramidsCountTheirLanes(index), qPrintable(u"step %1"_s.arg(step)));
        }
    }
}

QTEST_GUILESS_MAIN(TestIndexPatch)
#include "tst_indexpatch.moc"
