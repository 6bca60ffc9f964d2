// EventTableModel: rows, columns, time-order sorting, filtering, lazy pages on a bigger document.
#include "app/gui/eventtablemodel.h"
#include "core/edit/documentchange.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/storeerror.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEventTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsAndColumns();
    void cellContents_data();
    void cellContents();
    void cellsAreOneLine_data();
    void cellsAreOneLine();
    void sortsByTimeNotText_data();
    void sortsByTimeNotText();
    void sortsOtherColumns();
    void filtersTitleAndActors_data();
    void filtersTitleAndActors();
    void emptyWithoutDocument();
    void pagesMatchTheStore();
    void sortsBigDocumentLikeBruteForce_data();
    void sortsBigDocumentLikeBruteForce();
    void sortKeepsSelection();
    void sortsInBackground_data();
    void sortsInBackground();
    void filtersBigDocumentByWords_data();
    void filtersBigDocumentByWords();
    void typingIsDebouncedOnBigDocuments();
    void editsPatchRows_data();
    void editsPatchRows();
    void newActorsArePatchedIn_data();
    void newActorsArePatchedIn();
    void failedReadsEndTheirChange_data();
    void failedReadsEndTheirChange();

private:
    static QStringList column(const QAbstractItemModel &model, int column);
    static std::vector<EventId> rows(const EventTableModel &model);
    void createBigDocument();

    QTemporaryDir m_dir;
    TestDocument m_fixture;
    int m_fileCount = 0;
    std::unique_ptr<Document> m_big; // a few thousand generated events (more than the row cache)
    std::vector<Event> m_bigEvents;  // as stored, in time order
    QHash<ActorId, QString> m_bigActors;
};

void TestEventTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = TestDocument::create(m_dir.filePath(QStringLiteral("fixture.dateline")));
    createBigDocument();
}

QStringList TestEventTableModel::column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

std::vector<EventId> TestEventTableModel::rows(const EventTableModel &model)
{
    std::vector<EventId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.eventAt(row));
    return ids;
}

void TestEventTableModel::rowsAndColumns()
{
    EventTableModel model;
    model.setDocument(m_fixture.document.get());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(EventTableModel::DateColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Date"));
    QCOMPARE(model.headerData(EventTableModel::QuotesColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Quotes"));
    // Rows come in time order, and ids map both ways.
    QCOMPARE(model.eventAt(0), m_fixture.meeting);
    QCOMPARE(model.eventAt(4), m_fixture.summit);
    QCOMPARE(model.rowOf(m_fixture.interview), 3);
    QCOMPARE(model.rowOf(EventId(999)), -1);
    QCOMPARE(model.index(0, 0).data(EventTableModel::EventIdRole).toLongLong(), m_fixture.meeting.value);
}

void TestEventTableModel::cellContents_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("range date") << 0 << int(EventTableModel::DateColumn)
                                << QVariant(FuzzyDate::fromEdtf(u"2008-03-17/2008-03-18").toDisplayString());
    QTest::newRow("title") << 1 << int(EventTableModel::TitleColumn) << QVariant(QStringLiteral("Joint press conference"));
    QTest::newRow("actors in link order") << 0 << int(EventTableModel::ActorsColumn)
                                          << QVariant(QStringLiteral("Condoleezza Rice, Sergey Lavrov"));
    QTest::newRow("type code and root") << 0 << int(EventTableModel::TypeColumn) << QVariant(QStringLiteral("040 Consult"));
    QTest::newRow("leading zero kept") << 1 << int(EventTableModel::TypeColumn)
                                       << QVariant(QStringLiteral("010 Public statement"));
    QTest::newRow("one quote") << 1 << int(EventTableModel::QuotesColumn) << QVariant(1);
    QTest::newRow("shared quote") << 2 << int(EventTableModel::QuotesColumn) << QVariant(1);
    QTest::newRow("no quotes") << 4 << int(EventTableModel::QuotesColumn) << QVariant(0);
}

void TestEventTableModel::cellContents()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    EventTableModel model;
    model.setDocument(m_fixture.document.get());
    QCOMPARE(model.index(row, column).data(), expected);
}

void TestEventTableModel::cellsAreOneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("line feed") << u"Line one\nLine two"_s << u"Line one Line two"_s;
    QTest::newRow("opening line separator") << u"\u2028LS\u2029PS\u0085NEL"_s << u" LS PS NEL"_s;
    QTest::newRow("tab, NUL") << u"a\tb"_s + QChar(0) + u"c"_s << u"a b c"_s;
}

// A title or actor with a line break shows as one line: the cell showed its first line and "…",
// the rest out of sight. The tooltip keeps the breaks.
void TestEventTableModel::cellsAreOneLine()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const std::unique_ptr<Document> doc = Document::create(m_dir.filePath(u"oneline-%1.dateline"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-')), nullptr);
    QVERIFY(doc);
    const ActorId actor = doc->addActor({ActorId(), text, ActorKind::Person, {}, {}, {}});
    Event event;
    event.title = text;
    event.date = FuzzyDate::fromEdtf(u"2008-03-17");
    event.actors = {{actor, ActorRole::Initiator}};
    doc->addEvent(event);
    EventTableModel model;
    model.setDocument(doc.get());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, EventTableModel::TitleColumn).data().toString(), shown);
    QCOMPARE(model.index(0, EventTableModel::ActorsColumn).data().toString(), shown);
    if (text.contains(u'\n'))
        QVERIFY(model.index(0, EventTableModel::TitleColumn).data(Qt::ToolTipRole).toString().contains(u"<br>"_s));
}

void TestEventTableModel::sortsByTimeNotText_data()
{
    // Each row: EDTF dates with sort keys (as "edtf|key"), in the order they were added, and the
    // expected ascending order by date as indexes into that list.
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QList<int>>("ascending");
    QTest::newRow("BCE, year, month, day")
        << QStringList{u"2008-03-18|0"_s, u"-0099|0"_s, u"2008-03|0"_s, u"2007|0"_s, u"2008-04-06|0"_s}
        << QList<int>{1, 3, 2, 0, 4};
    QTest::newRow("range before the day inside it")
        << QStringList{u"2008-03-17|0"_s, u"2008-03-17/2008-03-18|0"_s, u"2008-03-16|0"_s}
        << QList<int>{2, 0, 1};
    QTest::newRow("same day by sort key")
        << QStringList{u"2008-03-26|3"_s, u"2008-03-26|1"_s, u"2008-03-26|2"_s}
        << QList<int>{1, 2, 0};
    QTest::newRow("open start sorts at its latest start")
        << QStringList{u"2008-03-27|0"_s, u"[..2008-03-26]|0"_s, u"2008-03-25|0"_s, u"2008-03-20|0"_s}
        << QList<int>{3, 2, 1, 0};
    QTest::newRow("deep time") << QStringList{u"1900|0"_s, u"Y-170000000|0"_s, u"-9999|0"_s}
                               << QList<int>{1, 2, 0};
}

void TestEventTableModel::sortsByTimeNotText()
{
    QFETCH(QStringList, dates);
    QFETCH(QList<int>, ascending);

    QString error;
    auto doc = Document::create(m_dir.filePath(QStringLiteral("sort%1.dateline").arg(++m_fileCount)), &error);
    QVERIFY2(doc, qPrintable(error));
    QList<EventId> ids;
    for (int i = 0; i < dates.size(); ++i) {
        const QStringList parts = dates.at(i).split(QLatin1Char('|'));
        Event event;
        event.title = QStringLiteral("event %1").arg(i);
        event.date = FuzzyDate::fromEdtf(parts.at(0), &error);
        QVERIFY2(event.date.isValid(), qPrintable(error));
        event.sortKey = parts.at(1).toLongLong();
        ids.append(doc->addEvent(event));
    }

    EventTableModel model;
    model.setDocument(doc.get());
    auto &proxy = model; // the model sorts itself

    // Sort by title first so the date sort has to move rows.
    proxy.sort(EventTableModel::TitleColumn, Qt::DescendingOrder);
    proxy.sort(EventTableModel::DateColumn, Qt::AscendingOrder);
    QStringList expected;
    for (int index : ascending)
        expected.append(QStringLiteral("event %1").arg(index));
    QCOMPARE(column(proxy, EventTableModel::TitleColumn), expected);

    proxy.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(column(proxy, EventTableModel::TitleColumn), expected);
}

void TestEventTableModel::sortsOtherColumns()
{
    EventTableModel model;
    model.setDocument(m_fixture.document.get());
    auto &proxy = model;

    proxy.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, EventTableModel::TitleColumn).data().toString(),
             QStringLiteral("2+2 meeting in Moscow"));
    QCOMPARE(proxy.index(4, EventTableModel::TitleColumn).data().toString(), QStringLiteral("Sochi summit"));

    // Quote counts sort as numbers.
    proxy.sort(EventTableModel::QuotesColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, EventTableModel::QuotesColumn).data().toInt(), 1);
    QCOMPARE(proxy.index(4, EventTableModel::QuotesColumn).data().toInt(), 0);
}

void TestEventTableModel::filtersTitleAndActors_data()
{
    QTest::addColumn<EventTableModel::FilterMatch>("match");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("titles");
    using FM = EventTableModel::FilterMatch;
    QTest::newRow("words: title word") << FM::Words << u"sochi"_s
                                       << QStringList{u"Putin invites Bush to Sochi"_s, u"Sochi summit"_s};
    QTest::newRow("words: title prefix") << FM::Words << u"press conf"_s << QStringList{u"Joint press conference"_s};
    QTest::newRow("words: actor name") << FM::Words << u"Lavrov"_s
                                       << QStringList{u"2+2 meeting in Moscow"_s, u"Joint press conference"_s};
    QTest::newRow("words: not the description") << FM::Words << u"described"_s << QStringList{};
    QTest::newRow("words: operators are literal") << FM::Words << u"summit OR"_s << QStringList{};
    QTest::newRow("substring inside a word") << FM::Automatic << u"oscow"_s
                                             << QStringList{u"2+2 meeting in Moscow"_s};
    QTest::newRow("title word") << FM::Automatic << u"sochi"_s
                                << QStringList{u"Putin invites Bush to Sochi"_s, u"Sochi summit"_s};
    QTest::newRow("actor name") << FM::Automatic << u"Lavrov"_s
                                << QStringList{u"2+2 meeting in Moscow"_s, u"Joint press conference"_s};
    QTest::newRow("not the date column") << FM::Automatic << u"Mar 2008"_s << QStringList{};
    QTest::newRow("not the type column") << FM::Automatic << u"Consult"_s << QStringList{};
    QTest::newRow("empty shows all") << FM::Automatic << QString()
                                     << QStringList{u"2+2 meeting in Moscow"_s, u"Joint press conference"_s,
                                                    u"Putin invites Bush to Sochi"_s,
                                                    u"Bush interview at the White House"_s, u"Sochi summit"_s};
}

void TestEventTableModel::filtersTitleAndActors()
{
    QFETCH(EventTableModel::FilterMatch, match);
    QFETCH(QString, filter);
    QFETCH(QStringList, titles);
    EventTableModel model;
    model.setDocument(m_fixture.document.get());
    model.setFilterMatch(match);
    model.setFilterText(filter);
    QCOMPARE(column(model, EventTableModel::TitleColumn), titles);
    QCOMPARE(model.isFiltered(), !filter.isEmpty());
    QCOMPARE(model.totalCount(), 5);
    // Sorting a filtered table keeps the filter.
    model.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
    std::reverse(titles.begin(), titles.end());
    QCOMPARE(column(model, EventTableModel::TitleColumn), titles);
}

void TestEventTableModel::emptyWithoutDocument()
{
    EventTableModel model;
    model.setDocument(m_fixture.document.get());
    QCOMPARE(model.rowCount(), 5);
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.eventAt(0), EventId());
}

namespace {

// Time order as the store defines it: undated last, then sortTime(), sort key, id.
auto timeKey(const Event &e)
{
    const bool dated = e.date.isValid();
    return std::tuple(!dated, dated ? sortTime(e.date.bounds()) : TimePoint(0), e.sortKey, e.id.value);
}

} // namespace

void TestEventTableModel::createBigDocument()
{
    QString error;
    m_big = Document::create(m_dir.filePath(QStringLiteral("big.dateline")), &error);
    QVERIFY2(m_big, qPrintable(error));
    // Labels that differ only in case compare equal; one sorts by its accent, not its bytes.
    const QStringList labels{u"alpha Group"_s, u"Beta Union"_s, u"gamma"_s, u"Delta Council"_s,
                             u"Ærø League"_s, u"epsilon"_s, u"Zeta"_s, u"beta union"_s};
    const QStringList words{u"Summit"_s, u"summit"_s, u"talks"_s, u"Alphabet"_s, u"alpha"_s, u"TREATY"_s,
                            u"visit"_s, u"border"_s, u"trade"_s, u"accord"_s, u"Sanctions"_s, u"zulu"_s};
    const QStringList codes{QString(), u"010"_s, u"040"_s, u"0211"_s, u"190"_s, u"14"_s};
    QRandomGenerator random(42);
    Document::BulkEdit bulk(*m_big);
    std::vector<ActorId> actors;
    for (const QString &label : labels) {
        actors.push_back(m_big->addActor({ActorId(), label, ActorKind::Organisation, {}, {}, {}}));
        m_bigActors.insert(actors.back(), label);
    }
    std::vector<EventId> ids;
    for (int i = 0; i < 6000; ++i) {
        Event event;
        event.title = QStringList{words[random.bounded(words.size())], words[random.bounded(words.size())],
                                  words[random.bounded(words.size())]}
                          .join(u' ');
        const int year = 1990 + random.bounded(30), month = 1 + random.bounded(12), day = 1 + random.bounded(28);
        const QString dayText = u"%1-%2-%3"_s.arg(year).arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
        const int kind = random.bounded(100);
        QString edtf = dayText;
        if (kind < 3)
            edtf.clear(); // undated
        else if (kind < 6)
            edtf = u"[..%1]"_s.arg(dayText);
        else if (kind < 16)
            edtf = u"%1/%2"_s.arg(dayText).arg(year + 1 + random.bounded(3));
        else if (kind < 26)
            edtf = QString::number(year);
        if (!edtf.isEmpty()) {
            event.date = FuzzyDate::fromEdtf(edtf, &error);
            QVERIFY2(event.date.isValid(), qPrintable(edtf + u": "_s + error));
        }
        event.sortKey = random.bounded(4);
        event.cameoCode = codes[random.bounded(codes.size())];
        std::vector<ActorId> shuffled = actors;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        for (int a = random.bounded(4); a > 0; --a)
            event.actors.push_back({shuffled[std::size_t(a)], ActorRole::Participant});
        ids.push_back(m_big->addEvent(event));
    }
    for (int q = 0; q < 800; ++q) {
        Quote quote;
        quote.text = u"quote %1"_s.arg(q);
        quote.events.push_back(ids[std::size_t(random.bounded(int(ids.size())))]);
        if (q % 3 == 0 && quote.events.front() != ids[std::size_t(q)])
            quote.events.push_back(ids[std::size_t(q)]);
        m_big->addQuote(quote);
    }
    bulk.commit();
    m_bigEvents = m_big->events();
    std::stable_sort(m_bigEvents.begin(), m_bigEvents.end(),
                     [](const Event &a, const Event &b) { return timeKey(a) < timeKey(b); });
}

void TestEventTableModel::pagesMatchTheStore()
{
    EventTableModel model;
    model.setDocument(m_big.get());
    QCOMPARE(model.rowCount(), int(m_bigEvents.size()));
    std::vector<int> order(m_bigEvents.size());
    std::iota(order.begin(), order.end(), 0);
    // Forwards, backwards (pages dropped from the cache come back), then at random.
    std::vector<int> visits = order;
    visits.insert(visits.end(), order.rbegin(), order.rend());
    std::shuffle(order.begin(), order.end(), QRandomGenerator(7));
    visits.insert(visits.end(), order.begin(), order.end());
    for (int row : visits) {
        const Event &event = m_bigEvents[std::size_t(row)];
        QCOMPARE(model.eventAt(row), event.id);
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(EventTableModel::DateColumn).toString(), event.date.toDisplayString());
        QCOMPARE(cell(EventTableModel::DateColumn, Qt::ToolTipRole).toString(), event.date.toEdtf());
        QCOMPARE(cell(EventTableModel::TitleColumn).toString(), event.title);
        QStringList names;
        for (const ActorLink &link : event.actors)
            names.append(m_bigActors.value(link.actor));
        QCOMPARE(cell(EventTableModel::ActorsColumn).toString(), names.join(u", "_s));
        QCOMPARE(cell(EventTableModel::TypeColumn).toString().section(u' ', 0, 0), event.cameoCode);
        QCOMPARE(cell(EventTableModel::QuotesColumn).toInt(), int(m_big->quotesForEvent(event.id).size()));
        QCOMPARE(cell(EventTableModel::DateColumn, EventTableModel::EventIdRole).toLongLong(), event.id.value);
    }
}

void TestEventTableModel::sortsBigDocumentLikeBruteForce_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << order;
    }
}

void TestEventTableModel::sortsBigDocumentLikeBruteForce()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QHash<EventId, int> quotes;
    for (const Quote &quote : m_big->quotes()) {
        for (EventId id : quote.events)
            ++quotes[id];
    }
    // -1, 0, 1 by the column's key alone; ties keep time order in both directions.
    const auto compare = [&](const Event &a, const Event &b) -> int {
        switch (column) {
        case EventTableModel::TitleColumn: // titles are ASCII: NOCASE is lower-case comparison
            return a.title.toLower().compare(b.title.toLower());
        case EventTableModel::ActorsColumn: {
            if (a.actors.empty() || b.actors.empty())
                return int(!a.actors.empty()) - int(!b.actors.empty());
            return collator.compare(m_bigActors.value(a.actors.front().actor),
                                    m_bigActors.value(b.actors.front().actor));
        }
        case EventTableModel::TypeColumn: return a.cameoCode.compare(b.cameoCode);
        case EventTableModel::QuotesColumn: return quotes.value(a.id) - quotes.value(b.id);
        }
        return 0;
    };
    std::vector<Event> expected = m_bigEvents;
    if (column == EventTableModel::DateColumn) {
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
    } else {
        std::stable_sort(expected.begin(), expected.end(), [&](const Event &a, const Event &b) {
            const int c = compare(a, b);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }
    EventTableModel model;
    model.setDocument(m_big.get());
    model.sort(column, order);
    QCOMPARE(model.sortColumn(), column);
    const std::vector<EventId> actual = rows(model);
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (actual[i] != expected[i].id)
            QFAIL(qPrintable(u"row %1: event %2, expected %3 (%4)"_s.arg(i).arg(actual[i].value).arg(
                expected[i].id.value).arg(expected[i].title)));
    }
    // The rows' text follows the new order.
    QCOMPARE(model.index(0, EventTableModel::TitleColumn).data().toString(), expected.front().title);
}

void TestEventTableModel::sortKeepsSelection()
{
    EventTableModel model;
    model.setDocument(m_big.get());
    const EventId chosen = m_bigEvents[1234].id;
    QPersistentModelIndex current(model.index(1234, EventTableModel::TitleColumn));
    model.sort(EventTableModel::TitleColumn, Qt::DescendingOrder);
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), model.rowOf(chosen));
    QCOMPARE(current.column(), int(EventTableModel::TitleColumn));
    QCOMPARE(current.data(EventTableModel::EventIdRole).toLongLong(), chosen.value);
    // A filter that keeps the event keeps the selection on it, at its new row.
    const int rowsBefore = model.rowCount();
    model.setEventFilter([chosen](EventId id) { return id.value % 3 == chosen.value % 3; });
    QVERIFY(model.rowCount() < rowsBefore);
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), model.rowOf(chosen));
    QCOMPARE(current.data(EventTableModel::EventIdRole).toLongLong(), chosen.value);
    model.setEventFilter({});
    QCOMPARE(current.row(), model.rowOf(chosen));
    // Filtered out: the index becomes invalid.
    model.setFilterText(u"no such words"_s);
    QVERIFY(!current.isValid());
}

void TestEventTableModel::sortsInBackground_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("title") << int(EventTableModel::TitleColumn) << Qt::AscendingOrder << false;
    QTest::newRow("quotes descending, filtered") << int(EventTableModel::QuotesColumn) << Qt::DescendingOrder << true;
    QTest::newRow("date descending") << int(EventTableModel::DateColumn) << Qt::DescendingOrder << false;
}

// Above the threshold the order comes from a worker thread: the rows keep the old order until it
// is ready, a newer sort supersedes an older one, and the result is the synchronous one.
void TestEventTableModel::sortsInBackground()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, filtered);
    EventTableModel model;
    model.setBackgroundSortAbove(1000);
    model.setDocument(m_big.get());
    EventTableModel reference; // below its threshold: sorts at once
    reference.setDocument(m_big.get());
    QVERIFY(m_big->info().events > 1000 && m_big->info().events < reference.backgroundSortAbove());
    if (filtered) {
        const auto keep = [](EventId id) { return id.value % 4 != 0; };
        model.setEventFilter(keep);
        reference.setEventFilter(keep);
    }
    const std::vector<EventId> before = rows(model);
    const int row = 1234;
    const EventId chosen = model.eventAt(row);
    const QPersistentModelIndex current(model.index(row, EventTableModel::TitleColumn));
    QSignalSpy sorting(&model, &EventTableModel::sortingChanged);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    model.sort(EventTableModel::ActorsColumn, Qt::DescendingOrder); // superseded below
    QVERIFY(model.isSorting());
    QCOMPARE(model.sortColumn(), int(EventTableModel::ActorsColumn));
    QCOMPARE(rows(model), before);
    model.sort(column, order);
    QVERIFY(model.isSorting());
    QCOMPARE(rows(model), before);
    QTRY_VERIFY(!model.isSorting());

    QCOMPARE(layouts.count(), 1); // the superseded order was never shown
    QCOMPARE(sorting.count(), 2);
    QCOMPARE(sorting.first().first().toBool(), true);
    QCOMPARE(sorting.last().first().toBool(), false);
    reference.sort(column, order);
    QCOMPARE(rows(model), rows(reference));
    QVERIFY(rows(model) != before);
    // The selection followed its event; the rows' text follows the new order.
    QVERIFY(current.isValid());
    QCOMPARE(current.data(EventTableModel::EventIdRole).toLongLong(), chosen.value);
    QCOMPARE(current.row(), model.rowOf(chosen));
    QCOMPARE(model.index(0, EventTableModel::TitleColumn).data(), reference.index(0, EventTableModel::TitleColumn).data());
}

void TestEventTableModel::filtersBigDocumentByWords_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("prefix and actor label") << u"alpha"_s;
    QTest::newRow("two words") << u"summit tal"_s;
    QTest::newRow("case") << u"treaty"_s;
    QTest::newRow("only actors") << u"union"_s;
    QTest::newRow("non-ASCII actor label") << u"ærø"_s;
    QTest::newRow("nothing") << u"nothing"_s;
}

void TestEventTableModel::filtersBigDocumentByWords()
{
    QFETCH(QString, filter);
    const QStringList query = filter.split(u' ');
    const auto matches = [&](const Event &event) {
        const QStringList words = event.title.split(u' ');
        for (qsizetype i = 0; i < query.size(); ++i) {
            const bool last = i + 1 == query.size();
            const bool found = std::any_of(words.begin(), words.end(), [&](const QString &word) {
                return last ? word.startsWith(query[i], Qt::CaseInsensitive)
                            : word.compare(query[i], Qt::CaseInsensitive) == 0;
            });
            if (!found)
                return std::any_of(event.actors.begin(), event.actors.end(), [&](const ActorLink &link) {
                    return m_bigActors.value(link.actor).contains(filter, Qt::CaseInsensitive);
                });
        }
        return true;
    };
    std::vector<EventId> expected;
    for (const Event &event : m_bigEvents) {
        if (matches(event))
            expected.push_back(event.id);
    }
    EventTableModel model;
    model.setDocument(m_big.get());
    model.setFilterMatch(EventTableModel::FilterMatch::Words);
    model.setFilterText(filter);
    QCOMPARE(rows(model), expected);
    QCOMPARE(model.visibleIds(), expected);
    QCOMPARE(model.totalCount(), int(m_bigEvents.size()));
    if (filter != u"nothing")
        QVERIFY(!expected.empty());
}

void TestEventTableModel::typingIsDebouncedOnBigDocuments()
{
    EventTableModel model;
    model.setDocument(m_big.get());
    model.setFilterMatch(EventTableModel::FilterMatch::Words);
    model.scheduleFilterText(u"zul"_s);
    model.scheduleFilterText(u"zulu"_s);
    QCOMPARE(model.rowCount(), int(m_bigEvents.size())); // not yet
    QTRY_VERIFY(model.isFiltered());
    QCOMPARE(model.filterText(), u"zulu"_s);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < int(m_bigEvents.size()));
    // Small documents (and substring matching) filter at once.
    model.setFilterMatch(EventTableModel::FilterMatch::Substring);
    model.scheduleFilterText(u"ulu"_s);
    QCOMPARE(model.filterText(), u"ulu"_s);
}

void TestEventTableModel::editsPatchRows_data()
{
    QTest::addColumn<QList<int>>("removedRows");
    QTest::addColumn<int>("added");
    QTest::newRow("one removed") << QList<int>{10} << 0;
    QTest::newRow("sixteen removed, one at a time") << QList<int>{5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20} << 0;
    QTest::newRow("seventeen removed at once") << QList<int>{5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21} << 0;
    QTest::newRow("three added after a short last page") << QList<int>{} << 3;
    QTest::newRow("removed across pages and added") << QList<int>{0, 199, 200, 1989} << 2;
}

void TestEventTableModel::newActorsArePatchedIn_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("reloads");
    QTest::newRow("time order") << int(EventTableModel::DateColumn) << QString() << false;
    QTest::newRow("sorted by title") << int(EventTableModel::TitleColumn) << QString() << false;
    QTest::newRow("sorted by actors: their names order the rows") << int(EventTableModel::ActorsColumn) << QString() << true;
    QTest::newRow("filtered: their names may match") << int(EventTableModel::DateColumn) << u"Event"_s << true;
}

// A step that adds an event with a new actor (Add from Article does, each time) re-read all the
// rows of a big document, seconds at a million: now the rows are patched and only the actors'
// names are read again, unless the order or a filter depends on them.
void TestEventTableModel::newActorsArePatchedIn()
{
    QFETCH(int, sortColumn);
    QFETCH(QString, filter);
    QFETCH(bool, reloads);
    const QString path = m_dir.filePath(u"actors%1.dateline"_s.arg(++m_fileCount));
    QString error;
    QVERIFY2(writeManyEvents(path, 300, &error), qPrintable(error));
    std::unique_ptr<Document> document = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    EventTableModel model;
    model.setPatchEditsFrom(0);
    model.setDocument(document.get());
    model.sort(sortColumn, Qt::AscendingOrder);
    if (!filter.isEmpty())
        model.setFilterText(filter);
    QTRY_VERIFY(!model.isSorting());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    Actor actor;
    actor.label = u"Zbigniew Newcomer"_s;
    Event event;
    event.title = u"Event with a newcomer"_s;
    event.date = FuzzyDate::fromEdtf(u"2008-03-17"_s);
    event.actors.push_back(ActorLink{document->addActor(actor), ActorRole::Participant});
    DocumentChange change;
    change.kinds = {EntityKind::Event, EntityKind::Actor};
    change.eventsAdded.push_back(document->addEvent(event));
    model.applyChange(change);
    QTRY_VERIFY(!model.isSorting());
    QCOMPARE(resets.size(), reloads ? 1 : 0);
    const int row = model.rowOf(change.eventsAdded.front());
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, EventTableModel::ActorsColumn).data().toString(), u"Zbigniew Newcomer"_s);
}

// An edit patched into the rows (as on documents of 50,000 events and more): whoever hears
// rowsRemoved, rowsInserted or layoutChanged reads the rows as they are now. The page cache was
// cleared only after the last signal: the rows below a removed one read as their old neighbours.
void TestEventTableModel::editsPatchRows()
{
    QFETCH(QList<int>, removedRows);
    QFETCH(int, added);
    const QString path = m_dir.filePath(u"patch%1.dateline"_s.arg(++m_fileCount));
    QString error;
    constexpr int kEvents = 1990; // ten pages of rows, the last one short
    QVERIFY2(writeManyEvents(path, kEvents, &error), qPrintable(error));
    std::unique_ptr<Document> document = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));

    EventTableModel model;
    model.setPatchEditsFrom(0);
    model.setDocument(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int row = 0; row < model.rowCount(); ++row) // every page cached
        model.index(row, EventTableModel::TitleColumn).data();
    int checks = 0;
    const auto rowsAreCurrent = [&] {
        const std::vector<QString> titles = document->eventTitles(model.visibleIds());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, EventTableModel::TitleColumn).data().toString(), titles[std::size_t(row)]);
        ++checks;
    };
    connect(&model, &QAbstractItemModel::rowsRemoved, &model, rowsAreCurrent);
    connect(&model, &QAbstractItemModel::rowsInserted, &model, rowsAreCurrent);
    connect(&model, &QAbstractItemModel::layoutChanged, &model, rowsAreCurrent);

    DocumentChange change;
    change.kinds.insert(EntityKind::Event);
    for (int row : removedRows)
        change.eventsRemoved.push_back(model.eventAt(row));
    document->removeEvents(change.eventsRemoved);
    for (int i = 0; i < added; ++i) {
        Event event;
        event.title = u"Added %1"_s.arg(i);
        change.eventsAdded.push_back(document->addEvent(event));
    }
    model.applyChange(change);
    QVERIFY(checks > 0);
    QCOMPARE(model.rowCount(), kEvents - int(removedRows.size()) + added);
    rowsAreCurrent();
}

void TestEventTableModel::failedReadsEndTheirChange_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("reload") << u"reload"_s;
    QTest::newRow("filter text") << u"filter text"_s;
    QTest::newRow("chip filter under a filter text") << u"chip filter"_s;
    QTest::newRow("sort") << u"sort"_s;
}

// A read that fails inside a reset or a layout change (a damaged file throws StoreError; the
// application reports it and goes on) still ends it: a view left after modelAboutToBeReset or
// layoutAboutToBeChanged without its end keeps stale persistent indexes and sections.
void TestEventTableModel::failedReadsEndTheirChange()
{
    QFETCH(QString, operation);
    const QString path = m_dir.filePath(u"failing%1.dateline"_s.arg(++m_fileCount));
    QString error;
    QVERIFY2(writeManyEvents(path, 300, &error), qPrintable(error));
    std::unique_ptr<Document> document = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(document, qPrintable(error));
    EventTableModel model;
    model.setDocument(document.get());
    if (operation == u"chip filter")
        model.setFilterText(u"Event 1"_s);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy aboutToLayout(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Every statement on the connection fails from here on, as reads of a damaged page do.
    sqlite3 *db = document->database().handle();
    sqlite3_progress_handler(db, 1, [](void *) { return 1; }, nullptr);
    const auto operate = [&] {
        if (operation == u"reload")
            model.reload();
        else if (operation == u"filter text")
            model.setFilterText(u"Event 1"_s);
        else if (operation == u"chip filter")
            model.setEventFilter([](EventId id) { return id.value % 2 == 0; });
        else
            model.sort(EventTableModel::TitleColumn);
    };
    QVERIFY_THROWS_EXCEPTION(StoreError, operate());
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    QCOMPARE(reset.size(), aboutToReset.size());
    QCOMPARE(layout.size(), aboutToLayout.size());

    // Readable again: the rows come back.
    model.setFilterText({});
    model.setEventFilter({});
    model.reload();
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.index(0, EventTableModel::TitleColumn).data().toString(), u"Event 0"_s);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
