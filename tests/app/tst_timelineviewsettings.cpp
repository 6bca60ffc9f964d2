// Remembered lane order and collapsed lanes: per document file and lane grouping, restored on open
// and on a grouping switch, unknown keys ignored, small values. Settings live in a temp dir.
#include "app/gui/documentcontroller.h"
#include "app/gui/timelinenavigation.h"
#include "app/gui/timelineview.h"
#include "app/gui/timelineviewsettings.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;
namespace Nav = dateline::TimelineNavigation;

class TestTimelineViewSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void groupNames_data();
    void groupNames();
    void compactOrder_data();
    void compactOrder();
    void lanesSurviveARestart();
    void eachGroupingHasItsOwnLanes();
    void unknownKeysAreIgnored();
    void defaultStateLeavesNothingBehind();

private:
    void restart(); // a new controller and view, as after quitting and starting again
    QStringList lanesLaidOut();

    QTemporaryDir m_dir;
    QString m_fixturePath;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineViewSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never the user's settings: a throw-away location, a test-only organization and name.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"DatelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_timelineviewsettings"_s);
    QVERIFY2(QSettings().fileName().startsWith(m_dir.path()), qPrintable(QSettings().fileName()));
    m_fixturePath = m_dir.filePath(u"fixture.dateline"_s);
    TestDocument::create(m_fixturePath);
}

void TestTimelineViewSettings::init()
{
    QSettings().clear();
    restart();
}

void TestTimelineViewSettings::cleanup()
{
    m_view.reset();
    m_controller.reset();
}

void TestTimelineViewSettings::restart()
{
    m_view.reset();
    m_controller = std::make_unique<DocumentController>();
    m_view = std::make_unique<TimelineView>(m_controller.get());
    m_view->resize(1000, 700); // every lane is laid out
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QVERIFY(m_view->index());
}

QStringList TestTimelineViewSettings::lanesLaidOut()
{
    QStringList keys;
    for (const LaneItem &lane : m_view->currentLayout().lanes)
        keys.append(lane.key);
    return keys;
}

void TestTimelineViewSettings::groupNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("same");
    const QString fixture = m_dir.filePath(u"fixture.dateline"_s);
    QTest::newRow("same file") << fixture << fixture << true;
    QTest::newRow("through a relative path")
        << fixture << m_dir.filePath(u"settings/../fixture.dateline"_s) << true;
    QTest::newRow("another file") << fixture << m_dir.filePath(u"other.dateline"_s) << false;
}

void TestTimelineViewSettings::groupNames()
{
    QFETCH(QString, path);
    QFETCH(QString, other);
    QFETCH(bool, same);
    QDir(m_dir.path()).mkpath(u"settings"_s);
    const QString group = TimelineViewSettings::laneStateGroup(path, LaneGrouping::Actor);
    QVERIFY(!group.isEmpty());
    QCOMPARE(TimelineViewSettings::laneStateGroup(other, LaneGrouping::Actor) == group, same);
    QVERIFY(TimelineViewSettings::laneStateGroup(path, LaneGrouping::Country) != group);
    QVERIFY(!group.contains(u"fixture"_s)); // derived from the path, not a copy of it
    QVERIFY(TimelineViewSettings::laneStateGroup(QString(), LaneGrouping::Actor).isEmpty()); // no file
}

void TestTimelineViewSettings::compactOrder_data()
{
    QTest::addColumn<QList<int>>("order"); // lane indexes; -1 an unknown key
    QTest::addColumn<QList<int>>("kept");
    QTest::newRow("default") << QList<int>{0, 1, 2} << QList<int>{};
    QTest::newRow("nothing") << QList<int>{} << QList<int>{};
    QTest::newRow("last to top") << QList<int>{2, 0, 1} << QList<int>{2};
    QTest::newRow("swap first two") << QList<int>{1, 0, 2} << QList<int>{1};
    QTest::newRow("swap last two") << QList<int>{0, 2, 1} << QList<int>{0, 2};
    QTest::newRow("reversed") << QList<int>{2, 1, 0} << QList<int>{2, 1};
    QTest::newRow("unknown and repeated") << QList<int>{-1, 1, 1, -1} << QList<int>{1};
}

void TestTimelineViewSettings::compactOrder()
{
    QFETCH(QList<int>, order);
    QFETCH(QList<int>, kept);
    const TimeIndex &index = *m_view->index();
    QVERIFY(index.laneCount() >= 3);
    const auto keys = [&index](const QList<int> &lanes) {
        QStringList out;
        for (int lane : lanes)
            out.append(lane < 0 ? u"actor:999999"_s : index.lane(lane).key);
        return out;
    };
    const QStringList compact = Nav::compactOrder(index, keys(order));
    QCOMPARE(compact, keys(kept));
    // and it lays out exactly like the full order
    QCOMPARE(Nav::laneOrder(index, LaneState{compact, {}}), Nav::laneOrder(index, LaneState{keys(order), {}}));
}

void TestTimelineViewSettings::lanesSurviveARestart()
{
    const QStringList keys = lanesLaidOut();
    QVERIFY(keys.size() >= 3);
    m_view->toggleLane(keys.at(0));
    m_view->moveLane(keys.last(), Nav::LaneMove::ToTop);
    const QStringList arranged = lanesLaidOut();
    QCOMPARE(arranged.first(), keys.last());

    restart();
    QCOMPARE(lanesLaidOut(), arranged);
    QCOMPARE(m_view->laneState().collapsed, QSet<QString>{keys.at(0)});
    QVERIFY(m_view->currentLayout().lanes.at(1).collapsed); // keys.at(0) is now second

    // the stored values are small: only what differs from the default order
    QSettings settings;
    settings.beginGroup(TimelineViewSettings::laneStateGroup(m_fixturePath, LaneGrouping::Actor));
    QCOMPARE(settings.value(u"order"_s).toStringList(), QStringList{keys.last()});
    QCOMPARE(settings.value(u"collapsed"_s).toStringList(), QStringList{keys.at(0)});
}

void TestTimelineViewSettings::eachGroupingHasItsOwnLanes()
{
    const QStringList actors = lanesLaidOut();
    m_view->moveLane(actors.at(1), Nav::LaneMove::ToTop);
    const QStringList actorOrder = lanesLaidOut();

    m_view->setGrouping(LaneGrouping::Country);
    QVERIFY(m_view->laneState().order.isEmpty()); // nothing remembered for countries yet
    QVERIFY(m_view->laneState().collapsed.isEmpty());
    const QStringList countries = lanesLaidOut();
    QVERIFY(!countries.isEmpty());
    m_view->toggleLane(countries.first());

    m_view->setGrouping(LaneGrouping::Actor);
    QCOMPARE(lanesLaidOut(), actorOrder);
    QVERIFY(m_view->laneState().collapsed.isEmpty());
    m_view->setGrouping(LaneGrouping::Country);
    QCOMPARE(m_view->laneState().collapsed, QSet<QString>{countries.first()});

    restart(); // the view starts grouped by actor again, with its order
    QCOMPARE(lanesLaidOut(), actorOrder);
}

void TestTimelineViewSettings::unknownKeysAreIgnored()
{
    const QStringList keys = lanesLaidOut();
    {
        QSettings settings;
        settings.beginGroup(TimelineViewSettings::laneStateGroup(m_fixturePath, LaneGrouping::Actor));
        settings.setValue(u"order"_s, QStringList{u"actor:999999"_s, keys.at(2), u"gone"_s});
        settings.setValue(u"collapsed"_s, QStringList{u"actor:424242"_s, keys.at(1)});
    }
    restart();
    QCOMPARE(m_view->laneState().order, QStringList{keys.at(2)});
    QCOMPARE(m_view->laneState().collapsed, QSet<QString>{keys.at(1)});
    QCOMPARE(lanesLaidOut().first(), keys.at(2));
}

void TestTimelineViewSettings::defaultStateLeavesNothingBehind()
{
    const QStringList keys = lanesLaidOut();
    m_view->toggleLane(keys.at(1));
    const QString group = TimelineViewSettings::laneStateGroup(m_fixturePath, LaneGrouping::Actor);
    QSettings settings;
    QVERIFY(settings.contains(group + u"/collapsed"_s));
    QVERIFY(!settings.contains(group + u"/order"_s)); // no empty list written
    m_view->moveLane(keys.at(1), Nav::LaneMove::Up);
    QVERIFY(settings.contains(group + u"/order"_s));
    m_view->moveLane(keys.at(1), Nav::LaneMove::Down);
    m_view->toggleLane(keys.at(1));
    settings.sync();
    settings.beginGroup(u"timelineLanes"_s);
    QVERIFY(settings.childGroups().isEmpty());
    QVERIFY(settings.childKeys().isEmpty());
}

QTEST_MAIN(TestTimelineViewSettings)
#include "tst_timelineviewsettings.moc"
