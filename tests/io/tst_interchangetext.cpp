// The helpers every interchange format shares: HTML to plain text, field-by-field dates, JSON
// line numbers, iCalendar content lines; text files in UTF-16.
#include "core/io/dataformats.h"
#include "core/io/icalendar/icalendarlines.h"
#include "core/io/interchange/calendarparts.h"
#include "core/io/interchange/htmltext.h"
#include "core/io/interchange/jsonlines.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

class TestInterchangeText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void htmlToText_data();
    void htmlToText();
    void linksAndBlockquotes();
    void entities_data();
    void entities();
    void safeUrls_data();
    void safeUrls();
    void edtfFromParts_data();
    void edtfFromParts();
    void splitDates_data();
    void splitDates();
    void jsonLines();
    void icalFolding_data();
    void icalFolding();
    void utf16Files_data();
    void utf16Files();
};

void TestInterchangeText::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Just words"_s << u"Just words"_s;
    QTest::newRow("paragraphs") << u"<p>One</p><p>Two</p>"_s << u"One\n\nTwo"_s;
    QTest::newRow("line break") << u"One<br/>Two<BR>Three"_s << u"One\nTwo\nThree"_s;
    QTest::newRow("inline tags join") << u"the <i>Body</i>guard"_s << u"the Bodyguard"_s;
    QTest::newRow("white space") << u"  a \n\t b  "_s << u"a b"_s;
    QTest::newRow("script") << u"a<script>document.write('<p>x</p>')</script>b"_s << u"a b"_s;
    QTest::newRow("style and iframe") << u"<style>p{}</style><iframe src=x>fallback</iframe>text"_s << u"text"_s;
    QTest::newRow("unclosed script") << u"safe<script>never closed"_s << u"safe"_s;
    QTest::newRow("comment") << u"a<!-- <b>hidden</b> -->b"_s << u"ab"_s;
    QTest::newRow("attribute with >") << u"<a title=\"x > y\" href='u'>link</a>"_s << u"link"_s;
    QTest::newRow("lone <") << u"a < b"_s << u"a < b"_s;
    QTest::newRow("escaped markup stays text") << u"&lt;b&gt;bold&lt;/b&gt;"_s << u"<b>bold</b>"_s;
    QTest::newRow("list") << u"<ul><li>one</li><li>two</li></ul>"_s << u"\u2022 one\n\u2022 two"_s;
    QTest::newRow("nbsp") << u"a&nbsp;&nbsp;b"_s << u"a b"_s;
    QTest::newRow("empty inline after a break") << u"One<br><i></i>"_s << u"One"_s;
    QTest::newRow("control characters") << u"a\u0001b\u0007c"_s << u"abc"_s;
}

void TestInterchangeText::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(dateline::htmlToText(html).text, text);
}

void TestInterchangeText::linksAndBlockquotes()
{
    const HtmlContent c = dateline::htmlToText(
        u"See <a href=\"https://a.example/x?y=1&amp;z=2\">the <b>report</b></a>, <a href=\"javascript:alert(1)\">this</a>"
        " and <a href=\"//b.example\">that</a>.<blockquote>Words <em>said</em>.<cite>&mdash; Someone</cite></blockquote>After"_s,
        Blockquotes::Extract);
    QCOMPARE(c.text, u"See the report, this and that.\n\nAfter"_s);
    QCOMPARE(c.links.size(), size_t(2));
    QCOMPARE(c.links[0].url, u"https://a.example/x?y=1&z=2"_s);
    QCOMPARE(c.links[0].text, u"the report"_s);
    QCOMPARE(c.links[1].url, u"https://b.example"_s);
    QCOMPARE(c.blockquotes.size(), size_t(1));
    QCOMPARE(c.blockquotes[0].text, u"Words said."_s);
    QCOMPARE(c.blockquotes[0].cite, u"\u2014 Someone"_s);
    // Kept in the text when not extracted.
    QCOMPARE(dateline::htmlToText(u"a<blockquote>q</blockquote>b"_s).text, u"a\n\nq\n\nb"_s);
    QCOMPARE(htmlToLine(u"<h1>Title</h1><p>with <br/>breaks</p>"_s), u"Title with breaks"_s);
}

void TestInterchangeText::entities_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("named") << u"&amp; &lt; &gt; &quot; &apos; &eacute;"_s << u"& < > \" ' \u00e9"_s;
    QTest::newRow("numeric") << u"&#8212;&#x2014;&#X2014;"_s << u"\u2014\u2014\u2014"_s;
    QTest::newRow("astral") << u"&#x1F600;"_s << u"\U0001F600"_s;
    QTest::newRow("unknown kept") << u"&bogus; & alone &"_s << u"&bogus; & alone &"_s;
    QTest::newRow("null and surrogate") << u"&#0;&#xD800;"_s << u"\uFFFD\uFFFD"_s;
    QTest::newRow("overflow") << u"&#99999999999999999999;"_s << u"\uFFFD"_s;
    QTest::newRow("no semicolon numeric") << u"&#65 B"_s << u"A B"_s;
}

void TestInterchangeText::entities()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(decodeHtmlEntities(in), out);
    QCOMPARE(decodeHtmlEntities(escapeHtml(out)), out); // escaping round-trips
}

void TestInterchangeText::safeUrls_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("https") << u" https://x.example/a "_s << u"https://x.example/a"_s;
    QTest::newRow("protocol-relative") << u"//x.example/a"_s << u"https://x.example/a"_s;
    QTest::newRow("mailto") << u"mailto:a@x.example"_s << u"mailto:a@x.example"_s;
    QTest::newRow("relative") << u"/static/img/a.jpg"_s << u"/static/img/a.jpg"_s;
    QTest::newRow("javascript") << u"JavaScript:alert(1)"_s << QString();
    QTest::newRow("data") << u"data:text/html,<script>"_s << QString();
    QTest::newRow("vbscript") << u"vbscript:x"_s << QString();
    // a Windows share: a link to it makes Windows send the user's credentials to that host (and a
    // browser reads "\\host" as "//host")
    QTest::newRow("windows share") << u"\\\\attacker.example\\share\\memo.doc"_s << QString();
    QTest::newRow("share with forward slash") << u"\\/attacker.example/memo.doc"_s << QString();
    QTest::newRow("share with forward slash first") << u"/\\attacker.example/memo.doc"_s << QString();
    QTest::newRow("relative with backslashes") << u"docs\\memo.doc"_s << u"docs\\memo.doc"_s;
}

void TestInterchangeText::safeUrls()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(safeUrl(in), out);
}

void TestInterchangeText::edtfFromParts_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("hour");
    QTest::addColumn<QString>("expected"); // "!" + part of the error
    QTest::newRow("year") << qint64(2008) << 0 << 0 << -1 << u"2008"_s;
    QTest::newRow("day") << qint64(2008) << 3 << 17 << -1 << u"2008-03-17"_s;
    QTest::newRow("time") << qint64(2008) << 3 << 17 << 9 << u"2008-03-17T09:00"_s;
    QTest::newRow("1 BCE") << qint64(0) << 0 << 0 << -1 << u"0000"_s;
    QTest::newRow("100 BCE") << qint64(-99) << 6 << 0 << -1 << u"-0099-06"_s;
    QTest::newRow("deep time") << qint64(-13800000000) << 0 << 0 << -1 << u"Y-13800000000"_s;
    QTest::newRow("leap day") << qint64(2000) << 2 << 29 << -1 << u"2000-02-29"_s;
    QTest::newRow("not a leap day") << qint64(1900) << 2 << 29 << -1 << u"!day 29"_s;
    QTest::newRow("month 0 with day") << qint64(2008) << 0 << 3 << -1 << u"!without a month"_s;
    QTest::newRow("month 13") << qint64(2008) << 13 << 0 << -1 << u"!month 13"_s;
    QTest::newRow("hour 24") << qint64(2008) << 1 << 1 << 24 << u"!hour 24"_s;
    QTest::newRow("beyond the axis") << qint64(90000000000) << 0 << 0 << -1 << u"!out of range"_s;
}

void TestInterchangeText::edtfFromParts()
{
    QFETCH(qint64, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, hour);
    QFETCH(QString, expected);
    CalendarParts p;
    p.year = year;
    p.month = month;
    p.day = day;
    p.hour = hour;
    QString error;
    const std::optional<QString> edtf = dateline::edtfFromParts(p, &error);
    if (expected.startsWith(u'!')) {
        QVERIFY(!edtf);
        QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
    } else {
        QVERIFY2(edtf, qPrintable(error));
        QCOMPARE(*edtf, expected);
        QVERIFY(FuzzyDate::fromEdtf(*edtf).isValid());
    }
}

void TestInterchangeText::splitDates_data()
{
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<bool>("simple");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("day") << u"2008-03-17"_s << true << u"2008-03-17"_s << QString();
    QTest::newRow("interval") << u"2008-03-17/2008-03-18"_s << true << u"2008-03-17"_s << u"2008-03-18"_s;
    QTest::newRow("approximate") << u"1550~"_s << true << u"1550"_s << QString();
    QTest::newRow("zone") << u"2008-03-17T14:30:00+03:00"_s << true << u"2008-03-17T14:30:00+03:00"_s << QString();
    QTest::newRow("deep time") << u"Y-13800000000"_s << true << u"Y-13800000000"_s << QString();
    QTest::newRow("before") << u"[..2008-03-26]"_s << false << u"2008-03-26"_s << QString();
    QTest::newRow("decade") << u"156X"_s << false << u"1560"_s << u"1569"_s;
    QTest::newRow("open end") << u"2008-03/.."_s << false << u"2008-03"_s << QString();
    QTest::newRow("season") << u"2001-21"_s << false << u"2001-03"_s << u"2001-05"_s;
}

void TestInterchangeText::splitDates()
{
    QFETCH(QString, edtf);
    QFETCH(bool, simple);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const FuzzyDate date = FuzzyDate::fromEdtf(edtf);
    QVERIFY(date.isValid());
    QCOMPARE(splitSimpleDate(date).has_value(), simple);
    const SplitDate split = approximateSplit(date);
    QCOMPARE(*dateline::edtfFromParts(split.start, nullptr), start);
    QCOMPARE(split.end ? *dateline::edtfFromParts(*split.end, nullptr) : QString(), end);
}

void TestInterchangeText::jsonLines()
{
    const QByteArray json = "{\n  \"title\": {\"events\": [1]},\n  \"events\": [\n    {\"a\": \"x\\\"]\"},\n"
                            "    7, \"s\",\n    [1,\n 2], null\n  ],\n  \"timeline\": {\"date\": [\n{}]}\n}";
    QCOMPARE(jsonArrayElementLines(json, {"events"}), (std::vector<qint64>{4, 5, 5, 6, 7}));
    QCOMPARE(jsonArrayElementLines(json, {"timeline", "date"}), (std::vector<qint64>{10}));
    QVERIFY(jsonArrayElementLines(json, {"missing"}).empty());
    QVERIFY(jsonArrayElementLines("{\"events\": [{\"a\": [", {"events"}).size() == 1); // broken text: no crash
    QCOMPARE(lineOfOffset("a\nb\nc", 4), qint64(3));
}

void TestInterchangeText::icalFolding_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << u"SUMMARY:short"_s;
    QTest::newRow("long ascii") << (u"DESCRIPTION:"_s + QString(300, u'x'));
    QTest::newRow("multi-byte") << (u"DESCRIPTION:"_s + QString(100, QChar(u'\u00e9')) + u"\U0001F600"_s.repeated(30));
}

void TestInterchangeText::icalFolding()
{
    QFETCH(QString, text);
    const QByteArray folded = ical::foldedLine(text);
    for (const QByteArray &line : folded.split('\n')) {
        QVERIFY(line.size() <= 76); // 75 octets and the CR
        QVERIFY(QString::fromUtf8(line).toUtf8() == line); // never split inside a character
    }
    const std::vector<ical::ContentLine> lines = ical::parseContentLines(folded, nullptr);
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(lines[0].name + u':' + lines[0].value, text);
    QCOMPARE(ical::unescapeText(ical::escapeText(u"a,b;c\\d\ne"_s)), u"a,b;c\\d\ne"_s);
}

void TestInterchangeText::utf16Files_data()
{
    // What Windows programs save as "Unicode" (Notepad, PowerShell 5's Out-File): UTF-16 with a
    // byte order mark, in either byte order. Every text format is found and read as it is in UTF-8.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("TimelineJS") << uR"({"events": [{"start_date": {"year": "2008", "month": "3", "day": "17"},
        "text": {"headline": "Talks in Genève"}}]})"_s << u"timelinejs"_s;
    QTest::newRow("JSON records") << uR"([{"date": "2008-03-17", "title": "Talks in Genève"}])"_s << u"records"_s;
    QTest::newRow("SIMILE JSON") << uR"({"dateTimeFormat": "iso8601", "events": [{"start": "2008-03-17", "title": "Talks in Genève"}]})"_s
                                 << u"simile"_s;
    QTest::newRow("iCalendar") << u"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20080317\r\n"
                                  "SUMMARY:Talks in Genève\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"_s
                               << u"ical"_s;
    QTest::newRow("Timeline XML declared UTF-16")
        << u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<timeline><version>2.4.0</version><timetype>gregoriantime</timetype>"
           "<categories/><events><event><start>2008-03-17 10:00:00</start><end>2008-03-17 12:00:00</end>"
           "<text>Talks in Genève</text></event></events></timeline>"_s
        << u"timeline"_s;
    QTest::newRow("CSV") << u"date,title\r\n2008-03-17,Talks in Genève\r\n"_s << u"csv"_s;
}

void TestInterchangeText::utf16Files()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        const QByteArray data = encoder.encode(text);
        const DataFormat *found = detectDataFormat(data);
        QVERIFY2(found, qPrintable(format));
        QCOMPARE(found->name, format);
        const ImportedContent imported = found->read(data, {});
        QVERIFY(!imported.fatal);
        QCOMPARE(imported.content.events.size(), std::size_t(1));
        QCOMPARE(imported.content.events.front().title, u"Talks in Genève"_s);
        QVERIFY2(imported.content.events.front().date.toEdtf().startsWith(u"2008-03-17"_s),
                 qPrintable(imported.content.events.front().date.toEdtf()));
    }
}

QTEST_GUILESS_MAIN(TestInterchangeText)
#include "tst_interchangetext.moc"
