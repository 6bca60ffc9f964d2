// SIMILE Timeline XML or JSON -> imported content. No DTDs, line numbers on every problem.
#include "core/io/interchange/htmltext.h"
#include "core/io/interchange/jsonlines.h"
#include "core/io/simile/simile.h"
#include "core/io/simile/similedates.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

CalendarParts dayOf(CalendarParts p)
{
    p.hour = p.minute = p.second = -1;
    p.zone = CalendarParts::Zone::Floating;
    return p;
}

// The unit two dates share, with the digits where they part unspecified: "2006-05-XX" for 3 and
// 17 May 2006, "199X" for 1993 and 1998, "2006-05" for May and 17 May 2006. Only while that unit
// is at most three times as long as the time from the first to the end of the last: "200X" for
// 28 December 2007 and 3 January 2008 would say much less than the file does. Empty otherwise,
// and when EDTF cannot say it (negative years, years beyond 9999, the last before the first).
QString sharedUnit(const CalendarParts &first, const CalendarParts &last)
{
    const std::optional<QString> firstText = edtfFromParts(first, nullptr), lastText = edtfFromParts(last, nullptr);
    if (!firstText || !lastText)
        return QString();
    const TimePoint from = FuzzyDate::fromEdtf(*firstText).bounds().earliestStart;
    const TimePoint to = FuzzyDate::fromEdtf(*lastText).bounds().latestEnd;
    // The fields both give, without a time.
    CalendarParts a = dayOf(first), b = dayOf(last);
    if (a.month == 0 || b.month == 0)
        a.month = b.month = a.day = b.day = 0;
    else if (a.day == 0 || b.day == 0)
        a.day = b.day = 0;
    const QString left = *edtfFromParts(a, nullptr);
    QString edtf = left;
    if (a.year != b.year) {
        if (a.year < 0 || b.year < 0 || a.year > 9999 || b.year > 9999)
            return QString();
        const QString x = QString::number(a.year).rightJustified(4, u'0');
        const QString y = QString::number(b.year).rightJustified(4, u'0');
        qsizetype same = 0;
        while (same < 4 && x[same] == y[same])
            ++same;
        edtf = x.left(same) + QString(4 - same, u'X');
    } else if (a.month != b.month) {
        edtf = left.left(left.indexOf(u'-', 1)) + (a.day ? u"-XX-XX"_s : u"-XX"_s);
    } else if (a.day != b.day) {
        edtf = left.left(left.lastIndexOf(u'-')) + u"-XX"_s;
    }
    const FuzzyDate unit = FuzzyDate::fromEdtf(edtf);
    if (!unit.isValid() || to <= from)
        return QString();
    const DateBounds span = unit.bounds();
    return span.latestEnd - span.earliestStart <= 3 * (to - from) ? edtf : QString();
}

// A start (or end) the file knows only to lie between a and b (start and latestStart, or
// earliestEnd and end), `kept` being the one it gives as the start (end) itself: that date when
// a and b are the same, else the unit they share, else the kept date marked approximate ("1999~"
// for 1999 to 2001: an end of an EDTF interval cannot be a range such as [1999..2001]), or as it
// is when it has a time, which EDTF does not qualify. *leftOut counts the bounds those two leave out.
QString fuzzyEnd(const CalendarParts &a, const CalendarParts &b, const CalendarParts &kept, qsizetype *leftOut)
{
    const QString exact = *edtfFromParts(kept, nullptr);
    if (a == b)
        return exact;
    if (QString unit = sharedUnit(a, b); !unit.isEmpty())
        return unit;
    ++*leftOut;
    const QString approximate = exact + u'~';
    return FuzzyDate::fromEdtf(approximate).isValid() ? approximate : exact;
}

// The line a start tag begins on (its attributes may span lines; the stream reader only knows
// where the tag ends). Works when the reader reads `text`, so that its character offsets index
// it; '<' cannot occur inside a tag, so the last one before the offset opens the tag.
class TagLines {
public:
    explicit TagLines(QString text) : m_text(std::move(text)) {}
    bool usable() const { return !m_text.isNull(); }
    const QString &text() const { return m_text; }
    qint64 startLine(qint64 tagEnd)
    {
        const qsizetype open = m_text.lastIndexOf(u'<', std::clamp<qint64>(tagEnd - 1, 0, m_text.size() - 1));
        if (open < m_pos) // offsets only grow; anything else means the reader is not on m_text
            return 0;
        m_line += QStringView(m_text).mid(m_pos, open - m_pos).count(u'\n');
        m_pos = open;
        return m_line;
    }

private:
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
};

// The file as text when it is UTF-8 (declared or not), so that tag lines can be found.
QString utf8Text(const QByteArray &data)
{
    static const QRegularExpression declared(u"^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)"_s);
    const QByteArray head = data.left(200);
    const auto m = declared.match(QString::fromLatin1(head));
    if (m.hasMatch() && m.captured(1).compare(u"utf-8"_s, Qt::CaseInsensitive) != 0)
        return QString();
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
    return decode.hasError() ? QString() : text;
}

// One event as the XML (attributes and element text) or the JSON (an object) gives it.
struct RawEvent {
    qint64 line = 0;
    QString start, end, latestStart, earliestEnd; // date texts
    bool duration = false;
    QString title, descriptionHtml, link, image;
};

class Reader {
public:
    ImportedContent out;
    std::optional<TagLines> tagLines;
    void readXmlEvent(QXmlStreamReader &xml);
    void readJson(const QByteArray &data);
    void finish();

private:
    void addEvent(const RawEvent &raw);
    std::optional<CalendarParts> date(const QString &text, QLatin1StringView name, qint64 line, bool *bad);
    SourceId source(const QString &title, const QString &url);

    QHash<QString, SourceId> m_sources;
    qsizetype m_images = 0, m_fuzzyDropped = 0;
};

SourceId Reader::source(const QString &title, const QString &url)
{
    if (url.isEmpty())
        return SourceId();
    if (const auto found = m_sources.constFind(url); found != m_sources.cend())
        return *found;
    Source s;
    s.id = SourceId(qint64(out.content.sources.size()) + 1);
    s.title = title;
    s.url = url;
    out.content.sources.push_back(s);
    m_sources.insert(url, s.id);
    return s.id;
}

std::optional<CalendarParts> Reader::date(const QString &textIn, QLatin1StringView name, qint64 line, bool *bad)
{
    const QString text = textIn.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<CalendarParts> parts = simile::parseDate(text, &error);
    if (parts && !edtfFromParts(*parts, &error))
        parts.reset();
    if (!parts) {
        out.rejected.push_back({line, u"%1: %2"_s.arg(name, error)});
        *bad = true;
    }
    return parts;
}

void Reader::readXmlEvent(QXmlStreamReader &xml)
{
    RawEvent raw;
    const qint64 tagStart = tagLines ? tagLines->startLine(xml.characterOffset()) : 0;
    raw.line = tagStart > 0 ? tagStart : xml.lineNumber();
    const QXmlStreamAttributes attrs = xml.attributes();
    raw.start = attrs.value("start"_L1).toString();
    raw.end = attrs.value("end"_L1).toString();
    raw.latestStart = attrs.value("latestStart"_L1).toString();
    raw.earliestEnd = attrs.value("earliestEnd"_L1).toString();
    raw.duration = attrs.value("isDuration"_L1).trimmed().toString().toLower() == u"true"
                   || attrs.value("durationEvent"_L1).trimmed().toString().toLower() == u"true";
    raw.title = attrs.value("title"_L1).toString();
    raw.link = attrs.value("link"_L1).toString();
    raw.image = attrs.value("image"_L1).toString();
    raw.descriptionHtml = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    addEvent(raw);
}

void Reader::addEvent(const RawEvent &raw)
{
    const qint64 line = raw.line;
    bool bad = false;
    const std::optional<CalendarParts> start = date(raw.start, "start"_L1, line, &bad);
    const std::optional<CalendarParts> end = date(raw.end, "end"_L1, line, &bad);
    const std::optional<CalendarParts> latestStart = date(raw.latestStart, "latestStart"_L1, line, &bad);
    const std::optional<CalendarParts> earliestEnd = date(raw.earliestEnd, "earliestEnd"_L1, line, &bad);
    if (bad)
        return;
    if (!start) {
        out.rejected.push_back({line, u"event without a start"_s});
        return;
    }
    const QString startText = *edtfFromParts(*start, nullptr);
    QString edtf = startText;
    if (end && raw.duration) {
        // A duration: latestStart and earliestEnd say how far its ends are known.
        const QString endText = *edtfFromParts(*end, nullptr);
        const QString from = latestStart ? fuzzyEnd(*start, *latestStart, *start, &m_fuzzyDropped) : startText;
        const QString to = earliestEnd ? fuzzyEnd(*earliestEnd, *end, *end, &m_fuzzyDropped) : endText;
        // Fuzzy ends keep it an interval, even when they became the same unit ("196X/196X").
        const bool fuzzy = from != startText || to != endText;
        edtf = from == to && !fuzzy ? from : from + u'/' + to;
    } else if (end) {
        // An instant with an end is SIMILE's "imprecise instant": one moment in that range.
        const QString to = *edtfFromParts(*end, nullptr);
        if (to != startText)
            edtf = u"[%1..%2]"_s.arg(startText, to);
    }
    QString error;
    const FuzzyDate date = FuzzyDate::fromEdtf(edtf, &error);
    if (!date.isValid()) {
        out.rejected.push_back({line, u"start \"%1\", end \"%2\": %3"_s.arg(raw.start.left(60), raw.end.left(60), error)});
        return;
    }
    Event e;
    e.id = EventId(qint64(out.content.events.size()) + 1);
    e.date = date;
    const HtmlContent description = htmlToText(raw.descriptionHtml);
    e.title = htmlToLine(raw.title);
    e.description = description.text;
    if (e.title.isEmpty())
        e.title = description.text.section(u'\n', 0, 0).left(80);
    if (e.title.isEmpty())
        e.title = u"(untitled)"_s;
    source(e.title, safeUrl(raw.link));
    for (const HtmlLink &link : description.links)
        source(link.text, link.url);
    m_images += !raw.image.trimmed().isEmpty();
    out.content.events.push_back(e);
}

// JSON gives dates as strings or as numbers (a bare year).
QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    return QString();
}

bool jsonTrue(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    return v.isString() && v.toString().trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

void Reader::readJson(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !json.object().value("events"_L1).isArray()) {
        out.fatal = true;
        out.rejected.push_back({error.error != QJsonParseError::NoError ? lineOfOffset(data, error.offset) : 1,
                                error.error != QJsonParseError::NoError ? u"not valid JSON: %1"_s.arg(error.errorString())
                                                                        : u"not a SIMILE Timeline file: no \"events\" list"_s});
        return;
    }
    const std::vector<qint64> lines = jsonArrayElementLines(data, {"events"});
    const QJsonArray events = json.object().value("events"_L1).toArray();
    for (qsizetype k = 0; k < events.size(); ++k) {
        RawEvent raw;
        raw.line = size_t(k) < lines.size() ? lines[size_t(k)] : 0;
        if (!events[k].isObject()) {
            out.rejected.push_back({raw.line, u"event %1 is not an object"_s.arg(k + 1)});
            continue;
        }
        const QJsonObject o = events[k].toObject();
        raw.start = jsonText(o.value("start"_L1));
        raw.end = jsonText(o.value("end"_L1));
        raw.latestStart = jsonText(o.value("latestStart"_L1));
        raw.earliestEnd = jsonText(o.value("earliestEnd"_L1));
        // SIMILE's JSON loader makes an event with an end a duration unless durationEvent is false;
        // there, "isDuration": true means an instant (an inversion SIMILE keeps for old files).
        const QJsonValue durationEvent = o.value("durationEvent"_L1);
        const bool instant = jsonTrue(o.value("isDuration"_L1))
                             || (!durationEvent.isUndefined() && !durationEvent.isNull() && !jsonTrue(durationEvent));
        raw.duration = !instant;
        raw.title = jsonText(o.value("title"_L1));
        raw.descriptionHtml = jsonText(o.value("description"_L1));
        raw.link = jsonText(o.value("link"_L1));
        raw.image = jsonText(o.value("image"_L1));
        addEvent(raw);
    }
}

void Reader::finish()
{
    if (m_images)
        out.notes << u"images left out (Dateline keeps no pictures): %1"_s.arg(m_images);
    if (m_fuzzyDropped)
        out.notes << u"latestStart or earliestEnd bounds left out (an end of an EDTF interval cannot be a range; the start "
                     u"or end they narrow is kept, marked approximate (~) unless it has a time): %1"_s.arg(m_fuzzyDropped);
}

} // namespace

ImportedContent readSimile(const QByteArray &data)
{
    Reader reader;
    if (data.mid(data.startsWith("\xEF\xBB\xBF") ? 3 : 0).trimmed().startsWith('{')) {
        reader.readJson(data);
        reader.finish();
        return std::move(reader.out);
    }
    QXmlStreamReader xml;
    if (QString text = utf8Text(data); !text.isNull()) {
        reader.tagLines.emplace(std::move(text));
        xml.addData(reader.tagLines->text());
    } else {
        xml.addData(data);
    }
    while (!xml.atEnd() && !xml.isStartElement()) {
        xml.readNext();
        if (xml.isDTD()) {
            reader.out.fatal = true;
            reader.out.rejected.push_back({xml.lineNumber(), u"the file declares a DTD; SIMILE files have none and it is not read"_s});
            return std::move(reader.out);
        }
    }
    if (!xml.isStartElement() || xml.name() != u"data") {
        reader.out.fatal = true;
        reader.out.rejected.push_back({xml.lineNumber(), xml.hasError() ? u"not well-formed XML: %1"_s.arg(xml.errorString())
                                                                        : u"not a SIMILE Timeline file: the root element is not <data>"_s});
        return std::move(reader.out);
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"event")
            reader.readXmlEvent(xml);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError()) {
        ImportedContent broken;
        broken.fatal = true;
        broken.rejected.push_back({xml.lineNumber(), u"not well-formed XML: %1 (column %2)"_s.arg(xml.errorString()).arg(xml.columnNumber())});
        return broken;
    }
    reader.finish();
    return std::move(reader.out);
}

bool looksLikeSimile(const QByteArray &headIn)
{
    const QByteArray head = headIn.trimmed();
    if (head.startsWith('{')) {
        // SIMILE's JSON: its own keys, or events with "start" where TimelineJS has "start_date".
        static const QRegularExpression startKey(u"\"start\"\\s*:"_s);
        const bool events = head.contains("\"events\"") && startKey.match(QString::fromLatin1(head)).hasMatch();
        return (head.contains("\"dateTimeFormat\"") || head.contains("\"wikiURL\"") || events)
               && !head.contains("\"start_date\"") && !head.contains("\"startDate\"");
    }
    const qsizetype root = head.indexOf("<data");
    if (root < 0 || head.contains("<timeline>"))
        return false;
    const char after = root + 5 < head.size() ? head[root + 5] : '>';
    return (after == '>' || after == ' ' || after == '\n' || after == '\r' || after == '\t')
           && (head.contains("<event") || head.indexOf("</data>") > root || head.size() < 200);
}

} // namespace dateline
