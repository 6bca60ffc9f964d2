// GDELT import into a document: mixed layouts, mapping, deduplication across files and imports,
// cancel and truncated input leaving the document as it was, the real sample when present.
#include "core/index/timeindex.h"
#include "core/io/gdelt/gdeltimport.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "core/store/transaction.h"
#include "gdeltarchives.h"
#include "gdeltrows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>


using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::int64_t scalar(Document &doc, const char *sql)
{
    Statement s = doc.database().prepare(sql);
    return s.step() ? s.int64(0) : -1;
}


} // namespace

class TestGdeltImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mixedLayouts();
    void titlesAndMapping();
    void deduplicatesAcrossFilesAndImports();
    void badRows_data();
    void badRows();
    void otherGdeltTablesRefused_data();
    void otherGdeltTablesRefused();
    void cancelLeavesFileIdentical_data();
    void cancelLeavesFileIdentical();
    void truncatedGzip_data();
    void truncatedGzip();
    void directoryInput();
    void readOnlyRefused();
    void olderSchemas_data();
    void olderSchemas();
    void realSample();
    void reusedIdsAreNotTheRecord();
    void emptyMeasuresAreUnknown();
    void sourceFromUrl_data();
    void sourceFromUrl();

private:
    QString write(const QString &name, const QByteArray &data);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
    QString m_path;
};

void TestGdeltImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"doc.dateline"_s);
    QString error;
    m_doc = Document::create(m_path, &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestGdeltImport::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

// SQLite gives a deleted top id out again (no AUTOINCREMENT). A record must not pass to the event
// or source that gets the id of the one it named.
void TestGdeltImport::reusedIdsAreNotTheRecord()
{
    gdelttest::Row a, b;
    a.id = 1200000001, a.url = "https://a.example/1";
    b.id = 1200000002, b.url = "https://a.example/2", b.actor1Name = "FRANCE", b.actor1Code = "FRA";
    const QString file = write(u"two.CSV"_s, gdelttest::line(a) + '\n' + gdelttest::line(b) + '\n');
    QCOMPARE(importGdelt({file}, *m_doc).events, 2);
    const std::optional<GdeltRecord> second = m_doc->gdeltRecord(EventId(2));
    QVERIFY(second && second->source.isValid());

    // The article's source is deleted, and a new source takes its id.
    m_doc->removeSource(second->source);
    QVERIFY(!m_doc->gdeltRecord(EventId(2))->source.isValid());
    Source other;
    other.title = u"Some blog"_s;
    QCOMPARE(m_doc->addSource(other), second->source);
    QVERIFY(!m_doc->gdeltRecord(EventId(2))->source.isValid());

    // Both events are deleted, and events typed by hand take their ids.
    m_doc->removeEvent(EventId(1));
    m_doc->removeEvent(EventId(2));
    for (const char *title : {"Typed one", "Typed two"}) {
        Event typed;
        typed.title = QString::fromLatin1(title);
        typed.date = FuzzyDate::fromEdtf(u"2025-02-01"_s);
        m_doc->addEvent(typed);
    }
    QVERIFY(!m_doc->gdeltRecord(EventId(1)) && !m_doc->gdeltRecord(EventId(2)));
    // The rows import again (not merged into the typed events) and get their records back.
    const GdeltImportResult again = importGdelt({file}, *m_doc);
    QCOMPARE(again.events, 2);
    QCOMPARE(again.duplicates, 0);
    QCOMPARE(m_doc->gdeltRecords().size(), size_t(2));
    for (const auto &[event, record] : m_doc->gdeltRecords())
        QVERIFY(event.value > 2);
}

// An empty (or unreadable) Goldstein scale, tone or count is unknown, not a measured zero.
void TestGdeltImport::emptyMeasuresAreUnknown()
{
    gdelttest::Row row;
    QByteArrayList f = gdelttest::line(row).split('\t');
    f[30] = "";    // GoldsteinScale
    f[31] = "";    // NumMentions
    f[32] = "-2";  // NumSources: no count is negative
    f[34] = "nan"; // AvgTone: from_chars reads it, JSON could not write it
    QCOMPARE(importGdelt({write(u"empty.CSV"_s, f.join('\t') + '\n')}, *m_doc).events, 1);
    const std::optional<GdeltRecord> record = m_doc->gdeltRecord(EventId(1));
    QVERIFY(record);
    QVERIFY(!record->goldstein && !record->tone && !record->mentions && !record->sources);
    QCOMPARE(record->articles, std::optional<std::int64_t>(10));
}

QString TestGdeltImport::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    gdelttest::writeFile(path, data);
    return path;
}

// SOURCEURL becomes a source: the URL as read (invalid UTF-8 replaced), its host as the title,
// DATEADDED's day as the day it was accessed.
void TestGdeltImport::sourceFromUrl_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("title");
    QTest::newRow("www dropped") << QByteArray("https://www.example.org/news/1") << u"https://www.example.org/news/1"_s
                                 << u"example.org"_s;
    QTest::newRow("no path") << QByteArray("http://example.org") << u"http://example.org"_s << u"example.org"_s;
    QTest::newRow("no scheme") << QByteArray("example.org/a/b") << u"example.org/a/b"_s << u"example.org"_s;
    QTest::newRow("UTF-8 path") << QByteArray("https://www.spiegel.de/politik/gespr\xc3\xa4" "ch.html")
                                << u"https://www.spiegel.de/politik/gespr\u00e4ch.html"_s << u"spiegel.de"_s;
    QTest::newRow("UTF-8 host") << QByteArray("https://b\xc3\xbc" "cher.de/x") << u"https://b\u00fccher.de/x"_s
                                << u"b\u00fccher.de"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("https://example.org/\xff\xfe") << u"https://example.org/\ufffd\ufffd"_s
                                   << u"example.org"_s;
}

void TestGdeltImport::sourceFromUrl()
{
    QFETCH(QByteArray, url);
    QFETCH(QString, stored);
    QFETCH(QString, title);
    gdelttest::Row row;
    row.url = url;
    const GdeltImportResult result = importGdelt({write(u"url.CSV"_s, gdelttest::line(row) + '\n')}, *m_doc);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const std::optional<GdeltRecord> record = m_doc->gdeltRecord(m_doc->events().front().id);
    QVERIFY(record);
    const std::optional<Source> source = m_doc->source(record->source);
    QVERIFY(source);
    QCOMPARE(source->url, stored);
    QCOMPARE(source->title, title);
    QCOMPARE(source->accessed.toEdtf(), u"2025-01-01"_s);
    QCOMPARE(source->reliability, QLatin1Char('F'));
}

void TestGdeltImport::mixedLayouts()
{
    gdelttest::Row v1h, v1d, v2;
    v1h.columns = 57, v1h.id = 1, v1h.geoName = "Paris, Ile-de-France, France", v1h.geoFips = "FR";
    v1d.columns = 58, v1d.id = 2, v1d.geoName = "Berlin, Berlin, Germany", v1d.geoFips = "GM", v1d.url = "https://a.example/1";
    v2.columns = 61, v2.id = 3, v2.geoName = "London, London, City of, United Kingdom", v2.geoFips = "UK", v2.url = "https://b.example/2";
    gdelttest::Row v1hAfter = v1h; // no SOURCEURL after a row with one: none must carry over
    v1hAfter.id = 4;
    const QString file = write(u"mixed.CSV"_s, gdelttest::line(v1h) + '\n' + gdelttest::line(v1d) + '\n' + gdelttest::line(v2)
                                                   + '\n' + gdelttest::line(v1hAfter) + '\n');
    const GdeltImportResult result = importGdelt({file}, *m_doc);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events, 4);
    QVERIFY(result.problems.empty());
    QCOMPARE(result.sources, 2); // the 1.0 historical row has no SOURCEURL
    QStringList countries;
    for (const Place &p : m_doc->places())
        countries << p.country;
    countries.sort();
    QCOMPARE(countries, (QStringList{u"DEU"_s, u"FRA"_s, u"GBR"_s}));
    QCOMPARE(scalar(*m_doc, "SELECT date_added FROM gdelt_events WHERE global_id = 3"), 20250101120000);
    QCOMPARE(scalar(*m_doc, "SELECT date_added FROM gdelt_events WHERE global_id = 1"), 20250101);
    QCOMPARE(scalar(*m_doc, "SELECT count(*) FROM gdelt_events g JOIN sources s ON s.id = g.source_id"), 2);
    QCOMPARE(scalar(*m_doc, "SELECT count(*) FROM gdelt_events WHERE global_id = 4 AND source_id IS NULL"), 1);
}

void TestGdeltImport::titlesAndMapping()
{
    gdelttest::Row threat;
    threat.id = 7, threat.eventCode = "0421", threat.mentions = 100; // leading zero
    gdelttest::Row alone;
    alone.id = 8, alone.eventCode = "020", alone.actor2Code = "", alone.actor2Name = "", alone.actor2Country = "";
    gdelttest::Row noFirst;
    noFirst.id = 9, noFirst.eventCode = "043", noFirst.actor1Code = "", noFirst.actor1Name = "", noFirst.actor1Country = "";
    const QString file = write(u"t.CSV"_s, gdelttest::line(threat) + '\n' + gdelttest::line(alone) + '\n' + gdelttest::line(noFirst) + '\n');
    const GdeltImportResult result = importGdelt({file}, *m_doc);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const std::vector<Event> events = m_doc->events(); // same day: ordered by sort key = GLOBALEVENTID
    QCOMPARE(events.size(), std::size_t(3));
    QCOMPARE(events[0].title, u"United States visits Russia"_s); // 0421: the verb of its base, 042
    QCOMPARE(events[0].cameoCode, u"0421"_s);
    QCOMPARE(events[0].date.toEdtf(), u"2025-01-01"_s);
    QCOMPARE(events[0].status, EventStatus::Reported);
    QVERIFY(events[0].importance > events[1].importance); // 100 mentions against 10
    QVERIFY(events[0].description.isEmpty()); // the measures are numbers in the GDELT record
    QCOMPARE(events[0].actors.size(), std::size_t(2));
    QCOMPARE(events[0].actors[0].role, ActorRole::Initiator);
    QCOMPARE(events[0].actors[1].role, ActorRole::Target);
    QCOMPARE(m_doc->actor(events[0].actors[0].actor)->label, u"United States"_s);
    QCOMPARE(m_doc->actor(events[0].actors[0].actor)->country, u"USA"_s);
    QCOMPARE(m_doc->actor(events[0].actors[0].actor)->kind, ActorKind::State);
    QCOMPARE(events[1].title, u"United States appeals"_s);
    QCOMPARE(events[2].title, u"Consult: Russia"_s);
    const Place place = *m_doc->place(events[0].place);
    QCOMPARE(place.country, u"RUS"_s);
    QCOMPARE(place.latitude.value_or(0), 55.7522);
    // the way back to GDELT: the row's id, DATEADDED and article
    const std::optional<GdeltRecord> record = m_doc->gdeltRecord(events[0].id);
    QVERIFY(record);
    QCOMPARE(record->globalEventId, 7);
    QCOMPARE(record->dateAdded, 20250101120000);
    QCOMPARE(gdeltDateAddedText(record->dateAdded), u"2025-01-01 12:00 UTC"_s);
    QCOMPARE(m_doc->source(record->source)->url, u"https://example.org/news/1"_s);
    QCOMPARE(record->goldstein, std::optional<double>(-4.4));
    QCOMPARE(record->tone, std::optional<double>(-3.25));
    QCOMPARE(record->mentions, std::optional<std::int64_t>(100));
    QCOMPARE(record->sources, std::optional<std::int64_t>(2));
    QCOMPARE(record->articles, std::optional<std::int64_t>(100));
    QCOMPARE(m_doc->gdeltRecord(events[2].id)->globalEventId, 9);
    // searchable, and the time index snapshot is stored and current
    QCOMPARE(m_doc->search(u"visits"_s), std::vector<EventId>{events[0].id});
    QVERIFY(m_doc->snapshot(TimeIndex::snapshotKey(LaneGrouping::Actor)));
}

void TestGdeltImport::deduplicatesAcrossFilesAndImports()
{
    gdelttest::Row a, b, c;
    a.id = 1;
    b.id = 2, b.actor2Code = "CHN", b.actor2Name = "CHINA", b.actor2Country = "CHN", b.url = "https://example.org/news/2";
    c.id = 3, c.geoName = "Beijing, Beijing, China", c.geoFips = "CH";
    const QString first = write(u"1.CSV"_s, gdelttest::line(a) + '\n' + gdelttest::line(b) + '\n');
    const QString second = write(u"2.CSV"_s, gdelttest::line(b) + '\n' + gdelttest::line(c) + '\n'); // b again
    GdeltImportResult result = importGdelt({first, second}, *m_doc);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events, 3);
    QCOMPARE(result.duplicates, 1);
    QCOMPARE(result.actors, 3);  // United States, Russia, China: once each
    QCOMPARE(result.places, 2);  // Moscow, Beijing
    QCOMPARE(result.sources, 2);
    const qint64 revision = m_doc->revision();

    result = importGdelt({second}, *m_doc); // a second import of rows already there
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events, 0);
    QCOMPARE(result.duplicates, 2);
    QCOMPARE(m_doc->info().events, 3);
    QCOMPARE(m_doc->info().actors, 3);
    QCOMPARE(m_doc->info().places, 2);
    QCOMPARE(m_doc->info().sources, 2);
    QCOMPARE(m_doc->revision(), revision); // nothing changed, nothing counted

    // A deleted event's GLOBALEVENTID may come back.
    m_doc->removeEvent(m_doc->events().front().id);
    result = importGdelt({first}, *m_doc);
    QCOMPARE(result.events, 1);
    QCOMPARE(m_doc->info().events, 3);
}

void TestGdeltImport::badRows_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<qint64>("events");
    QTest::newRow("import the good rows") << int(ImportPolicy::ImportGoodRows) << qint64(2);
    QTest::newRow("import nothing") << int(ImportPolicy::ImportNothing) << qint64(0);
}

void TestGdeltImport::badRows()
{
    QFETCH(int, policy);
    QFETCH(qint64, events);
    gdelttest::Row a, c;
    a.id = 1, c.id = 3;
    const QString file = write(u"bad.CSV"_s, gdelttest::line(a) + "\n1\t2\t3\n" + gdelttest::line(c) + '\n');
    GdeltImportOptions options;
    options.policy = ImportPolicy(policy);
    const GdeltImportResult result = importGdelt({file}, *m_doc, options);
    QCOMPARE(result.ok(), events > 0);
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems[0].line, 2);
    QVERIFY2(result.problems[0].message.contains(u"bad.CSV, line 2: 3 columns"_s), qPrintable(result.problems[0].message));
    QCOMPARE(m_doc->info().events, events);
}

void TestGdeltImport::otherGdeltTablesRefused_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("says");
    QTest::newRow("mentions") << 16 << u"this looks like a Mentions file"_s;
    QTest::newRow("gkg 2.1") << 27 << u"this looks like a Global Knowledge Graph file"_s;
    QTest::newRow("something else") << 9 << u"9 columns; a GDELT event row has"_s;
}

// A file of GDELT's other tables, downloaded beside the events, imports nothing, fails, and says
// what it looks like; the document keeps what it had.
void TestGdeltImport::otherGdeltTablesRefused()
{
    QFETCH(int, columns);
    QFETCH(QString, says);
    QByteArrayList rows;
    for (int i = 1; i <= 3; ++i) {
        QByteArrayList cells;
        for (int c = 0; c < columns; ++c)
            cells << QByteArray::number(1000 * i + c);
        rows << cells.join('\t');
    }
    const QString file = write(u"other.CSV"_s, rows.join('\n') + '\n');
    const qint64 before = m_doc->info().events;
    const GdeltImportResult result = importGdelt({file}, *m_doc, {});
    QCOMPARE(result.outcome, GdeltImportResult::Outcome::Failed);
    QVERIFY2(result.error.startsWith(u"no row is a GDELT event; nothing was imported"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
    QCOMPARE(result.problems.size(), std::size_t(3));
    QCOMPARE(m_doc->info().events, before);
}

void TestGdeltImport::cancelLeavesFileIdentical_data()
{
    QTest::addColumn<bool>("byFlag");
    QTest::addColumn<bool>("whileFinishing");
    QTest::newRow("progress returns false") << false << false;
    QTest::newRow("cancel flag") << true << false;
    QTest::newRow("progress returns false, all rows read") << false << true;
    QTest::newRow("cancel flag, all rows read") << true << true;
}

void TestGdeltImport::cancelLeavesFileIdentical()
{
    QFETCH(bool, byFlag);
    QFETCH(bool, whileFinishing);
    Event kept;
    kept.title = u"kept"_s;
    kept.date = FuzzyDate::fromEdtf(u"2008-03-17"_s);
    m_doc->addEvent(kept);
    QByteArrayList rows;
    for (int i = 1; i <= 40000; ++i) { // several batches
        gdelttest::Row r;
        r.id = i, r.url = "https://example.org/" + QByteArray::number(i);
        rows.append(gdelttest::line(r));
    }
    const QString file = write(u"big.CSV"_s, rows.join('\n'));
    m_doc.reset();
    const QByteArray before = fileHash(m_path);
    QString error;
    m_doc = Document::open(m_path, OpenMode::ReadWrite, &error);
    QVERIFY2(m_doc, qPrintable(error));

    std::atomic<bool> cancel{false};
    GdeltImportOptions options;
    options.cancel = &cancel;
    int calls = 0;
    qint64 rowsWhenFinishing = -1;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        if (total == kProgressFinishing)
            rowsWhenFinishing = done;
        // mid-way, with rows already written in the transaction; or with all of them written
        if (whileFinishing ? total == kProgressFinishing : done >= 10000) {
            if (byFlag)
                cancel = true;
            else
                return false;
        }
        return true;
    };
    const GdeltImportResult result = importGdelt({file}, *m_doc, options);
    QCOMPARE(result.outcome, GdeltImportResult::Outcome::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(rowsWhenFinishing, whileFinishing ? 40000 : -1);
    QCOMPARE(m_doc->info().events, 1);
    m_doc.reset();
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + u"-wal"_s) || QFileInfo(m_path + u"-wal"_s).size() == 0);
}

void TestGdeltImport::truncatedGzip_data()
{
    QTest::addColumn<int>("policy");
    QTest::newRow("import the good rows") << int(ImportPolicy::ImportGoodRows);
    QTest::newRow("import nothing") << int(ImportPolicy::ImportNothing);
}

void TestGdeltImport::truncatedGzip()
{
    QFETCH(int, policy);
    QByteArrayList rows;
    for (int i = 1; i <= 3000; ++i) {
        gdelttest::Row r;
        r.id = i;
        rows.append(gdelttest::line(r));
    }
    const QByteArray gz = gdelttest::deflateBytes(rows.join('\n') + '\n', false);
    const QString file = write(u"cut.export.CSV.gz"_s, gz.left(gz.size() * 2 / 3));
    GdeltImportOptions options;
    options.policy = ImportPolicy(policy);
    const GdeltImportResult result = importGdelt({file}, *m_doc, options);
    QCOMPARE(result.problems.size(), std::size_t(1));
    QVERIFY2(result.problems[0].message.contains(u"cut.export.CSV.gz"_s)
                 && result.problems[0].message.contains(u"truncated"_s),
             qPrintable(result.problems[0].message));
    if (ImportPolicy(policy) == ImportPolicy::ImportNothing) {
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(u"nothing was imported"_s));
        QCOMPARE(m_doc->info().events, 0);
    } else {
        QVERIFY(result.ok());
        QVERIFY(result.events > 0 && result.events < 3000);
        QCOMPARE(m_doc->info().events, result.events);
    }
}

void TestGdeltImport::directoryInput()
{
    QDir(m_dir->path()).mkdir(u"in"_s);
    gdelttest::Row a, b;
    a.id = 1, b.id = 2;
    write(u"in/20250101.export.CSV"_s, gdelttest::line(a) + '\n');
    write(u"in/20250102.export.CSV.gz"_s, gdelttest::deflateBytes(gdelttest::line(b) + '\n', false));
    write(u"in/readme.md"_s, "not a GDELT file");
    QString error;
    const QStringList files = gdeltInputFiles({m_dir->filePath(u"in"_s)}, &error);
    QCOMPARE(files.size(), 2);
    const GdeltImportResult result = importGdelt(files, *m_doc);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events, 2);
    QVERIFY(gdeltInputFiles({m_dir->filePath(u"missing"_s)}, &error).isEmpty());
    QVERIFY(error.contains(u"missing"_s));
}

void TestGdeltImport::readOnlyRefused()
{
    const QString file = write(u"a.CSV"_s, gdelttest::line({}) + '\n');
    m_doc.reset();
    QString error;
    m_doc = Document::open(m_path, OpenMode::ReadOnly, &error);
    QVERIFY2(m_doc, qPrintable(error));
    const GdeltImportResult result = importGdelt({file}, *m_doc);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(u"read-only"_s));
}

void TestGdeltImport::olderSchemas_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("v2 read-only: no GDELT table") << 2 << true;
    QTest::newRow("v4 read-only: no measures") << 4 << true;
    QTest::newRow("v4 upgraded: measures empty, then imported") << 4 << false;
}

// A file of an older schema with a GDELT event in it (v3 and v4 kept the measures in the
// description): the record reads without measures, or not at all before v3, and never throws.
void TestGdeltImport::olderSchemas()
{
    QFETCH(int, version);
    QFETCH(bool, readOnly);
    m_doc.reset();
    const QString path = m_dir->filePath(u"old.dateline"_s);
    {
        Database db(path, Database::Access::Create);
        Transaction transaction(db);
        schema::createVersion(db, version);
        db.exec("INSERT INTO events(id, title, description, sort_key, created, updated) "
                "VALUES (1, 'old', 'Goldstein 1.0, tone 2.0; 3 mentions, 1 sources, 3 articles', 77, '', '')");
        if (version >= 3)
            db.exec("INSERT INTO gdelt_events(global_id, event_id, date_added) VALUES (77, 1, 20150101)");
        transaction.commit();
    }
    QString error;
    std::unique_ptr<Document> doc = Document::open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    const std::optional<GdeltRecord> record = doc->gdeltRecord(EventId(1));
    QCOMPARE(bool(record), version >= 3);
    if (record) {
        QCOMPARE(record->globalEventId, 77);
        QCOMPARE(gdeltDateAddedText(record->dateAdded), u"2015-01-01"_s);
        QVERIFY(!record->goldstein && !record->tone && !record->mentions);
    }
    if (!readOnly) {
        gdelttest::Row row;
        row.id = 78;
        const GdeltImportResult result = importGdelt({write(u"new.CSV"_s, gdelttest::line(row) + '\n')}, *doc);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const std::optional<GdeltRecord> added = doc->gdeltRecord(result.ids.events.count ? EventId(result.ids.events.last) : EventId());
        QVERIFY(added);
        QCOMPARE(added->goldstein, std::optional<double>(-4.4));
    }
}

void TestGdeltImport::realSample()
{
    const QString dir = QStringLiteral(DATELINE_SHARED_DATA "/formats/gdelt");
    QString error;
    const QStringList files = QDir(dir).exists() ? gdeltInputFiles({dir}, &error) : QStringList();
    if (files.isEmpty())
        QSKIP("no GDELT sample in ../shared/data/formats/gdelt");
    const GdeltImportResult result = importGdelt(files, *m_doc);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.problems.empty(), result.problems.empty() ? "" : qPrintable(result.problems.front().message));
    QVERIFY(result.events > 0);
    QCOMPARE(result.events + result.duplicates, result.lines);
    for (const Event &e : m_doc->events()) {
        QVERIFY(!e.title.isEmpty());
        QVERIFY(e.date.isValid());
    }
    for (const Place &p : m_doc->places())
        QVERIFY2(p.country.isEmpty() || p.country.size() == 3, qPrintable(p.country));
}

QTEST_GUILESS_MAIN(TestGdeltImport)
#include "tst_gdeltimport.moc"
