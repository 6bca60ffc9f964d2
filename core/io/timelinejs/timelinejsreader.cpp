// TimelineJS3 (and legacy TimelineJS2) JSON -> imported content.
#include "core/io/interchange/foundsources.h"
#include "core/io/interchange/htmltext.h"
#include "core/io/interchange/jsonlines.h"
#include "core/io/timelinejs/timelinejs.h"
#include "core/io/timelinejs/timelinejsdates.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString();
}

// One entry of "events" (TimelineJS3) or "date" (TimelineJS2), normalised.
struct RawSlide {
    std::optional<CalendarParts> start, end;
    QString dateError;
    QString display;
    QString headline, text;       // HTML
    QString group;
    QString mediaUrl, caption, credit;
};

class Reader {
public:
    ImportedContent out;

    void readV3(const QJsonObject &root, const QByteArray &data);
    void readV2(const QJsonObject &timeline, const QByteArray &data);
    void finish(); // notes on what was adapted

private:
    // (what: "event 3", "era 1": a file on one line has every error on line 1)
    void addSlide(const RawSlide &slide, qint64 line, const QString &what);
    void addEra(const RawSlide &slide, qint64 line, const QString &what);
    std::optional<FuzzyDate> slideDate(const RawSlide &slide, qint64 line, const QString &what);
    ActorId speaker(const QString &label);
    void reject(qint64 line, const QString &message) { out.rejected.push_back({line, message}); }

    FoundSources m_sources{out.content};
    QHash<QString, ActorId> m_speakers;
    qsizetype m_displayNotUnderstood = 0, m_truncated = 0, m_untitled = 0, m_htmlMedia = 0;
    bool m_cosmological = false; // "scale": "cosmological": years are plain numbers
};

// "“Words.”" -> "Words.": the marks belong to the presentation, not to the quote.
QString withoutQuotationMarks(const QString &text)
{
    static const QString open = u"\"\u201C\u201E\u00AB'"_s, close = u"\"\u201D\u201C\u00BB'"_s;
    if (text.size() >= 2) {
        const qsizetype k = open.indexOf(text.front());
        if (k >= 0 && text.back() == close[k])
            return text.mid(1, text.size() - 2).trimmed();
    }
    return text;
}

// A media URL that shows a picture, a sound or a video rather than a page of text: by the file's
// extension or by the sites TimelineJS embeds players from.
bool isPictureOrVideo(const QString &url)
{
    const QUrl parsed(url);
    const QString path = parsed.path().toLower();
    const QString suffix = path.mid(path.lastIndexOf(u'.') + 1);
    static const QStringList mediaSuffixes{u"jpg"_s, u"jpeg"_s, u"png"_s, u"gif"_s, u"svg"_s, u"webp"_s, u"bmp"_s,
                                           u"tif"_s, u"tiff"_s, u"mp3"_s, u"wav"_s, u"ogg"_s, u"mp4"_s, u"webm"_s,
                                           u"mov"_s};
    if (path.contains(u'.') && mediaSuffixes.contains(suffix))
        return true;
    QString host = parsed.host().toLower();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    static const QStringList players{u"youtube.com"_s, u"youtu.be"_s, u"vimeo.com"_s, u"dailymotion.com"_s,
                                     u"soundcloud.com"_s, u"flickr.com"_s, u"instagram.com"_s, u"giphy.com"_s,
                                     u"upload.wikimedia.org"_s, u"commons.wikimedia.org"_s};
    return std::any_of(players.cbegin(), players.cend(), [&](const QString &site) {
        return host == site || host.endsWith(u'.' + site);
    });
}

RawSlide slideFromV3(const QJsonObject &o)
{
    RawSlide s;
    s.start = timelinejs::partsFromValue(o.value("start_date"_L1), "start_date"_L1, &s.dateError);
    if (!s.start && s.dateError.isEmpty())
        s.dateError = o.contains("start_date"_L1) ? u"start_date is empty"_s : u"start_date is missing"_s;
    if (s.dateError.isEmpty())
        s.end = timelinejs::partsFromValue(o.value("end_date"_L1), "end_date"_L1, &s.dateError);
    s.display = str(o, "display_date"_L1);
    if (s.display.isEmpty() && o.value("start_date"_L1).isObject())
        s.display = str(o.value("start_date"_L1).toObject(), "display_date"_L1);
    const QJsonObject text = o.value("text"_L1).toObject();
    s.headline = str(text, "headline"_L1);
    s.text = str(text, "text"_L1);
    s.group = str(o, "group"_L1);
    const QJsonObject media = o.value("media"_L1).toObject();
    s.mediaUrl = str(media, "url"_L1);
    s.caption = str(media, "caption"_L1);
    s.credit = str(media, "credit"_L1);
    return s;
}

RawSlide slideFromV2(const QJsonObject &o)
{
    RawSlide s;
    QString error;
    s.start = timelinejs::partsFromLegacy(str(o, "startDate"_L1), &error);
    if (!error.isEmpty())
        s.dateError = u"startDate: "_s + error;
    const QString end = str(o, "endDate"_L1);
    if (s.dateError.isEmpty() && !end.trimmed().isEmpty()) {
        s.end = timelinejs::partsFromLegacy(end, &error);
        if (!error.isEmpty())
            s.dateError = u"endDate: "_s + error;
    }
    s.headline = str(o, "headline"_L1);
    s.text = str(o, "text"_L1);
    s.group = str(o, "tag"_L1);
    const QJsonObject asset = o.value("asset"_L1).toObject();
    s.mediaUrl = str(asset, "media"_L1);
    s.caption = str(asset, "caption"_L1);
    s.credit = str(asset, "credit"_L1);
    return s;
}

ActorId Reader::speaker(const QString &labelIn)
{
    QString label = labelIn;
    while (!label.isEmpty() && (label[0] == u'\u2014' || label[0] == u'\u2013' || label[0] == u'-' || label[0].isSpace()))
        label.remove(0, 1);
    label = label.simplified();
    if (label.isEmpty())
        return ActorId();
    if (const auto found = m_speakers.constFind(label); found != m_speakers.cend())
        return *found;
    Actor a;
    a.id = ActorId(qint64(out.content.actors.size()) + 1);
    a.label = label;
    out.content.actors.push_back(a);
    m_speakers.insert(label, a.id);
    return a.id;
}

std::optional<FuzzyDate> Reader::slideDate(const RawSlide &s, qint64 line, const QString &what)
{
    if (!s.dateError.isEmpty() || !s.start) {
        reject(line, u"%1: %2"_s.arg(what, s.dateError));
        return std::nullopt;
    }
    CalendarParts startParts = *s.start;
    std::optional<CalendarParts> endParts = s.end;
    if (!m_cosmological) {
        startParts.year = timelinejs::astronomicalYear(startParts.year);
        if (endParts)
            endParts->year = timelinejs::astronomicalYear(endParts->year);
    }
    QString error;
    bool truncated = false, endTruncated = false;
    const std::optional<QString> start = edtfFromParts(startParts, &error, &truncated);
    std::optional<QString> end;
    if (start && endParts)
        end = edtfFromParts(*endParts, &error, &endTruncated);
    if (!start || (endParts && !end)) {
        reject(line, u"%1: %2"_s.arg(what, error));
        return std::nullopt;
    }
    if (truncated || endTruncated)
        ++m_truncated;
    bool understood = true;
    QString endText = end.value_or(QString());
    if (endText == *start)
        endText.clear(); // the same unit twice is that unit
    const FuzzyDate date = timelinejs::dateWithDisplay(*start, endText, htmlToLine(s.display), &understood);
    if (!date.isValid()) {
        QString why;
        FuzzyDate::fromEdtf(endText.isEmpty() ? *start : *start + u'/' + endText, &why);
        reject(line, u"%1: %2"_s.arg(what, why));
        return std::nullopt;
    }
    if (!understood)
        ++m_displayNotUnderstood;
    return date;
}

void Reader::addSlide(const RawSlide &s, qint64 line, const QString &what)
{
    const std::optional<FuzzyDate> date = slideDate(s, line, what);
    if (!date)
        return;
    Event e;
    e.id = EventId(qint64(out.content.events.size()) + 1);
    e.date = *date;
    const HtmlContent body = htmlToText(s.text, Blockquotes::Extract);
    e.title = htmlToLine(s.headline);
    e.description = body.text;
    if (e.title.isEmpty()) {
        ++m_untitled;
        e.title = body.text.section(u'\n', 0, 0).left(80);
        if (e.title.isEmpty())
            e.title = u"(untitled)"_s;
    }
    const QString group = htmlToLine(s.group);
    if (!group.isEmpty())
        e.tags << group;
    m_sources.addLinks(body.links);

    // Media: a URL with caption and credit is a source; a blockquote or quoted text is a quote.
    SourceId mediaSource;
    bool mediaIsPage = false;
    const QString mediaUrl = s.mediaUrl.trimmed();
    const QString caption = htmlToLine(s.caption), credit = htmlToLine(s.credit);
    std::vector<HtmlBlockquote> quotes;
    const bool quotedText = !mediaUrl.isEmpty() && QStringView(u"\"\u201C\u201E\u00AB'").contains(mediaUrl[0]);
    if (mediaUrl.startsWith(u"<blockquote", Qt::CaseInsensitive) || quotedText) {
        HtmlContent media = htmlToText(mediaUrl, Blockquotes::Extract);
        if (media.blockquotes.empty())
            media.blockquotes.push_back({withoutQuotationMarks(media.text), QString()});
        for (HtmlBlockquote &q : media.blockquotes)
            quotes.push_back(q);
        mediaSource = m_sources.add(caption, credit, QString());
    } else if (mediaUrl.startsWith(u'<')) {
        ++m_htmlMedia; // embedded HTML (iframes): nothing safe to keep but the caption and credit
        mediaSource = m_sources.add(caption, credit, QString());
    } else {
        // A media without a caption still needs a title in a list of sources: the event's.
        const QString url = safeUrl(mediaUrl);
        mediaIsPage = !url.isEmpty() && !isPictureOrVideo(url);
        mediaSource = m_sources.add(caption.isEmpty() && !url.isEmpty() ? e.title : caption, credit, url);
    }
    // A quote shown as the media cites the media's caption and credit. A blockquote in the text
    // cites the media when that is a page (an article, as Dateline writes it), not when it is a
    // picture or a video: a photo's credit is not the source of what was said.
    const std::size_t citingMedia = mediaIsPage ? std::numeric_limits<std::size_t>::max() : quotes.size();
    for (const HtmlBlockquote &q : body.blockquotes)
        quotes.push_back(q);
    for (std::size_t i = 0; i < quotes.size(); ++i) {
        Quote quote;
        quote.id = QuoteId(qint64(out.content.quotes.size()) + 1);
        quote.text = quotes[i].text;
        quote.speaker = speaker(quotes[i].cite);
        quote.source = i < citingMedia ? mediaSource : SourceId();
        quote.events = {e.id};
        if (!quote.text.isEmpty())
            out.content.quotes.push_back(quote);
    }
    out.content.events.push_back(e);
}

void Reader::addEra(const RawSlide &s, qint64 line, const QString &what)
{
    const std::optional<FuzzyDate> date = slideDate(s, line, what);
    if (!date)
        return;
    Era era;
    era.id = EraId(qint64(out.content.eras.size()) + 1);
    era.name = htmlToLine(s.headline);
    era.span = *date;
    out.content.eras.push_back(era);
}

void Reader::readV3(const QJsonObject &root, const QByteArray &data)
{
    const QJsonObject title = root.value("title"_L1).toObject();
    out.content.title = htmlToLine(str(title.value("text"_L1).toObject(), "headline"_L1));
    m_cosmological = root.value("scale"_L1).toString().compare("cosmological"_L1, Qt::CaseInsensitive) == 0;
    if (!htmlToText(str(title.value("text"_L1).toObject(), "text"_L1)).text.isEmpty())
        out.notes << u"the title slide's text is not kept (a document has a title only)"_s;
    const QJsonObject titleMedia = title.value("media"_L1).toObject();
    if (!titleMedia.isEmpty() && !str(titleMedia, "url"_L1).startsWith(u'<'))
        m_sources.add(htmlToLine(str(titleMedia, "caption"_L1)), htmlToLine(str(titleMedia, "credit"_L1)),
                      safeUrl(str(titleMedia, "url"_L1)));

    const std::vector<qint64> eventLines = jsonArrayElementLines(data, {"events"});
    const QJsonArray events = root.value("events"_L1).toArray();
    for (qsizetype k = 0; k < events.size(); ++k) {
        const qint64 line = size_t(k) < eventLines.size() ? eventLines[size_t(k)] : 0;
        if (!events[k].isObject()) {
            reject(line, u"event %1 is not an object"_s.arg(k + 1));
            continue;
        }
        addSlide(slideFromV3(events[k].toObject()), line, u"event %1"_s.arg(k + 1));
    }
    const std::vector<qint64> eraLines = jsonArrayElementLines(data, {"eras"});
    const QJsonArray eras = root.value("eras"_L1).toArray();
    for (qsizetype k = 0; k < eras.size(); ++k) {
        const qint64 line = size_t(k) < eraLines.size() ? eraLines[size_t(k)] : 0;
        if (!eras[k].isObject()) {
            reject(line, u"era %1 is not an object"_s.arg(k + 1));
            continue;
        }
        addEra(slideFromV3(eras[k].toObject()), line, u"era %1"_s.arg(k + 1));
    }
}

void Reader::readV2(const QJsonObject &timeline, const QByteArray &data)
{
    out.content.title = htmlToLine(str(timeline, "headline"_L1));
    if (!htmlToText(str(timeline, "text"_L1)).text.isEmpty())
        out.notes << u"the title slide's text is not kept (a document has a title only)"_s;
    const std::vector<qint64> lines = jsonArrayElementLines(data, {"timeline", "date"});
    const QJsonArray dates = timeline.value("date"_L1).toArray();
    for (qsizetype k = 0; k < dates.size(); ++k) {
        const qint64 line = size_t(k) < lines.size() ? lines[size_t(k)] : 0;
        if (!dates[k].isObject()) {
            reject(line, u"date entry %1 is not an object"_s.arg(k + 1));
            continue;
        }
        addSlide(slideFromV2(dates[k].toObject()), line, u"date entry %1"_s.arg(k + 1));
    }
    const std::vector<qint64> eraLines = jsonArrayElementLines(data, {"timeline", "era"});
    const QJsonArray eras = timeline.value("era"_L1).toArray();
    for (qsizetype k = 0; k < eras.size(); ++k) {
        const qint64 line = size_t(k) < eraLines.size() ? eraLines[size_t(k)] : 0;
        if (eras[k].isObject())
            addEra(slideFromV2(eras[k].toObject()), line, u"era %1"_s.arg(k + 1));
        else
            reject(line, u"era %1 is not an object"_s.arg(k + 1));
    }
}

void Reader::finish()
{
    if (m_displayNotUnderstood)
        out.notes << u"display_date texts not read as a date, the structured dates used instead: %1"_s.arg(m_displayNotUnderstood);
    if (m_truncated)
        out.notes << u"dates with a month or day on a year beyond four digits, only the year kept: %1"_s.arg(m_truncated);
    if (m_untitled)
        out.notes << u"events without a headline, titled with the start of their text: %1"_s.arg(m_untitled);
    if (m_htmlMedia)
        out.notes << u"embedded HTML media left out (only their caption and credit kept): %1"_s.arg(m_htmlMedia);
}

} // namespace

ImportedContent readTimelineJs(const QByteArray &data)
{
    Reader reader;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        reader.out.fatal = true;
        reader.out.rejected.push_back({lineOfOffset(data, error.offset), u"not valid JSON: %1"_s.arg(error.errorString())});
        return std::move(reader.out);
    }
    const QJsonObject root = json.object();
    if (root.value("timeline"_L1).isObject() && root.value("timeline"_L1).toObject().contains("date"_L1)) {
        reader.readV2(root.value("timeline"_L1).toObject(), data);
        reader.out.notes << u"read as a legacy TimelineJS2 file"_s;
    } else if (root.value("events"_L1).isArray()) {
        reader.readV3(root, data);
    } else {
        reader.out.fatal = true;
        reader.out.rejected.push_back({1, u"not a TimelineJS file: no \"events\" list (TimelineJS3) or \"timeline\": {\"date\": [...]} (TimelineJS2)"_s});
        return std::move(reader.out);
    }
    reader.finish();
    return std::move(reader.out);
}

bool looksLikeTimelineJs(const QByteArray &head)
{
    const QByteArray trimmed = head.trimmed();
    if (!trimmed.startsWith('{'))
        return false;
    // A long title slide can push "events" past the sniffed head: its keys count too.
    const bool v3 = head.contains("\"events\"") || head.contains("\"start_date\"")
                    || (head.contains("\"title\"") && head.contains("\"headline\""));
    const bool v2 = head.contains("\"timeline\"") && (head.contains("\"startDate\"") || head.contains("\"date\""));
    return (v3 || v2) && !head.contains("\"format\": \"dateline\"");
}

} // namespace dateline
