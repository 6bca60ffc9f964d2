// The filters in the app: chip texts and what removing a chip leaves, date range ends, the
// FilterController loading facets off the GUI thread and counting hidden events, the chip bar
// (chips, hidden count in the locale's digits, Clear) and the events table following the mask.
#include "app/gui/documentcontroller.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/filters/filterchipbar.h"
#include "app/gui/filters/filterchips.h"
#include "app/gui/filters/daterangedialog.h"
#include "app/gui/inspector/datefield.h"
#include "app/gui/filters/filtercontroller.h"
#include "app/gui/filters/filtermenu.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/index/facetindex.h"
#include "core/index/filtermask.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"
#include "app/gui/timelineview.h"
#include "core/render/timelinemodel.h"
#include "testdocument.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

QString actorName(ActorId id)
{
    return u"A%1"_s.arg(id.value);
}

QString countryName(const QString &code)
{
    return code == u"RUS"_s ? u"Russia"_s : code;
}

} // namespace

class TestFilterBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chips_data();
    void chips();
    void dateRanges_data();
    void dateRanges();
    void dateRangeDialogTakesWrittenDates();
    void escapeInADateFieldClosesTheDialog();
    void controllerCountsHidden();
    void filterMenuNeedsADocument();
    void chipBar();
    void chipNamesTheCountryOfASharedLabel_data();
    void chipNamesTheCountryOfASharedLabel();
    void tableFollowsFilter();
    void followsEdits();
    void onlyTheNewestLoadArrives_data();
    void onlyTheNewestLoadArrives();
    void sourceAndPlaceEditsReread();
    void editDuringAReloadIsKept();
    void destroyedDuringALoad();
    void firstLoadStoresTheSnapshot();
    void timelineDrawsFiltered();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFilterBar::initTestCase()
{
    useTestSettings(u"tst_filterbar"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"fixture.dateline"_s);
    TestDocument::create(m_path);
}

void TestFilterBar::chips_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("actor") << u"{\"actors\":[3]}"_s << QStringList{u"Actor: A3"_s};
    QTest::newRow("quad") << u"{\"quadClasses\":[4]}"_s << QStringList{u"Quad: Material conflict"_s};
    QTest::newRow("root") << u"{\"cameoRoots\":[4]}"_s << QStringList{u"Type: 04 Consult"_s};
    QTest::newRow("range") << u"{\"dateRange\":\"2008-03/2008-04\"}"_s << QStringList{u"From 2008-03 to 2008-04"_s};
    QTest::newRow("open end") << u"{\"dateRange\":\"2008-03/..\"}"_s << QStringList{u"From 2008-03"_s};
    QTest::newRow("open start") << u"{\"dateRange\":\"../2008-04\"}"_s << QStringList{u"Until 2008-04"_s};
    QTest::newRow("one date") << u"{\"dateRange\":\"2008\"}"_s << QStringList{u"In 2008"_s};
    QTest::newRow("grades") << u"{\"minReliability\":\"B\",\"maxCredibility\":2}"_s
                            << QStringList{u"Source reliability: at least B"_s, u"Quote credibility: at most 2"_s};
    QTest::newRow("several")
        << u"{\"actors\":[1,2],\"countries\":[\"RUS\"],\"tags\":[\"nuclear\"],\"statuses\":[\"planned\"],\"hasQuotes\":false}"_s
        << QStringList{u"Actor: A1"_s, u"Actor: A2"_s, u"Country: Russia"_s, u"Tag: nuclear"_s, u"Status: planned"_s,
                       u"Without quotes"_s};
}

void TestFilterBar::chips()
{
    QFETCH(QString, json);
    QFETCH(QStringList, texts);
    const auto filter = EventFilter::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(filter);
    const std::vector<FilterChip> chips = filterChips(*filter, actorName, countryName);
    QStringList got;
    for (const FilterChip &c : chips)
        got << c.text;
    QCOMPARE(got, texts);
    // removing every chip, one after the other, empties the filter; each removes one value
    EventFilter f = *filter;
    while (!f.isEmpty()) {
        const std::vector<FilterChip> now = filterChips(f, actorName, countryName);
        QVERIFY(!now.empty());
        QCOMPARE(filterChips(now.front().without, actorName, countryName).size(), now.size() - 1);
        f = now.front().without;
    }
}

// The dialog's fields take what a date field takes, and the range follows them.
void TestFilterBar::dateRangeDialogTakesWrittenDates()
{
    DateRangeDialog dialog{FuzzyDate()};
    dialog.fromField()->lineEdit()->setText(u"17 March 2008"_s);
    dialog.toField()->lineEdit()->setText(u"2008-04-06"_s);
    QVERIFY(dialog.isAcceptable());
    QCOMPARE(dialog.range().toEdtf(), u"2008-03-17/2008-04-06"_s);
    dialog.toField()->lineEdit()->clear();
    QCOMPARE(dialog.range().toEdtf(), u"2008-03-17/.."_s);
}

// The date fields took every Esc to revert themselves, so the dialog never heard it. Esc reverts
// unfinished typing first; with none, it closes the dialog.
void TestFilterBar::escapeInADateFieldClosesTheDialog()
{
    DateRangeDialog dialog{FuzzyDate::fromEdtf(u"2008-03/2008-04"_s)};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *from = dialog.fromField()->lineEdit();
    from->setFocus(Qt::OtherFocusReason);
    from->selectAll();
    QTest::keyClicks(from, u"2007"_s);
    QTest::keyClick(from, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(from->text(), u"2008-03"_s);
    QTest::keyClick(from, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestFilterBar::dateRanges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("edtf"); // empty: no range
    QTest::newRow("months") << u"2008-03"_s << u"2008-04"_s << u"2008-03/2008-04"_s;
    QTest::newRow("open end") << u"2008-03-17"_s << QString() << u"2008-03-17/.."_s;
    QTest::newRow("open start") << QString() << u"1999"_s << u"../1999"_s;
    QTest::newRow("none") << QString() << QString() << QString();
    QTest::newRow("backwards") << u"2009"_s << u"2008"_s << QString();
}

void TestFilterBar::dateRanges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, edtf);
    const FuzzyDate range = dateRangeOf(FuzzyDate::fromEdtf(from), FuzzyDate::fromEdtf(to));
    QCOMPARE(range.isValid(), !edtf.isEmpty());
    if (edtf.isEmpty())
        return;
    QCOMPARE(range.toEdtf(), edtf);
    const auto [a, b] = dateRangeEnds(range);
    QCOMPARE(a.isValid() ? a.toEdtf() : QString(), from);
    QCOMPARE(b.isValid() ? b.toEdtf() : QString(), to);
}

// + Filter's menu: without a document nothing in it can be chosen; with one, every part can (the
// tag picker only when the document has tags).
void TestFilterBar::filterMenuNeedsADocument()
{
    DocumentController documents;
    FilterController filters(&documents);
    QMenu menu;
    const auto enabled = [&menu] {
        QStringList names;
        for (const QAction *a : menu.actions())
            if (!a->isSeparator() && a->isEnabled())
                names << QString(a->text()).remove(u'&');
        return names;
    };
    populateFilterMenu(&menu, &filters, &documents, nullptr);
    QCOMPARE(enabled(), QStringList());
    QVERIFY(documents.openDocument(m_path));
    QTRY_VERIFY(filters.facets() != nullptr);
    populateFilterMenu(&menu, &filters, &documents, nullptr);
    QStringList expected{u"Actor…"_s, u"Country…"_s, u"Event Type"_s, u"Quad Class"_s, u"Status"_s, u"Date Range…"_s,
                         u"Source Reliability"_s, u"Quote Credibility"_s, u"Has Quotes"_s};
    if (!filters.facets()->tags().isEmpty())
        expected.insert(2, u"Tag…"_s);
    QCOMPARE(enabled(), expected);
}

void TestFilterBar::controllerCountsHidden()
{
    DocumentController documents;
    FilterController filters(&documents);
    QSignalSpy changed(&filters, &FilterController::filterChanged);
    QVERIFY(documents.openDocument(m_path));
    QTRY_VERIFY(filters.facets() != nullptr); // loaded on a worker thread
    const TimeIndex index = TimeIndex::load(*documents.document(), LaneGrouping::Actor);

    EventFilter f;
    const std::vector<Event> all = documents.document()->events();
    f.actors = {all.front().actors.front().actor};
    filters.setFilter(f);
    QCOMPARE(changed.count(), 1);
    QVERIFY(filters.isActive());
    const FilterMask mask = filters.evaluate(index);
    std::uint32_t expected = 0;
    for (const Event &e : all) {
        bool with = false;
        for (const ActorLink &l : e.actors)
            with = with || l.actor == f.actors.front();
        expected += !with;
    }
    QVERIFY(expected > 0);
    QCOMPARE(filters.hiddenCount(), expected);
    QCOMPARE(mask.hidden, expected);
    // the predicate agrees with the mask, event by event
    const auto keep = filters.eventPredicate();
    QVERIFY(keep);
    for (const Event &e : all)
        QCOMPARE(keep(e.id), std::any_of(e.actors.begin(), e.actors.end(),
                                         [&](const ActorLink &l) { return l.actor == f.actors.front(); }));
    // the filtered index holds just the kept dated events
    const auto full = std::make_shared<TimeIndex>(TimeIndex::load(*documents.document(), LaneGrouping::None));
    const std::shared_ptr<TimeIndex> shown = filters.filteredIndex(full);
    QVERIFY(shown != full);
    for (std::uint32_t o = 0; o < shown->eventCount(); ++o)
        QVERIFY(keep(shown->eventId(o)));

    // another document clears the filter
    documents.closeDocument();
    QVERIFY(!filters.isActive());
    QCOMPARE(filters.hiddenCount(), 0u);
    QVERIFY(!filters.eventPredicate());
}

// GDELT names many actors alike ("Sanor" of Congo and of Sweden): the chip said only "Actor: Sanor".
void TestFilterBar::chipNamesTheCountryOfASharedLabel_data()
{
    QTest::addColumn<QString>("otherLabel");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("chip");
    QTest::newRow("shared label") << u"Sanor"_s << u"COG"_s << u"Actor: Sanor — COG"_s;
    QTest::newRow("own label") << u"Volen"_s << u"COG"_s << u"Actor: Sanor"_s;
    QTest::newRow("shared, no country") << u"Sanor"_s << QString() << u"Actor: Sanor"_s;
}

void TestFilterBar::chipNamesTheCountryOfASharedLabel()
{
    QFETCH(QString, otherLabel);
    QFETCH(QString, country);
    QFETCH(QString, chip);
    static int n = 0;
    const QString path = m_dir.filePath(u"shared%1.dateline"_s.arg(++n));
    ActorId chosen;
    {
        QString error;
        auto doc = Document::create(path, &error);
        QVERIFY2(doc, qPrintable(error));
        Actor a;
        a.label = u"Sanor"_s;
        a.country = country;
        chosen = doc->addActor(a);
        a.label = otherLabel;
        a.country = u"SWE"_s;
        doc->addActor(a);
    }
    DocumentController documents;
    FilterController filters(&documents);
    FilterChipBar bar(&filters, &documents);
    QVERIFY(documents.openDocument(path));
    EventFilter f;
    f.actors = {chosen};
    filters.setFilter(f);
    QCOMPARE(bar.chipTexts(), QStringList{chip});
}

void TestFilterBar::chipBar()
{
    DocumentController documents;
    FilterController filters(&documents);
    FilterChipBar bar(&filters, &documents);
    QVERIFY(documents.openDocument(m_path));
    QTRY_VERIFY(filters.facets() != nullptr);
    QVERIFY(bar.clearButton()->isHidden());
    QVERIFY(bar.chipTexts().isEmpty());

    const std::vector<Event> all = documents.document()->events();
    const Actor actor = *documents.document()->actor(all.front().actors.front().actor);
    EventFilter f;
    f.actors = {actor.id};
    f.quadClasses = {cameo::QuadClass::VerbalCooperation};
    filters.setFilter(f);
    QCOMPARE(bar.chipTexts(), (QStringList{u"Actor: "_s + actor.label, u"Quad: Verbal cooperation"_s}));
    filters.evaluate(TimeIndex::load(*documents.document(), LaneGrouping::None));
    QVERIFY(!bar.clearButton()->isHidden());
    const std::uint32_t hidden = filters.hiddenCount();
    QVERIFY(hidden > 0);
    QCOMPARE(bar.hiddenLabel()->text(),
             hidden == 1 ? u"1 event hidden by filters"_s : u"%1 events hidden by filters"_s.arg(hidden));
    QCOMPARE(QLocale().toString(qulonglong(1204)), u"1,204"_s); // the label's digits come from here

    // a click on a chip removes that value only
    QToolButton *chip = nullptr;
    for (QToolButton *b : bar.findChildren<QToolButton *>(u"filterChip"_s))
        if (b->property("chipText").toString().startsWith(u"Quad"_s))
            chip = b;
    QVERIFY(chip);
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(filters.filter().actors, f.actors);
    QVERIFY(filters.filter().quadClasses.empty());
    QCOMPARE(bar.chipTexts(), QStringList{u"Actor: "_s + actor.label});
    QTest::mouseClick(bar.clearButton(), Qt::LeftButton);
    QVERIFY(filters.filter().isEmpty());
    QVERIFY(bar.chipTexts().isEmpty());
    QVERIFY(bar.clearButton()->isHidden());
}

void TestFilterBar::tableFollowsFilter()
{
    DocumentController documents;
    FilterController filters(&documents);
    EventTableModel model;
    QVERIFY(documents.openDocument(m_path));
    model.setDocument(documents.document());
    QTRY_VERIFY(filters.facets() != nullptr);
    const int all = model.rowCount();
    QVERIFY(all > 1);

    EventFilter f;
    f.dateRange = FuzzyDate::fromEdtf(u"2008-03-01/2008-03-20"_s);
    filters.setFilter(f);
    filters.evaluate(TimeIndex::load(*documents.document(), LaneGrouping::None));
    model.setEventFilter(filters.eventPredicate());
    int expected = 0;
    const DateBounds range = f.dateRange.bounds();
    for (const Event &e : documents.document()->events()) {
        const DateBounds b = e.date.bounds();
        expected += e.date.isValid() && b.earliestStart < range.latestEnd && std::max(b.latestEnd, b.earliestStart + 1) > range.earliestStart;
    }
    QVERIFY(expected > 0 && expected < all);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(int(filters.hiddenCount()), all - expected);
    // the title filter narrows further; clearing the filters brings every row back
    model.setFilterText(u"zzzz-no-such-title"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    filters.clear();
    model.setEventFilter(filters.eventPredicate());
    QCOMPARE(model.rowCount(), all);
}

// Edits reach the facets without a reload: a tag added, an event removed, an actor's country.
void TestFilterBar::followsEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edits.dateline"_s);
    TestDocument::create(path);
    DocumentController documents;
    FilterController filters(&documents);
    QVERIFY(documents.openDocument(path));
    QTRY_VERIFY(filters.facets() != nullptr);
    const std::vector<Event> all = documents.document()->events();
    QVERIFY(all.size() >= 3);
    EventFilter f;
    f.tags = {u"filter-test"_s};
    filters.setFilter(f);
    auto shown = [&] {
        return filters.evaluate(TimeIndex::load(*documents.document(), LaneGrouping::None)).shown;
    };
    QCOMPARE(shown(), 0u);
    QVERIFY(documents.edit([&](Editor &e) { commands::addTag(e, {all[0].id, all[1].id}, u"filter-test"_s); }));
    QVERIFY(!filters.isLoading()); // patched, not reloaded
    QCOMPARE(shown(), 2u);
    QVERIFY(documents.edit([&](Editor &e) { commands::removeEvents(e, {all[1].id}); }));
    QCOMPARE(shown(), 1u);
    QVERIFY(documents.undo());
    QCOMPARE(shown(), 2u);

    // an actor's country: every event linking the actor follows
    Actor actor = *documents.document()->actor(all[2].actors.front().actor);
    actor.country = u"NOR"_s;
    f = EventFilter();
    f.countries = {u"NOR"_s};
    filters.setFilter(f);
    QCOMPARE(shown(), 0u);
    QVERIFY(documents.edit([&](Editor &e) { commands::updateActor(e, actor); }));
    std::uint32_t linking = 0;
    for (const Event &e : documents.document()->events())
        linking += std::any_of(e.actors.begin(), e.actors.end(), [&](const ActorLink &l) { return l.actor == actor.id; });
    QVERIFY(linking > 0);
    QCOMPARE(shown(), linking);
}

// Loads superseded before they answer (another document opened, the same one reloaded, the document
// closed) deliver nothing: only the newest load's facets arrive, and once. Steps: o opens the
// fixture, m a document of 300 events, r reloads, c closes.
void TestFilterBar::onlyTheNewestLoadArrives_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<int>("arrivals"); // facetsChanged: a close announces that there are none
    QTest::addColumn<int>("events");   // in the facets at the end; -1: none
    QTest::newRow("another document") << u"om"_s << 1 << 300;
    QTest::newRow("reloaded twice") << u"mrr"_s << 1 << 300;
    QTest::newRow("back to the first") << u"omo"_s << 1 << 5;
    QTest::newRow("closed") << u"mc"_s << 1 << -1;
    QTest::newRow("closed, another opened") << u"mco"_s << 2 << 5;
}

void TestFilterBar::onlyTheNewestLoadArrives()
{
    QFETCH(QString, steps);
    QFETCH(int, arrivals);
    QFETCH(int, events);
    QTemporaryDir dir;
    const QString many = dir.filePath(u"many.dateline"_s);
    QString error;
    QVERIFY2(writeManyEvents(many, 300, &error), qPrintable(error));
    DocumentController documents;
    FilterController filters(&documents);
    QSignalSpy arrived(&filters, &FilterController::facetsChanged);
    for (const QChar step : steps) { // no event loop between them: each load is still pending
        if (step == u'o')
            QVERIFY(documents.openDocument(m_path));
        else if (step == u'm')
            QVERIFY(documents.openDocument(many));
        else if (step == u'r')
            documents.notifyDocumentEdited();
        else
            documents.closeDocument();
    }
    QTRY_VERIFY(!filters.isLoading());
    QTest::qWait(200); // room for a stale answer to arrive, were it not dropped
    QCOMPARE(arrived.count(), arrivals);
    if (events < 0)
        QVERIFY(!filters.facets());
    else
        QCOMPARE(filters.facets() ? int(filters.facets()->eventCount()) : -1, events);
}

// A source's grade and a place's country reach events the change does not list: the facets are
// read again, off the GUI thread, and the filter follows.
void TestFilterBar::sourceAndPlaceEditsReread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reread.dateline"_s);
    TestDocument fixture = TestDocument::create(path);
    fixture.document.reset();
    DocumentController documents;
    FilterController filters(&documents);
    QVERIFY(documents.openDocument(path));
    QTRY_VERIFY(filters.facets() != nullptr);
    auto shown = [&] {
        return filters.evaluate(TimeIndex::load(*documents.document(), LaneGrouping::None)).shown;
    };

    EventFilter f;
    f.minReliability = u'A';
    filters.setFilter(f);
    QCOMPARE(shown(), 0u); // the article is graded B
    Source article = *documents.document()->source(fixture.article);
    article.reliability = u'A';
    QVERIFY(documents.edit([&](Editor &e) { commands::updateSource(e, article); }));
    QVERIFY(filters.isLoading());
    QTRY_VERIFY(!filters.isLoading());
    QCOMPARE(shown(), 3u); // the events quoting it

    Place place;
    place.name = u"Bucharest"_s;
    place.country = u"ROU"_s;
    QVERIFY(documents.edit([&](Editor &e) { place.id = commands::addPlace(e, place); }));
    QTRY_VERIFY(!filters.isLoading());
    Event summit = *documents.document()->event(fixture.summit);
    summit.place = place.id;
    QVERIFY(documents.edit([&](Editor &e) { commands::updateEvent(e, summit); }));
    f = EventFilter();
    f.countries = {u"NOR"_s};
    filters.setFilter(f);
    QCOMPARE(shown(), 0u);
    place.country = u"NOR"_s;
    QVERIFY(documents.edit([&](Editor &e) { commands::updatePlace(e, place); }));
    QVERIFY(filters.isLoading());
    QTRY_VERIFY(!filters.isLoading());
    QCOMPARE(shown(), 1u);
}

// An edit while a reload runs is not lost: the reload may have read the file before it, so it is
// read again rather than patched into facets about to be replaced.
void TestFilterBar::editDuringAReloadIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"during.dateline"_s);
    TestDocument fixture = TestDocument::create(path);
    fixture.document.reset();
    DocumentController documents;
    FilterController filters(&documents);
    QVERIFY(documents.openDocument(path));
    QTRY_VERIFY(filters.facets() != nullptr);
    Source article = *documents.document()->source(fixture.article);
    article.reliability = u'C';
    QVERIFY(documents.edit([&](Editor &e) { commands::updateSource(e, article); }));
    QVERIFY(filters.isLoading());
    QVERIFY(documents.edit([&](Editor &e) { commands::addTag(e, {fixture.meeting, fixture.summit}, u"during"_s); }));
    QTRY_VERIFY(!filters.isLoading());
    EventFilter f;
    f.tags = {u"during"_s};
    filters.setFilter(f);
    QCOMPARE(filters.evaluate(TimeIndex::load(*documents.document(), LaneGrouping::None)).shown, 2u);
}

// Quitting while facets load: the controller goes at once, its load with it.
void TestFilterBar::destroyedDuringALoad()
{
    QTemporaryDir dir;
    const QString many = dir.filePath(u"many.dateline"_s);
    QString error;
    QVERIFY2(writeManyEvents(many, 3000, &error), qPrintable(error));
    DocumentController documents;
    auto filters = std::make_unique<FilterController>(&documents);
    QVERIFY(documents.openDocument(many));
    QVERIFY(filters->isLoading());
    filters.reset();
    documents.closeDocument();
    QTest::qWait(100); // nothing is delivered to the controller that is gone
}

// Facets built at the first open are stored in the file (by the reader, on a writable connection
// of its own): the next open reads them instead of scanning.
void TestFilterBar::firstLoadStoresTheSnapshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"snapshot.dateline"_s);
    TestDocument::create(path);
    const auto hasSnapshot = [&path] {
        QString error;
        const std::unique_ptr<Document> document = Document::open(path, OpenMode::ReadOnly, &error);
        return document && document->readSnapshot(FacetIndex::snapshotKey(), [](ByteSource &) { return true; });
    };
    QVERIFY(!hasSnapshot());
    {
        DocumentController documents;
        FilterController filters(&documents);
        QVERIFY(documents.openDocument(path));
        QTRY_VERIFY(filters.facets() != nullptr);
        QVERIFY(hasSnapshot()); // stored before the facets arrived, not when the document closes
    }
    QVERIFY(hasSnapshot());
}

// The timeline, wired as the main window wires it: it draws the filtered index, keeps the full one,
// and an edit that brings an event into the filter shows it.
void TestFilterBar::timelineDrawsFiltered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"view.dateline"_s);
    TestDocument::create(path);
    DocumentController documents;
    FilterController filters(&documents); // before the view, as in the main window
    TimelineView view(&documents);
    view.setIndexFilter([&filters](const std::shared_ptr<TimeIndex> &full) { return filters.filteredIndex(full); });
    connect(&filters, &FilterController::filterChanged, &view, &TimelineView::refilter);
    connect(&filters, &FilterController::facetsChanged, &view, &TimelineView::refilter);
    QVERIFY(documents.openDocument(path));
    QTRY_VERIFY(filters.facets() != nullptr);
    QVERIFY(view.model().index());
    const std::uint32_t all = view.model().fullIndex()->eventCount();
    QCOMPARE(view.model().index()->eventCount(), all);

    const std::vector<Event> events = documents.document()->events();
    EventFilter f;
    f.tags = {u"view-test"_s};
    filters.setFilter(f);
    QCOMPARE(view.model().index()->eventCount(), 0u);
    QCOMPARE(view.model().fullIndex()->eventCount(), all);
    QCOMPARE(filters.hiddenCount(), std::uint32_t(events.size()));
    // Fit All while every event is hidden frames the document's span, not a year around today.
    view.resize(900, 400);
    view.fitAll();
    const TimeIndex &full = *view.model().fullIndex();
    QVERIFY(view.scale().toX(full.earliest()) >= 0);
    QVERIFY(view.scale().toX(full.earliest()) < 900);
    QVERIFY(view.scale().toTime(0) < full.earliest());
    QVERIFY(view.scale().toTime(900) > full.earliest());

    EventId tagged;
    for (const Event &e : events)
        if (e.date.isValid())
            tagged = e.id;
    QVERIFY(documents.edit([&](Editor &e) { commands::addTag(e, {tagged}, u"view-test"_s); }));
    QCOMPARE(view.model().index()->eventCount(), 1u);
    QCOMPARE(view.model().index()->eventId(0), tagged);
    QCOMPARE(view.model().fullIndex()->eventCount(), all);
    QCOMPARE(filters.hiddenCount(), std::uint32_t(events.size() - 1));
    QCOMPARE(view.model().exportSnapshot().index->eventCount(), 1u); // exports take what is shown

    filters.clear();
    QCOMPARE(view.model().index(), view.model().fullIndex());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
