// VTIMEZONE components: the observances a file defines and the offset they give a local time.
#include "core/io/icalendar/vtimezone.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace dateline::ical {
namespace {

// "+0300", "-0500", "+053000" -> minutes.
std::optional<int> offsetMinutes(const QString &text)
{
    static const QRegularExpression form(u"^([+-])(\\d{2})(\\d{2})(\\d{2})?$"_s);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    return m.captured(1) == u"-" ? -minutes : minutes;
}

// "16011104T020000", "20071104T020000Z" or "20071104"; *utc tells whether it ended in Z.
std::optional<CivilDateTime> dateTime(const QString &text, bool *utc = nullptr)
{
    static const QRegularExpression form(u"^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z)?)?$"_s);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    CivilDateTime t;
    t.date = {m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toInt()};
    t.hour = m.captured(4).toInt();
    t.minute = m.captured(5).toInt();
    t.second = m.captured(6).toInt();
    if (!calendar::isValid(t.date) || t.hour > 23 || t.minute > 59 || t.second > 59)
        return std::nullopt;
    if (utc)
        *utc = m.hasCaptured(7);
    return t;
}

// 1 Monday .. 7 Sunday (1970-01-01, day 0, was a Thursday).
int weekdayOf(const CivilDate &date)
{
    const std::int64_t days = calendar::daysFromCivil(date);
    return int(days - calendar::floorDiv(days + 3, 7) * 7 + 3) + 1;
}

int weekdayCode(QStringView code)
{
    static const QStringList codes{u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    return int(codes.indexOf(code.toString())) + 1; // 0 when unknown
}

// A yearly RRULE on o (whose start and offsets are set). False for rules a zone does not use
// (weekly, every Sunday, several months), which the caller will not guess at.
bool readRule(const QString &rule, Observance &o)
{
    static const QRegularExpression byDay(u"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$"_s);
    o.yearly = true;
    for (const QString &part : rule.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed().toUpper();
        const QString value = part.section(u'=', 1).trimmed().toUpper();
        bool ok = true;
        if (key == u"FREQ") {
            ok = value == u"YEARLY";
        } else if (key == u"INTERVAL") {
            ok = value.toInt() == 1;
        } else if (key == u"BYMONTH") {
            o.month = value.toInt(&ok);
            ok = ok && o.month >= 1 && o.month <= 12;
        } else if (key == u"BYDAY") {
            const auto m = byDay.match(value);
            ok = m.hasMatch();
            o.weekday = weekdayCode(m.captured(2));
            o.ordinal = m.captured(1).toInt();
        } else if (key == u"BYMONTHDAY") {
            for (const QString &d : value.split(u',')) {
                const int day = d.toInt(&ok);
                if (!ok || day == 0 || std::abs(day) > 31)
                    return false;
                o.monthDays << day;
            }
        } else if (key == u"COUNT") {
            const int count = value.toInt(&ok);
            ok = ok && count >= 1;
            o.lastYear = o.start.date.year + count - 1;
        } else if (key == u"UNTIL") {
            bool utc = false;
            const std::optional<CivilDateTime> until = dateTime(value, &utc);
            ok = until.has_value();
            if (ok) {
                // Onsets are compared on the local clock before them; a UTC limit is moved onto it.
                o.until = calendar::toTimePoint(*until) + (utc ? o.offsetFrom * 60 : 0);
                o.lastYear = until->date.year;
            }
        } else {
            ok = key == u"WKST";
        }
        if (!ok)
            return false;
    }
    if (o.month == 0)
        o.month = o.start.date.month;
    // One onset a year: an ordinal weekday, a weekday among given days, or one day of the month.
    if (o.weekday && o.ordinal)
        return o.monthDays.isEmpty();
    if (o.weekday)
        return !o.monthDays.isEmpty();
    return o.monthDays.size() <= 1;
}

// The day of o's month in year its yearly rule falls on, if that month has it.
std::optional<int> onsetDay(const Observance &o, std::int64_t year)
{
    const int length = calendar::daysInMonth(year, o.month);
    if (o.ordinal > 0) {
        const int day = 1 + (o.weekday - weekdayOf({year, o.month, 1}) + 7) % 7 + 7 * (o.ordinal - 1);
        return day <= length ? std::optional(day) : std::nullopt;
    }
    if (o.ordinal < 0) {
        const int day = length - (weekdayOf({year, o.month, length}) - o.weekday + 7) % 7 - 7 * (-o.ordinal - 1);
        return day >= 1 ? std::optional(day) : std::nullopt;
    }
    if (o.monthDays.isEmpty())
        return o.start.date.day <= length ? std::optional(o.start.date.day) : std::nullopt;
    for (const int d : o.monthDays) {
        const int day = d > 0 ? d : length + 1 + d;
        if (day >= 1 && day <= length && (o.weekday == 0 || weekdayOf({year, o.month, day}) == o.weekday))
            return day;
    }
    return std::nullopt;
}

// The local time of o's onset in year, if it has one that year.
std::optional<TimePoint> onsetIn(const Observance &o, std::int64_t year)
{
    if (year < o.start.date.year || year > o.lastYear)
        return std::nullopt;
    const std::optional<int> day = onsetDay(o, year);
    if (!day)
        return std::nullopt;
    CivilDateTime at = o.start;
    at.date = {year, o.month, *day};
    const TimePoint t = calendar::toTimePoint(at);
    if (t < calendar::toTimePoint(o.start) || t > o.until)
        return std::nullopt;
    return t;
}

// The latest local time at or before t from which o's offset holds. The clocks going forward
// skip local times, which keep the offset before the gap: o holds only from the gap's end.
std::optional<TimePoint> latestOnset(const Observance &o, TimePoint t, std::int64_t year)
{
    const TimePoint gap = std::max(0, o.offsetTo - o.offsetFrom) * 60;
    if (!o.yearly) {
        const TimePoint onset = calendar::toTimePoint(o.start) + gap;
        return onset <= t ? std::optional(onset) : std::nullopt;
    }
    const std::int64_t last = std::min(year, o.lastYear);
    for (const std::int64_t y : {last, last - 1}) {
        if (const std::optional<TimePoint> onset = onsetIn(o, y); onset && *onset + gap <= t)
            return *onset + gap;
    }
    return std::nullopt;
}

// A STANDARD or DAYLIGHT part as read, before its rule is.
struct Part {
    std::optional<CivilDateTime> start;
    std::optional<int> offsetFrom, offsetTo;
    QString rule;
    std::vector<CivilDateTime> extraOnsets; // RDATE
    bool unreadable = false;                // a value that is not what its property takes
};

// Every time a zone gives an offset goes through all its observances: a hostile file's hundred
// thousand RDATEs would make each event that slow. Real zones, with their whole history, have
// a few hundred.
constexpr size_t kMaxObservances = 2000;

// A zone from its parts, or nullopt if they cannot tell the offset of a time.
std::optional<ZoneDefinition> zoneFrom(const std::vector<Part> &parts)
{
    if (parts.empty() || std::any_of(parts.cbegin(), parts.cend(), [](const Part &p) { return !p.offsetTo; }))
        return std::nullopt;
    const bool oneOffset = std::all_of(parts.cbegin(), parts.cend(), [&](const Part &p) {
        return *p.offsetTo == *parts.front().offsetTo;
    });
    ZoneDefinition zone;
    for (const Part &p : parts) {
        Observance o;
        o.offsetTo = *p.offsetTo;
        o.offsetFrom = p.offsetFrom.value_or(o.offsetTo);
        if (oneOffset) { // when it changes does not matter
            zone.observances.push_back(o);
            continue;
        }
        if (!p.start || p.unreadable)
            return std::nullopt;
        o.start = *p.start;
        if (!p.rule.isEmpty() && !readRule(p.rule, o))
            return std::nullopt;
        zone.observances.push_back(o);
        for (const CivilDateTime &onset : p.extraOnsets) {
            Observance once = o;
            once.yearly = false;
            once.start = onset;
            zone.observances.push_back(once);
        }
        if (zone.observances.size() > kMaxObservances)
            return std::nullopt;
    }
    return zone;
}

// Reads one property of a STANDARD or DAYLIGHT part into p.
void readPartProperty(const ContentLine &c, Part &p)
{
    const QString value = c.value.trimmed();
    if (c.name == u"DTSTART") {
        p.start = dateTime(value);
        p.unreadable = p.unreadable || !p.start;
    } else if (c.name == u"TZOFFSETTO") {
        p.offsetTo = offsetMinutes(value);
    } else if (c.name == u"TZOFFSETFROM") {
        p.offsetFrom = offsetMinutes(value);
        p.unreadable = p.unreadable || !p.offsetFrom;
    } else if (c.name == u"RRULE") {
        p.unreadable = p.unreadable || !p.rule.isEmpty(); // two rules: more than one onset a year
        p.rule = value;
    } else if (c.name == u"RDATE") {
        for (const QString &d : value.split(u',')) {
            const std::optional<CivilDateTime> onset = dateTime(d);
            p.unreadable = p.unreadable || !onset;
            if (onset)
                p.extraOnsets.push_back(*onset);
        }
    }
}

} // namespace

int ZoneDefinition::offsetAt(const CivilDateTime &local) const
{
    const int first = observances.front().offsetTo;
    if (std::all_of(observances.cbegin(), observances.cend(), [&](const Observance &o) { return o.offsetTo == first; }))
        return first;
    const TimePoint t = calendar::toTimePoint(local);
    std::optional<TimePoint> best;
    int offset = 0;
    for (const Observance &o : observances) {
        if (const std::optional<TimePoint> onset = latestOnset(o, t, local.date.year); onset && (!best || *onset > *best)) {
            best = onset;
            offset = o.offsetTo;
        }
    }
    if (best)
        return offset;
    const auto earliest = std::min_element(observances.cbegin(), observances.cend(), [](const Observance &a, const Observance &b) {
        return calendar::toTimePoint(a.start) < calendar::toTimePoint(b.start);
    });
    return earliest->offsetFrom;
}

QHash<QString, ZoneDefinition> zoneDefinitions(const std::vector<ContentLine> &lines)
{
    QHash<QString, ZoneDefinition> zones;
    QString tzid;
    std::vector<Part> parts;
    int depth = 0;         // 1 inside a VTIMEZONE, 2 inside one of its parts, more inside anything else
    bool partOpen = false; // the component at depth 2 is a STANDARD or DAYLIGHT part
    for (const ContentLine &c : lines) {
        const QString value = c.value.trimmed().toUpper();
        if (c.name == u"BEGIN" && (depth > 0 || value == u"VTIMEZONE")) {
            if (depth == 0) {
                tzid.clear();
                parts.clear();
            } else if (depth == 1) {
                partOpen = value == u"STANDARD" || value == u"DAYLIGHT";
                if (partOpen)
                    parts.emplace_back();
            }
            ++depth;
        } else if (c.name == u"END" && depth > 0) {
            if (--depth == 1)
                partOpen = false;
            if (depth == 0 && !tzid.isEmpty()) {
                if (const std::optional<ZoneDefinition> zone = zoneFrom(parts))
                    zones.insert(tzid, *zone);
            }
        } else if (depth == 1 && c.name == u"TZID") {
            tzid = c.value.trimmed();
        } else if (depth == 2 && partOpen) {
            readPartProperty(c, parts.back());
        }
    }
    return zones;
}

} // namespace dateline::ical
