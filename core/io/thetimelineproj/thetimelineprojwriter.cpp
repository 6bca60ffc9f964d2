// Document -> .timeline XML that validates against the app's schema (timeline.xsd).
#include "core/date/calendar.h"
#include "core/io/interchange/calendarparts.h"
#include "core/io/thetimelineproj/thetimelineproj.h"
#include "core/store/document.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QXmlStreamWriter>

#include <tuple>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

// The app's Gregorian calendar starts at julian day 0 and ends near the year 9989.
constexpr std::int64_t kFirstYear = -4712, kLastYear = 9988;

QString timeText(const CalendarParts &p)
{
    return u"%1-%2-%3 %4:%5:%6"_s.arg(p.year)
        .arg(p.month, 2, 10, QChar(u'0')).arg(p.day, 2, 10, QChar(u'0'))
        .arg(std::max(p.hour, 0), 2, 10, QChar(u'0')).arg(std::max(p.minute, 0), 2, 10, QChar(u'0'))
        .arg(std::max(p.second, 0), 2, 10, QChar(u'0'));
}

CalendarParts dayParts(TimePoint t)
{
    const CivilDateTime c = calendar::toCivil(t);
    return CalendarParts{c.date.year, c.date.month, c.date.day, 0, 0, 0};
}

struct Period {
    QString start, end;
    TimePoint sortKey = 0; // the written start as a wall-clock time
    bool fuzzy = false, endsToday = false, exact = true, pointInTime = false;
};

// A date as the app's start and end instants: days at midnight with an inclusive last day,
// times as written (zones dropped), everything else over its widest bounds.
std::optional<Period> periodOf(const FuzzyDate &date)
{
    Period p;
    p.endsToday = date.hasOpenEnd();
    const std::optional<SplitDate> simple = splitSimpleDate(date);
    if (simple && simple->start.day && (!simple->end || simple->end->day)) {
        p.fuzzy = !simple->qualifier.isNull();
        p.exact = simple->qualifier.isNull() || simple->qualifier == u'~';
        CalendarParts start = simple->start, end = simple->end.value_or(simple->start);
        if (start.zone != CalendarParts::Zone::Floating || end.zone != CalendarParts::Zone::Floating)
            p.exact = false;
        if (start.year < kFirstYear || end.year > kLastYear)
            return std::nullopt;
        p.start = timeText(start);
        p.end = timeText(end);
        p.sortKey = wallClockStart(start);
        p.pointInTime = !simple->end;
        return p;
    }
    const DateBounds b = date.bounds();
    // An open start ("until May 2008") starts with the unit it names.
    const TimePoint first = b.earliestStart > kTimeMin ? b.earliestStart
                            : date.hasOpenStart()      ? wallClockStart(approximateSplit(date).start)
                            : b.latestStart > kTimeMin ? b.latestStart
                                                       : b.earliestEnd - kSecondsPerDay;
    const CalendarParts start = dayParts(first);
    CalendarParts end = start;
    if (!p.endsToday) {
        const TimePoint after = b.latestEnd < kTimeMax ? b.latestEnd : b.earliestEnd;
        end = dayParts(std::max(after - 1, first));
    }
    if (start.year < kFirstYear || end.year > kLastYear)
        return std::nullopt;
    p.fuzzy = date.isApproximate() || date.isUncertain() || date.isSet();
    p.exact = false;
    p.start = timeText(start);
    p.end = timeText(end);
    p.sortKey = wallClockStart(start);
    // An open end needs no end of its own: "ends today" moves it to the present in the app.
    if (p.endsToday && !simple) {
        p.exact = !date.isApproximate() && !date.isUncertain() && !date.isSet() && !date.hasOpenStart()
                  && date.precision() == DatePrecision::Day;
        p.fuzzy = date.isApproximate() || date.isUncertain();
    }
    return p;
}

// A stable colour per category name: the app needs one, Dateline keeps none.
QString colourFor(const QString &name)
{
    static const char *palette[] = {"173,216,230", "255,182,193", "144,238,144", "255,218,185", "221,160,221",
                                    "240,230,140", "176,196,222", "255,160,122", "152,251,152", "216,191,216"};
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    return QString::fromLatin1(palette[uchar(hash[0]) % 10]);
}

QString rgbOf(const QString &hex)
{
    if (hex.size() != 7 || !hex.startsWith(u'#'))
        return u"200,200,200"_s;
    bool ok = false;
    const uint v = hex.mid(1).toUInt(&ok, 16);
    return ok ? u"%1,%2,%3"_s.arg((v >> 16) & 255).arg((v >> 8) & 255).arg(v & 255) : u"200,200,200"_s;
}

// What the file leaves out or writes approximately, counted for the report.
struct Losses {
    qsizetype undated = 0, outOfRange = 0, approximated = 0, nested = 0, twoContainers = 0, otherRelations = 0,
              actors = 0, places = 0, statuses = 0, multilineTitles = 0, extraTags = 0;
};

// Containers: events something is "part of". The app's containers do not nest and a subevent
// has one container, so a part that is itself a whole, and second wholes, are dropped; a
// container left without parts is a plain event (as it would read back).
struct Containers {
    QHash<qint64, qint64> containerOf; // subevent id -> container event id
    QSet<qint64> ids;

    Containers(const std::vector<Relation> &relations, Losses &losses)
    {
        QSet<qint64> wholes;
        for (const Relation &r : relations)
            if (r.kind == RelationKind::PartOf)
                wholes.insert(r.to.value);
        for (const Relation &r : relations) {
            if (r.kind != RelationKind::PartOf)
                ++losses.otherRelations;
            else if (wholes.contains(r.from.value))
                ++losses.nested;
            else if (containerOf.contains(r.from.value))
                ++losses.twoContainers;
            else
                containerOf.insert(r.from.value, r.to.value);
        }
        for (const qint64 container : std::as_const(containerOf))
            ids.insert(container);
    }
};

// Categories from tags: "A/B" is category B with parent A; a leaf name used by two paths keeps
// its whole path as its name. Only an event's first tag becomes its category.
struct Categories {
    QHash<qint64, QString> pathOf;  // event id -> category path
    QMap<QString, QString> parentOf; // path -> parent path
    QHash<QString, int> leafCount;
    QStringList paths; // parents before children

    Categories(const std::vector<Event> &events, Losses &losses)
    {
        for (const Event &e : events)
            for (const QString &tag : e.tags) {
                const QString path = tag.split(u'/', Qt::SkipEmptyParts).join(u'/');
                if (tag == kMilestoneTag || path.isEmpty())
                    continue;
                if (pathOf.contains(e.id.value))
                    ++losses.extraTags;
                else
                    pathOf.insert(e.id.value, path);
            }
        for (const QString &path : std::as_const(pathOf)) {
            const QStringList parts = path.split(u'/');
            for (qsizetype k = 0; k < parts.size(); ++k)
                parentOf.insert(parts.mid(0, k + 1).join(u'/'), k ? parts.mid(0, k).join(u'/') : QString());
        }
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it)
            ++leafCount[it.key().section(u'/', -1)];
        paths = parentOf.keys();
        std::stable_sort(paths.begin(), paths.end(),
                         [](const QString &a, const QString &b) { return a.count(u'/') < b.count(u'/'); });
    }
    QString name(const QString &path) const
    {
        const QString leaf = path.section(u'/', -1);
        return leafCount.value(leaf) > 1 ? path : leaf;
    }
    QString ofEvent(EventId id) const { return pathOf.contains(id.value) ? name(pathOf.value(id.value)) : QString(); }
};

void writeEras(QXmlStreamWriter &xml, const std::vector<Era> &eras, Losses &losses)
{
    xml.writeStartElement(u"eras"_s);
    for (const Era &era : eras) {
        const std::optional<Period> p = periodOf(era.span);
        if (!p) {
            ++losses.outOfRange;
            continue;
        }
        losses.approximated += !p->exact;
        xml.writeStartElement(u"era"_s);
        xml.writeTextElement(u"name"_s, era.name);
        xml.writeTextElement(u"start"_s, p->start);
        xml.writeTextElement(u"end"_s, p->end);
        xml.writeTextElement(u"color"_s, rgbOf(era.color));
        xml.writeTextElement(u"ends_today"_s, p->endsToday ? u"True"_s : u"False"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeCategories(QXmlStreamWriter &xml, const Categories &categories)
{
    xml.writeStartElement(u"categories"_s);
    for (const QString &path : std::as_const(categories.paths)) {
        xml.writeStartElement(u"category"_s);
        xml.writeTextElement(u"name"_s, categories.name(path));
        xml.writeTextElement(u"color"_s, colourFor(path));
        xml.writeTextElement(u"font_color"_s, u"0,0,0"_s);
        if (!categories.parentOf.value(path).isEmpty())
            xml.writeTextElement(u"parent"_s, categories.name(categories.parentOf.value(path)));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// The events, containers first (the app only knows a container id once its container has been
// read); returns the period they cover, which the app opens on.
std::pair<TimePoint, TimePoint> writeEvents(QXmlStreamWriter &xml, const std::vector<Event> &events,
                                            const Containers &containers, const Categories &categories, Losses &losses)
{
    QHash<qint64, int> cids;
    std::vector<const Event *> ordered;
    for (const Event &e : events)
        ordered.push_back(&e);
    orderByWrittenStart(ordered, [&](const Event *e) {
        const std::optional<Period> p = e->date.isValid() ? periodOf(e->date) : std::nullopt;
        return std::tuple(!containers.ids.contains(e->id.value), p ? p->sortKey : kTimeMax, e->title.simplified());
    });
    TimePoint viewStart = kTimeMax, viewEnd = kTimeMin;
    xml.writeStartElement(u"events"_s);
    for (const Event *e : ordered) {
        if (!e->date.isValid()) {
            ++losses.undated;
            continue;
        }
        const std::optional<Period> p = periodOf(e->date);
        if (!p) {
            ++losses.outOfRange;
            continue;
        }
        losses.approximated += !p->exact;
        losses.actors += !e->actors.empty();
        losses.places += e->place.isValid();
        losses.statuses += e->status != EventStatus::Occurred;
        const DateBounds b = e->date.bounds();
        viewStart = std::min(viewStart, sortTime(b));
        // An ongoing event ("from March 2008") is drawn to today by the app: its start bounds the view.
        viewEnd = std::max(viewEnd, p->endsToday ? sortTime(b) : std::min(b.earliestEnd, kTimeMax - 1));
        losses.multilineTitles += e->title.contains(u'\n');
        QString text = e->title.simplified(); // the app's texts are one line
        const qint64 container = containers.containerOf.value(e->id.value, 0);
        if (containers.ids.contains(e->id.value)) {
            const int cid = int(cids.size()) + 1;
            cids.insert(e->id.value, cid);
            text = u"[%1]"_s.arg(cid) + text;
        } else if (containers.containerOf.contains(e->id.value) && cids.contains(container)) {
            text = u"(%1)"_s.arg(cids.value(container)) + text;
        } else if (text.startsWith(u'(') || text.startsWith(u'[')) {
            text.prepend(u' '); // or the app would read it as a container reference
        }
        const QString category = categories.ofEvent(e->id);
        const bool milestone = e->tags.contains(kMilestoneTag) && p->pointInTime;
        xml.writeStartElement(u"event"_s);
        xml.writeTextElement(u"start"_s, p->start);
        xml.writeTextElement(u"end"_s, p->end);
        xml.writeTextElement(u"text"_s, text);
        xml.writeTextElement(u"fuzzy"_s, p->fuzzy ? u"True"_s : u"False"_s);
        xml.writeTextElement(u"locked"_s, u"False"_s);
        xml.writeTextElement(u"ends_today"_s, p->endsToday ? u"True"_s : u"False"_s);
        if (!category.isEmpty())
            xml.writeTextElement(u"category"_s, category);
        if (!e->description.isEmpty())
            xml.writeTextElement(u"description"_s, e->description);
        if (milestone)
            xml.writeTextElement(u"milestone"_s, u"True"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return {viewStart, viewEnd};
}

void writeView(QXmlStreamWriter &xml, TimePoint viewStart, TimePoint viewEnd)
{
    if (viewStart > viewEnd) {
        viewStart = calendar::toTimePoint(CivilDate{2000, 1, 1});
        viewEnd = viewStart + kSecondsPerDay;
    }
    xml.writeStartElement(u"view"_s);
    xml.writeStartElement(u"displayed_period"_s);
    xml.writeTextElement(u"start"_s, timeText(dayParts(std::max(viewStart, calendar::toTimePoint(CivilDate{kFirstYear, 1, 1})))));
    xml.writeTextElement(u"end"_s, timeText(dayParts(std::min(viewEnd, calendar::toTimePoint(CivilDate{kLastYear, 12, 31})))));
    xml.writeEndElement();
    xml.writeStartElement(u"hidden_categories"_s);
    xml.writeEndElement();
    xml.writeEndElement();
}

void reportLosses(ExportReport &report, const Losses &l, const Document &doc, qsizetype categories)
{
    auto say = [&](qsizetype count, const QString &what) {
        if (count)
            report.omissions << what.arg(count);
    };
    say(l.undated, u"%1 events or eras without a date left out"_s);
    say(l.outOfRange, u"%1 events or eras outside the years -4712 to 9988 left out: the app's calendar covers no more"_s);
    say(l.approximated, u"%1 dates written approximately: the app knows days and times, with \"fuzzy\" as its only qualifier (time zones are dropped)"_s);
    say(l.multilineTitles, u"%1 titles with line breaks written on one line"_s);
    say(l.extraTags, u"%1 further tags left out: an event has one category in the app"_s);
    say(l.nested, u"%1 \"part of\" relations between containers left out: the app's containers do not nest"_s);
    say(l.twoContainers, u"%1 events were part of several events: each keeps its first container"_s);
    say(l.otherRelations, u"relations other than \"part of\" are not part of .timeline: %1 relations left out"_s);
    say(qsizetype(doc.quotes().size()), u"quotes are not part of .timeline: %1 quotes left out"_s);
    say(qsizetype(doc.sources().size()), u"sources are not part of .timeline events: %1 sources left out"_s);
    say(l.actors, u"actors are not part of .timeline: the actors of %1 events left out"_s);
    say(l.places, u"places are not part of .timeline: the places of %1 events left out"_s);
    say(l.statuses, u"statuses are not part of .timeline: %1 events lose theirs"_s);
    say(categories, u"Dateline keeps no tag colours: the %1 categories got generated colours"_s);
}

} // namespace

QByteArray writeTheTimelineProj(const Document &doc, ExportReport *report)
{
    Losses losses;
    const std::vector<Event> events = doc.events();
    const Containers containers(doc.relations(), losses);
    const Categories categories(events, losses);

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument(u"1.0"_s);
    xml.writeStartElement(u"timeline"_s);
    xml.writeTextElement(u"version"_s, u"2.4.0"_s);
    xml.writeTextElement(u"timetype"_s, u"gregoriantime"_s);
    writeEras(xml, doc.eras(), losses);
    writeCategories(xml, categories);
    const auto [viewStart, viewEnd] = writeEvents(xml, events, containers, categories, losses);
    writeView(xml, viewStart, viewEnd); // the app opens on this period
    xml.writeEndElement();
    xml.writeEndDocument();
    if (report)
        reportLosses(*report, losses, doc, qsizetype(categories.paths.size()));
    return out;
}

} // namespace dateline
