// EventTextCache on a real file: titles and first quotes as the timeline shows them, lookups that
// never fetch, fetches that ask the store once for a page of missing ids, and the store's paged
// queries, which hold no transaction after they return.
#include "core/index/eventtextcache.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEventTextCache : public QObject {
    Q_OBJECT
private slots:
    void init();
    void texts_data();
    void texts();
    void cachedLookupsNeverFetch();
    void fetchAsksForMissingIdsOnce();
    void storeAnswersPagesInOrder();
    void insideAnEditSeesUncommittedRows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    EventId m_twoQuotes, m_anonymous, m_silent;
};

void TestEventTextCache::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".dateline"_s);
    QFile::remove(path);
    m_doc = Document::create(path, &error);
    QVERIFY2(m_doc, qPrintable(error));
    Actor lavrov;
    lavrov.label = u"Sergei Lavrov"_s;
    const ActorId speaker = m_doc->addActor(lavrov);
    auto event = [this](const QString &title) {
        Event e;
        e.title = title;
        e.date = FuzzyDate::fromEdtf(u"2008-04-06"_s);
        return m_doc->addEvent(e);
    };
    m_twoQuotes = event(u"Sochi meeting"_s);
    m_anonymous = event(u"Communiqué <b>not bold</b>"_s);
    m_silent = event(u"Bucharest summit"_s);
    auto quote = [this](const QString &text, ActorId by, EventId about) {
        Quote q;
        q.text = text;
        q.speaker = by;
        q.events = {about};
        m_doc->addQuote(q);
    };
    quote(u"We will not accept it."_s, speaker, m_twoQuotes);
    quote(u"A second remark."_s, ActorId(), m_twoQuotes);
    quote(u"An unattributed line."_s, ActorId(), m_anonymous);
}

void TestEventTextCache::texts_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("speaker");
    QTest::newRow("first of two quotes, with speaker") << 0 << u"Sochi meeting"_s << u"We will not accept it."_s
                                                       << u"Sergei Lavrov"_s;
    QTest::newRow("quote without speaker, markup kept as text")
        << 1 << u"Communiqué <b>not bold</b>"_s << u"An unattributed line."_s << QString();
    QTest::newRow("no quotes") << 2 << u"Bucharest summit"_s << QString() << QString();
}

void TestEventTextCache::texts()
{
    QFETCH(int, which);
    QFETCH(QString, title);
    QFETCH(QString, quote);
    QFETCH(QString, speaker);
    const EventId id = std::array{m_twoQuotes, m_anonymous, m_silent}[std::size_t(which)];
    const EventTextCache cache(*m_doc);
    QCOMPARE(cache.title(id), title);
    const QuotePreview preview = cache.firstQuote(id);
    QCOMPARE(preview.text, quote);
    QCOMPARE(preview.speaker, speaker);
    QCOMPARE(preview.isEmpty(), quote.isEmpty());
    QCOMPARE(cache.title(EventId(99999)), QString()); // no such event
}

void TestEventTextCache::cachedLookupsNeverFetch()
{
    int fetches = 0;
    const EventTextCache cache([&fetches](EventId id) { ++fetches; return u"T%1"_s.arg(id.value); },
                               [&fetches](EventId) { ++fetches; return QuotePreview{u"Q"_s, u"S"_s}; });
    QVERIFY(!cache.cachedTitle(EventId(3)));
    QVERIFY(!cache.cachedFirstQuote(EventId(3)));
    QCOMPARE(fetches, 0);
    QCOMPARE(cache.title(EventId(3)), u"T3"_s);
    QCOMPARE(cache.firstQuote(EventId(3)).text, u"Q"_s);
    QCOMPARE(fetches, 2);
    QCOMPARE(cache.cachedTitle(EventId(3)), std::optional<QString>(u"T3"_s));
    QCOMPARE(cache.cachedFirstQuote(EventId(3))->speaker, u"S"_s);
    QCOMPARE(fetches, 2);
}

void TestEventTextCache::fetchAsksForMissingIdsOnce()
{
    std::vector<std::vector<EventId>> asked;
    const EventTextCache cache(
        [&asked](const std::vector<EventId> &ids) {
            asked.push_back(ids);
            std::vector<QString> titles;
            for (EventId id : ids)
                titles.push_back(u"T%1"_s.arg(id.value));
            return titles;
        },
        EventTextCache::QuotesLookup());
    cache.fetchTitles({EventId(1), EventId(2), EventId(1), EventId(3)});
    QCOMPARE(asked.size(), std::size_t(1));
    QCOMPARE(asked.back(), (std::vector<EventId>{EventId(1), EventId(2), EventId(3)})); // each once
    cache.fetchTitles({EventId(2), EventId(4)});
    QCOMPARE(asked.size(), std::size_t(2));
    QCOMPARE(asked.back(), std::vector<EventId>{EventId(4)}); // only what is not cached
    cache.fetchTitles({EventId(1), EventId(4)});
    QCOMPARE(asked.size(), std::size_t(2)); // all cached: no lookup
    QCOMPARE(cache.cachedTitle(EventId(4)), std::optional<QString>(u"T4"_s));
    QCOMPARE(cache.firstQuote(EventId(4)).text, QString()); // no quote lookup: empty, no crash
}

void TestEventTextCache::storeAnswersPagesInOrder()
{
    // More ids than one query takes, unknown and repeated ones among them.
    std::vector<EventId> ids;
    for (int i = 0; i < 450; ++i)
        ids.push_back(std::array{m_twoQuotes, m_anonymous, m_silent, EventId(99999)}[std::size_t(i % 4)]);
    const std::vector<QString> titles = m_doc->eventTitles(ids);
    const std::vector<QuotePreview> quotes = m_doc->firstQuotes(ids);
    QCOMPARE(titles.size(), ids.size());
    QCOMPARE(quotes.size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const QString title = std::array{u"Sochi meeting"_s, u"Communiqué <b>not bold</b>"_s, u"Bucharest summit"_s,
                                         QString()}[i % 4];
        const QString quote = std::array{u"We will not accept it."_s, u"An unattributed line."_s, QString(),
                                         QString()}[i % 4];
        QCOMPARE(titles[i], title);
        QCOMPARE(quotes[i].text, quote);
    }
    QCOMPARE(quotes[0].speaker, u"Sergei Lavrov"_s);
    QVERIFY(!m_doc->database().inTransaction()); // nothing held after the call
    QVERIFY(m_doc->eventTitles({}).empty());
    // and a write right after succeeds
    Event e;
    e.title = u"After the pages"_s;
    e.date = FuzzyDate::fromEdtf(u"2008-05"_s);
    const EventId added = m_doc->addEvent(e);
    QCOMPARE(EventTextCache(*m_doc).title(added), u"After the pages"_s);
}

void TestEventTextCache::insideAnEditSeesUncommittedRows()
{
    const EventTextCache cache(*m_doc);
    Document::BulkEdit edit(*m_doc);
    Event e;
    e.title = u"Inside the edit"_s;
    e.date = FuzzyDate::fromEdtf(u"2008-06"_s);
    const EventId added = m_doc->addEvent(e);
    cache.fetchTitles(std::vector<EventId>(300, added)); // more than a page: still inside the edit
    QCOMPARE(cache.cachedTitle(added), std::optional<QString>(u"Inside the edit"_s));
    QVERIFY(m_doc->database().inTransaction()); // the edit's transaction is left open
    edit.commit();
    QVERIFY(!m_doc->database().inTransaction());
    QCOMPARE(EventTextCache(*m_doc).title(added), u"Inside the edit"_s);
}

QTEST_MAIN(TestEventTextCache)
#include "tst_eventtextcache.moc"
