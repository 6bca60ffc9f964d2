// PNG and SVG export of the sample through the one renderer: size, positions as on screen, text
// as text, ranges, subsets, and clean failures that leave no file behind.
#include "exportfixture.h"

#include "core/date/calendar.h"
#include "core/index/indexbuilder.h"
#include "core/render/layout.h"
#include "core/render/timelinepainter.h"

#include <QPainter>

using namespace dateline;
using namespace dateline::test;
using namespace Qt::StringLiterals;

class TestImageExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sample.open()); }
    void init() { m_sample.regroup(LaneGrouping::Actor); }

    void pngSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<bool>("taller"); // than asked: the lanes need it
        QTest::newRow("800x600") << QSize(800, 600) << 1.0 << false;
        QTest::newRow("full hd") << QSize(1920, 1080) << 1.0 << false;
        QTest::newRow("retina") << QSize(2400, 1600) << 2.0 << false;
        QTest::newRow("banner") << QSize(3000, 400) << 1.5 << true;
    }

    void pngSize()
    {
        QFETCH(QSize, size);
        QFETCH(double, dpr);
        QFETCH(bool, taller);
        ExportRequest r;
        r.pixelSize = size;
        r.devicePixelRatio = dpr;
        r.title = QStringLiteral("Moscow 2+2");
        r.parts |= ExportPart::Legend | ExportPart::SourcesFooter;
        const QString path = m_sample.path(QStringLiteral("size.png"));
        QString error;
        QVERIFY2(ImageExporter(m_sample.document.get(), m_sample.scene).write(r, path, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.width(), size.width());
        QCOMPARE(image.height() > size.height(), taller);
        QVERIFY(image.height() >= size.height());
        size = image.size();
        // not a blank picture: the timeline drew something besides the background
        QVERIFY(image.pixel(size.width() / 2, size.height() / 2) != 0 || image.pixel(5, 5) != 0);
    }

    // The exported current view puts every event at the same x (and, without header, the same y)
    // as the screen does for the same viewport.
    void pngMatchesScreen_data()
    {
        QTest::addColumn<double>("dpr");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("march, 1x") << 1.0 << QStringLiteral("2008-03-01") << QStringLiteral("2008-04-10");
        QTest::newRow("2+2 week, 2x") << 2.0 << QStringLiteral("2008-03-15") << QStringLiteral("2008-03-22");
    }

    void pngMatchesScreen()
    {
        QFETCH(double, dpr);
        QFETCH(QString, from);
        QFETCH(QString, to);
        Viewport view;
        view.size = QSizeF(1280, 720);
        view.scale = TimeScale::fitting(day(from.toLatin1()), day(to.toLatin1()), m_sample.scene.options.headerWidth,
                                        view.size.width());
        const Layout screen = Layout::compute(view, m_sample.scene);
        QVERIFY(!screen.shapes.empty());

        ExportRequest r;
        r.scope = ExportScope::CurrentView;
        r.view = view;
        r.parts = ExportPart::None;
        r.pixelSize = (view.size * dpr).toSize();
        r.devicePixelRatio = dpr;
        const ImageExporter exporter(m_sample.document.get(), m_sample.scene);
        const auto plan = exporter.plan(r);
        const Layout &exported = plan->tiles().front().layout;
        QCOMPARE(plan->tiles().front().rect.topLeft(), QPointF(0, 0));
        QCOMPARE(exported.shapes.size(), screen.shapes.size());
        for (std::size_t i = 0; i < screen.shapes.size(); ++i) {
            QCOMPARE(exported.shapes[i].id.value, screen.shapes[i].id.value);
            QCOMPARE(exported.shapes[i].rect, screen.shapes[i].rect);
        }

        // and the pixels are the screen's: the same painter drew the same layout
        const QImage image = exporter.renderImage(r);
        QCOMPARE(image.size(), r.pixelSize);
        QImage frame(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
        frame.setDevicePixelRatio(dpr);
        QPainter painter(&frame);
        TimelinePainter().render(painter, view, m_sample.scene, Palette::forKind(r.palette));
        painter.end();
        QVERIFY(image == frame);
    }

    // A picture of the visible lanes only (Copy Image) draws no lane in part: the current view's
    // scroll position shows a lane cut at the top from its top, and a lane that does not fit at
    // the bottom is left out and counted as not shown (the screen draws both in part).
    void exportDrawsWholeLanes_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<double>("scrollY");
        QTest::addColumn<int>("height");
        const auto view = int(ExportScope::CurrentView), whole = int(ExportScope::WholeTimeline);
        QTest::newRow("view, top, lane cut at the bottom") << view << 0.0 << 290;
        QTest::newRow("view, scrolled into a lane") << view << 40.0 << 290;
        QTest::newRow("view, scrolled to a lane's edge") << view << 66.0 << 400;
        QTest::newRow("whole timeline, short") << whole << 0.0 << 230;
    }

    void exportDrawsWholeLanes()
    {
        QFETCH(int, scope);
        QFETCH(double, scrollY);
        QFETCH(int, height);
        Viewport view;
        view.size = QSizeF(1100, height);
        view.scrollY = scrollY;
        view.scale = TimeScale::fitting(day("2008-03-01"), day("2008-04-10"), m_sample.scene.options.headerWidth,
                                        view.size.width());
        const Layout screen = Layout::compute(view, m_sample.scene);
        QVERIFY(screen.lanes.size() >= 2);
        QVERIFY(screen.contentHeight > screen.laneArea.height()); // more lanes than the height holds

        ExportRequest r;
        r.scope = ExportScope(scope);
        r.view = view;
        r.parts = ExportPart::None;
        r.pixelSize = view.size.toSize();
        r.visibleLanesOnly = true;
        const auto plan = ImageExporter(m_sample.document.get(), m_sample.scene).plan(r);
        QCOMPARE(plan->pixelSize(), r.pixelSize);
        const Layout &exported = plan->tiles().front().layout;
        QVERIFY(!exported.lanes.empty());
        for (const LaneItem &lane : exported.lanes) {
            QVERIFY2(lane.body.top() >= exported.laneArea.top() - 0.5, qPrintable(lane.label));
            QVERIFY2(lane.body.bottom() <= exported.laneArea.bottom() + 0.5, qPrintable(lane.label));
        }
        // the lanes drawn are the screen's first whole or cut one and those after it, in order
        const double laneHeight = exported.lanes.front().body.height();
        QCOMPARE(exported.lanes.front().lane, screen.lanes.front().lane);
        QCOMPARE(exported.lanes.front().body.top(), exported.laneArea.top());
        // as many as fit; the rest are said to be not shown
        QCOMPARE(int(exported.lanes.size()), int((exported.laneArea.height() + 0.5) / laneHeight));
        const int hidden = m_sample.index->laneCount() - int(exported.lanes.size());
        QCOMPARE(plan->hiddenLanes(), hidden);
        QVERIFY2(plan->caption().endsWith(hidden == 1 ? u"1 more lane not shown"_s : u"%1 more lanes not shown"_s.arg(hidden)),
                 qPrintable(plan->caption()));
        for (const EventShape &shape : exported.shapes)
            QVERIFY(shape.rect.bottom() <= exported.laneArea.bottom() + 0.5);
    }

    // A briefing picture of the current view (or a range) holds every lane, from the first, whatever
    // the screen's scroll position: a PNG or SVG grows taller than asked, the width stays, and the
    // file is written at the size the plan reports; a page fits its rows instead. It left the lanes
    // below the screen out ("5 more lanes not shown").
    void exportShowsEveryLane_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("scope");
        QTest::addColumn<double>("scrollY");
        QTest::addColumn<double>("dpr");
        const auto png = int(ExportFormat::Png), svg = int(ExportFormat::Svg), pdf = int(ExportFormat::Pdf);
        const auto view = int(ExportScope::CurrentView), range = int(ExportScope::Range);
        QTest::newRow("png, view at the top") << png << view << 0.0 << 1.0;
        QTest::newRow("png, view scrolled, ratio 2") << png << view << 40.0 << 2.0;
        QTest::newRow("svg, view scrolled") << svg << view << 66.0 << 1.0;
        QTest::newRow("png, range") << png << range << 0.0 << 1.5;
        QTest::newRow("pdf, view scrolled") << pdf << view << 40.0 << 1.0;
    }

    void exportShowsEveryLane()
    {
        QFETCH(int, format);
        QFETCH(int, scope);
        QFETCH(double, scrollY);
        QFETCH(double, dpr);
        Viewport view;
        view.size = QSizeF(1100, 230);
        view.scrollY = scrollY;
        view.scale = TimeScale::fitting(day("2008-03-01"), day("2008-04-10"), m_sample.scene.options.headerWidth,
                                        view.size.width());
        QVERIFY(Layout::compute(view, m_sample.scene).contentHeight > 2 * view.size.height());
        ExportRequest r;
        r.format = ExportFormat(format);
        r.scope = ExportScope(scope);
        r.view = view;
        r.from = day("2008-03-01");
        r.to = day("2008-04-10");
        r.pixelSize = (view.size * dpr).toSize();
        r.devicePixelRatio = dpr;
        const ImageExporter exporter(m_sample.document.get(), m_sample.scene);
        const auto plan = exporter.plan(r);
        const Layout &exported = plan->tiles().front().layout;
        QCOMPARE(plan->hiddenLanes(), 0);
        QVERIFY2(!plan->caption().contains(u"not shown"_s), qPrintable(plan->caption()));
        QCOMPARE(int(exported.lanes.size()), m_sample.index->laneCount());
        QCOMPARE(exported.lanes.front().body.top(), exported.laneArea.top());
        QVERIFY(exported.lanes.back().body.bottom() <= exported.laneArea.bottom() + 0.5);
        if (r.format == ExportFormat::Pdf)
            return; // the page's own size; its rows fitted to it
        QCOMPARE(plan->pixelSize().width(), r.pixelSize.width());
        QVERIFY(plan->pixelSize().height() > r.pixelSize.height());
        // it grew past the last lane by the strip of era names, which would cover its labels
        QVERIFY(!exported.eras.empty());
        QVERIFY(exported.lanes.back().body.bottom() <= exported.laneArea.bottom() - kEraNameStrip + 0.5);

        const QString path = m_sample.path(u"every-lane."_s + ExportRequest::formatName(r.format));
        QString error;
        QVERIFY2(exporter.write(r, path, &error), qPrintable(error));
        const QImage image = r.format == ExportFormat::Svg ? QImage::fromData(readAll(path)).scaled(plan->pixelSize())
                                                            : QImage(path);
        QCOMPARE(r.format == ExportFormat::Svg ? svgPixelSize(readAll(path)) : image.size(), plan->pixelSize());
        // the last lane is drawn: its header holds its name, in more than one colour
        const QRect header = QRectF(exported.lanes.back().header.topLeft() * dpr,
                                    exported.lanes.back().header.size() * dpr).toAlignedRect();
        QSet<QRgb> colours;
        for (int y = header.top(); y < std::min(header.bottom(), image.height()); y += 2)
            for (int x = header.left(); x < header.right(); x += 2)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 2, qPrintable(exported.lanes.back().label));
    }

    // Growing stops at the size a request may ask for: the lanes past it are counted as not shown.
    void growingStopsAtTheLimit()
    {
        ExportRequest r;
        r.format = ExportFormat::Png;
        r.scope = ExportScope::CurrentView;
        r.pixelSize = QSize(ExportRequest::kMaxPixels, 2000);
        r.devicePixelRatio = 16; // a canvas of 2048 x 125, at most 763 high: fewer than the lanes need
        r.view.size = QSizeF(2048, 125);
        r.view.scale = TimeScale::fitting(day("2008-03-01"), day("2008-04-10"), 170, 2048);
        Scene scene = m_sample.scene;
        scene.options.rowsPerLane = 8;
        const auto plan = ImageExporter(m_sample.document.get(), scene).plan(r);
        QCOMPARE(plan->pixelSize(), QSize(ExportRequest::kMaxPixels, int(ExportRequest::kMaxArea / ExportRequest::kMaxPixels)));
        QVERIFY(plan->hiddenLanes() > 0);
        QVERIFY2(plan->caption().contains(u"not shown"_s), qPrintable(plan->caption()));
    }

    // The caption counts the events a range shows: every event overlapping it, once, though it
    // is in several lanes (it counted events starting in the range: "0 events" over a picture of
    // hours inside day-long events).
    void captionCountsTheEventsShown_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("hours inside the 2+2 talks") << u"2008-03-17T10:00:00Z"_s << u"2008-03-17T12:00:00Z"_s;
        QTest::newRow("March 2008") << u"2008-03-01"_s << u"2008-04-01"_s;
        QTest::newRow("a day before everything") << u"1990-01-01"_s << u"1990-01-02"_s;
    }

    void captionCountsTheEventsShown()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        ExportRequest r;
        r.scope = ExportScope::Range;
        r.from = day(from.toLatin1());
        r.to = day(to.toLatin1());
        r.parts = ExportPart::None;
        r.pixelSize = QSize(1200, 700);
        qint64 want = 0;
        for (const Event &e : m_sample.document->events()) {
            const DateBounds b = e.date.bounds();
            want += e.date.isValid() && b.earliestStart < r.to && b.latestEnd > r.from ? 1 : 0;
        }
        const auto plan = ImageExporter(m_sample.document.get(), m_sample.scene).plan(r);
        QCOMPARE(plan->eventsInRange(), want);
        const QString count = want == 1 ? u"1 event"_s : u"%1 events"_s.arg(want);
        QVERIFY2(plan->caption().contains(u"  ·  "_s + count), qPrintable(plan->caption()));
    }

    // The caption's range: days, and clock times for a range under three days (six hours of a
    // day read "17 Mar 2008 – 17 Mar 2008").
    void captionRange_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("label");
        QTest::newRow("hours of a day") << u"2008-03-17T10:00:00Z"_s << u"2008-03-17T12:00:00Z"_s
                                        << u"17 Mar 2008, 10:00 – 12:00"_s;
        QTest::newRow("an inclusive end second") << u"2008-03-17T10:00:00Z"_s << u"2008-03-17T12:00:01Z"_s
                                                 << u"17 Mar 2008, 10:00 – 12:00"_s;
        QTest::newRow("to midnight") << u"2008-03-17T20:00:00Z"_s << u"2008-03-18"_s << u"17 Mar 2008, 20:00 – 24:00"_s;
        QTest::newRow("over midnight") << u"2008-03-17T20:00:00Z"_s << u"2008-03-18T04:30:00Z"_s
                                       << u"17 Mar 2008, 20:00 – 18 Mar 2008, 04:30"_s;
        QTest::newRow("two days to midnight") << u"2008-03-16T20:00:00Z"_s << u"2008-03-18"_s
                                              << u"16 Mar 2008, 20:00 – 17 Mar 2008, 24:00"_s;
        QTest::newRow("days") << u"2008-03-17"_s << u"2008-04-07"_s << u"17 Mar 2008 – 6 Apr 2008"_s;
    }

    void captionRange()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, label);
        QCOMPARE(ExportPlan::rangeLabel(day(from.toLatin1()), day(to.toLatin1())), label);
        ExportRequest r;
        r.scope = ExportScope::Range;
        r.from = day(from.toLatin1());
        r.to = day(to.toLatin1());
        r.pixelSize = QSize(1200, 700);
        QVERIFY(ImageExporter(m_sample.document.get(), m_sample.scene).plan(r)->caption().startsWith(label + u"  ·  "_s));
    }

    // SVG: well-formed XML, vectors with text as <text>: titles, and quote speakers in callouts.
    void svgHasText()
    {
        m_sample.regroup(LaneGrouping::None); // speakers then appear only as quote text, not lane names
        ExportRequest r;
        r.format = ExportFormat::Svg;
        r.scope = ExportScope::Range;
        r.from = day("2008-03-16");
        r.to = day("2008-03-21");
        r.title = QStringLiteral("The 2+2 meeting");
        r.parts |= ExportPart::Legend;
        const ImageExporter exporter(m_sample.document.get(), m_sample.scene);
        const QString path = m_sample.path(QStringLiteral("view.svg"));
        QString error;
        QVERIFY2(exporter.write(r, path, &error), qPrintable(error));
        const QByteArray svg = readAll(path);
        QVERIFY(!svg.contains("<image")); // nothing rasterised
        const QStringList texts = svgTexts(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(texts.contains(QStringLiteral("The 2+2 meeting")));
        QVERIFY(texts.contains(QStringLiteral("Joint press conference of the four ministers")));
        const auto plan = exporter.plan(r);
        QVERIFY(!plan->tiles().front().layout.callouts.empty());
        for (const CalloutItem &c : plan->tiles().front().layout.callouts)
            QVERIFY2(texts.join(u'\n').contains(c.speaker), qPrintable(c.speaker));
        QVERIFY(texts.join(u'\n').contains(QStringLiteral("Sergei Lavrov")));
        for (const LabelItem &l : plan->tiles().front().layout.labels)
            QVERIFY2(texts.contains(l.text), qPrintable(l.text));
    }

    // The whole timeline leaves room after its last event for the event's label, at any width
    // (the last event sat at the right edge with no label).
    void wholeTimelineLabelsTheLastEvent_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("900") << 900;
        QTest::newRow("1400") << 1400;
        QTest::newRow("3840") << 3840;
    }

    void wholeTimelineLabelsTheLastEvent()
    {
        QFETCH(int, width);
        m_sample.regroup(LaneGrouping::None);
        ExportRequest r;
        r.format = ExportFormat::Png;
        r.pixelSize = QSize(width, 700);
        const auto plan = ImageExporter(m_sample.document.get(), m_sample.scene).plan(r);
        const Layout &layout = plan->tiles().front().layout;
        const std::vector<Event> events = m_sample.document->events(); // in time order
        const Event *last = nullptr;
        for (const Event &e : events)
            if (e.date.isValid() && (!last || e.date.bounds().earliestStart > last->date.bounds().earliestStart))
                last = &e;
        QVERIFY(last);
        QVERIFY2(std::any_of(layout.labels.begin(), layout.labels.end(), [&](const LabelItem &l) { return l.id == last->id; }),
                 qPrintable(last->title));
    }

    // A timeline too dense for labels ends at its last event: the room kept for a last label
    // (above) is not added when no label would use it (at a million events it was two blank
    // years, and the caption ran to Dec 2027 for events that end in 2025).
    void wholeDenseTimelineEndsAtItsLastEvent_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("format");
        QTest::newRow("png 1920") << 1920 << int(ExportFormat::Png);
        QTest::newRow("png 3840") << 3840 << int(ExportFormat::Png);
        QTest::newRow("svg 1920") << 1920 << int(ExportFormat::Svg);
    }

    void wholeDenseTimelineEndsAtItsLastEvent()
    {
        QFETCH(int, width);
        QFETCH(int, format);
        IndexBuilder builder; // 40,000 one-day events, a few a day over 2015-2024, in one lane
        const TimePoint first = calendar::toTimePoint(CivilDate{2015, 1, 1});
        for (int i = 0; i < 40000; ++i) {
            EventSpan s;
            s.id = EventId(i + 1);
            const TimePoint start = first + TimePoint(i / 11) * kSecondsPerDay;
            s.bounds = {start, start, start + kSecondsPerDay, start + kSecondsPerDay};
            builder.addEvent(s);
        }
        const TimeIndex index = builder.build(LaneGrouping::None);
        Scene scene;
        scene.index = &index;
        ExportRequest r;
        r.format = ExportFormat(format);
        r.pixelSize = QSize(width, 700);
        const auto plan = ImageExporter(nullptr, scene).plan(r);
        QVERIFY(plan->tiles().front().layout.labels.empty());
        const TimePoint span = index.latest() - index.earliest();
        QCOMPARE_LE(plan->to(), index.latest() + span / 40); // the 2% padding, not a label's room
        QCOMPARE_GE(plan->to(), index.latest());
    }

    // A range export draws only events overlapping the range.
    void rangeOnly()
    {
        ExportRequest r;
        r.format = ExportFormat::Svg;
        r.scope = ExportScope::Range;
        r.from = day("2008-03-25");
        r.to = day("2008-03-28");
        const ImageExporter exporter(m_sample.document.get(), m_sample.scene);
        const auto plan = exporter.plan(r);
        QVERIFY(!plan->tiles().front().layout.shapes.empty());
        for (const EventShape &s : plan->tiles().front().layout.shapes) {
            const std::optional<Event> e = m_sample.document->event(s.id);
            QVERIFY(e);
            const DateBounds b = e->date.bounds();
            QVERIFY2(b.earliestStart < r.to && b.latestEnd > r.from, qPrintable(e->title));
        }
        const QString path = m_sample.path(QStringLiteral("range.svg"));
        QString error;
        QVERIFY2(exporter.write(r, path, &error), qPrintable(error));
        const QString all = svgTexts(readAll(path), &error).join(u'\n');
        QVERIFY(!all.contains(QStringLiteral("Joint press conference")));
        QVERIFY(all.contains(QStringLiteral("Bush accepts the Sochi invitation")));
    }

    void subsets_data()
    {
        QTest::addColumn<QStringList>("lanes");
        QTest::addColumn<int>("events"); // how many of the sample's events are selected; 0 = all
        QTest::newRow("Lavrov only") << QStringList{QStringLiteral("actor:7")} << 0;
        QTest::newRow("two lanes") << QStringList{QStringLiteral("actor:3"), QStringLiteral("actor:4")} << 0;
        QTest::newRow("two events") << QStringList{} << 2;
        QTest::newRow("one event, its lane") << QStringList{QStringLiteral("@first-actor@")} << 1;
    }

    void subsets()
    {
        QFETCH(QStringList, lanes);
        QFETCH(int, events);
        ExportRequest r;
        std::vector<Event> all = m_sample.document->events();
        QVERIFY(!all.front().actors.empty());
        lanes.replaceInStrings(QStringLiteral("@first-actor@"),
                               QStringLiteral("actor:%1").arg(all.front().actors.front().actor.value));
        r.lanes = lanes;
        for (int i = 0; i < events; ++i)
            r.events.push_back(all[std::size_t(i)].id);
        const auto plan = ImageExporter(m_sample.document.get(), m_sample.scene).plan(r);
        const Layout &layout = plan->tiles().front().layout;
        QVERIFY(!layout.shapes.empty());
        for (const LaneItem &lane : layout.lanes)
            QVERIFY2(lanes.isEmpty() || lanes.contains(lane.key), qPrintable(lane.key));
        for (const EventShape &s : layout.shapes) {
            if (events > 0)
                QVERIFY(std::any_of(r.events.begin(), r.events.end(), [&](EventId id) { return id == s.id; }));
        }
        QCOMPARE(m_sample.scene.index, m_sample.index.get()); // the live scene still has the full index
    }

    // Quotes shown are numbered in order; markers and footer agree.
    void quoteNumbers()
    {
        ExportRequest r;
        r.parts |= ExportPart::SourcesFooter;
        const auto plan = ImageExporter(m_sample.document.get(), m_sample.scene).plan(r);
        const QuoteNotes &notes = plan->notes();
        QCOMPARE(int(notes.notes().size()), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(notes.notes()[std::size_t(i)].number, i + 1);
            QVERIFY(!notes.notes()[std::size_t(i)].speaker.isEmpty());
            QVERIFY(!notes.notes()[std::size_t(i)].citation.isEmpty());
        }
        QVERIFY(notes.marker(notes.notes().front().event).startsWith(QStringLiteral("[1")));
        QVERIFY(notes.sourceLines().join(u'\n').contains(QStringLiteral("[1–4]")));
    }

    void errors_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const int png = int(ExportFormat::Png), pdf = int(ExportFormat::Pdf);
        QTest::newRow("tiny") << png << QSize(4, 4) << 1.0 << QStringLiteral("a.png") << QStringLiteral("too small");
        QTest::newRow("wide") << png << QSize(40000, 100) << 1.0 << QStringLiteral("a.png") << QStringLiteral("too large");
        QTest::newRow("area") << png << QSize(30000, 20000) << 1.0 << QStringLiteral("a.png") << QStringLiteral("megapixels");
        QTest::newRow("dpr") << png << QSize(800, 600) << 0.0 << QStringLiteral("a.png") << QStringLiteral("pixel ratio");
        QTest::newRow("dpr too big") << png << QSize(800, 600) << 8.0 << QStringLiteral("a.png") << QStringLiteral("too small");
        QTest::newRow("no directory") << png << QSize(800, 600) << 1.0 << QStringLiteral("missing/dir/a.png") << QStringLiteral("cannot write");
        QTest::newRow("directory") << pdf << QSize(800, 600) << 1.0 << QStringLiteral(".") << QStringLiteral("cannot write");
    }

    void errors()
    {
        QFETCH(int, format);
        QFETCH(QSize, size);
        QFETCH(double, dpr);
        QFETCH(QString, file);
        QFETCH(QString, message);
        ExportRequest r;
        r.format = ExportFormat(format);
        r.pixelSize = size;
        r.devicePixelRatio = dpr;
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QString error;
        QVERIFY(!ImageExporter(m_sample.document.get(), m_sample.scene).write(r, path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0); // no partial file
    }

    // A failing export leaves an existing file as it was.
    void failureKeepsExistingFile()
    {
        const QString path = m_sample.path(QStringLiteral("keep.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        ExportRequest r;
        r.pixelSize = QSize(50000, 50000);
        QString error;
        QVERIFY(!ImageExporter(m_sample.document.get(), m_sample.scene).write(r, path, &error));
        QCOMPARE(readAll(path), QByteArray("old"));
    }

private:
    SampleFixture m_sample;
};

QTEST_MAIN(TestImageExport)
#include "tst_imageexport.moc"
