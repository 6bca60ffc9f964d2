// Document::eventIdsOrderedBy(): the same order as SQLite's ORDER BY <column> (NOCASE for titles),
// ties in time order, on generated documents full of ties, case variants, non-ASCII and NUL bytes,
// undated and open-start events, dense and sparse ids, and values of unusual storage classes.
#include "core/store/database.h"
#include "core/store/document.h"

#include <QCollator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEventOrder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void likeSql_data();
    void likeSql();
    void firstActorLikeBruteForce_data();
    void firstActorLikeBruteForce();

private:
    std::unique_ptr<Document> generate(int events, qint64 idStep, quint32 seed);

    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

// Titles that tie, differ only in ASCII case (NOCASE equal), in non-ASCII case (NOCASE differs),
// are prefixes of each other, are empty, or hold a NUL character (SQLite's NOCASE stops there).
const QStringList kTitles{u"Summit"_s,          u"summit"_s,       u"SUMMIT"_s,     u"Summit talks"_s, u"summi"_s,
                          u"Élysée meeting"_s,  u"élysée meeting"_s, u"Ärger"_s,    u"ärger"_s,       u"Zebra"_s,
                          u"zebra crossing"_s,  u""_s,             u" leading"_s,   u"_under"_s,      u"[bracket"_s,
                          u"a\u0000b"_s,        u"A\u0000c"_s,      u"a\u0000"_s,    u"a"_s,           u"日本 visit"_s,
                          u"👍 approval"_s,     u"straße"_s,       u"STRASSE"_s,    u"10 talks"_s,    u"9 talks"_s};
const QStringList kCodes{QString(), u"010"_s, u"10"_s, u"040"_s, u"0211"_s, u"190"_s, u"04"_s, u""_s};
const QStringList kDates{QString(),     u"2008-03-17"_s,   u"2008-03"_s,  u"2008"_s,     u"[..2008-03-26]"_s,
                         u"2008-03-17/2008-03-18"_s, u"2008-03-26?"_s, u"-0099"_s, u"[..1999]"_s, u"2008-03-17"_s};

// The order as SQLite sorts it (what the events table showed before it sorted in memory).
std::vector<EventId> sqlOrder(const Document &doc, const QByteArray &column, Qt::SortOrder order)
{
    const QByteArray min = QByteArray::number(qint64(kTimeMin));
    Statement s = doc.database().prepare(
        "SELECT id FROM events ORDER BY " + column + (order == Qt::AscendingOrder ? " ASC" : " DESC")
        + ", start_min IS NULL, CASE WHEN start_min > " + min + " THEN start_min WHEN start_max > " + min
        + " THEN start_max ELSE end_min END, sort_key, id");
    std::vector<EventId> ids;
    while (s.step())
        ids.push_back(EventId(s.int64(0)));
    return ids;
}

QString describe(const std::vector<EventId> &actual, const std::vector<EventId> &expected)
{
    if (actual.size() != expected.size())
        return u"%1 events, expected %2"_s.arg(actual.size()).arg(expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (actual[i] != expected[i])
            return u"row %1: event %2, expected %3"_s.arg(i).arg(actual[i].value).arg(expected[i].value);
    }
    return {};
}

} // namespace

std::unique_ptr<Document> TestEventOrder::generate(int events, qint64 idStep, quint32 seed)
{
    QString error;
    auto doc = Document::create(m_dir.filePath(u"order%1.dateline"_s.arg(++m_files)), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    QRandomGenerator random(seed);
    Document::BulkEdit bulk(*doc);
    std::vector<ActorId> actors;
    for (const QString &label : {u"alpha"_s, u"Alpha"_s, u"Ærø"_s, u"beta"_s, u"Zulu"_s})
        actors.push_back(doc->addActor({ActorId(), label, ActorKind::Organisation, {}, {}, {}}));
    std::vector<EventId> ids;
    for (int i = 0; i < events; ++i) {
        Event event;
        event.id = EventId(idStep * (i + 1) + random.bounded(int(idStep)));
        event.title = kTitles[random.bounded(kTitles.size())];
        event.cameoCode = kCodes[random.bounded(kCodes.size())];
        const QString edtf = kDates[random.bounded(kDates.size())];
        if (!edtf.isEmpty())
            event.date = FuzzyDate::fromEdtf(edtf);
        event.sortKey = random.bounded(3);
        for (int a = random.bounded(3); a > 0; --a)
            event.actors.push_back({actors[std::size_t(random.bounded(int(actors.size())))], ActorRole::Participant});
        ids.push_back(doc->addEvent(event));
    }
    for (int q = 0; q < events / 3; ++q) {
        Quote quote;
        quote.text = u"quote"_s;
        quote.events.push_back(ids[std::size_t(random.bounded(int(ids.size())))]);
        doc->addQuote(quote);
    }
    bulk.commit();
    return doc;
}

void TestEventOrder::likeSql_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<qint64>("idStep"); // 1: dense ids; larger: sparse ids (a lookup by search)
    QTest::addColumn<QByteArray>("damage"); // SQL run on the file first: values of odd types
    QTest::newRow("empty") << 0 << qint64(1) << QByteArray();
    QTest::newRow("one") << 1 << qint64(1) << QByteArray();
    QTest::newRow("dense ids") << 3000 << qint64(1) << QByteArray();
    QTest::newRow("sparse ids") << 2000 << qint64(1000003) << QByteArray();
    QTest::newRow("blob and number titles")
        << 500 << qint64(1) << QByteArray("UPDATE events SET title = X'41' WHERE id % 7 = 0; "
                                          "UPDATE events SET title = CAST('a' AS BLOB) WHERE id % 11 = 0; "
                                          "UPDATE events SET cameo_code = 5 WHERE id % 13 = 0;");
    QTest::newRow("real quote counts: SQL decides")
        << 500 << qint64(1) << QByteArray("UPDATE events SET quote_count = 0.5 WHERE id % 5 = 0;");
}

void TestEventOrder::likeSql()
{
    QFETCH(int, events);
    QFETCH(qint64, idStep);
    QFETCH(QByteArray, damage);
    const auto doc = generate(events, idStep, quint32(events + idStep));
    if (!damage.isEmpty())
        doc->database().exec(damage);
    const std::pair<EventListKey, QByteArray> keys[] = {{EventListKey::Title, "title COLLATE NOCASE"},
                                                        {EventListKey::CameoCode, "cameo_code"},
                                                        {EventListKey::QuoteCount, "quote_count"}};
    for (const auto &[key, column] : keys) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const std::vector<EventId> expected = sqlOrder(*doc, column, order);
            QCOMPARE(expected.size(), std::size_t(events));
            const QString difference = describe(doc->eventIdsOrderedBy(key, order), expected);
            QVERIFY2(difference.isEmpty(), qPrintable(QString::fromLatin1(column) + u": "_s + difference));
        }
    }
}

void TestEventOrder::firstActorLikeBruteForce_data()
{
    QTest::addColumn<qint64>("idStep");
    QTest::newRow("dense ids") << qint64(1);
    QTest::newRow("sparse ids") << qint64(999983);
}

void TestEventOrder::firstActorLikeBruteForce()
{
    QFETCH(qint64, idStep);
    const auto doc = generate(1500, idStep, 7);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QHash<ActorId, QString> labels;
    for (const Actor &actor : doc->actors())
        labels.insert(actor.id, actor.label);
    std::vector<Event> timeOrder;
    for (EventId id : doc->eventIdsInTimeOrder())
        timeOrder.push_back(*doc->event(id));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        std::vector<Event> expected = timeOrder;
        std::stable_sort(expected.begin(), expected.end(), [&](const Event &a, const Event &b) {
            int c = 0;
            if (a.actors.empty() || b.actors.empty())
                c = int(!a.actors.empty()) - int(!b.actors.empty());
            else
                c = collator.compare(labels.value(a.actors.front().actor), labels.value(b.actors.front().actor));
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        std::vector<EventId> expectedIds;
        for (const Event &event : expected)
            expectedIds.push_back(event.id);
        const QString difference = describe(doc->eventIdsOrderedBy(EventListKey::FirstActor, order), expectedIds);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

QTEST_GUILESS_MAIN(TestEventOrder)
#include "tst_eventorder.moc"
