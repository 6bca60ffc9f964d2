// EventTableModel + the proxy the window uses: rows, columns, time-order sorting, filtering.
#include "app/gui/eventtablemodel.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEventTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsAndColumns();
    void cellContents_data();
    void cellContents();
    void sortsByTimeNotText_data();
    void sortsByTimeNotText();
    void sortsOtherColumns();
    void filtersTitleAndActors_data();
    void filtersTitleAndActors();
    void emptyWithoutDocument();

private:
    static QStringList column(const QAbstractItemModel &model, int column);
    static void setUpProxy(QSortFilterProxyModel &proxy, EventTableModel &model);

    QTemporaryDir m_dir;
    TestDocument m_fixture;
    int m_fileCount = 0;
};

void TestEventTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = TestDocument::create(m_dir.filePath(QStringLiteral("fixture.dateline")));
}

QStringList TestEventTableModel::column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

void TestEventTableModel::setUpProxy(QSortFilterProxyModel &proxy, EventTableModel &model)
{
    proxy.setSourceModel(&model);
    proxy.setSortRole(EventTableModel::SortRole);
    proxy.setFilterRole(EventTableModel::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
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
    QSortFilterProxyModel proxy;
    setUpProxy(proxy, model);

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
    QSortFilterProxyModel proxy;
    setUpProxy(proxy, model);

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
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("title word") << u"sochi"_s
                                << QStringList{u"Putin invites Bush to Sochi"_s, u"Sochi summit"_s};
    QTest::newRow("actor name") << u"Lavrov"_s
                                << QStringList{u"2+2 meeting in Moscow"_s, u"Joint press conference"_s};
    QTest::newRow("not the date column") << u"Mar 2008"_s << QStringList{};
    QTest::newRow("not the type column") << u"Consult"_s << QStringList{};
    QTest::newRow("empty shows all") << QString()
                                     << QStringList{u"2+2 meeting in Moscow"_s, u"Joint press conference"_s,
                                                    u"Putin invites Bush to Sochi"_s,
                                                    u"Bush interview at the White House"_s, u"Sochi summit"_s};
}

void TestEventTableModel::filtersTitleAndActors()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, titles);
    EventTableModel model;
    model.setDocument(m_fixture.document.get());
    QSortFilterProxyModel proxy;
    setUpProxy(proxy, model);
    proxy.setFilterFixedString(filter);
    QCOMPARE(column(proxy, EventTableModel::TitleColumn), titles);
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

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
