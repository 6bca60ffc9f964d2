// Editing on the timeline: drag to move and resize, Esc, selection gestures, relations, keys.
#include "app/gui/documentcontroller.h"
#include "app/gui/timelineview.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

namespace {

TimePoint at(const char *edtf)
{
    return FuzzyDate::fromEdtf(QString::fromLatin1(edtf)).bounds().earliestStart;
}

} // namespace

class TestTimelineEdit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dragMovesBySnappedDays_data();
    void dragMovesBySnappedDays();
    void dragMovesTheSelection();
    void dragOfTooManyIsRefused();
    void escapeCancelsTheDrag();
    void resizeChangesOneEnd_data();
    void resizeChangesOneEnd();
    void refusedDateShowsWhyAndWritesNothing();
    void ctrlClickToggles();
    void rubberBandSelects();
    void deleteAndUndo();
    void viewFollowsTheCurrentEventOutOfView_data();
    void viewFollowsTheCurrentEventOutOfView();
    void insertAddsAtTheCursor_data();
    void insertAddsAtTheCursor();
    void duplicateSelects();
    void altDragRelates_data();
    void altDragRelates();
    void dragSnapsToMonthsWhenZoomedOut();
    void dragNearTheSidePans();
    void snapStep_data();
    void snapStep();
    void closedDocumentDisablesEditing();
    void readOnlyDocumentSelectsButDoesNotEdit();

private:
    Document &document() { return *m_controller->document(); }
    Event event(EventId id) { return *document().event(id); }
    QPointF center(EventId id);
    double pixelsPerDay() const { return kSecondsPerDay / m_view->scale().secondsPerPixel(); }
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = {}, bool release = true);

    QTemporaryDir m_dir;
    QString m_fixturePath;
    TestDocument m_ids;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<TimelineView> m_view;
    int m_file = 0;
};

void TestTimelineEdit::initTestCase()
{
    useTestSettings(u"tst_timelineedit"_s);
    QVERIFY(m_dir.isValid());
    m_fixturePath = m_dir.filePath(u"fixture.dateline"_s);
    m_ids = TestDocument::create(m_fixturePath);
    m_ids.document.reset();
}

void TestTimelineEdit::init()
{
    // every test edits its own copy
    const QString path = m_dir.filePath(u"edit%1.dateline"_s.arg(++m_file));
    QVERIFY(QFile::copy(m_fixturePath, path));
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([](const QString &title, const QString &message) {
        QFAIL(qPrintable(title + u": "_s + message));
    });
    m_view = std::make_unique<TimelineView>(m_controller.get());
    m_view->resize(1000, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_controller->openDocument(path));
    m_view->setFocus();
    // about 50 px a day: the minor ticks are days
    m_view->showRange(at("2008-03-15"), at("2008-04-01"));
    QCOMPARE(m_view->currentLayout().ticks.minorStep, (TickStep{TickUnit::Day, 1}));
}

void TestTimelineEdit::cleanup()
{
    m_view.reset();
    m_controller.reset();
}

QPointF TestTimelineEdit::center(EventId id)
{
    const EventShape *shape = m_view->currentLayout().shapeOf(id);
    return shape ? shape->rect.center() : QPointF(-1, -1);
}

void TestTimelineEdit::drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods, bool release)
{
    QTest::mousePress(m_view.get(), Qt::LeftButton, mods, from.toPoint());
    const QPointF step = (to - from) / 4;
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(m_view.get(), (from + step * i).toPoint());
    if (release)
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, mods, to.toPoint());
}

void TestTimelineEdit::dragMovesBySnappedDays_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<double>("days"); // how far the mouse goes
    QTest::addColumn<QString>("expected");
    QTest::newRow("point, 3 days later") << 0 << 3.2 << u"2008-03-29"_s;
    QTest::newRow("point, 4 days earlier") << 0 << -3.7 << u"2008-03-22"_s;
    QTest::newRow("bar, 2 days later") << 1 << 2.4 << u"2008-03-19/2008-03-20"_s;
}

void TestTimelineEdit::dragMovesBySnappedDays()
{
    QFETCH(int, which);
    QFETCH(double, days);
    QFETCH(QString, expected);
    const EventId id = which == 0 ? m_ids.interview : m_ids.meeting;
    const Event before = event(id);
    const QPointF from = center(id);
    QVERIFY(from.x() > 0);
    const QPointF to = from + QPointF(days * pixelsPerDay(), 0);
    drag(from, to, {}, false);
    // nothing is written while the mouse is down
    QVERIFY(m_view->editDrag());
    QCOMPARE(event(id).date.toEdtf(), before.date.toEdtf());
    QVERIFY(!m_controller->editor()->canUndo());
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to.toPoint());
    QVERIFY(!m_view->editDrag());
    QCOMPARE(event(id).date.toEdtf(), expected);
    QCOMPARE(event(id).title, before.title); // only the date changed
    QCOMPARE(m_controller->editor()->undoLabel(), u"Move \u201c%1\u201d"_s.arg(before.title));
    QVERIFY(m_controller->undo());
    QCOMPARE(event(id).date.toEdtf(), before.date.toEdtf());
    QVERIFY(!m_controller->editor()->canUndo());
}

void TestTimelineEdit::dragMovesTheSelection()
{
    m_controller->setSelection({m_ids.interview, m_ids.invitation, m_ids.meeting});
    const QPointF from = center(m_ids.interview);
    drag(from, from + QPointF(-2 * pixelsPerDay(), 0));
    QCOMPARE(event(m_ids.interview).date.toEdtf(), u"2008-03-24"_s);
    QCOMPARE(event(m_ids.invitation).date.toEdtf(), u"2008-03-23"_s);
    QCOMPARE(event(m_ids.meeting).date.toEdtf(), u"2008-03-15/2008-03-16"_s);
    QCOMPARE(event(m_ids.summit).date.toEdtf(), u"2008-04-06"_s); // not selected
    QCOMPARE(m_controller->editor()->undoLabel(), u"Move 3 events"_s);
    QVERIFY(m_controller->undo()); // one step for all three
    QCOMPARE(event(m_ids.invitation).date.toEdtf(), u"2008-03-25"_s);
    QCOMPARE(event(m_ids.meeting).date.toEdtf(), u"2008-03-17/2008-03-18"_s);
    QVERIFY(!m_controller->editor()->canUndo());
}

// A selected event takes the selection with it, each of its events read as the drag starts: a
// selection of a million (the table's Ctrl+A) held the press for minutes. Beyond the limit of
// one step the drag does not start, and a message says why.
void TestTimelineEdit::dragOfTooManyIsRefused()
{
    QStringList reports;
    m_controller->setErrorReporter([&reports](const QString &title, const QString &message) {
        reports << title + u": "_s + message;
    });
    std::vector<EventId> selection{m_ids.interview, m_ids.meeting};
    for (int i = 0; i < 9999; ++i) // ids of no event: only how many counts here
        selection.push_back(EventId(1000000 + i));
    m_controller->setSelection(selection);
    const QPointF from = center(m_ids.interview);
    drag(from, from + QPointF(-2 * pixelsPerDay(), 0));
    QVERIFY(!m_view->editDrag());
    QCOMPARE(event(m_ids.interview).date.toEdtf(), u"2008-03-26"_s);
    QVERIFY(!m_controller->editor()->canUndo());
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.front().startsWith(u"Move Events: 10,001 events are selected"_s), qPrintable(reports.front()));
}

void TestTimelineEdit::escapeCancelsTheDrag()
{
    const QByteArray before = exportNativeJson(document());
    const QPointF from = center(m_ids.interview);
    const QPointF to = from + QPointF(5 * pixelsPerDay(), 0);
    drag(from, to, {}, false);
    QVERIFY(m_view->editDrag());
    QVERIFY(!m_view->editDrag()->changed().empty()); // it would have moved
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(!m_view->editDrag());
    QTest::mouseMove(m_view.get(), (to + QPointF(40, 0)).toPoint());
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, (to + QPointF(40, 0)).toPoint());
    QCOMPARE(exportNativeJson(document()), before);
    QVERIFY(!m_controller->editor()->canUndo());
}

void TestTimelineEdit::resizeChangesOneEnd_data()
{
    QTest::addColumn<bool>("end");
    QTest::addColumn<double>("days");
    QTest::addColumn<QString>("expected");
    QTest::newRow("end, 2 days later") << true << 2.2 << u"2008-03-17/2008-03-20"_s;
    QTest::newRow("start, 3 days earlier") << false << -2.8 << u"2008-03-14/2008-03-18"_s;
    QTest::newRow("end onto the start") << true << -1.1 << u"2008-03-17"_s;
}

void TestTimelineEdit::resizeChangesOneEnd()
{
    QFETCH(bool, end);
    QFETCH(double, days);
    QFETCH(QString, expected);
    const EventShape *shape = m_view->currentLayout().shapeOf(m_ids.meeting);
    QVERIFY(shape && shape->kind == ShapeKind::Range);
    const QPointF edge(end ? shape->rect.right() - 1 : shape->rect.left() + 1, shape->rect.center().y());
    QCOMPARE(TimelineDrag::edgeAt(m_view->currentLayout(), edge, m_ids.meeting),
             std::optional<DateEnd>(end ? DateEnd::End : DateEnd::Start));
    // the middle of the bar moves instead
    QVERIFY(!TimelineDrag::edgeAt(m_view->currentLayout(), shape->rect.center(), m_ids.meeting));
    const DateBounds before = event(m_ids.meeting).date.bounds();
    drag(edge, edge + QPointF(days * pixelsPerDay(), 0));
    const Event after = event(m_ids.meeting);
    QCOMPARE(after.date.toEdtf(), expected);
    if (end)
        QCOMPARE(after.date.bounds().earliestStart, before.earliestStart);
    else
        QCOMPARE(after.date.bounds().latestEnd, before.latestEnd);
    QCOMPARE(m_controller->editor()->undoLabel(),
             (end ? u"Change end of \u201c%1\u201d"_s : u"Change start of \u201c%1\u201d"_s).arg(after.title));
}

void TestTimelineEdit::refusedDateShowsWhyAndWritesNothing()
{
    Event e = event(m_ids.interview);
    e.date = FuzzyDate::fromEdtf(u"[2008-03-26,2008-03-27]"_s);
    QVERIFY(m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, e); }));
    const QByteArray before = exportNativeJson(document());
    const QPointF from = center(m_ids.interview);
    QVERIFY(from.x() > 0);
    const QPointF to = from + QPointF(3 * pixelsPerDay(), 0);
    drag(from, to, {}, false);
    QVERIFY(m_view->editDrag());
    QVERIFY(m_view->editDrag()->error().contains(u"set"_s));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to.toPoint());
    QCOMPARE(exportNativeJson(document()), before);
}

void TestTimelineEdit::ctrlClickToggles()
{
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, center(m_ids.interview).toPoint());
    QCOMPARE(m_controller->selection(), std::vector<EventId>{m_ids.interview});
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier, center(m_ids.meeting).toPoint());
    QCOMPARE(m_controller->selection(), (std::vector<EventId>{m_ids.interview, m_ids.meeting}));
    QVERIFY(m_view->currentLayout().shapeOf(m_ids.meeting)->selected);
    QVERIFY(m_view->currentLayout().shapeOf(m_ids.interview)->selected);
    QVERIFY(!m_view->currentLayout().shapeOf(m_ids.invitation)->selected);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier, center(m_ids.interview).toPoint());
    QCOMPARE(m_controller->selection(), std::vector<EventId>{m_ids.meeting});
    QVERIFY(!m_view->currentLayout().shapeOf(m_ids.interview)->selected);
    // a plain click selects one again
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, center(m_ids.invitation).toPoint());
    QCOMPARE(m_controller->selection(), std::vector<EventId>{m_ids.invitation});
}

void TestTimelineEdit::rubberBandSelects()
{
    const Layout &layout = m_view->currentLayout();
    const TimeScale scale = m_view->scale();
    // 16-20 March across every lane: the meeting and the press conference, nothing else
    const QPointF from(scale.toX(at("2008-03-16")), layout.laneArea.top() + 2);
    const QPointF to(scale.toX(at("2008-03-20")), layout.laneArea.bottom() - 2);
    const TimeScale before = m_view->scale();
    drag(from, to, Qt::ShiftModifier, false);
    QVERIFY(m_view->editDrag());
    QCOMPARE(m_view->editDrag()->kind(), TimelineDrag::Kind::RubberBand);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, to.toPoint());
    std::vector<EventId> expected{m_ids.meeting, m_ids.pressConference};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_controller->selection(), expected);
    QVERIFY(m_view->scale() == before); // no pan
    QVERIFY(m_view->currentLayout().shapeOf(m_ids.pressConference)->selected);
    // Ctrl+Shift adds to the selection
    const QPointF a(scale.toX(at("2008-03-24")), layout.laneArea.top() + 2);
    const QPointF b(scale.toX(at("2008-03-25T12:00:00")), layout.laneArea.bottom() - 2);
    drag(a, b, Qt::ShiftModifier | Qt::ControlModifier);
    expected.push_back(m_ids.invitation);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_controller->selection(), expected);
}

void TestTimelineEdit::deleteAndUndo()
{
    m_controller->setSelection({m_ids.interview, m_ids.summit});
    QVERIFY(m_view->action(TimelineView::Command::RemoveEvents)->isEnabled());
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QVERIFY(!document().event(m_ids.interview));
    QVERIFY(!document().event(m_ids.summit));
    QVERIFY(document().event(m_ids.meeting));
    QVERIFY(m_controller->selection().empty());
    QVERIFY(!m_view->currentLayout().shapeOf(m_ids.interview));
    QVERIFY(!m_view->action(TimelineView::Command::RemoveEvents)->isEnabled());
    QVERIFY(m_controller->undo());
    QCOMPARE(event(m_ids.interview).title, u"Bush interview at the White House"_s);
    QVERIFY(document().event(m_ids.summit));
    QVERIFY(m_view->currentLayout().shapeOf(m_ids.interview));
}

void TestTimelineEdit::viewFollowsTheCurrentEventOutOfView_data()
{
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<bool>("follows");
    QTest::newRow("still in view") << u"2008-03-20"_s << false;
    QTest::newRow("a year typed") << u"2010-03-26"_s << true; // the event seemed gone
}

// A new event dated in the Inspector (it was made on today's month) left the view where it was.
void TestTimelineEdit::viewFollowsTheCurrentEventOutOfView()
{
    QFETCH(QString, edtf);
    QFETCH(bool, follows);
    m_controller->setCurrentEvent(m_ids.interview);
    QVERIFY(m_view->currentLayout().shapeOf(m_ids.interview));
    const double before = m_view->scale().toX(at("2008-03-20"));
    Event e = event(m_ids.interview);
    e.date = FuzzyDate::fromEdtf(edtf);
    QVERIFY(m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, e); }));
    QVERIFY(m_view->currentLayout().shapeOf(m_ids.interview));
    QCOMPARE(m_view->scale().toX(at("2008-03-20")) == before, !follows);
    // Another event edited out of view does not move it.
    m_controller->setCurrentEvent(m_ids.interview);
    const double now = m_view->scale().toX(at("2008-03-20"));
    Event other = event(m_ids.meeting);
    other.date = FuzzyDate::fromEdtf(u"1990"_s);
    QVERIFY(m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, other); }));
    QCOMPARE(m_view->scale().toX(at("2008-03-20")), now);
}

void TestTimelineEdit::insertAddsAtTheCursor_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("Insert") << QKeySequence(Qt::Key_Insert);
    QTest::newRow("Ctrl+N") << QKeySequence(Qt::CTRL | Qt::Key_N);
}

void TestTimelineEdit::insertAddsAtTheCursor()
{
    QFETCH(QKeySequence, key);
    // in Bush's lane, at noon on 28 March
    const Layout &layout = m_view->currentLayout();
    const QString bushLane = u"actor:%1"_s.arg(m_ids.bush.value);
    const auto lane = std::find_if(layout.lanes.begin(), layout.lanes.end(),
                                   [&](const LaneItem &l) { return l.key == bushLane; });
    QVERIFY(lane != layout.lanes.end());
    const QPoint cursor(int(m_view->scale().toX(at("2008-03-28") + kSecondsPerDay / 2)),
                        int(lane->body.bottom() - 4));
    QTest::mouseMove(m_view.get(), cursor + QPoint(0, -3)); // a move even when the last test left it here
    QTest::mouseMove(m_view.get(), cursor);
    const auto countBefore = document().events().size();
    QTest::keySequence(m_view.get(), key);
    const std::vector<Event> events = document().events();
    QCOMPARE(events.size(), countBefore + 1);
    const EventId added = m_controller->currentEvent();
    QVERIFY(added.isValid());
    QCOMPARE(m_controller->selection(), std::vector<EventId>{added});
    const Event e = event(added);
    QCOMPARE(e.title, u"New event"_s);
    QCOMPARE(e.date.toEdtf(), u"2008-03-28"_s); // day ticks: a day
    QCOMPARE(e.actors.size(), std::size_t(1));
    QCOMPARE(e.actors.front().actor, m_ids.bush);
    QVERIFY(m_view->currentLayout().shapeOf(added));
    QVERIFY(m_controller->undo());
    QVERIFY(!document().event(added));
}

void TestTimelineEdit::duplicateSelects()
{
    m_controller->setSelection({m_ids.interview});
    QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_controller->selection().size(), std::size_t(1));
    const EventId copy = m_controller->selection().front();
    QVERIFY(copy != m_ids.interview);
    QCOMPARE(event(copy).title, event(m_ids.interview).title);
    QCOMPARE(event(copy).date.toEdtf(), u"2008-03-26"_s);
}

void TestTimelineEdit::altDragRelates_data()
{
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("answer");
    QTest::newRow("Alt") << int(Qt::AltModifier) << true;
    QTest::newRow("Ctrl+Shift") << int(Qt::ControlModifier | Qt::ShiftModifier) << true;
    QTest::newRow("menu cancelled") << int(Qt::AltModifier) << false;
}

void TestTimelineEdit::altDragRelates()
{
    QFETCH(int, modifiers);
    QFETCH(bool, answer);
    QString asked;
    m_view->setRelationPrompt([&](QWidget *, const QPoint &, const QString &from, const QString &to) {
        asked = from + u" -> "_s + to;
        return answer ? std::optional<RelationKind>(RelationKind::ResponseTo) : std::nullopt;
    });
    const auto relationsBefore = document().relations().size();
    const QByteArray before = exportNativeJson(document());
    const QPointF from = center(m_ids.invitation);
    const QPointF to = center(m_ids.interview);
    drag(from, to, Qt::KeyboardModifiers(modifiers), false);
    QVERIFY(m_view->editDrag());
    QCOMPARE(m_view->editDrag()->kind(), TimelineDrag::Kind::Relate);
    QCOMPARE(m_view->editDrag()->target(), m_ids.interview);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::KeyboardModifiers(modifiers), to.toPoint());
    QCOMPARE(asked, u"Putin invites Bush to Sochi -> Bush interview at the White House"_s);
    // the events did not move
    QCOMPARE(event(m_ids.invitation).date.toEdtf(), u"2008-03-25"_s);
    if (!answer) {
        QCOMPARE(exportNativeJson(document()), before);
        return;
    }
    const std::vector<Relation> relations = document().relations();
    QCOMPARE(relations.size(), relationsBefore + 1);
    const auto it = std::find_if(relations.begin(), relations.end(), [&](const Relation &r) {
        return r.from == m_ids.interview && r.to == m_ids.invitation && r.kind == RelationKind::ResponseTo;
    });
    QVERIFY(it != relations.end());
    QVERIFY(m_controller->undo());
    QCOMPARE(document().relations().size(), relationsBefore);
}

void TestTimelineEdit::dragSnapsToMonthsWhenZoomedOut()
{
    m_view->showRange(at("2007-09"), at("2009-03"));
    const TickStep step = TimelineDrag::snapStep(m_view->currentLayout().ticks.minorStep,
                                                 m_view->scale().secondsPerPixel());
    QCOMPARE(step.unit, TickUnit::Month);
    const QPointF from = center(m_ids.interview);
    const double month = 30.5 * pixelsPerDay();
    drag(from, from + QPointF(2.2 * step.count * month, 0));
    // whole months, the day of the month kept
    const QString expected = u"2008-%1-26"_s.arg(3 + 2 * step.count, 2, 10, QLatin1Char('0'));
    QCOMPARE(event(m_ids.interview).date.toEdtf(), expected);
}

void TestTimelineEdit::dragNearTheSidePans()
{
    const QRectF area = m_view->currentLayout().laneArea;
    const TimeScale before = m_view->scale();
    const QPointF from = center(m_ids.interview);
    const QPointF to(area.right() - 4, from.y());
    const TimePoint underMouse = before.toTime(to.x());
    drag(from, to, {}, false);
    QTRY_VERIFY(m_view->scale().origin() > before.origin() + 2 * kSecondsPerDay); // it pans on its own
    QVERIFY(m_view->editDrag());
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to.toPoint());
    // the event went past what was on screen when the drag began
    QVERIFY(event(m_ids.interview).date.bounds().earliestStart > underMouse + kSecondsPerDay);
    QCOMPARE(m_controller->editor()->undoLabel(), u"Move \u201cBush interview at the White House\u201d"_s);
}

void TestTimelineEdit::snapStep_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("pixelsPerUnit");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("days, wide") << int(TickUnit::Day) << qint64(1) << 50.0 << qint64(1);
    QTest::newRow("2-day ticks, 19 px a day") << int(TickUnit::Day) << qint64(2) << 19.0 << qint64(1);
    QTest::newRow("2-day ticks, 8 px a day") << int(TickUnit::Day) << qint64(2) << 8.0 << qint64(2);
    QTest::newRow("15 minutes, 3 px a minute") << int(TickUnit::Minute) << qint64(15) << 3.0 << qint64(5);
    QTest::newRow("decades, 3 px a year") << int(TickUnit::Year) << qint64(10) << 3.0 << qint64(5);
    QTest::newRow("centuries, 0.5 px a year") << int(TickUnit::Year) << qint64(100) << 0.5 << qint64(25);
    QTest::newRow("million years") << int(TickUnit::Year) << qint64(1000000) << 1e-5 << qint64(1000000);
}

void TestTimelineEdit::snapStep()
{
    QFETCH(int, unit);
    QFETCH(qint64, count);
    QFETCH(double, pixelsPerUnit);
    QFETCH(qint64, expected);
    const double unitSeconds = unit == int(TickUnit::Day) ? kSecondsPerDay
        : unit == int(TickUnit::Minute)                    ? kSecondsPerMinute
                                                           : 365.2425 * kSecondsPerDay;
    const TickStep step = TimelineDrag::snapStep({TickUnit(unit), count}, unitSeconds / pixelsPerUnit);
    QCOMPARE(int(step.unit), unit);
    QCOMPARE(step.count, expected);
}

void TestTimelineEdit::closedDocumentDisablesEditing()
{
    m_controller->setSelection({m_ids.interview});
    QVERIFY(m_view->action(TimelineView::Command::AddEvent)->isEnabled());
    QVERIFY(m_view->action(TimelineView::Command::DuplicateEvents)->isEnabled());
    m_controller->closeDocument();
    QVERIFY(m_controller->isReadOnly());
    for (auto command : {TimelineView::Command::AddEvent, TimelineView::Command::RemoveEvents,
                         TimelineView::Command::DuplicateEvents})
        QVERIFY(!m_view->action(command)->isEnabled());
}

void TestTimelineEdit::readOnlyDocumentSelectsButDoesNotEdit()
{
    const QString path = m_dir.filePath(u"readonly%1.dateline"_s.arg(m_file));
    QVERIFY(QFile::copy(m_fixturePath, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(m_controller->openDocument(path));
    if (!m_controller->isReadOnly())
        QSKIP("this file system lets the file be written");
    m_view->showRange(at("2008-03-15"), at("2008-04-01"));
    for (auto command : {TimelineView::Command::AddEvent, TimelineView::Command::RemoveEvents,
                         TimelineView::Command::DuplicateEvents})
        QVERIFY(!m_view->action(command)->isEnabled());
    const QByteArray before = exportNativeJson(document());
    // clicks select, Ctrl+click adds
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, center(m_ids.interview).toPoint());
    QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ControlModifier, center(m_ids.invitation).toPoint());
    QCOMPARE(m_controller->selection(), (std::vector<EventId>{m_ids.interview, m_ids.invitation}));
    // dragging an event pans instead of moving it; Delete, Insert and Ctrl+D do nothing
    const QPointF from = center(m_ids.interview);
    const TimePoint grabbed = m_view->scale().toTime(from.x());
    drag(from, from + QPointF(120, 0));
    QVERIFY(!m_view->editDrag());
    QVERIFY(std::abs(m_view->scale().toTime(from.x() + 120) - grabbed) <= 1);
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QTest::keyClick(m_view.get(), Qt::Key_Insert);
    QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(exportNativeJson(document()), before);
}

QTEST_MAIN(TestTimelineEdit)
#include "tst_timelineedit.moc"
