// .timeline XML -> imported content. No DTDs (so no entity tricks), no network, line numbers on
// every problem.
#include "core/io/interchange/calendarparts.h"
#include "core/io/interchange/htmltext.h"
#include "core/io/thetimelineproj/thetimelineproj.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

struct Fields {
    qint64 line = 0;
    QHash<QString, QString> values; // child element name -> text
    QString value(const char *name) const { return values.value(QLatin1StringView(name)); }
    bool flag(const char *name) const { return value(name).trimmed() == u"True"; }
};

struct CategoryInfo {
    QString parent;
    QString color;
};

// "2012-07-04 13:20:00", years may be negative (astronomical, like Dateline's).
std::optional<CalendarParts> parseTime(const QString &text, QString *error)
{
    static const QRegularExpression form(u"^(-?\\d{1,7})-(\\d{1,2})-(\\d{1,2}) (\\d{1,2}):(\\d{1,2}):(\\d{1,2})$"_s);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch()) {
        *error = u"time \"%1\" is not \"YYYY-MM-DD HH:MM:SS\""_s.arg(text.trimmed().left(40));
        return std::nullopt;
    }
    CalendarParts p;
    p.year = m.captured(1).toLongLong();
    p.month = m.captured(2).toInt();
    p.day = m.captured(3).toInt();
    p.hour = m.captured(4).toInt();
    p.minute = m.captured(5).toInt();
    p.second = m.captured(6).toInt();
    QString why;
    if (!edtfFromParts(p, &why)) {
        *error = u"time \"%1\": %2"_s.arg(text.trimmed(), why);
        return std::nullopt;
    }
    return p;
}

bool midnight(const CalendarParts &p)
{
    return p.hour == 0 && p.minute == 0 && p.second == 0;
}

// Day precision when both ends are at midnight (how the app stores dates without a time),
// minute precision otherwise (seconds only when given).
QString edtfOf(CalendarParts p, bool dayOnly)
{
    if (dayOnly) {
        p.hour = p.minute = p.second = -1;
    } else if (p.second == 0) {
        p.second = -1;
    }
    return *edtfFromParts(p, nullptr);
}

class Reader {
public:
    ImportedContent out;
    void read(QXmlStreamReader &xml);

private:
    Fields fields(QXmlStreamReader &xml);
    void readCategories(QXmlStreamReader &xml);
    void readEvents(QXmlStreamReader &xml);
    void readEras(QXmlStreamReader &xml);
    enum class Row : std::uint8_t { Event, Era };
    std::optional<FuzzyDate> dateOf(const Fields &f, Row row);
    QString tagPath(const QString &category) const;
    void reject(qint64 line, const QString &message) { out.rejected.push_back({line, message}); }

    QHash<QString, CategoryInfo> m_categories;
    QStringList m_categoryOrder;
    QHash<int, EventId> m_containers;
    qsizetype m_fuzzyTimes = 0, m_orphans = 0, m_alerts = 0, m_icons = 0;
};

Fields Reader::fields(QXmlStreamReader &xml)
{
    Fields f;
    f.line = xml.lineNumber();
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        f.values.insert(name, xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return f;
}

QString Reader::tagPath(const QString &category) const
{
    QStringList path{category};
    QString parent = m_categories.value(category).parent;
    while (!parent.isEmpty() && !path.contains(parent) && path.size() < 32) {
        path.prepend(parent);
        parent = m_categories.value(parent).parent;
    }
    return path.join(u'/');
}

void Reader::readCategories(QXmlStreamReader &xml)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"category") {
            xml.skipCurrentElement();
            continue;
        }
        const Fields f = fields(xml);
        const QString name = withoutControlCharacters(f.value("name")).trimmed();
        if (name.isEmpty()) {
            reject(f.line, u"category without a name"_s);
            continue;
        }
        if (!m_categories.contains(name))
            m_categoryOrder << name;
        m_categories.insert(name, {withoutControlCharacters(f.value("parent")).trimmed(), f.value("color").trimmed()});
    }
}

std::optional<FuzzyDate> Reader::dateOf(const Fields &f, Row row)
{
    // Eras have no fuzziness and are never milestones. Timeline 2 may mark either end fuzzy alone.
    const bool fuzzy = row == Row::Event && f.flag("fuzzy");
    const bool fuzzyStart = fuzzy || (row == Row::Event && f.flag("fuzzy_start"));
    const bool fuzzyEnd = fuzzy || (row == Row::Event && f.flag("fuzzy_end"));
    const bool milestone = row == Row::Event && f.flag("milestone");
    const bool endsToday = f.flag("ends_today");
    QString error;
    const std::optional<CalendarParts> start = parseTime(f.value("start"), &error);
    std::optional<CalendarParts> end;
    if (start && !f.value("end").trimmed().isEmpty())
        end = parseTime(f.value("end"), &error);
    if (!start || (!end && !error.isEmpty())) {
        reject(f.line, error);
        return std::nullopt;
    }
    if (!end)
        end = start;
    if (milestone)
        end = start;
    if ((fuzzyStart || fuzzyEnd) && !(midnight(*start) && midnight(*end)))
        ++m_fuzzyTimes;
    const bool dayOnly = fuzzyStart || fuzzyEnd || (midnight(*start) && midnight(*end));
    const QString a = edtfOf(*start, dayOnly) + (fuzzyStart ? u"~"_s : QString());
    const QString b = edtfOf(*end, dayOnly) + (fuzzyEnd ? u"~"_s : QString());
    const QString edtf = endsToday ? a + u"/.."_s : a == b ? a : a + u'/' + b;
    const FuzzyDate date = FuzzyDate::fromEdtf(edtf, &error);
    if (!date.isValid()) {
        reject(f.line, u"%1 to %2: %3"_s.arg(f.value("start").trimmed(), f.value("end").trimmed(), error));
        return std::nullopt;
    }
    return date;
}

void Reader::readEvents(QXmlStreamReader &xml)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"event") {
            xml.skipCurrentElement();
            continue;
        }
        const Fields f = fields(xml);
        const bool milestone = f.flag("milestone");
        const std::optional<FuzzyDate> date = dateOf(f, Row::Event);
        if (!date)
            continue;
        QString text = withoutControlCharacters(f.value("text"));
        Event e;
        e.id = EventId(qint64(out.content.events.size()) + 1);
        e.date = *date;
        // "[3]Name" is container 3, "(3)Name" one of its subevents; " (x" and " [x" are plain
        // texts the app protected with a space.
        static const QRegularExpression container(u"^\\[(-?\\d*)\\](.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression subevent(u"^\\((-?\\d*)\\)(.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
        if (const auto m = container.match(text); m.hasMatch()) {
            m_containers.insert(m.captured(1).toInt(), e.id);
            text = m.captured(2);
        } else if (const auto s = subevent.match(text); s.hasMatch()) {
            const auto found = m_containers.constFind(s.captured(1).toInt());
            if (found != m_containers.cend()) {
                Relation r;
                r.id = RelationId(qint64(out.content.relations.size()) + 1);
                r.from = e.id;
                r.to = *found;
                r.kind = RelationKind::PartOf;
                out.content.relations.push_back(r);
            } else {
                ++m_orphans;
            }
            text = s.captured(2);
        } else if (text.startsWith(u" ("_s) || text.startsWith(u" ["_s)) {
            text.remove(0, 1);
        }
        e.title = text.simplified();
        if (e.title.isEmpty())
            e.title = u"(untitled)"_s;
        e.description = withoutControlCharacters(f.value("description")).trimmed();
        const QString category = withoutControlCharacters(f.value("category")).trimmed();
        if (!category.isEmpty())
            e.tags << tagPath(category);
        if (milestone)
            e.tags << QString(kMilestoneTag);
        m_alerts += !f.value("alert").trimmed().isEmpty();
        m_icons += !f.value("icon").trimmed().isEmpty();
        for (const QString &part : f.value("hyperlink").split(u';', Qt::SkipEmptyParts)) {
            const QString url = safeUrl(part);
            if (url.isEmpty())
                continue;
            Source s;
            s.id = SourceId(qint64(out.content.sources.size()) + 1);
            s.title = e.title;
            s.url = url;
            out.content.sources.push_back(s);
        }
        out.content.events.push_back(e);
    }
}

void Reader::readEras(QXmlStreamReader &xml)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"era") {
            xml.skipCurrentElement();
            continue;
        }
        const Fields f = fields(xml);
        const std::optional<FuzzyDate> date = dateOf(f, Row::Era);
        if (!date)
            continue;
        Era era;
        era.id = EraId(qint64(out.content.eras.size()) + 1);
        era.name = withoutControlCharacters(f.value("name")).simplified();
        era.span = *date;
        static const QRegularExpression rgb(u"^\\s*(\\d{1,3}),(\\d{1,3}),(\\d{1,3})\\s*$"_s);
        if (const auto m = rgb.match(f.value("color")); m.hasMatch()) {
            const int r = m.captured(1).toInt(), g = m.captured(2).toInt(), b = m.captured(3).toInt();
            if (r < 256 && g < 256 && b < 256)
                era.color = u"#%1%2%3"_s.arg(r, 2, 16, QChar(u'0')).arg(g, 2, 16, QChar(u'0')).arg(b, 2, 16, QChar(u'0'));
        }
        out.content.eras.push_back(era);
    }
}

void Reader::read(QXmlStreamReader &xml)
{
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"timetype") {
            const qint64 line = xml.lineNumber();
            const QString type = xml.readElementText().trimmed();
            if (type != u"gregoriantime") {
                out.fatal = true;
                reject(line, type == u"numtime"
                                 ? u"this is a numeric timeline (timetype \"numtime\"): its times are plain numbers, not dates, and cannot be imported"_s
                                 : u"timetype \"%1\" is not supported: only Gregorian timelines (\"gregoriantime\") can be imported"_s.arg(type.left(40)));
                return;
            }
        } else if (name == u"categories") {
            readCategories(xml);
        } else if (name == u"events") {
            readEvents(xml);
        } else if (name == u"eras") {
            readEras(xml);
        } else {
            xml.skipCurrentElement(); // version, view, now
        }
    }
    if (!m_categories.isEmpty()) {
        QStringList colours;
        for (const QString &name : std::as_const(m_categoryOrder))
            colours << u"%1 (%2)"_s.arg(tagPath(name), m_categories.value(name).color);
        out.notes << u"category colours are not kept (Dateline colours tag lanes itself): %1"_s.arg(colours.join(u", "_s));
    }
    if (m_fuzzyTimes)
        out.notes << u"fuzzy events with times of day, kept to the day (as fuzzy dates are): %1"_s.arg(m_fuzzyTimes);
    if (m_orphans)
        out.notes << u"subevents naming a container that does not precede them, imported as plain events: %1"_s.arg(m_orphans);
    if (m_alerts)
        out.notes << u"alerts left out: %1"_s.arg(m_alerts);
    if (m_icons)
        out.notes << u"icons left out: %1"_s.arg(m_icons);
}

} // namespace

ImportedContent readTheTimelineProj(const QByteArray &data)
{
    Reader reader;
    // Timeline before 0.10 saved a text format ("# Written by Timeline 0.5.0 on ...", then
    // EVENT: lines); its later versions still open it and save it as XML.
    if (data.startsWith("# Written by Timeline")) {
        reader.out.fatal = true;
        reader.out.rejected.push_back({1, u"this is the text format of Timeline versions before 0.10, which Dateline does not read: "
                                          "open the file in a newer version of Timeline and save it, then import that"_s});
        return std::move(reader.out);
    }
    QXmlStreamReader xml(data);
    xml.setNamespaceProcessing(false);
    // Find the root; refuse DTDs outright: .timeline files have none, and they are the door to
    // entity expansion attacks.
    while (!xml.atEnd() && !xml.isStartElement()) {
        xml.readNext();
        if (xml.isDTD()) {
            reader.out.fatal = true;
            reader.out.rejected.push_back({xml.lineNumber(), u"the file declares a DTD; .timeline files have none and it is not read"_s});
            return std::move(reader.out);
        }
    }
    if (!xml.isStartElement() || xml.name() != u"timeline") {
        reader.out.fatal = true;
        reader.out.rejected.push_back({xml.lineNumber(), xml.hasError()
                                           ? u"not well-formed XML: %1"_s.arg(xml.errorString())
                                           : u"not a .timeline file: the root element is not <timeline>"_s});
        return std::move(reader.out);
    }
    reader.read(xml);
    if (xml.hasError()) {
        // Nothing is taken from a broken file: the rest of it cannot be trusted to be complete.
        ImportedContent broken;
        broken.fatal = true;
        broken.rejected.push_back({xml.lineNumber(), u"not well-formed XML: %1 (column %2)"_s.arg(xml.errorString()).arg(xml.columnNumber())});
        return broken;
    }
    return std::move(reader.out);
}

bool looksLikeTheTimelineProj(const QByteArray &head)
{
    if (head.startsWith("# Written by Timeline")) // the old text format, refused with a clear message
        return true;
    const qsizetype root = head.indexOf("<timeline");
    const char after = root >= 0 && root + 9 < head.size() ? head[root + 9] : '\0';
    return (after == '>' || after == ' ' || after == '\n' || after == '\r' || after == '\t')
           && (head.contains("<version>") || head.contains("<categories") || head.contains("<events"));
}

} // namespace dateline
