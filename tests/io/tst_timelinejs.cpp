#include "core/io/timelinejs/timelinejs.h"
#include "interchangetest.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

namespace {

// The date an import gives a file's one event, or the reason it was rejected.
QString oneEventDate(const QByteArray &json)
{
    const ImportedContent imported = readTimelineJs(json);
    if (!imported.rejected.empty())
        return u"rejected: "_s + imported.rejected.front().message;
    if (imported.content.events.size() != 1)
        return u"%1 events"_s.arg(imported.content.events.size());
    return imported.content.events.front().date.toEdtf();
}

} // namespace

class TestTimelineJs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripAwkward();
    void dates_data();
    void dates();
    void dateValues_data();
    void dateValues();
    void displayDates_data();
    void displayDates();
    void textAndMedia();
    void titleErasAndNotes();
    void rejectedEventNamedOnOneLine();
    void rejectedRowsWithLines_data();
    void rejectedRowsWithLines();
    void legacyForm();
    void legacyIsoDates_data();
    void legacyIsoDates();
    void hostileInput_data();
    void hostileInput();
    void realSamples_data();
    void realSamples();
    void exportRenderableJson();
    void exportKeepsUnsafeLinksOut_data();
    void exportKeepsUnsafeLinksOut();
    void cosmologicalScale();
    void yearsBeforeCommonEra_data();
    void yearsBeforeCommonEra();
    void roundTripSample();
    void roundTripFixture_data();
    void roundTripFixture();
    void sniffing_data();
    void sniffing();
};

void TestTimelineJs::dates_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("strings and numbers") << u"Two-plus-two meeting"_s << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("c.") << u"Approximate"_s << u"1550~"_s;
    QTest::newRow("before") << u"Known only as a bound"_s << u"[..2008-03-26]"_s;
    QTest::newRow("cosmological") << u"Big Bang"_s << u"Y-13800000000"_s;
    QTest::newRow("negative years") << u"Before the common era"_s << u"-0499-06/-0498"_s; // -500 is 500 BCE
    QTest::newRow("time") << u"With a time"_s << u"2012-07-04T13:20"_s;
    QTest::newRow("circa") << u"Hand-written circa"_s << u"1920~"_s;
    QTest::newRow("decade") << u"A decade"_s << u"156X"_s;
    QTest::newRow("display not understood") << u"No headline here"_s << u"1963-08-09"_s;
}

void TestTimelineJs::dates()
{
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    const ImportedContent imported = readTimelineJs(fixture(u"timelinejs/features.json"_s));
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
}

void TestTimelineJs::displayDates_data()
{
    // A display_date that words the fields' own date is read, whatever its wording or day order;
    // another date or other words keep the fields, and the note counts them.
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<bool>("read");
    QTest::newRow("Dateline's wording") << u"20 Jul 1969"_s << u"1969-07-20"_s << true;
    QTest::newRow("month first in words") << u"July 20, 1969"_s << u"1969-07-20"_s << true;
    QTest::newRow("German") << u"20. Juli 1969"_s << u"1969-07-20"_s << true;
    QTest::newRow("numeric, day first") << u"20/07/1969"_s << u"1969-07-20"_s << true;
    QTest::newRow("numeric, month first") << u"7/20/1969"_s << u"1969-07-20"_s << true;
    QTest::newRow("qualified") << u"c. 20 Jul 1969"_s << u"1969-07-20~"_s << true;
    QTest::newRow("another day") << u"July 21, 1969"_s << u"1969-07-20"_s << false;
    QTest::newRow("other words") << u"The eve of the landing"_s << u"1969-07-20"_s << false;
}

void TestTimelineJs::displayDates()
{
    QFETCH(QString, display);
    QFETCH(QString, edtf);
    QFETCH(bool, read);
    QJsonObject event{{u"start_date"_s, QJsonObject{{u"year"_s, 1969}, {u"month"_s, 7}, {u"day"_s, 20}}},
                      {u"display_date"_s, display},
                      {u"text"_s, QJsonObject{{u"headline"_s, u"Landing"_s}}}};
    const QByteArray json = QJsonDocument(QJsonObject{{u"events"_s, QJsonArray{event}}}).toJson();
    const ImportedContent imported = readTimelineJs(json);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.at(0).date.toEdtf(), edtf);
    const bool noted = imported.notes.join(u'\n').contains(u"display_date texts not read as a date"_s);
    QVERIFY2(noted != read, qPrintable(imported.notes.join(u'\n')));
}

void TestTimelineJs::dateValues_data()
{
    QTest::addColumn<QByteArray>("dates"); // the event's date members
    QTest::addColumn<QString>("result");
    QTest::newRow("objects") << QByteArray(R"("start_date": {"year": 2008, "month": 3, "day": 17})") << u"2008-03-17"_s;
    // Some tools write ISO 8601 strings where TimelineJS has objects: unambiguous, so read.
    QTest::newRow("ISO string") << QByteArray(R"("start_date": "2008-03-17")") << u"2008-03-17"_s;
    QTest::newRow("ISO strings, start and end") << QByteArray(R"("start_date": "2008-03-17", "end_date": " 2008-03-19 ")")
                                                << u"2008-03-17/2008-03-19"_s;
    QTest::newRow("ISO year") << QByteArray(R"("start_date": "2008")") << u"2008"_s;
    QTest::newRow("ISO time with its zone") << QByteArray(R"("start_date": "2008-03-17T10:00:00+05:00")")
                                            << u"2008-03-17T10:00:00+05:00"_s;
    QTest::newRow("empty string end") << QByteArray(R"("start_date": "2008-03-17", "end_date": "")") << u"2008-03-17"_s;
    QTest::newRow("words") << QByteArray(R"("start_date": "17 March 2008")")
                           << u"rejected: event 1: start_date \"17 March 2008\" is not an ISO 8601 date (YYYY-MM-DD); "
                              "TimelineJS dates are objects {year, month, day}"_s;
    QTest::newRow("day and month order not guessed") << QByteArray(R"("start_date": "3/4/2008")")
                                                     << u"rejected: event 1: start_date \"3/4/2008\" is not an ISO 8601 date "
                                                        "(YYYY-MM-DD); TimelineJS dates are objects {year, month, day}"_s;
    QTest::newRow("impossible ISO date") << QByteArray(R"("start_date": "2008-02-30")")
                                         << u"rejected: event 1: day 30 does not exist in month 2 of 2008 (it has 29 days)"_s;
    QTest::newRow("string end not ISO") << QByteArray(R"("start_date": "2008-03-17", "end_date": "soon")")
                                        << u"rejected: event 1: end_date \"soon\" is not an ISO 8601 date (YYYY-MM-DD); "
                                           "TimelineJS dates are objects {year, month, day}"_s;
    QTest::newRow("number") << QByteArray(R"("start_date": 2008)")
                            << u"rejected: event 1: start_date must be an object {year, month, day} or an ISO 8601 string, not a number"_s;
    QTest::newRow("list end") << QByteArray(R"("start_date": "2008", "end_date": [2009])")
                              << u"rejected: event 1: end_date must be an object {year, month, day} or an ISO 8601 string, not a list"_s;
    // TimelineJS's sheet converter writes an end_date of empty strings for an event without one.
    const QByteArray march17 = R"("start_date": {"year": "2008", "month": "3", "day": "17"}, )";
    QTest::newRow("end_date of empty strings") << march17 + R"("end_date": {"year": "", "month": "", "day": ""})"
                                               << u"2008-03-17"_s;
    QTest::newRow("end_date of blanks and nulls") << march17 + R"("end_date": {"year": null, "month": " ", "display_date": ""})"
                                                  << u"2008-03-17"_s;
    QTest::newRow("empty end_date") << march17 + R"("end_date": {})" << u"2008-03-17"_s;
    QTest::newRow("end_date without a year") << march17 + R"("end_date": {"year": "", "month": "4"})"
                                             << u"rejected: event 1: end_date: the year is missing"_s;
    QTest::newRow("start_date of empty strings") << QByteArray(R"("start_date": {"year": "", "month": ""})")
                                                 << u"rejected: event 1: start_date is empty"_s;
    QTest::newRow("missing") << QByteArray(R"("end_date": "2008")") << u"rejected: event 1: start_date is missing"_s;
    QTest::newRow("empty string") << QByteArray(R"("start_date": "")") << u"rejected: event 1: start_date is empty"_s;
}

void TestTimelineJs::dateValues()
{
    QFETCH(QByteArray, dates);
    QFETCH(QString, result);
    QCOMPARE(oneEventDate(R"({"events": [{)" + dates + R"(, "text": {"headline": "x"}}]})"), result);
}

void TestTimelineJs::textAndMedia()
{
    const ImportedContent imported = readTimelineJs(fixture(u"timelinejs/features.json"_s));
    const NativeJsonContent &c = imported.content;
    const Event *meeting = eventTitled(imported, u"Two-plus-two meeting"_s);
    QVERIFY(meeting);
    // Scripts are dropped, paragraphs kept, links keep their words; no markup survives.
    QCOMPARE(meeting->description, u"Ministers met in Moscow.\n\nSee the report and this."_s);
    QCOMPARE(meeting->tags, QStringList{u"Diplomacy"_s});
    const Event *timed = eventTitled(imported, u"With a time"_s);
    QVERIFY(timed);
    QCOMPARE(timed->description, u"Tom & Jerry <b> \u2014 \U0001F600 &bogus;"_s);

    auto sourceWithUrl = [&](const QString &url) -> const Source * {
        for (const Source &s : c.sources)
            if (s.url == url)
                return &s;
        return nullptr;
    };
    const Source *link = sourceWithUrl(u"https://example.org/report"_s);
    QVERIFY(link);
    QCOMPARE(link->title, u"the report"_s);
    for (const Source &s : c.sources)
        QVERIFY2(!s.url.startsWith(u"javascript"_s), qPrintable(s.url));
    const Source *photo = sourceWithUrl(u"https://example.org/photo.jpg"_s);
    QVERIFY(photo);
    QCOMPARE(photo->title, u"Ministers at the table"_s);
    QCOMPARE(photo->author, u"Photo: Agency"_s);

    // The blockquote in the text: a quote with its speaker. The event's media is a photo, which
    // is no source of what was said.
    QCOMPARE(c.quotes.size(), size_t(3));
    const Quote &framework = c.quotes[0];
    QCOMPARE(framework.text, u"We agreed on a framework."_s);
    QCOMPARE(framework.events, std::vector<EventId>{meeting->id});
    QCOMPARE(framework.source, SourceId());
    QVERIFY(framework.speaker.isValid());
    QCOMPARE(c.actors.at(size_t(framework.speaker.value - 1)).label, u"A. Minister"_s);
    // Blockquote media: the quote's source is made of the caption and the credit.
    const Quote &invitation = c.quotes[1];
    QCOMPARE(invitation.text, u"The invitation stands."_s);
    const Source &radio = c.sources.at(size_t(invitation.source.value - 1));
    QCOMPARE(radio.title, u"Radio interview"_s);
    QCOMPARE(radio.author, u"Interview transcript"_s);
    QVERIFY(radio.url.isEmpty());
    // Quoted text as media, quotation marks taken off.
    QCOMPARE(c.quotes[2].text, u"One day we will all be there."_s);
}

void TestTimelineJs::titleErasAndNotes()
{
    const ImportedContent imported = readTimelineJs(fixture(u"timelinejs/features.json"_s));
    QCOMPARE(imported.content.title, u"Arms control talks & summits"_s);
    QCOMPARE(imported.content.eras.size(), size_t(2));
    QCOMPARE(imported.content.eras[0].name, u"Second term"_s);
    QCOMPARE(imported.content.eras[0].span.toEdtf(), u"2004-05-07/2008-05-07"_s);
    QCOMPARE(imported.content.eras[1].name, u"Classical"_s);
    QCOMPARE(imported.content.eras[1].span.toEdtf(), u"-0499/-0399"_s); // 500 to 400 BCE
    const QString notes = imported.notes.join(u'\n');
    QVERIFY2(notes.contains(u"title slide's text"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"display_date texts not read as a date, the structured dates used instead: 1"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"events without a headline, titled with the start of their text: 1"_s), qPrintable(notes));
}

void TestTimelineJs::rejectedRowsWithLines_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("month 13") << 0 << qint64(4) << u"month 13"_s;
    QTest::newRow("30 February") << 1 << qint64(8) << u"day 30"_s;
    QTest::newRow("words") << 2 << qint64(9) << u"\"nineteen\" is not a whole number"_s;
    QTest::newRow("no date") << 3 << qint64(10) << u"start_date is missing"_s;
    QTest::newRow("huge") << 4 << qint64(11) << u"not a whole number in range"_s;
    QTest::newRow("end before start") << 5 << qint64(12) << u"event"_s;
    QTest::newRow("not an object") << 6 << qint64(13) << u"not an object"_s;
    QTest::newRow("no year") << 7 << qint64(14) << u"year is missing"_s;
    QTest::newRow("beyond the axis") << 8 << qint64(15) << u"out of range"_s;
}

void TestTimelineJs::rejectedRowsWithLines()
{
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    const ImportedContent imported = readTimelineJs(fixture(u"timelinejs/rejected.json"_s));
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.rejected.size(), size_t(9));
    QCOMPARE(imported.content.events.size(), size_t(1));
    QCOMPARE(imported.content.events[0].title, u"the good one"_s);
    const ImportProblem &p = imported.rejected.at(size_t(index));
    QCOMPARE(p.line, line);
    QVERIFY2(p.message.contains(reason), qPrintable(p.message));
}

// A file on one line (as most tools write JSON) has every problem on line 1: the message names the
// event by its place in the list.
void TestTimelineJs::rejectedEventNamedOnOneLine()
{
    const ImportedContent imported = readTimelineJs(QByteArrayLiteral(
        R"({"events":[{"start_date":{"year":"2008"},"text":{"headline":"a"}},{"start_date":{"year":"2008","month":"13"},)"
        R"("text":{"headline":"b"}}],"eras":[{"text":{"headline":"c"}}]})"));
    QCOMPARE(imported.rejected.size(), size_t(2));
    QCOMPARE(imported.rejected[0].line, qint64(1));
    QVERIFY2(imported.rejected[0].message.startsWith(u"event 2: "_s), qPrintable(imported.rejected[0].message));
    QVERIFY2(imported.rejected[1].message.startsWith(u"era 1: "_s), qPrintable(imported.rejected[1].message));
}

void TestTimelineJs::legacyForm()
{
    const QByteArray data = fixture(u"timelinejs/legacy.json"_s);
    QVERIFY(looksLikeTimelineJs(data));
    const ImportedContent imported = readTimelineJs(data);
    QCOMPARE(imported.content.title, u"Legacy form"_s);
    QCOMPARE(imported.content.events.size(), size_t(4));
    QCOMPARE(imported.content.events[0].date.toEdtf(), u"2008-03-17/2008-03-18"_s);
    QCOMPARE(imported.content.events[0].tags, QStringList{u"Meetings"_s});
    QCOMPARE(imported.content.events[0].description, u"Talks in Moscow"_s);
    QCOMPARE(imported.content.events[1].date.toEdtf(), u"2008-04-06T14:30"_s);
    QCOMPARE(imported.content.events[2].date.toEdtf(), u"-0499"_s); // "-500" is 500 BCE
    QCOMPARE(imported.content.events[3].date.toEdtf(), u"2008-04-02/2008-04-04"_s); // month first, and ISO
    QCOMPARE(imported.content.sources.size(), size_t(1));
    QCOMPARE(imported.content.sources[0].url, u"https://example.org/a.jpg"_s);
    QCOMPARE(imported.content.eras.size(), size_t(1));
    QCOMPARE(imported.rejected.size(), size_t(1));
    QCOMPARE(imported.rejected[0].line, qint64(26));
    QVERIFY(imported.rejected[0].message.contains(u"month 14"_s));
}

void TestTimelineJs::legacyIsoDates_data()
{
    QTest::addColumn<QString>("startDate");
    QTest::addColumn<QString>("result");
    // A zone is part of the time, as in CSV files: kept, never dropped.
    QTest::newRow("UTC") << u"2008-03-17T10:00:00Z"_s << u"2008-03-17T10:00:00Z"_s;
    QTest::newRow("east of UTC") << u"2008-03-17T10:00:00+05:00"_s << u"2008-03-17T10:00:00+05:00"_s;
    QTest::newRow("west of UTC") << u"2008-03-17T23:30:00-08:00"_s << u"2008-03-17T23:30:00-08:00"_s;
    QTest::newRow("offset without a colon") << u"2008-03-17T10:00+0530"_s << u"2008-03-17T10:00+05:30"_s;
    QTest::newRow("offset in hours") << u"2008-03-17T10:00-03"_s << u"2008-03-17T10:00-03:00"_s;
    QTest::newRow("JavaScript's toISOString") << u"2008-03-17T10:00:00.000Z"_s << u"2008-03-17T10:00:00Z"_s;
    QTest::newRow("local time") << u"2008-03-17 10:00"_s << u"2008-03-17T10:00"_s;
    QTest::newRow("offset out of range") << u"2008-03-17T10:00+15:00"_s
                                         << u"rejected: date entry 1: startDate: UTC offset \"+15:00\" is beyond 14 hours"_s;
    QTest::newRow("offset minutes out of range") << u"2008-03-17T10:00+05:75"_s
                                                 << u"rejected: date entry 1: startDate: UTC offset \"+05:75\" has more than 59 minutes"_s;
    QTest::newRow("zone without a time") << u"2008-03-17Z"_s
                                         << u"rejected: date entry 1: startDate: date \"2008-03-17Z\" is neither \"year,month,day\" nor ISO 8601"_s;
}

void TestTimelineJs::legacyIsoDates()
{
    QFETCH(QString, startDate);
    QFETCH(QString, result);
    const QByteArray json = R"({"timeline": {"headline": "Zones", "date": [{"startDate": ")" + startDate.toUtf8()
                            + R"(", "headline": "x"}]}})";
    QCOMPARE(oneEventDate(json), result);
}

void TestTimelineJs::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("fatal");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("not json") << QByteArray("<html>hello</html>") << true;
    QTest::newRow("array root") << QByteArray("[1, 2, 3]") << true;
    QTest::newRow("events not a list") << QByteArray("{\"events\": 5}") << true;
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << true;
    QTest::newRow("truncated") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 20") << true;
    QTest::newRow("wrong types") << QByteArray("{\"events\": [{\"start_date\": [1], \"text\": 5, \"media\": \"x\"},"
                                               " {\"start_date\": {\"year\": true}}, {\"start_date\": {\"year\": {}}}]}")
                                 << false;
    QTest::newRow("unclosed tags") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 1}, \"text\": {\"headline\":"
                                                 " \"<a href='x\", \"text\": \"<script>never ends\"}}]}")
                                   << false;
}

void TestTimelineJs::hostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, fatal);
    const ImportedContent imported = readTimelineJs(data);
    QCOMPARE(imported.fatal, fatal);
    if (fatal)
        QVERIFY(!imported.rejected.empty());
    for (const Event &e : imported.content.events) {
        QVERIFY(!e.title.contains(u'<') || e.title.contains(u"<a href"_s));
        QVERIFY(!e.description.contains(u"never ends"_s));
    }
}

void TestTimelineJs::realSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("eras");
    QTest::addColumn<QString>("title");
    QTest::newRow("eras") << u"eras.json"_s << 20 << 3 << u"Eras Test"_s;
    QTest::newRow("houston") << u"houston.json"_s << 18 << 0 << u"Whitney Houston 1963 - 2012"_s;
    QTest::newRow("user-interface") << u"user-interface.json"_s << 22 << 0 << u"Revolutionary User Interfaces"_s;
}

void TestTimelineJs::realSamples()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(int, eras);
    QFETCH(QString, title);
    QFile f(sharedData(u"formats/timelinejs/"_s + file));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("the shared TimelineJS samples are not present");
    const QByteArray data = f.readAll();
    QVERIFY(looksLikeTimelineJs(data.left(4096)));
    const ImportedContent imported = readTimelineJs(data);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(int(imported.content.events.size()), events);
    QCOMPARE(int(imported.content.eras.size()), eras);
    QCOMPARE(imported.content.title, title);
    for (const Event &e : imported.content.events) {
        QVERIFY(e.date.isValid());
        QVERIFY(!e.title.isEmpty());
        QVERIFY2(!e.description.contains(u"</"_s) && !e.description.contains(u"<p>"_s), qPrintable(e.description));
    }
    for (const Source &s : imported.content.sources)
        QVERIFY2(!s.author.contains(u"<a"_s), qPrintable(s.author));
    // The whole file goes into a document and back out as TimelineJS.
    const auto doc = documentFrom(imported);
    QCOMPARE(int(doc->events().size()), events);
    ExportReport report;
    const QJsonDocument out = QJsonDocument::fromJson(writeTimelineJs(*doc, &report));
    QCOMPARE(out.object().value("events"_L1).toArray().size(), events);
}

void TestTimelineJs::exportRenderableJson()
{
    const auto doc = sampleDocument();
    ExportReport report;
    const QByteArray json = writeTimelineJs(*doc, &report);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value("title"_L1).toObject().value("text"_L1).toObject().value("headline"_L1).toString(),
             doc->title().toHtmlEscaped().replace(u"'"_s, u"&#39;"_s));
    const QJsonArray events = root.value("events"_L1).toArray();
    QCOMPARE(events.size(), qsizetype(doc->events().size()));
    int displayDates = 0, blockquotes = 0;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        // TimelineJS needs a start_date with a numeric year and a text object on every slide.
        QVERIFY(e.value("start_date"_L1).toObject().value("year"_L1).isDouble());
        QVERIFY(e.value("text"_L1).isObject());
        displayDates += e.contains("display_date"_L1);
        blockquotes += e.value("text"_L1).toObject().value("text"_L1).toString().count(u"<blockquote>"_s);
    }
    // "2008-03-18?", "[..2008-03-26]", "2008-03/.." need their wording; every quote is in a text.
    QCOMPARE(displayDates, 3);
    int quoteLinks = 0;
    for (const Quote &q : doc->quotes())
        quoteLinks += int(q.events.size());
    QCOMPARE(blockquotes, quoteLinks);
    QCOMPARE(root.value("eras"_L1).toArray().size(), qsizetype(doc->eras().size()));
    QVERIFY(!root.contains("scale"_L1)); // human scale: March 2008 is within JavaScript's dates
    const QString omissions = report.omissions.join(u'\n');
    QVERIFY2(omissions.contains(u"relations between events are not part of TimelineJS: %1"_s.arg(doc->relations().size())),
             qPrintable(omissions));
    QVERIFY2(omissions.contains(u"actors are not part of TimelineJS"_s), qPrintable(omissions));
}

void TestTimelineJs::exportKeepsUnsafeLinksOut_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("script") << u"javascript:alert(document.cookie)"_s;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s;
    QTest::newRow("windows share") << u"\\\\attacker.example\\share"_s;
}

// A source's URL becomes a page's media link: one a document holds (typed, or from a Dateline JSON
// file, which keeps what it holds) that no importer would take is left out like a missing one.
void TestTimelineJs::exportKeepsUnsafeLinksOut()
{
    QFETCH(QString, url);
    const auto doc = sampleDocument();
    for (Source s : doc->sources()) {
        s.url = url;
        doc->updateSource(s);
    }
    ExportReport report;
    const QByteArray json = writeTimelineJs(*doc, &report);
    QVERIFY(!json.contains("attacker") && !json.contains("script:") && !json.contains("data:"));
    QVERIFY(!QJsonDocument::fromJson(json).object().value("events"_L1).toArray().first().toObject().contains("media"_L1));
    QVERIFY2(report.omissions.join(u'\n').contains(u"without a safe web address"_s), qPrintable(report.omissions.join(u'\n')));
}

void TestTimelineJs::cosmologicalScale()
{
    const auto doc = documentFrom(readTimelineJs(fixture(u"timelinejs/features.json"_s)));
    ExportReport report;
    const QJsonObject root = QJsonDocument::fromJson(writeTimelineJs(*doc, &report)).object();
    QCOMPARE(root.value("scale"_L1).toString(), u"cosmological"_s); // the Big Bang
    QVERIFY(report.omissions.join(u'\n').contains(u"cosmological scale"_s));
    bool bigBang = false;
    for (const QJsonValue &v : root.value("events"_L1).toArray())
        bigBang |= v.toObject().value("start_date"_L1).toObject().value("year"_L1).toDouble() == -13800000000.0;
    QVERIFY(bigBang);
}

void TestTimelineJs::yearsBeforeCommonEra_data()
{
    QTest::addColumn<QByteArray>("dateFields");
    QTest::addColumn<bool>("cosmological");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<double>("writtenYear"); // what an export of that date writes back
    QTest::addColumn<bool>("cosmologicalExport");
    // TimelineJS shows year -44 as "44 BCE": authors count without a year zero.
    QTest::newRow("44 BCE") << QByteArray(R"("year": -44, "month": 3, "day": 15)") << false << u"-0043-03-15"_s << -44.0 << false;
    QTest::newRow("1 BCE") << QByteArray(R"("year": "-1")") << false << u"0000"_s << -1.0 << false;
    QTest::newRow("year zero as written") << QByteArray(R"("year": 0)") << false << u"0000"_s << -1.0 << false;
    QTest::newRow("1 CE") << QByteArray(R"("year": 1)") << false << u"0001"_s << 1.0 << false;
    // Beyond JavaScript's dates, and on the cosmological scale, years are plain numbers.
    QTest::newRow("beyond JavaScript") << QByteArray(R"("year": -300000)") << false << u"Y-300000"_s << -300000.0 << true;
    QTest::newRow("cosmological scale") << QByteArray(R"("year": -44)") << true << u"-0044"_s << -44.0 << true;
}

void TestTimelineJs::yearsBeforeCommonEra()
{
    QFETCH(QByteArray, dateFields);
    QFETCH(bool, cosmological);
    QFETCH(QString, edtf);
    QFETCH(double, writtenYear);
    QFETCH(bool, cosmologicalExport);
    const QByteArray json = "{" + QByteArray(cosmological ? R"("scale": "cosmological", )" : "")
                            + R"("events": [{"start_date": {)" + dateFields + R"(}, "text": {"headline": "x"}}]})";
    const ImportedContent imported = readTimelineJs(json);
    QVERIFY2(imported.rejected.empty() && imported.content.events.size() == 1, qPrintable(describe(imported)));
    QCOMPARE(imported.content.events[0].date.toEdtf(), edtf);

    // An export of a cosmological document stays on that scale; the Big Bang makes one.
    auto doc = documentFrom(imported);
    if (cosmological) {
        Event bigBang;
        bigBang.title = u"Big Bang"_s;
        bigBang.date = FuzzyDate::fromEdtf(u"Y-13800000000"_s);
        doc->addEvent(bigBang);
    }
    const QJsonObject root = QJsonDocument::fromJson(writeTimelineJs(*doc, nullptr)).object();
    QCOMPARE(root.contains("scale"_L1), cosmologicalExport);
    double year = 0;
    for (const QJsonValue &v : root.value("events"_L1).toArray())
        if (v.toObject().value("text"_L1).toObject().value("headline"_L1).toString() == u"x"_s)
            year = v.toObject().value("start_date"_L1).toObject().value("year"_L1).toDouble();
    QCOMPARE(year, writtenYear);
}

void TestTimelineJs::roundTripSample()
{
    // export -> import -> export is stable once the format has shed what it cannot carry.
    const auto doc = sampleDocument();
    const QByteArray first = writeTimelineJs(*doc, nullptr);
    const ImportedContent imported = readTimelineJs(first);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    const auto again = documentFrom(imported);
    const QByteArray second = writeTimelineJs(*again, nullptr);
    QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));
    // Dates, titles and quotes survive.
    QCOMPARE(again->events().size(), doc->events().size());
    const std::vector<Event> back = again->events();
    for (const Event &e : doc->events()) { // ties of the written start come back ordered by title
        const auto found = std::find_if(back.begin(), back.end(), [&](const Event &b) { return b.title == e.title; });
        QVERIFY2(found != back.end(), qPrintable(e.title));
        QCOMPARE(found->date, e.date);
    }
    // A quote about several events comes back once per event (the report says so).
    auto links = [](const Document &d) {
        size_t n = 0;
        for (const Quote &q : d.quotes())
            n += q.events.size();
        return n;
    };
    QCOMPARE(links(*again), links(*doc));
}

void TestTimelineJs::roundTripFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("features") << u"timelinejs/features.json"_s;
    QTest::newRow("legacy") << u"timelinejs/legacy.json"_s;
}

void TestTimelineJs::roundTripFixture()
{
    QFETCH(QString, file);
    const auto doc = documentFrom(readTimelineJs(fixture(file)));
    const QByteArray first = writeTimelineJs(*doc, nullptr);
    const auto again = documentFrom(readTimelineJs(first));
    QCOMPARE(QString::fromUtf8(writeTimelineJs(*again, nullptr)), QString::fromUtf8(first));
}

void TestTimelineJs::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("v3") << QByteArray("{\n \"title\": {}, \"events\": [{\"start_date\": {}}]}") << true;
    QTest::newRow("v2") << QByteArray("{\"timeline\": {\"headline\": \"x\", \"date\": []}}") << true;
    QTest::newRow("long title slide") << (QByteArray("{\"title\": {\"text\": {\"headline\": \"x\", \"text\": \"")
                                          + QByteArray(5000, 'a')).left(4096) << true;
    QTest::newRow("other JSON") << QByteArray("{\"type\": \"FeatureCollection\", \"features\": []}") << false;
    QTest::newRow("native") << QByteArray("{\n  \"format\": \"dateline\",\n  \"events\": [], \"title\": \"x\"}") << false;
    QTest::newRow("ics") << QByteArray("BEGIN:VCALENDAR\r\n") << false;
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><timeline>") << false;
}

void TestTimelineJs::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(looksLikeTimelineJs(head), expected);
}

void TestTimelineJs::roundTripAwkward()
{
    const auto doc = awkwardDocument();
    ExportReport report;
    const QByteArray first = writeTimelineJs(*doc, &report);
    QVERIFY(!report.omissions.isEmpty());
    const ImportedContent imported = readTimelineJs(first);
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    const auto again = documentFrom(imported);
    const QByteArray second = writeTimelineJs(*again, nullptr);
    QVERIFY2(second == first, qPrintable(firstDifference(first, second)));
    // Titles are text in every format: markup in them comes back as the same text.
    bool script = false;
    for (const Event &e : again->events())
        script |= e.title.startsWith(u"<script>alert(1)</script>"_s);
    QVERIFY(script);
}

QTEST_GUILESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
