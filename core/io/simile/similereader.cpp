// SIMILE Timeline XML -> imported content. No DTDs, line numbers on every problem.
#include "core/io/interchange/htmltext.h"
#include "core/io/simile/simile.h"
#include "core/io/simile/similedates.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

CalendarParts dayOf(CalendarParts p)
{
    p.hour = p.minute = p.second = -1;
    p.zone = CalendarParts::Zone::Floating;
    return p;
}

// A start (or end) known only to lie between a and b: the unit they share, with the digits
// where they part unspecified ("2006-05-XX" for 3 and 17 May 2006, "199X" for 1993 and 1998).
// Empty when EDTF cannot say it (the caller keeps the precise date).
QString between(CalendarParts a, CalendarParts b)
{
    a = dayOf(a);
    b = dayOf(b);
    const std::optional<QString> left = edtfFromParts(a, nullptr);
    if (!left)
        return QString();
    if (a == b)
        return *left;
    QString edtf;
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
        edtf = left->left(left->indexOf(u'-', 1)) + (a.day ? u"-XX-XX"_s : u"-XX"_s);
    } else {
        edtf = left->left(left->lastIndexOf(u'-')) + u"-XX"_s;
    }
    return FuzzyDate::fromEdtf(edtf).isValid() ? edtf : QString();
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

class Reader {
public:
    ImportedContent out;
    std::optional<TagLines> tagLines;
    void readEvent(QXmlStreamReader &xml);
    void finish();

private:
    std::optional<CalendarParts> attributeDate(const QXmlStreamAttributes &a, QLatin1StringView name, qint64 line, bool *bad);
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

std::optional<CalendarParts> Reader::attributeDate(const QXmlStreamAttributes &a, QLatin1StringView name, qint64 line, bool *bad)
{
    const QString text = a.value(name).toString().trimmed();
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

void Reader::readEvent(QXmlStreamReader &xml)
{
    const qint64 tagStart = tagLines ? tagLines->startLine(xml.characterOffset()) : 0;
    const qint64 line = tagStart > 0 ? tagStart : xml.lineNumber();
    const QXmlStreamAttributes attrs = xml.attributes();
    const QString body = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    bool bad = false;
    const std::optional<CalendarParts> start = attributeDate(attrs, "start"_L1, line, &bad);
    const std::optional<CalendarParts> end = attributeDate(attrs, "end"_L1, line, &bad);
    const std::optional<CalendarParts> latestStart = attributeDate(attrs, "latestStart"_L1, line, &bad);
    const std::optional<CalendarParts> earliestEnd = attributeDate(attrs, "earliestEnd"_L1, line, &bad);
    if (bad)
        return;
    if (!start) {
        out.rejected.push_back({line, u"event without a start"_s});
        return;
    }
    const bool duration = attrs.value("isDuration"_L1).trimmed().toString().toLower() == u"true"
                          || attrs.value("durationEvent"_L1).trimmed().toString().toLower() == u"true";
    const QString startText = *edtfFromParts(*start, nullptr);
    QString edtf = startText;
    if (end && duration) {
        // A duration: latestStart and earliestEnd say how far its ends are known.
        QString from = startText, to = *edtfFromParts(*end, nullptr);
        if (latestStart) {
            const QString fuzzy = between(*start, *latestStart);
            if (fuzzy.isEmpty())
                ++m_fuzzyDropped;
            else
                from = fuzzy;
        }
        if (earliestEnd) {
            const QString fuzzy = between(*earliestEnd, *end);
            if (fuzzy.isEmpty())
                ++m_fuzzyDropped;
            else
                to = fuzzy;
        }
        edtf = from == to ? from : from + u'/' + to;
    } else if (end) {
        // An instant with an end is SIMILE's "imprecise instant": one moment in that range.
        const QString to = *edtfFromParts(*end, nullptr);
        if (to != startText)
            edtf = u"[%1..%2]"_s.arg(startText, to);
    }
    QString error;
    const FuzzyDate date = FuzzyDate::fromEdtf(edtf, &error);
    if (!date.isValid()) {
        out.rejected.push_back({line, u"start \"%1\", end \"%2\": %3"_s.arg(attrs.value("start"_L1).toString().left(60),
                                                                             attrs.value("end"_L1).toString().left(60), error)});
        return;
    }
    Event e;
    e.id = EventId(qint64(out.content.events.size()) + 1);
    e.date = date;
    const HtmlContent description = htmlToText(body);
    e.title = htmlToLine(attrs.value("title"_L1));
    e.description = description.text;
    if (e.title.isEmpty())
        e.title = description.text.section(u'\n', 0, 0).left(80);
    if (e.title.isEmpty())
        e.title = u"(untitled)"_s;
    source(e.title, safeUrl(attrs.value("link"_L1)));
    for (const HtmlLink &link : description.links)
        source(link.text, link.url);
    m_images += !attrs.value("image"_L1).trimmed().isEmpty();
    out.content.events.push_back(e);
}

void Reader::finish()
{
    if (m_images)
        out.notes << u"%1 images left out (Dateline keeps no pictures)"_s.arg(m_images);
    if (m_fuzzyDropped)
        out.notes << u"%1 latestStart or earliestEnd bounds could not be expressed and were left out"_s.arg(m_fuzzyDropped);
}

} // namespace

ImportedContent readSimile(const QByteArray &data)
{
    Reader reader;
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
            reader.readEvent(xml);
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

bool looksLikeSimile(const QByteArray &head)
{
    const qsizetype root = head.indexOf("<data");
    if (root < 0 || head.contains("<timeline>"))
        return false;
    const char after = root + 5 < head.size() ? head[root + 5] : '>';
    return (after == '>' || after == ' ' || after == '\n' || after == '\r' || after == '\t')
           && (head.contains("<event") || head.indexOf("</data>") > root || head.size() < 200);
}

} // namespace dateline
