// iCalendar (RFC 5545) -> imported content: one event per VEVENT.
#include "core/io/icalendar/icalendar.h"
#include "core/io/icalendar/icalendardates.h"
#include "core/io/icalendar/icalendarlines.h"
#include "core/io/icalendar/vcalendarzone.h"
#include "core/io/interchange/calendarparts.h"
#include "core/io/interchange/foundsources.h"
#include "core/io/interchange/htmltext.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

using ical::ContentLine;
using ical::Stamp;
using ical::Zones;

struct LatLon {
    double latitude = 0, longitude = 0;
};

class Reader {
public:
    ImportedContent out;
    Zones zones;
    bool vcalendar1 = false; // VERSION:1.0
    // Google Calendar and Outlook write a moved or changed occurrence of a series as a VEVENT of the
    // series' UID with RECURRENCE-ID: instancesOnTheirOwn().
    QSet<QString> instances;
    void readEvent(const std::vector<const ContentLine *> &props, qint64 line);
    void finish();

private:
    struct EventLines {
        const ContentLine *start = nullptr, *end = nullptr, *duration = nullptr, *summary = nullptr,
                          *description = nullptr, *location = nullptr, *geo = nullptr, *url = nullptr, *status = nullptr,
                          *structuredLocation = nullptr, *uid = nullptr;
        QStringList tags;
        std::vector<const ContentLine *> exdates;
        bool allDay = false, recurs = false;
    };
    EventLines collect(const std::vector<const ContentLine *> &props);
    void addCategories(const ContentLine &c, QStringList &tags) const;
    QString descriptionOf(const ContentLine *description);
    std::optional<QString> dateOf(const ContentLine *start, const ContentLine *end,
                                  const ContentLine *duration, bool allDay, QString *error);
    PlaceId place(const QString &name, std::optional<LatLon> at);
    PlaceId placeOf(const ContentLine *location, const ContentLine *geo, const ContentLine *structured);

    QHash<QString, PlaceId> m_places;
    FoundSources m_sources{out.content};
    qsizetype m_recurring = 0, m_untitled = 0, m_people = 0, m_mixedTypes = 0, m_replacedFirsts = 0, m_cancelledFirsts = 0;
    qint64 m_firstMixedTypes = 0;
};

// An occurrence of a series: its UID, and its start (a DTSTART or RECURRENCE-ID) as written.
QString instanceKey(const QString &uid, const ContentLine &start)
{
    return uid.trimmed() + u'\n' + start.params.value(u"TZID"_s) + u'\n' + start.value.trimmed().toUpper();
}

// Whether one of the EXDATE lines (each a comma-separated list, in DTSTART's zone and value type
// when written by the same producer) names the series' first occurrence, the one start names.
bool excludesStart(const std::vector<const ContentLine *> &exdates, const ContentLine &start)
{
    const QString tzid = start.params.value(u"TZID"_s);
    const QString at = start.value.trimmed().toUpper();
    for (const ContentLine *x : exdates) {
        if (x->params.value(u"TZID"_s) != tzid)
            continue;
        for (const QString &v : x->value.split(u','))
            if (v.trimmed().toUpper() == at)
                return true;
    }
    return false;
}

// The occurrences a file gives on their own (a VEVENT with RECURRENCE-ID), by instanceKey(); they
// may come before or after their series.
QSet<QString> instancesOnTheirOwn(const std::vector<ContentLine> &lines)
{
    QSet<QString> out;
    std::vector<QString> open;
    const ContentLine *uid = nullptr, *recurrenceId = nullptr;
    for (const ContentLine &c : lines) {
        if (c.name == u"BEGIN") {
            open.push_back(c.value.trimmed().toUpper());
            if (open.back() == u"VEVENT")
                uid = recurrenceId = nullptr;
        } else if (c.name == u"END") {
            if (!open.empty() && open.back() == u"VEVENT" && uid && recurrenceId)
                out.insert(instanceKey(uid->value, *recurrenceId));
            if (!open.empty())
                open.pop_back();
        } else if (!open.empty() && open.back() == u"VEVENT") {
            if (c.name == u"UID" && !uid)
                uid = &c;
            else if (c.name == u"RECURRENCE-ID" && !recurrenceId)
                recurrenceId = &c;
        }
    }
    return out;
}

// A DTSTART, DTEND or DURATION as the file wrote it, for messages:
// DTSTART "20080317T100000" (Europe/Berlin).
QString asWritten(const ContentLine &c)
{
    const QString tzid = c.params.value(u"TZID"_s);
    return u"%1 \"%2\""_s.arg(c.name, c.value.trimmed().left(40)) + (tzid.isEmpty() ? QString() : u" (%1)"_s.arg(tzid.left(60)));
}

// Whether an interval from start to end would end before it starts, by the date library's measure.
bool endsBeforeStart(const QString &start, const QString &end)
{
    return FuzzyDate::fromEdtf(end).bounds().latestStart < FuzzyDate::fromEdtf(start).bounds().earliestStart;
}

// Outlook marks an all-day event (X-MICROSOFT-CDO-ALLDAYEVENT) but writes it from local midnight
// to midnight as date-times: read as the days it covers.
void midnightAsDay(std::optional<Stamp> &stamp)
{
    if (stamp && !stamp->isDate && stamp->parts.hour == 0 && stamp->parts.minute == 0 && stamp->parts.second == 0)
        stamp = Stamp{CalendarParts{stamp->parts.year, stamp->parts.month, stamp->parts.day}, true};
}

std::optional<QString> Reader::dateOf(const ContentLine *startLine, const ContentLine *endLine,
                                      const ContentLine *durationLine, bool allDay, QString *error)
{
    std::optional<Stamp> start = ical::parseStamp(*startLine, error, zones);
    if (!start)
        return std::nullopt;
    if (allDay)
        midnightAsDay(start);
    std::optional<CalendarParts> last; // inclusive end
    bool mixedTypes = false;
    auto accepted = [&](QString edtf) {
        if (mixedTypes && m_mixedTypes++ == 0)
            m_firstMixedTypes = endLine->line;
        return std::optional<QString>(std::move(edtf));
    };
    if (endLine) {
        std::optional<Stamp> end = ical::parseStamp(*endLine, error, zones);
        if (!end)
            return std::nullopt;
        if (allDay && start->isDate)
            midnightAsDay(end);
        // RFC 5545 wants DTEND of DTSTART's value type. The mix is still plain: each end is kept
        // as written, a DATE end being exclusive as ever (a note counts these events).
        mixedTypes = start->isDate != end->isDate;
        if (end->isDate) {
            // DTEND is exclusive; producers also write it equal to DTSTART for a one-day event.
            const CalendarParts startDay{start->parts.year, start->parts.month, start->parts.day};
            const CalendarParts endDay{end->parts.year, end->parts.month, end->parts.day};
            last = endDay == startDay ? endDay : ical::shifted(endDay, -86400);
            auto day = [](const CalendarParts &p) { return std::tuple(p.year, p.month, p.day); };
            if (!start->isDate && day(*last) <= day(startDay) && day(endDay) >= day(startDay))
                last.reset(); // a timed start whose DATE end is its day or the next: the start alone
        } else {
            last = end->parts;
        }
    } else if (durationLine) {
        const std::optional<std::int64_t> seconds = ical::parseDuration(durationLine->value);
        if (!seconds || *seconds < 0) {
            *error = asWritten(*durationLine) + u" is not a positive iCalendar duration"_s;
            return std::nullopt;
        }
        last = start->isDate ? ical::shifted(start->parts, std::max<std::int64_t>(*seconds - 86400, 0))
                             : ical::shifted(start->parts, *seconds);
    }
    if (last && last->year > 9999) {
        *error = u"%1 ends after the year 9999"_s.arg(asWritten(endLine ? *endLine : *durationLine));
        return std::nullopt;
    }
    const QString startText = *edtfFromParts(start->parts, error);
    if (!last || *last == start->parts || (start->isDate && last->year == start->parts.year
                                            && last->month == start->parts.month && last->day == start->parts.day))
        return accepted(startText);
    const std::optional<QString> endText = edtfFromParts(*last, error);
    if (!endText)
        return std::nullopt;
    // Said in the file's values: for days, *last is the day before DTEND, a date the file does not show.
    if (endLine && endsBeforeStart(startText, *endText)) {
        *error = u"%1 is before %2"_s.arg(asWritten(*endLine), asWritten(*startLine));
        return std::nullopt;
    }
    return accepted(startText + u'/' + *endText);
}

// "55.75;37.61" (GEO) or "55.75,37.61": nullopt unless both are numbers in range.
std::optional<LatLon> coordinates(const QString &text)
{
    static const QRegularExpression form(u"^\\s*([+-]?\\d{1,3}(?:\\.\\d+)?)\\s*[;,]\\s*([+-]?\\d{1,3}(?:\\.\\d+)?)\\s*$"_s);
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double latitude = m.captured(1).toDouble(), longitude = m.captured(2).toDouble();
    if (std::abs(latitude) > 90 || std::abs(longitude) > 180)
        return std::nullopt;
    return LatLon{latitude, longitude};
}

// Apple Calendar's X-APPLE-STRUCTURED-LOCATION holds a geo: URI (RFC 5870), which may add an
// altitude and parameters: "geo:55.75,37.61", "geo:55.75,37.61,150;u=20".
std::optional<LatLon> geoUriCoordinates(const QString &uri)
{
    static const QRegularExpression form(u"^\\s*geo:([^,;]+,[^,;]+)(?:,[^;]*)?(?:;.*)?$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(uri);
    return m.hasMatch() ? coordinates(m.captured(1)) : std::nullopt;
}

PlaceId Reader::place(const QString &name, std::optional<LatLon> at)
{
    if (name.isEmpty() && !at)
        return PlaceId();
    const QString key = name + u'\x1f' + (at ? QString::number(at->latitude, 'g', 10) + u',' + QString::number(at->longitude, 'g', 10) : QString());
    if (const auto found = m_places.constFind(key); found != m_places.cend())
        return *found;
    Place p;
    p.id = PlaceId(qint64(out.content.places.size()) + 1);
    p.name = name.isEmpty() ? u"%1, %2"_s.arg(at->latitude).arg(at->longitude) : name;
    if (at) {
        p.latitude = at->latitude;
        p.longitude = at->longitude;
    }
    out.content.places.push_back(p);
    m_places.insert(key, p.id);
    return p.id;
}

QString textOf(const ContentLine *c)
{
    return c ? withoutControlCharacters(ical::unescapeText(c->value)).trimmed() : QString();
}

// LOCATION with GEO, or with Apple's structured location: its geo: URI when there is no GEO, and
// its X-TITLE, the venue's name (Apple's LOCATION adds the address on further lines).
PlaceId Reader::placeOf(const ContentLine *location, const ContentLine *geo, const ContentLine *structured)
{
    std::optional<LatLon> at = geo ? coordinates(geo->value) : std::nullopt;
    QString name = textOf(location).simplified();
    if (structured) {
        if (!at)
            at = geoUriCoordinates(structured->value);
        if (const QString title = withoutControlCharacters(structured->params.value(u"X-TITLE"_s)).simplified(); !title.isEmpty())
            name = title;
    }
    return place(name, at);
}

// The lines of one VEVENT that make its event (the first of each), read in one pass; tags from
// its CATEGORIES, and its attendees counted.
Reader::EventLines Reader::collect(const std::vector<const ContentLine *> &props)
{
    EventLines l;
    for (const ContentLine *c : props) {
        const QString &n = c->name;
        auto first = [&](const ContentLine *&slot) { if (!slot) slot = c; };
        if (n == u"DTSTART") first(l.start);
        else if (n == u"DTEND") first(l.end);
        else if (n == u"DURATION") first(l.duration);
        else if (n == u"SUMMARY") first(l.summary);
        else if (n == u"DESCRIPTION") first(l.description);
        else if (n == u"LOCATION") first(l.location);
        else if (n == u"GEO") first(l.geo);
        else if (n == u"X-APPLE-STRUCTURED-LOCATION") first(l.structuredLocation);
        else if (n == u"URL") first(l.url);
        else if (n == u"STATUS") first(l.status);
        else if (n == u"UID") first(l.uid);
        else if (n == u"RRULE" || n == u"RDATE") l.recurs = true;
        else if (n == u"EXDATE") l.exdates.push_back(c);
        else if (n == u"ATTENDEE" || n == u"ORGANIZER") ++m_people;
        else if (n == u"X-MICROSOFT-CDO-ALLDAYEVENT" || n == u"X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT")
            l.allDay = c->value.trimmed().compare(u"TRUE"_s, Qt::CaseInsensitive) == 0;
        else if (n == u"CATEGORIES")
            addCategories(*c, l.tags);
    }
    return l;
}

void Reader::addCategories(const ContentLine &c, QStringList &tags) const
{
    // Commas separate categories unless escaped; in vCalendar 1.0 semicolons do
    // ("CATEGORIES:MEETING;PHONE CALL"), and its producers write commas too.
    static const QRegularExpression unescapedComma(u"(?<!\\\\),"_s);
    static const QRegularExpression unescapedSeparator(u"(?<!\\\\)[,;]"_s);
    for (const QString &t : c.value.split(vcalendar1 ? unescapedSeparator : unescapedComma)) {
        const QString tag = withoutControlCharacters(ical::unescapeText(t)).simplified();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
}

// DESCRIPTION's text. Some calendars (Google's among them) put HTML in it: its words are kept, not
// its tags, and its link addresses become sources, as the other formats' HTML.
QString Reader::descriptionOf(const ContentLine *description)
{
    const QString text = textOf(description);
    static const QRegularExpression markup(u"<(br|p|a|div|b|i|u|ul|ol|li|span|strong|em)\\b[^>]*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (!markup.match(text).hasMatch())
        return text;
    const HtmlContent html = htmlToText(text);
    m_sources.addLinks(html.links);
    return html.text;
}

void Reader::readEvent(const std::vector<const ContentLine *> &props, qint64 line)
{
    const EventLines l = collect(props);
    const ContentLine *start = l.start, *end = l.end, *duration = l.duration;
    if (!start) {
        out.rejected.push_back({line, u"VEVENT without DTSTART"_s});
        return;
    }
    // Only a series' first occurrence is imported; when the file gives that occurrence on its own
    // (moved, retitled), the instance is the event and the series' own start is not.
    if (l.recurs && l.uid && instances.contains(instanceKey(l.uid->value, *start))) {
        ++m_replacedFirsts;
        return;
    }
    // A series whose first occurrence was cancelled did not happen at that date, and the rule is
    // not expanded to find the next one: left out, and said.
    if (l.recurs && excludesStart(l.exdates, *start)) {
        ++m_cancelledFirsts;
        return;
    }
    m_recurring += l.recurs;
    QString error;
    const std::optional<QString> edtf = dateOf(start, end, duration, l.allDay, &error);
    if (!edtf) {
        const ContentLine *at = error.startsWith(u"DTEND"_s) ? end : error.startsWith(u"DURATION"_s) ? duration : start;
        out.rejected.push_back({at->line, error});
        return;
    }
    const FuzzyDate date = FuzzyDate::fromEdtf(*edtf, &error);
    if (!date.isValid()) {
        const ContentLine *at = end ? end : duration ? duration : start;
        out.rejected.push_back({at->line, u"%1: %2"_s.arg(at->name, error)});
        return;
    }
    Event e;
    e.id = EventId(qint64(out.content.events.size()) + 1);
    e.date = date;
    e.title = textOf(l.summary);
    if (e.title.isEmpty()) {
        ++m_untitled;
        e.title = u"(untitled)"_s;
    }
    e.description = descriptionOf(l.description);
    e.tags = l.tags;
    e.place = placeOf(l.location, l.geo, l.structuredLocation);
    const QString statusText = l.status ? l.status->value.trimmed().toUpper() : QString();
    if (statusText == u"TENTATIVE")
        e.status = EventStatus::Planned;
    else if (statusText == u"CANCELLED")
        e.status = EventStatus::Denied;
    if (const QString link = l.url ? safeUrl(l.url->value) : QString(); !link.isEmpty())
        m_sources.add(e.title, QString(), link);
    out.content.events.push_back(e);
}

void Reader::finish()
{
    if (!zones.unknown.isEmpty()) {
        QStringList names(zones.unknown.begin(), zones.unknown.end());
        names.sort();
        out.notes << u"unknown time zones %1: their times were kept as local times without a zone"_s.arg(names.join(u", "_s));
    }
    if (m_recurring)
        out.notes << u"recurrence rules not expanded, each event imported once at its first date: %1"_s.arg(m_recurring);
    if (m_replacedFirsts)
        out.notes << u"recurring events whose first occurrence the file gives on its own (a VEVENT with RECURRENCE-ID), "
                     "imported as that occurrence: %1"_s.arg(m_replacedFirsts);
    if (m_cancelledFirsts)
        out.notes << u"recurring events whose first occurrence the file cancels (EXDATE), left out since only a series' "
                     "first date is imported: %1"_s.arg(m_cancelledFirsts);
    if (m_untitled)
        out.notes << (m_untitled == 1 ? u"1 event had no SUMMARY"_s : u"%1 events had no SUMMARY"_s.arg(m_untitled));
    if (m_people)
        out.notes << u"ATTENDEE and ORGANIZER entries left out: %1"_s.arg(m_people);
    if (m_mixedTypes)
        out.notes << u"events whose DTSTART and DTEND are of different value types (a date and a date-time, which RFC 5545 "
                     "does not allow), each end read as written: %1 (the first DTEND on line %2)"_s.arg(m_mixedTypes).arg(m_firstMixedTypes);
}

} // namespace

ImportedContent readICalendar(const QByteArray &data)
{
    Reader reader;
    std::vector<ContentLine> bad;
    QSet<QString> charsets; // unknown ones
    ical::EightBitLines eightBit;
    const std::vector<ContentLine> lines = ical::parseContentLines(data, &bad, &charsets, &eightBit);
    if (lines.empty() || lines.front().name != u"BEGIN" || lines.front().value.trimmed().toUpper() != u"VCALENDAR") {
        reader.out.fatal = true;
        reader.out.rejected.push_back({lines.empty() ? 1 : lines.front().line, u"not an iCalendar file: it does not begin with BEGIN:VCALENDAR"_s});
        return std::move(reader.out);
    }
    for (const ContentLine &c : bad)
        reader.out.rejected.push_back({c.line, u"not an iCalendar content line (name:value)"_s});
    if (!charsets.isEmpty()) {
        QStringList names(charsets.begin(), charsets.end());
        names.sort();
        reader.out.notes << u"unknown character sets %1: their texts were read as UTF-8"_s.arg(names.join(u", "_s));
    }
    if (eightBit.count)
        reader.out.notes << u"lines not in UTF-8 (iCalendar's encoding) and naming no CHARSET, read as %1: %2 (the first on line %3)"_s
                                .arg(encodingName(eightBit.encoding))
                                .arg(eightBit.count)
                                .arg(eightBit.first);
    reader.zones.defined = ical::zoneDefinitions(lines);
    for (const ContentLine &c : lines) {
        if (c.name == u"VERSION") {
            reader.vcalendar1 = c.value.trimmed() == u"1.0";
            break;
        }
    }
    if (reader.vcalendar1) // TZ and DAYLIGHT are vCalendar's; iCalendar has VTIMEZONE
        reader.zones.vcalendar = ical::vcalendarZone(lines, &reader.out.notes);

    reader.instances = instancesOnTheirOwn(lines);
    std::vector<QString> stack; // open components
    std::vector<const ContentLine *> props;
    qint64 eventLine = 0;
    qsizetype skipped = 0;
    for (const ContentLine &c : lines) {
        const QString value = c.value.trimmed().toUpper();
        if (c.name == u"BEGIN") {
            stack.push_back(value);
            if (value == u"VEVENT" && stack.size() == 2) {
                props.clear();
                eventLine = c.line;
            } else if (stack.size() == 2 && value != u"VTIMEZONE") {
                ++skipped;
            }
            if (stack.size() > 64) {
                reader.out.fatal = true;
                reader.out.rejected.push_back({c.line, u"components nested too deeply"_s});
                return std::move(reader.out);
            }
        } else if (c.name == u"END") {
            if (stack.empty() || stack.back() != value) {
                reader.out.rejected.push_back({c.line, u"END:%1 does not close %2"_s.arg(value, stack.empty() ? u"anything"_s : u"BEGIN:"_s + stack.back())});
                continue;
            }
            if (value == u"VEVENT" && stack.size() == 2)
                reader.readEvent(props, eventLine);
            stack.pop_back();
        } else if (stack.size() == 2 && stack.back() == u"VEVENT") {
            props.push_back(&c);
        } else if (stack.size() == 1 && (c.name == u"X-WR-CALNAME" || c.name == u"NAME") && reader.out.content.title.isEmpty()) {
            reader.out.content.title = textOf(&c).simplified();
        }
    }
    if (!stack.empty())
        reader.out.rejected.push_back({lines.back().line, u"the file ends inside BEGIN:%1"_s.arg(stack.back())});
    std::stable_sort(reader.out.rejected.begin(), reader.out.rejected.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    if (skipped)
        reader.out.notes << (skipped == 1 ? u"1 component other than an event (a to-do, a journal entry) was left out"_s
                                          : u"%1 components other than events (to-dos, journal entries) were left out"_s.arg(skipped));
    reader.finish();
    return std::move(reader.out);
}

bool looksLikeICalendar(const QByteArray &head)
{
    QByteArray start = head.left(512).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3);
    return start.toUpper().startsWith("BEGIN:VCALENDAR");
}

} // namespace dateline
