// vCalendar 1.0 (.vcs): its calendar-wide zone (TZ, DAYLIGHT), its CATEGORIES, and the export
// that writes it rather than iCalendar 2.0.
#include "core/io/dataformats.h"
#include "core/io/icalendar/icalendar.h"
#include "interchangetest.h"

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

class TestVCalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zone_data();
    void zone();
    void categories_data();
    void categories();
    void exportIsVCalendar();
    void exportTextForms_data();
    void exportTextForms();
    void roundTrip_data();
    void roundTrip();
};

namespace {

QByteArray calendar(const QByteArray &version, const QByteArray &header, const QByteArray &event)
{
    return "BEGIN:VCALENDAR\r\nVERSION:" + version + "\r\n" + header + "BEGIN:VEVENT\r\nSUMMARY:x\r\n" + event
           + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

} // namespace

// Local times take the calendar's TZ offset, and a DAYLIGHT period's offset inside it (its start
// included, its end not; boundaries in local time, or in UTC with "Z"). Times in UTC, dates, and
// iCalendar 2.0 files are not touched; a TZ that is no offset leaves local times local, with a note.
void TestVCalendar::zone_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("header"); // the calendar's TZ and DAYLIGHT lines
    QTest::addColumn<QByteArray>("start");  // the DTSTART line
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("note");      // empty: no note
    const QByteArray us = "TZ:-05:00\r\nDAYLIGHT:TRUE;-04;20080309T020000;20081102T020000;EST;EDT\r\n";
    QTest::newRow("half-hour offset") << QByteArray("1.0") << QByteArray("TZ:+05:30\r\n") << QByteArray("DTSTART:20080317T100000")
                                      << u"2008-03-17T10:00:00+05:30"_s << QString();
    QTest::newRow("offset without colon") << QByteArray("1.0") << QByteArray("TZ:-0800\r\n") << QByteArray("DTSTART:20080317T100000")
                                          << u"2008-03-17T10:00:00-08:00"_s << QString();
    QTest::newRow("hours only") << QByteArray("1.0") << QByteArray("TZ:+01\r\n") << QByteArray("DTSTART:20080317T100000")
                                << u"2008-03-17T10:00:00+01:00"_s << QString();
    QTest::newRow("in summer time") << QByteArray("1.0") << us << QByteArray("DTSTART:20080317T100000")
                                    << u"2008-03-17T10:00:00-04:00"_s << QString();
    QTest::newRow("before summer time") << QByteArray("1.0") << us << QByteArray("DTSTART:20080301T100000")
                                        << u"2008-03-01T10:00:00-05:00"_s << QString();
    QTest::newRow("at its start") << QByteArray("1.0") << us << QByteArray("DTSTART:20080309T020000")
                                  << u"2008-03-09T02:00:00-04:00"_s << QString();
    QTest::newRow("just before its end") << QByteArray("1.0") << us << QByteArray("DTSTART:20081102T015959")
                                         << u"2008-11-02T01:59:59-04:00"_s << QString();
    QTest::newRow("at its end") << QByteArray("1.0") << us << QByteArray("DTSTART:20081102T020000")
                                << u"2008-11-02T02:00:00-05:00"_s << QString();
    QTest::newRow("another year's summer") << QByteArray("1.0") << us << QByteArray("DTSTART:20090701T100000")
                                           << u"2009-07-01T10:00:00-05:00"_s << QString();
    QTest::newRow("one DAYLIGHT a year") << QByteArray("1.0")
                                         << us + "DAYLIGHT:TRUE;-04;20090308T020000;20091101T020000;EST;EDT\r\n"
                                         << QByteArray("DTSTART:20090701T100000") << u"2009-07-01T10:00:00-04:00"_s << QString();
    const QByteArray europe = "TZ:+01\r\nDAYLIGHT:TRUE;+02;20080330T010000Z;20081026T010000Z;;\r\n";
    QTest::newRow("UTC boundary, before") << QByteArray("1.0") << europe << QByteArray("DTSTART:20080330T015959")
                                          << u"2008-03-30T01:59:59+01:00"_s << QString();
    QTest::newRow("UTC boundary, after") << QByteArray("1.0") << europe << QByteArray("DTSTART:20080330T030000")
                                         << u"2008-03-30T03:00:00+02:00"_s << QString();
    QTest::newRow("UTC boundary, end") << QByteArray("1.0") << europe << QByteArray("DTSTART:20081026T025959")
                                       << u"2008-10-26T02:59:59+02:00"_s << QString();
    QTest::newRow("no summer time") << QByteArray("1.0") << QByteArray("TZ:+01\r\nDAYLIGHT:FALSE\r\n")
                                    << QByteArray("DTSTART:20080701T100000") << u"2008-07-01T10:00:00+01:00"_s << QString();
    QTest::newRow("UTC stays UTC") << QByteArray("1.0") << us << QByteArray("DTSTART:20080317T100000Z") << u"2008-03-17T10:00:00Z"_s
                                   << QString();
    QTest::newRow("a date stays a date") << QByteArray("1.0") << us << QByteArray("DTSTART:20080317") << u"2008-03-17"_s << QString();
    QTest::newRow("no TZ: local") << QByteArray("1.0") << QByteArray() << QByteArray("DTSTART:20080317T100000")
                                  << u"2008-03-17T10:00:00"_s << QString();
    QTest::newRow("iCalendar has no TZ") << QByteArray("2.0") << QByteArray("TZ:+05:30\r\n") << QByteArray("DTSTART:20080317T100000")
                                         << u"2008-03-17T10:00:00"_s << QString();
    QTest::newRow("TZ that is no offset") << QByteArray("1.0") << QByteArray("TZ:EST\r\n") << QByteArray("DTSTART:20080317T100000")
                                          << u"2008-03-17T10:00:00"_s
                                          << u"line 3: TZ \"EST\" is not a UTC offset (such as -05:00): the file's local times were "
                                             "kept without a zone"_s;
    QTest::newRow("offset beyond 14 hours") << QByteArray("1.0") << QByteArray("TZ:+15\r\n") << QByteArray("DTSTART:20080317T100000")
                                            << u"2008-03-17T10:00:00"_s
                                            << u"line 3: TZ \"+15\" is not a UTC offset (such as -05:00): the file's local times were "
                                               "kept without a zone"_s;
    QTest::newRow("DAYLIGHT without TZ") << QByteArray("1.0") << QByteArray("DAYLIGHT:TRUE;-04;20080309T020000;20081102T020000;;\r\n")
                                         << QByteArray("DTSTART:20080317T100000") << u"2008-03-17T10:00:00"_s
                                         << u"DAYLIGHT without TZ: the file's local times were kept without a zone"_s;
    QTest::newRow("DAYLIGHT that cannot be read") << QByteArray("1.0") << QByteArray("TZ:-05\r\nDAYLIGHT:TRUE;-04;spring;autumn\r\n")
                                                  << QByteArray("DTSTART:20080317T100000") << u"2008-03-17T10:00:00-05:00"_s
                                                  << u"line 4: DAYLIGHT \"TRUE;-04;spring;autumn\" is not TRUE;offset;start;end: its "
                                                     "summer time was left out"_s;
}

void TestVCalendar::zone()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, start);
    QFETCH(QString, edtf);
    QFETCH(QString, note);
    const ImportedContent imported = readICalendar(calendar(version, header, start));
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.at(0).date.toEdtf(), edtf);
    QCOMPARE(imported.notes, note.isEmpty() ? QStringList() : QStringList{note});
}

// vCalendar 1.0 separates categories with semicolons ("MEETING;PHONE CALL"); its producers also
// write commas. iCalendar's are commas only.
void TestVCalendar::categories_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("semicolons") << QByteArray("1.0") << QByteArray("CATEGORIES:MEETING;PHONE CALL")
                                << QStringList{u"MEETING"_s, u"PHONE CALL"_s};
    QTest::newRow("commas") << QByteArray("1.0") << QByteArray("CATEGORIES:Business,Personal") << QStringList{u"Business"_s, u"Personal"_s};
    QTest::newRow("an escaped semicolon") << QByteArray("1.0") << QByteArray("CATEGORIES:A\\;B;C") << QStringList{u"A;B"_s, u"C"_s};
    QTest::newRow("quoted-printable")
        << QByteArray("1.0") << QByteArray("CATEGORIES;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:R=C3=A9union;Voyage")
        << QStringList{u"Réunion"_s, u"Voyage"_s};
    QTest::newRow("iCalendar: commas") << QByteArray("2.0") << QByteArray("CATEGORIES:A\\;B,C") << QStringList{u"A;B"_s, u"C"_s};
}

void TestVCalendar::categories()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, line);
    QFETCH(QStringList, tags);
    const ImportedContent imported = readICalendar(calendar(version, {}, "DTSTART:20080317T100000Z\r\n" + line));
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.at(0).tags, tags);
}

// ".vcs" exports vCalendar 1.0: VERSION:1.0, no DATE values (days are flagged local midnights),
// no DTSTAMP or CALSCALE, which 1.0 lacks, lines of at most 76 characters.
void TestVCalendar::exportIsVCalendar()
{
    const DataFormat *format = dataFormatForFile(u"calendar.vcs"_s);
    QVERIFY(format);
    QCOMPARE(format->name, u"vcs"_s);
    QCOMPARE(dataFormatForFile(u"calendar.ics"_s)->name, u"ical"_s);
    const auto doc = sampleDocument();
    ExportReport report;
    const QByteArray vcs = format->write(*doc, &report);
    QVERIFY(vcs.startsWith("BEGIN:VCALENDAR\r\nVERSION:1.0\r\n"));
    QVERIFY(vcs.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!vcs.contains("VALUE=DATE"));
    QVERIFY(!vcs.contains("DTSTAMP"));
    QVERIFY(!vcs.contains("CALSCALE"));
    QVERIFY(!vcs.contains("\n "));  // no iCalendar folding: 1.0 keeps the space as text
    int events = 0;
    for (const QByteArray &l : vcs.split('\n')) {
        if (l.isEmpty())
            continue;
        QVERIFY2(l.endsWith('\r'), l.constData());
        QVERIFY2(l.size() - 1 <= 76, l.constData());
        events += l == "BEGIN:VEVENT\r";
    }
    QCOMPARE(events, int(doc->events().size()));
    // It is read back as vCalendar, by the same detection as iCalendar.
    QCOMPARE(detectDataFormat(vcs, u"calendar.vcs"_s)->name, u"ical"_s);
    QVERIFY2(readICalendar(vcs).rejected.empty(), qPrintable(describe(readICalendar(vcs))));
}

// Text is written as vCalendar 1.0 producers (Outlook, phones) write it: printable ASCII as it is,
// anything else quoted-printable in UTF-8, line breaks as an encoded CRLF, long values with soft
// line breaks; a backslash before each semicolon and backslash.
void TestVCalendar::exportTextForms_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("written"); // the SUMMARY line(s)
    QTest::newRow("ascii") << u"Talks in Moscow"_s << QByteArray("SUMMARY:Talks in Moscow\r\n");
    QTest::newRow("semicolon") << u"Talks; again"_s << QByteArray("SUMMARY:Talks\\; again\r\n");
    QTest::newRow("accented") << u"Réunion à Genève"_s
                              << QByteArray("SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:R=C3=A9union =C3=A0 Gen=\r\n"
                                            "=C3=A8ve\r\n"); // a letter's bytes on one line
    QTest::newRow("equals sign, with a non-ascii letter") << u"1=2 ≠ 3"_s
                                                         << QByteArray("SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:1=3D2 =E2=89=A0 3\r\n");
    QTest::newRow("beyond the BMP") << u"Flag 🇫🇷"_s
                                    << QByteArray("SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Flag =F0=9F=87=AB=\r\n=F0=9F=87=B7\r\n");
    const QString longTitle = u"A title long enough to need more than one line of a vCalendar file, written out"_s;
    QTest::newRow("long") << longTitle
                          << QByteArray("SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:A title long enough to need=\r\n"
                                        "=20more than one line of a vCalendar file, written out\r\n");
}

void TestVCalendar::exportTextForms()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, written);
    ImportedContent content;
    Event e;
    e.id = EventId(1);
    e.title = title;
    e.date = FuzzyDate::fromEdtf(u"2008-03-17T10:00:00Z"_s);
    e.description = u"First line\nSecond line"_s;
    content.content.events.push_back(e);
    const auto doc = documentFrom(content);
    const QByteArray vcs = writeVCalendar(*doc, nullptr);
    QVERIFY2(vcs.contains("\r\n" + written), vcs.constData());
    QVERIFY2(vcs.contains("\r\nDESCRIPTION;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond"), vcs.constData());
    const ImportedContent back = readICalendar(vcs);
    QCOMPARE(back.content.events.at(0).title, title);
    QCOMPARE(back.content.events.at(0).description, e.description);
}

// Exporting, importing and exporting again gives the same file; days come back as days.
void TestVCalendar::roundTrip_data()
{
    QTest::addColumn<bool>("awkward");
    QTest::newRow("sample") << false;
    QTest::newRow("awkward") << true;
}

void TestVCalendar::roundTrip()
{
    QFETCH(bool, awkward);
    const auto doc = awkward ? awkwardDocument() : sampleDocument();
    ExportReport report;
    const QByteArray first = writeVCalendar(*doc, &report);
    const ImportedContent imported = readICalendar(first);
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    const auto again = documentFrom(imported);
    const QByteArray second = writeVCalendar(*again, nullptr);
    QVERIFY2(second == first, qPrintable(firstDifference(first, second)));
    QCOMPARE(again->title(), doc->title().simplified());
    // The dates come back as through iCalendar 2.0: days as days, not midnight to midnight.
    const auto viaIcs = documentFrom(readICalendar(writeICalendar(*doc, nullptr)));
    auto dates = [](const Document &d) {
        QStringList out;
        for (const Event &e : d.events())
            out << e.title + u' ' + e.date.toEdtf();
        out.sort();
        return out;
    };
    QCOMPARE(dates(*again), dates(*viaIcs));
    if (!awkward)
        QVERIFY2(report.omissions.join(u'\n').contains(u"vCalendar 1.0's GEO"_s), qPrintable(report.omissions.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestVCalendar)
#include "tst_vcalendar.moc"
