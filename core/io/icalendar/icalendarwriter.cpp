// Document -> iCalendar (RFC 5545), or vCalendar 1.0 for .vcs files. Deterministic: UIDs come from
// the events' titles and dates, DTSTAMP is fixed, so exporting the same content twice gives the
// same bytes.
#include "core/date/calendar.h"
#include "core/io/icalendar/icalendar.h"
#include "core/io/icalendar/icalendarlines.h"
#include "core/io/interchange/calendarparts.h"
#include "core/io/interchange/htmltext.h"
#include "core/store/document.h"

#include <QCryptographicHash>
#include <QHash>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

QString digits(std::int64_t v, int width)
{
    return QString::number(v).rightJustified(width, u'0');
}

QString dayValue(const CivilDate &d)
{
    return digits(d.year, 4) + digits(d.month, 2) + digits(d.day, 2);
}

QString dateTimeValue(const CivilDateTime &c, bool utc)
{
    return dayValue(c.date) + u'T' + digits(c.hour, 2) + digits(c.minute, 2) + digits(c.second, 2) + (utc ? u"Z"_s : QString());
}

// A date-time part as written: UTC and offsets become UTC ("Z"), floating stays floating.
QString timeValue(const CalendarParts &p)
{
    CivilDateTime c;
    c.date = {p.year, p.month, p.day};
    c.hour = p.hour;
    c.minute = std::max(p.minute, 0);
    c.second = std::max(p.second, 0);
    if (p.zone == CalendarParts::Zone::Floating)
        return dateTimeValue(c, false);
    const TimePoint utc = calendar::toTimePoint(c)
                          - (p.zone == CalendarParts::Zone::Offset ? p.offsetMinutes * 60 : 0);
    return dateTimeValue(calendar::toCivil(utc), true);
}

struct Span {
    QString start, end; // property lines without the name
    bool exact = true;
    bool open = false; // an open start or end, written as the unit the other end names
};

// DTSTART/DTEND for a date: exact for plain days, day spans and times; otherwise the widest
// all-day span its bounds allow (the caller reports the approximation).
std::optional<Span> spanOf(const FuzzyDate &date)
{
    const std::optional<SplitDate> simple = splitSimpleDate(date);
    const bool plain = simple && simple->qualifier.isNull();
    if (plain && simple->start.hasTime() && (!simple->end || simple->end->hasTime())) {
        Span s{u":"_s + timeValue(simple->start), QString(), true};
        if (simple->end)
            s.end = u":"_s + timeValue(*simple->end);
        return s;
    }
    const DateBounds b = date.bounds();
    // An open start ("until May 2008") starts with the unit it names.
    const TimePoint first = b.earliestStart > kTimeMin ? b.earliestStart
                            : date.hasOpenStart()      ? wallClockStart(approximateSplit(date).start)
                            : b.latestStart > kTimeMin ? b.latestStart
                                                       : b.earliestEnd - kSecondsPerDay;
    TimePoint after = b.latestEnd < kTimeMax ? b.latestEnd : b.earliestEnd < kTimeMax ? b.earliestEnd : first + kSecondsPerDay;
    if (date.hasOpenEnd()) { // "from March 2008": the start's own unit, not a day of it
        const FuzzyDate unit = FuzzyDate::fromEdtf(edtfFromParts(approximateSplit(date).start, nullptr).value_or(QString()));
        if (unit.isValid())
            after = unit.bounds().latestEnd;
    }
    const CivilDate firstDay = calendar::civilFromDays(calendar::floorDiv(first, kSecondsPerDay));
    std::int64_t afterDays = calendar::floorDiv(after + kSecondsPerDay - 1, kSecondsPerDay); // round up to midnight
    afterDays = std::max(afterDays, calendar::daysFromCivil(firstDay) + 1);
    const CivilDate endDay = calendar::civilFromDays(afterDays);
    if (firstDay.year < 0 || endDay.year > 9999)
        return std::nullopt;
    const bool oneDayExact = plain && simple->start.day && !simple->start.hasTime()
                             && (!simple->end || (simple->end->day && !simple->end->hasTime()));
    return Span{u";VALUE=DATE:"_s + dayValue(firstDay), u";VALUE=DATE:"_s + dayValue(endDay), oneDayExact,
                !date.isSet() && (date.hasOpenStart() || date.hasOpenEnd())};
}

QString plainText(const QString &text)
{
    return withoutControlCharacters(text).trimmed();
}

// From what is written (title and start), so that a re-imported export keeps its UIDs.
QString uidFor(const QString &title, const QString &start, int duplicate)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(title.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(start.toUtf8());
    hash.addData(QByteArray::number(duplicate));
    return QString::fromLatin1(hash.result().toHex().left(24)) + u"@dateline"_s;
}

QString statusValue(EventStatus s)
{
    switch (s) {
    case EventStatus::Planned:
    case EventStatus::Announced:
        return u"TENTATIVE"_s;
    case EventStatus::Denied:
        return u"CANCELLED"_s;
    default:
        return QString();
    }
}

enum class Version : std::uint8_t { ICalendar2, VCalendar1 };

// What a calendar cannot hold, counted as the events are written, for the export's report.
struct Omissions {
    qsizetype undated = 0, outOfRange = 0, approximated = 0, open = 0, actors = 0, statuses = 0, cameo = 0, denied = 0,
              coordinates = 0;

    void report(const Document &doc, ExportReport &report) const
    {
        auto say = [&](qsizetype count, const QString &what) {
            if (count)
                report.omissions << what.arg(count);
        };
        say(undated, u"%1 events without a date left out: iCalendar needs DTSTART"_s);
        say(outOfRange, u"%1 events before the year 0 or after 9999 left out: iCalendar years have four digits"_s);
        say(approximated, u"%1 fuzzy or coarse dates written as all-day spans over their widest bounds (\"c.\", \"?\", \"before\" are lost)"_s);
        say(open, u"%1 open-ended dates (\"from March 2008\", \"until May 2008\") written as the day, month or year they name: an iCalendar event has two ends"_s);
        say(qsizetype(doc.quotes().size()), u"quotes are not part of iCalendar: %1 quotes left out"_s);
        say(qsizetype(doc.sources().size()), u"sources are not part of iCalendar events: %1 sources left out"_s);
        say(actors, u"actors are not part of iCalendar: the actors of %1 events left out"_s);
        say(statuses, u"%1 \"announced\" or \"reported\" statuses written as TENTATIVE or left out"_s);
        say(cameo, u"CAMEO event codes are not part of iCalendar: %1 codes left out"_s);
        say(denied, u"%1 \"denied\" statuses left out: vCalendar 1.0 has no CANCELLED status"_s);
        say(coordinates, u"the coordinates of %1 events' places left out: vCalendar 1.0's GEO has no settled order of latitude and longitude"_s);
        say(qsizetype(doc.relations().size()), u"relations between events are not part of iCalendar: %1 relations left out"_s);
        say(qsizetype(doc.eras().size()), u"eras are not part of iCalendar: %1 eras left out"_s);
    }
};

// One calendar written as iCalendar 2.0 or vCalendar 1.0: the header, then each dated event in
// the order of its written start.
class CalendarWriter {
public:
    CalendarWriter(const Document &doc, Version version) : m_doc(doc), m_vcs(version == Version::VCalendar1)
    {
        for (const Place &p : doc.places())
            m_places.insert(p.id.value, p);
    }

    QByteArray write(ExportReport *report)
    {
        header();
        QHash<QString, int> seen;
        for (const auto &[e, span] : datedRows())
            event(e, span, seen);
        line(u"END:VCALENDAR"_s);
        if (report)
            m_omitted.report(m_doc, *report);
        return std::move(m_out);
    }

private:
    void line(const QString &text) { m_out += ical::foldedLine(text); }
    // A TEXT property: escaped and folded as iCalendar does, or as vCalendar 1.0 does.
    void textLine(const QString &name, const QString &text)
    {
        m_out += m_vcs ? ical::vcalendarLine(name, ical::escapeVCalendarText(text))
                       : ical::foldedLine(name + u':' + ical::escapeText(text));
    }

    void header()
    {
        line(u"BEGIN:VCALENDAR"_s);
        line(m_vcs ? u"VERSION:1.0"_s : u"VERSION:2.0"_s);
        line(u"PRODID:-//Dateline//Dateline//EN"_s);
        if (!m_vcs)
            line(u"CALSCALE:GREGORIAN"_s);
        if (!m_doc.title().isEmpty())
            textLine(u"X-WR-CALNAME"_s, m_doc.title());
    }

    // The events a calendar can hold, with their spans, in the order of their written starts.
    std::vector<std::pair<Event, Span>> datedRows()
    {
        std::vector<std::pair<Event, Span>> rows;
        for (Event &e : m_doc.events()) {
            if (!e.date.isValid()) {
                ++m_omitted.undated;
                continue;
            }
            if (const std::optional<Span> span = spanOf(e.date))
                rows.emplace_back(std::move(e), *span);
            else
                ++m_omitted.outOfRange;
        }
        // "20080317" and "20080317T143000Z" order by their digits.
        orderByWrittenStart(rows, [](const std::pair<Event, Span> &row) {
            return std::pair(row.second.start.mid(row.second.start.indexOf(u':') + 1).left(15), plainText(row.first.title));
        });
        return rows;
    }

    void event(const Event &e, const Span &span, QHash<QString, int> &seen)
    {
        m_omitted.open += span.open;
        m_omitted.approximated += !span.exact && !span.open;
        m_omitted.actors += !e.actors.empty();
        m_omitted.cameo += !e.cameoCode.isEmpty();
        m_omitted.statuses += e.status == EventStatus::Announced || e.status == EventStatus::Reported;
        // Text as the reader will take it back (no control characters, no outer spaces), so that
        // a re-imported export keeps its UIDs and writes the same file again.
        const QString title = plainText(e.title), description = plainText(e.description);
        const QString key = title + u'\x1f' + span.start;
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + uidFor(title, span.start, seen[key]++));
        times(span);
        textLine(u"SUMMARY"_s, title);
        if (!description.isEmpty())
            textLine(u"DESCRIPTION"_s, description);
        if (const auto p = m_places.constFind(e.place.value); e.place.isValid() && p != m_places.cend())
            place(*p);
        if (!e.tags.isEmpty())
            categories(e.tags);
        status(e.status);
        line(u"END:VEVENT"_s);
    }

    void times(const Span &span)
    {
        if (!m_vcs) {
            line(u"DTSTAMP:19700101T000000Z"_s);
            line(u"DTSTART"_s + span.start);
            if (!span.end.isEmpty())
                line(u"DTEND"_s + span.end);
            return;
        }
        // vCalendar 1.0 has no DATE values: days run from local midnight to midnight, flagged
        // all-day as Outlook flags them.
        const bool days = span.start.startsWith(u";VALUE=DATE:"_s);
        auto midnight = [](const QString &day) { return u":"_s + day.mid(day.indexOf(u':') + 1) + u"T000000"_s; };
        line(u"DTSTART"_s + (days ? midnight(span.start) : span.start));
        if (!span.end.isEmpty())
            line(u"DTEND"_s + (days ? midnight(span.end) : span.end));
        if (days)
            line(u"X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"_s);
    }

    void place(const Place &p)
    {
        textLine(u"LOCATION"_s, plainText(p.name));
        // vCalendar 1.0's GEO has no settled order of its two numbers: none rather than a wrong one.
        if (p.latitude && p.longitude && m_vcs)
            ++m_omitted.coordinates;
        else if (p.latitude && p.longitude)
            line(u"GEO:%1;%2"_s.arg(*p.latitude, 0, 'f', 6).arg(*p.longitude, 0, 'f', 6));
    }

    void categories(const QStringList &tags)
    {
        QStringList escaped;
        for (const QString &t : tags)
            escaped << (m_vcs ? ical::escapeVCalendarText(t).replace(u',', u"\\,"_s) : ical::escapeText(t));
        if (m_vcs)
            m_out += ical::vcalendarLine(u"CATEGORIES"_s, escaped.join(u';'));
        else
            line(u"CATEGORIES:"_s + escaped.join(u','));
    }

    void status(EventStatus s)
    {
        const QString value = statusValue(s);
        // vCalendar 1.0's statuses are a meeting's (ACCEPTED, DECLINED...): no CANCELLED.
        if (m_vcs && value == u"CANCELLED")
            ++m_omitted.denied;
        else if (!value.isEmpty())
            line(u"STATUS:"_s + value);
    }

    const Document &m_doc;
    const bool m_vcs;
    QHash<qint64, Place> m_places;
    Omissions m_omitted;
    QByteArray m_out;
};

QByteArray writeCalendar(const Document &doc, ExportReport *report, Version version)
{
    return CalendarWriter(doc, version).write(report);
}

} // namespace

QByteArray writeICalendar(const Document &doc, ExportReport *report)
{
    return writeCalendar(doc, report, Version::ICalendar2);
}

QByteArray writeVCalendar(const Document &doc, ExportReport *report)
{
    return writeCalendar(doc, report, Version::VCalendar1);
}

} // namespace dateline
