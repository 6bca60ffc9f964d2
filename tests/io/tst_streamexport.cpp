// Streaming exports (native JSON, CSV, TSV): the same bytes as the whole-document exports made
// before streaming (tests/io/data/streamexport, written by that code), whatever the batch size;
// refused writes and cancels fail with a reason; files are replaced only by complete ones.
#include "core/io/csv/csvreader.h"
#include "core/io/csv/csvwriter.h"
#include "core/io/dataformats.h"
#include "core/io/jsonwriter.h"
#include "core/io/nativejson.h"
#include "core/io/savefile.h"
#include "core/store/document.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(DATELINE_TEST_DATA "/streamexport/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Accepts `limit` bytes, then refuses every write (a full disk that says so).
class RefusingDevice : public QIODevice {
public:
    explicit RefusingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }
    qint64 accepted = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (accepted + size > m_limit) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        accepted += size;
        return size;
    }

private:
    qint64 m_limit;
};

// A document of `count` events with long, mixed-script text: several megabytes of output.
void fillLarge(Document &doc, int count)
{
    Document::BulkEdit bulk(doc);
    Actor actor;
    actor.label = u"Организация «Север»"_s;
    const ActorId a = doc.addActor(actor);
    Source source;
    source.title = u"الأخبار"_s;
    source.url = u"https://example.org/a"_s;
    const SourceId s = doc.addSource(source);
    const QString text = u"Переговоры, 会谈 \"quoted\", محادثات 🕊\n"_s.repeated(60);
    for (int i = 0; i < count; ++i) {
        Event e;
        e.title = u"Event %1 — 事件"_s.arg(i);
        e.description = text;
        e.date = FuzzyDate::fromEdtf(u"2008-%1-%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(1 + i % 28, 2, 10, QChar(u'0')));
        e.created = e.updated = QDateTime(QDate(2025, 1, 15), QTime(9, 0), Qt::UTC);
        e.actors.push_back({a, ActorRole::Participant});
        const EventId id = doc.addEvent(e);
        if (i % 3 == 0) {
            Quote q;
            q.text = u"Цитата %1"_s.arg(i);
            q.source = s;
            q.events = {id};
            doc.addQuote(q);
        }
    }
    bulk.commit();
}

} // namespace

class TestStreamExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonWriterStreamsTheSameText_data();
    void jsonWriterStreamsTheSameText();
    void sameBytesAsBefore_data();
    void sameBytesAsBefore();
    void largeDocumentStreamsWhole_data();
    void largeDocumentStreamsWhole();
    void refusedWriteFails_data();
    void refusedWriteFails();
    void progressAndCancel_data();
    void progressAndCancel();
    void onlyCompleteFilesReplaceTheTarget();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_fixture;
};

void TestStreamExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray json = readData(u"fixture.json"_s);
    QVERIFY(!json.isEmpty());
    QString error;
    m_fixture = Document::create(m_dir.filePath(u"fixture.dateline"_s), &error);
    QVERIFY2(m_fixture, qPrintable(error));
    QVERIFY2(importNativeJson(json, *m_fixture, &error), qPrintable(error));
}

void TestStreamExport::jsonWriterStreamsTheSameText_data()
{
    QTest::addColumn<int>("objects");
    QTest::newRow("nothing flushed before the end") << 3;
    QTest::newRow("several flushes") << 12000;
    QTest::newRow("none") << 0;
}

// A writer on a device writes exactly what result() would hold, final newline included.
void TestStreamExport::jsonWriterStreamsTheSameText()
{
    QFETCH(int, objects);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter streamed(&buffer);
    JsonWriter whole;
    for (JsonWriter *w : {&streamed, &whole}) {
        if (objects == 0)
            continue;
        w->beginArray();
        for (int i = 0; i < objects; ++i) {
            w->beginObject();
            w->field(QLatin1StringView("text"), u"«%1» \"q\"\n\t\u0001 区 🕊 "_s.arg(i).repeated(8));
            w->stringList(QLatin1StringView("tags"), {u"a"_s, u"b\\c"_s});
            w->endObject();
        }
        w->endArray();
    }
    QVERIFY(streamed.finish());
    QCOMPARE(buffer.data(), whole.result());
    if (objects > 0)
        QVERIFY(buffer.data().endsWith("]\n"));
}

void TestStreamExport::sameBytesAsBefore_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("batchSize");
    for (const int size : {1, 2, 3, 7, 2000}) {
        QTest::addRow("json, batches of %d", size) << u"json"_s << u"fixture.json"_s << size;
        QTest::addRow("csv, batches of %d", size) << u"csv"_s << u"expected.csv"_s << size;
        QTest::addRow("tsv, batches of %d", size) << u"tsv"_s << u"expected.tsv"_s << size;
    }
}

void TestStreamExport::sameBytesAsBefore()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QFETCH(int, batchSize);
    const DataFormat *f = dataFormat(format);
    QVERIFY(f && f->stream);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.batchSize = batchSize;
    ExportReport report;
    QString error;
    QVERIFY2(f->writeTo(*m_fixture, out, options, &report, &error), qPrintable(error));
    QCOMPARE(out.data(), readData(expected));
    QCOMPARE(f->write(*m_fixture, nullptr), out.data()); // the in-memory form is the same text
    if (format != u"json") {
        QStringList lines;
        for (const QString &omission : std::as_const(report.omissions))
            lines << u"left out: "_s + omission;
        QString expectedReport = QString::fromUtf8(readData(u"expected-report.txt"_s)); // written for CSV
        if (format == u"tsv")
            expectedReport.replace(u"CSV has"_s, u"TSV has"_s);
        QCOMPARE(lines.join(u'\n') + u'\n', expectedReport);
    }
}

void TestStreamExport::largeDocumentStreamsWhole_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

// Several flushes of the writers' buffers: the text parses whole, with every event, and does not
// depend on the batch size.
void TestStreamExport::largeDocumentStreamsWhole()
{
    QFETCH(QString, format);
    constexpr int kEvents = 1200;
    auto doc = Document::createInMemory();
    fillLarge(*doc, kEvents);
    const DataFormat *f = dataFormat(format);
    QByteArray first;
    for (const int size : {1000, 7}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.batchSize = size;
        QString error;
        QVERIFY2(f->writeTo(*doc, out, options, nullptr, &error), qPrintable(error));
        if (first.isEmpty())
            first = out.data();
        else
            QCOMPARE(out.data(), first);
    }
    QVERIFY2(first.size() > 4 * 1024 * 1024, "the output should span several flushes");
    if (format == u"json") {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(first, &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        const QJsonArray events = json.object().value(u"events"_s).toArray();
        QCOMPARE(events.size(), kEvents);
        QCOMPARE(events.last().toObject().value(u"title"_s).toString(), u"Event %1 — 事件"_s.arg(kEvents - 1));
        QCOMPARE(json.object().value(u"quotes"_s).toArray().size(), (kEvents + 2) / 3);
    } else {
        const ImportedContent back = readCsv(first, CsvOptions(), {});
        QVERIFY(back.rejected.empty());
        QCOMPARE(qsizetype(back.content.events.size()), qsizetype(kEvents));
        QCOMPARE(back.content.events.front().description, doc->events().front().description);
    }
}

void TestStreamExport::refusedWriteFails_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("limit");
    for (const QString &format : {u"json"_s, u"csv"_s}) {
        QTest::addRow("%s, at once", qPrintable(format)) << format << qint64(0);
        QTest::addRow("%s, after 1 MB", qPrintable(format)) << format << qint64(1024 * 1024);
    }
}

void TestStreamExport::refusedWriteFails()
{
    QFETCH(QString, format);
    QFETCH(qint64, limit);
    auto doc = Document::createInMemory();
    fillLarge(*doc, 600);
    RefusingDevice out(limit);
    QString error;
    QVERIFY(!dataFormat(format)->writeTo(*doc, out, {}, nullptr, &error));
    QCOMPARE(error, u"No space left on device"_s);
    QVERIFY(out.accepted <= limit);
}

void TestStreamExport::progressAndCancel_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("rows"); // what progress counts: every entity, or events
    QTest::newRow("json") << u"json"_s << qint64(9 + 4 + 2 + 4 + 4 + 2);
    QTest::newRow("csv") << u"csv"_s << qint64(9);
}

void TestStreamExport::progressAndCancel()
{
    QFETCH(QString, format);
    QFETCH(qint64, rows);
    const DataFormat *f = dataFormat(format);
    QList<qint64> done;
    ExportOptions options;
    options.batchSize = 2;
    options.progress = [&done, rows](qint64 n, qint64 total) {
        done << n;
        return total == rows;
    };
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(f->writeTo(*m_fixture, whole, options, nullptr, &error), qPrintable(error));
    QVERIFY(done.size() > 1);
    QCOMPARE(done.last(), rows);
    QVERIFY(std::is_sorted(done.begin(), done.end()));

    done.clear();
    options.progress = [&done](qint64 n, qint64) {
        done << n;
        return false;
    };
    QBuffer cancelled;
    cancelled.open(QIODevice::WriteOnly);
    QVERIFY(!f->writeTo(*m_fixture, cancelled, options, nullptr, &error));
    QCOMPARE(error, u"the export was cancelled"_s);
    QCOMPARE(done.size(), 1); // no batch after the cancel
    QVERIFY(cancelled.data().size() < whole.data().size());
}

void TestStreamExport::onlyCompleteFilesReplaceTheTarget()
{
    const QString dir = m_dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/events.json"_s;
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("previous") == 8);
    old.close();

    ExportOptions cancel;
    cancel.batchSize = 1;
    cancel.progress = [](qint64 done, qint64) { return done < 3; };
    QString error;
    QVERIFY(!writeFileAtomically(path, [&](QIODevice &out, QString *why) {
        return exportNativeJson(*m_fixture, out, cancel, why);
    }, &error));
    QCOMPARE(error, u"the export was cancelled"_s);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous"));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"events.json"_s}); // no temporary file left

    QVERIFY2(writeFileAtomically(path, [&](QIODevice &out, QString *why) {
        return exportNativeJson(*m_fixture, out, {}, why);
    }, &error), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), readData(u"fixture.json"_s));
}

QTEST_GUILESS_MAIN(TestStreamExport)
#include "tst_streamexport.moc"
