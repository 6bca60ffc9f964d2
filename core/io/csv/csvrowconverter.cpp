#include "core/io/csv/csvrowconverter.h"

#include "core/date/calendar.h"
#include "core/io/countrycodes.h"
#include "core/io/interchange/htmltext.h"
#include "core/io/timelinejs/timelinejsdates.h"
#include "core/model/cameo.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

// "Lavrov (target)" -> ("Lavrov", Target); a bracket that is not a role stays in the label.
std::pair<QString, ActorRole> actorWithRole(const QString &text)
{
    static const QRegularExpression role(uR"(^(.*\S)\s*\(([A-Za-z]+)\)$)"_s);
    if (const auto m = role.match(text); m.hasMatch()) {
        bool ok = false;
        const ActorRole r = roleFromName(m.captured(2), &ok);
        if (ok)
            return {m.captured(1), r};
    }
    return {text, ActorRole::Participant};
}

// ';' and line breaks (Alt+Enter in a spreadsheet) separate. In a list of names, commas do too
// when the cell has neither, as people type them ("Putin, Bush"); Dateline's own export ends a lone
// name holding a comma with ';' ("Korea, Republic of;") so that it reads back whole. Tags keep
// their commas: event types are written with them ("Protest violently, riot").
enum class Commas : bool { Keep, Separate };
QStringList splitList(const QString &cell, Commas commas = Commas::Keep)
{
    QChar separator = kCsvListSeparator;
    QString text = cell;
    text.replace(u'\n', separator);
    if (commas == Commas::Separate && !text.contains(separator))
        separator = u',';
    QStringList out;
    for (const QString &part : text.split(separator)) {
        const QString item = part.simplified();
        if (!item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

std::optional<std::int64_t> wholeNumber(const QString &text);

bool isTrue(const QString &cell)
{
    for (const char *word : {"true", "yes", "1", "x", "wahr", "ja", "vrai", "oui", "sí", "si", "verdadero"})
        if (cell.compare(QString::fromUtf8(word), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isMidnight(const QString &time)
{
    QString unused;
    const std::optional<QString> clock = time.isEmpty() ? std::nullopt : parseClockTime(time, &unused);
    return clock && (*clock == u"00:00"_s || *clock == u"00:00:00"_s);
}

// "2008-04-07" -> "2008-04-06"; anything but a whole day is returned as it is.
QString dayBefore(const QString &edtf)
{
    const FuzzyDate day = FuzzyDate::fromEdtf(edtf);
    if (edtf.size() != 10 || !day.isValid())
        return edtf;
    const CivilDate d = calendar::civilFromDays(calendar::daysFromCivil({edtf.left(4).toLongLong(), edtf.mid(5, 2).toInt(),
                                                                         edtf.mid(8, 2).toInt()}) - 1);
    return u"%1-%2-%3"_s.arg(d.year, 4, 10, QLatin1Char('0')).arg(d.month, 2, 10, QLatin1Char('0')).arg(d.day, 2, 10, QLatin1Char('0'));
}

// 0-100, or the priority words of calendars and task lists (Outlook's High, Normal, Low).
std::optional<int> importanceValue(const QString &text)
{
    if (const auto v = wholeNumber(text))
        return *v >= 0 && *v <= 100 ? std::optional<int>(int(*v)) : std::nullopt;
    static const std::pair<QLatin1StringView, int> words[] = {
        {"highest"_L1, 90}, {"very high"_L1, 90}, {"critical"_L1, 90}, {"urgent"_L1, 90}, {"high"_L1, 75},
        {"normal"_L1, 50},  {"medium"_L1, 50},    {"moderate"_L1, 50}, {"low"_L1, 25},    {"very low"_L1, 10},
        {"lowest"_L1, 10}};
    const QString word = text.simplified();
    for (const auto &[name, value] : words)
        if (word.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

std::optional<std::int64_t> wholeNumber(const QString &text)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(v) : std::nullopt;
}

// A number in a split date's column as spreadsheets and scripts write it: a year with thousands
// separators ("1,900", "1.900", "13,700,000,000": a number format's display, which TimelineJS's
// sheet reader strips too) and any field with a zero fraction ("2008.0", "3.0": pandas writes a
// column with empty cells as floats).
std::optional<std::int64_t> dateFieldNumber(const QString &text)
{
    if (const auto v = wholeNumber(text))
        return v;
    static const QRegularExpression grouped(uR"(^-?\d{1,3}([,.'\x{00A0}\x{202F} ])\d{3}(?:\1\d{3})*$)"_s);
    static const QRegularExpression zeroFraction(uR"(^-?\d+\.0+$)"_s);
    const QString t = text.trimmed();
    if (const auto m = grouped.match(t); m.hasMatch())
        return wholeNumber(QString(t).remove(m.captured(1)));
    if (zeroFraction.match(t).hasMatch())
        return wholeNumber(t.left(t.indexOf(u'.')));
    return std::nullopt;
}

QDateTime stamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // a stamp without a zone is taken as UTC, as the exporter writes it
    return t.toUTC();
}

int monthNumber(const QString &text)
{
    if (const auto n = dateFieldNumber(text))
        return *n >= 1 && *n <= 12 ? int(*n) : 0;
    const QString w = text.toLower();
    static const QStringList names{u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s,
                                   u"july"_s, u"august"_s, u"september"_s, u"october"_s, u"november"_s, u"december"_s};
    for (int i = 0; i < 12; ++i) {
        if (w.size() >= 3 && names[i].startsWith(w))
            return i + 1;
    }
    return 0;
}

} // namespace

CsvRowConverter::CsvRowConverter(CsvMapping mapping, const DateReading &reading)
    : m_mapping(std::move(mapping))
    , m_reading(reading)
{
}

QString CsvRowConverter::cell(const CsvRecord &record, CsvField field) const
{
    const qsizetype column = m_mapping.column(field);
    return column >= 0 && column < record.fields.size() ? record.fields[column].trimmed() : QString();
}

QString CsvRowConverter::rawCell(const CsvRecord &record, CsvField field) const
{
    const qsizetype column = m_mapping.column(field);
    return column >= 0 && column < record.fields.size() ? record.fields[column] : QString();
}

QStringList CsvRowConverter::cells(const CsvRecord &record, CsvField field) const
{
    QStringList out;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (m_mapping.field(i) == field && !record.fields[i].trimmed().isEmpty())
            out << record.fields[i].trimmed();
    }
    return out;
}

bool CsvRowConverter::readSplitDate(const CsvRecord &record, CsvField yearField, CsvField monthField,
                                    CsvField dayField, QString *edtf, QString *reason) const
{
    const QString y = cell(record, yearField), m = cell(record, monthField), d = cell(record, dayField);
    if (y.isEmpty()) {
        if (!m.isEmpty() || !d.isEmpty())
            *reason = u"%1: a month or day without a year"_s.arg(csvFieldName(yearField));
        return reason->isEmpty();
    }
    const auto written = dateFieldNumber(y);
    if (!written) {
        *reason = u"%1 \"%2\" is not a whole number"_s.arg(csvFieldName(yearField), y);
        return false;
    }
    // A year column counts years before 1 CE as people (and TimelineJS, whose template has these
    // columns) do, without a year zero: -44 is 44 BCE, astronomical -43.
    const qint64 year = *written < 0 ? *written + 1 : *written;
    const qint64 ay = year < 0 ? -year : year;
    *edtf = ay > 9999 ? u"Y%1"_s.arg(year)
                      : (year < 0 ? u"-"_s : QString()) + u"%1"_s.arg(ay, 4, 10, QLatin1Char('0'));
    if (m.isEmpty()) {
        if (!d.isEmpty())
            *reason = u"%1: a day without a month"_s.arg(csvFieldName(dayField));
        return reason->isEmpty();
    }
    const int month = monthNumber(m);
    if (month < 1 || month > 12) {
        *reason = u"%1 \"%2\" is not a month"_s.arg(csvFieldName(monthField), m);
        return false;
    }
    *edtf += u"-%1"_s.arg(month, 2, 10, QLatin1Char('0'));
    if (!d.isEmpty()) {
        const auto day = dateFieldNumber(d);
        if (!day || *day < 1 || *day > 31) {
            *reason = u"%1 \"%2\" is not a day of the month"_s.arg(csvFieldName(dayField), d);
            return false;
        }
        if (ay <= 9999 && *day > calendar::daysInMonth(year, month)) {
            *reason = u"%1 \"%2\": %3 has no day %2"_s.arg(csvFieldName(dayField), d, *edtf);
            return false;
        }
        *edtf += u"-%1"_s.arg(int(*day), 2, 10, QLatin1Char('0'));
    }
    return true;
}

FuzzyDate CsvRowConverter::readDate(const CsvRecord &record, QString *reason) const
{
    QString start, end, why;
    if (m_mapping.has(CsvField::Year) || m_mapping.has(CsvField::EndYear)) {
        if (!readSplitDate(record, CsvField::Year, CsvField::Month, CsvField::Day, &start, reason)
            || !readSplitDate(record, CsvField::EndYear, CsvField::EndMonth, CsvField::EndDay, &end, reason))
            return {};
    }
    QString dateText = cell(record, CsvField::Date), endText = cell(record, CsvField::EndDate);
    QString timeText = cell(record, CsvField::Time), endTimeText = cell(record, CsvField::EndTime);
    // A time column alone holds whole dates ("time" or "timestamp" exports); beside a date it is
    // the clock time of that day.
    const bool timesAreDates = !m_mapping.has(CsvField::Date) && !m_mapping.has(CsvField::Year);
    if (timesAreDates) {
        dateText = timeText;
        if (!m_mapping.has(CsvField::EndDate) && !m_mapping.has(CsvField::EndYear))
            endText = endTimeText;
    }
    if (start.isEmpty() && !dateText.isEmpty()) {
        const FuzzyDate d = parseDateForm(dateText, m_reading, &why);
        if (!d.isValid()) {
            *reason = u"date \"%1\": %2"_s.arg(dateText, why);
            return {};
        }
        start = d.toEdtf();
    }
    if (end.isEmpty() && !endText.isEmpty()) {
        const FuzzyDate d = parseDateForm(endText, m_reading, &why);
        if (!d.isValid()) {
            *reason = u"end date \"%1\": %2"_s.arg(endText, why);
            return {};
        }
        end = d.toEdtf();
    }
    if (!timesAreDates && isTrue(cell(record, CsvField::AllDay))) {
        // An all-day event's times say nothing; Outlook ends one at midnight of the next day.
        if (!end.isEmpty() && end != start && isMidnight(endTimeText))
            end = dayBefore(end);
        timeText.clear();
        endTimeText.clear();
    }
    if (!timesAreDates) {
        // "14:30" beside a day; an end time without an end date ends on the start's day
        auto withTime = [&](QString &edtf, const QString &time, const char *field) {
            if (time.isEmpty())
                return true;
            const std::optional<QString> clock = parseClockTime(time, &why);
            if (!clock) {
                *reason = u"%1: %2"_s.arg(QLatin1StringView(field), why);
                return false;
            }
            if (edtf.size() != 10 || edtf.startsWith(u'-')) {
                *reason = u"%1 \"%2\" needs a full date (year, month and day)"_s.arg(QLatin1StringView(field), time);
                return false;
            }
            edtf += u'T' + *clock;
            return true;
        };
        if (end.isEmpty() && !endTimeText.isEmpty() && !start.isEmpty())
            end = start.left(10);
        if (!withTime(start, timeText, "time") || !withTime(end, endTimeText, "end time"))
            return {};
    }
    if (start.isEmpty()) {
        if (!end.isEmpty())
            *reason = u"an end date without a start date"_s;
        return {};
    }
    if (end.isEmpty() || end == start) {
        const FuzzyDate single = FuzzyDate::fromEdtf(start, &why);
        if (!single.isValid())
            *reason = u"date %1: %2"_s.arg(start, why);
        return single;
    }
    if (start.contains(u'/') || end.contains(u'/') || start.contains(u'[') || end.contains(u'[')) {
        *reason = u"date \"%1\" with end date \"%2\": an end date needs a single start date"_s.arg(dateText, endText);
        return {};
    }
    const FuzzyDate range = FuzzyDate::fromEdtf(start + u'/' + end, &why);
    if (!range.isValid())
        *reason = u"dates %1 to %2: %3"_s.arg(start, end, why);
    return range;
}

// "1918-21" is spring 1918 in EDTF, and stays so: Dateline's own CSV export writes seasons that
// way, and a cell's meaning should not hang on the other rows. Among plain years ("1914",
// "1939-45") it may be a range written with a hyphen, so those are counted for a note.
void CsvRowConverter::countYearForms(const QString &dateCell, qint64 line)
{
    static const QRegularExpression plainYear(uR"(^-?\d{3,4}(?:\s*[-–]\s*\d{2,4})?$)"_s);
    static const QRegularExpression seasonLike(uR"(^\d{2}(\d{2})-(2[1-9]|3\d|4[01])$)"_s);
    if (const auto m = seasonLike.match(dateCell); m.hasMatch()) {
        if (m.captured(2).toInt() > m.captured(1).toInt() && m_seasonLike++ == 0) {
            m_firstSeasonLike = dateCell;
            m_firstSeasonLikeLine = line;
        }
    } else if (plainYear.match(dateCell).hasMatch()) {
        ++m_plainYears;
    }
}

bool CsvRowConverter::add(const CsvRecord &record, QString *reason)
{
    reason->clear();
    Event event;
    // Text is kept as written (a round trip keeps its spaces); everything else is trimmed.
    // A table without a title column (an event dataset) has its titles made of the row's parts.
    const bool composed = !m_mapping.has(CsvField::Title);
    event.title = composed ? composedTitle(titleParts(record)) : rawCell(record, CsvField::Title);
    if (event.title.trimmed().isEmpty()) {
        *reason = composed ? u"no title, and no actors, CAMEO code, description or tags to make one of"_s : u"no title"_s;
        return false;
    }
    event.date = readDate(record, reason);
    if (!reason->isEmpty())
        return false;
    countYearForms(cell(record, CsvField::Date), record.line);
    applyDisplayDate(record, event);
    // The TimelineJS template's "title" row names the timeline and an "era" row spans a period:
    // neither is an event. Other types are kept as tags.
    const QString type = cell(record, CsvField::Type);
    if (const std::optional<bool> read = readTemplateRow(type, event, reason))
        return *read;
    event.description = rawCell(record, CsvField::Description);
    // The TimelineJS spreadsheet template (its dates split into Year, Month...) holds HTML in its
    // Text column: its words are the description, its blockquotes the event's quotes.
    std::vector<HtmlBlockquote> blockquotes;
    if (m_mapping.has(CsvField::Year) && event.description.contains(u'<')) {
        HtmlContent html = htmlToText(event.description, Blockquotes::Extract);
        event.description = html.text;
        blockquotes = std::move(html.blockquotes);
    }
    if (event.description.trimmed().isEmpty())
        event.description.clear();
    std::int64_t fileId = 0;
    PlaceCells place;
    if (!readFields(record, event, &fileId, reason) || !readPlace(record, &place, reason))
        return false;

    // The row is good: from here on it only adds.
    addActors(record, event);
    if (!type.isEmpty())
        event.tags << type;
    for (const QString &list : cells(record, CsvField::Tags)) {
        for (const QString &tag : splitList(list)) {
            if (!event.tags.contains(tag))
                event.tags << tag;
        }
    }
    event.place = placeFor(place);
    const SourceCells source = sourceCells(record);
    const SourceId sourceId = sourceFor(source.title, source.url);
    addQuotes(record, sourceId);
    addBlockquotes(std::move(blockquotes), source.embed, sourceId);
    if (fileId != 0)
        m_idLines.insert(fileId, record.line);
    if (!event.date.isValid())
        ++m_undated;
    m_fileIds.push_back(fileId);
    m_content.events.push_back(std::move(event));
    return true;
}

// The template's Display Date is what TimelineJS shows instead of the split date: read as its
// JSON's display_date is, for how sure the date is ("c. 1550", "before 1760").
void CsvRowConverter::applyDisplayDate(const CsvRecord &record, Event &event)
{
    const QString display = cell(record, CsvField::DisplayDate);
    if (display.isEmpty() || !m_mapping.has(CsvField::Year) || !event.date.isValid())
        return;
    const QString edtf = event.date.toEdtf();
    const qsizetype slash = edtf.indexOf(u'/');
    bool understood = true;
    const FuzzyDate shown = timelinejs::dateWithDisplay(edtf.left(slash), slash < 0 ? QString() : edtf.mid(slash + 1),
                                                        htmlToLine(display), &understood);
    if (shown.isValid())
        event.date = shown;
    m_displayNotRead += !understood;
}

// A "title" row names the timeline, an "era" row adds an era: whether it was read (with the reason
// when not), or nothing for a row of any other type, which is an event.
std::optional<bool> CsvRowConverter::readTemplateRow(const QString &type, const Event &event, QString *reason)
{
    if (type.compare(u"title"_s, Qt::CaseInsensitive) == 0) {
        if (m_content.title.isEmpty())
            m_content.title = event.title.simplified();
        return true;
    }
    if (type.compare(u"era"_s, Qt::CaseInsensitive) == 0) {
        if (!event.date.isValid()) {
            *reason = u"an era needs a date"_s;
            return false;
        }
        m_content.eras.push_back({EraId(qint64(m_content.eras.size()) + 1), event.title.simplified(), event.date, {}});
        return true;
    }
    return std::nullopt;
}

// The template's blockquotes, for the event about to be added: those in its text cite nothing,
// one in its media (embed) cites the media's caption (sourceId).
void CsvRowConverter::addBlockquotes(std::vector<HtmlBlockquote> blockquotes, const QString &embed, SourceId sourceId)
{
    const std::size_t fromMedia = blockquotes.size();
    if (!embed.isEmpty()) {
        for (HtmlBlockquote &q : htmlToText(embed, Blockquotes::Extract).blockquotes)
            blockquotes.push_back(std::move(q));
    }
    for (std::size_t i = 0; i < blockquotes.size(); ++i) {
        const HtmlBlockquote &q = blockquotes[i];
        Quote quote;
        quote.text = q.text;
        quote.source = i >= fromMedia ? sourceId : SourceId();
        if (const QString speaker = q.cite.simplified(); !speaker.isEmpty())
            quote.speaker = actorFor(speaker);
        if (!quote.text.isEmpty())
            m_quotes.emplace_back(quote, m_content.events.size());
    }
}

// Id, status, CAMEO code, importance, sort key and stamps: each checked, the first problem said.
bool CsvRowConverter::readFields(const CsvRecord &record, Event &event, std::int64_t *fileId, QString *reason) const
{
    if (const QString id = cell(record, CsvField::Id); !id.isEmpty()) {
        const auto value = wholeNumber(id);
        if (!value || *value <= 0) {
            *reason = u"id \"%1\" is not a positive whole number"_s.arg(id);
            return false;
        }
        if (m_idLines.contains(*value)) {
            *reason = u"id %1 is already used on line %2"_s.arg(*value).arg(m_idLines.value(*value));
            return false;
        }
        *fileId = *value;
    }
    if (const QString status = cell(record, CsvField::Status); !status.isEmpty()) {
        bool ok = false;
        event.status = statusFromName(status, &ok);
        if (!ok) {
            *reason = u"status \"%1\" is not one of occurred, planned, announced, reported, denied"_s.arg(status);
            return false;
        }
    }
    if (const QString code = cell(record, CsvField::CameoCode); !code.isEmpty()) {
        static const QRegularExpression digits(u"^\\d{2,4}$"_s);
        if (!digits.match(code).hasMatch() || cameo::rootCode(code) == 0) {
            *reason = u"CAMEO code \"%1\" is not a CAMEO event code (01-20 and up to two more digits;"
                      " a spreadsheet may have dropped a leading zero)"_s.arg(code);
            return false;
        }
        event.cameoCode = code;
    }
    if (const QString importance = cell(record, CsvField::Importance); !importance.isEmpty()) {
        const auto v = importanceValue(importance);
        if (!v) {
            *reason = u"importance \"%1\" is not a whole number from 0 to 100 or a priority word (high, normal, low)"_s
                          .arg(importance);
            return false;
        }
        event.importance = *v;
    }
    if (const QString sortKey = cell(record, CsvField::SortKey); !sortKey.isEmpty()) {
        const auto v = wholeNumber(sortKey);
        if (!v) {
            *reason = u"sort key \"%1\" is not a whole number"_s.arg(sortKey);
            return false;
        }
        event.sortKey = *v;
    }
    for (CsvField f : {CsvField::Created, CsvField::Updated}) {
        const QString text = cell(record, f);
        if (text.isEmpty())
            continue;
        const QDateTime t = stamp(text);
        if (!t.isValid()) {
            *reason = u"%1 \"%2\" is not an ISO 8601 date and time"_s.arg(csvFieldName(f), text);
            return false;
        }
        (f == CsvField::Created ? event.created : event.updated) = t;
    }
    return true;
}

// Place: name, country (any common spelling), coordinates.
bool CsvRowConverter::readPlace(const CsvRecord &record, PlaceCells *place, QString *reason) const
{
    place->name = cell(record, CsvField::Place);
    place->countryText = cell(record, CsvField::Country);
    if (!place->countryText.isEmpty()) {
        place->country = countryAlpha3(place->countryText);
        if (place->country.isEmpty()) {
            *reason = u"country \"%1\" is not an ISO 3166 country name or code"_s.arg(place->countryText);
            return false;
        }
    }
    const CsvField coordinateFields[2] = {CsvField::Latitude, CsvField::Longitude};
    for (int i = 0; i < 2; ++i) {
        QString text = cell(record, coordinateFields[i]);
        if (text.isEmpty())
            continue;
        if (text.count(u',') == 1 && !text.contains(u'.'))
            text.replace(u',', u'.'); // a decimal comma, as spreadsheets in many locales write it
        bool ok = false;
        const double v = text.toDouble(&ok);
        const double limit = i == 0 ? 90 : 180;
        if (!ok || v < -limit || v > limit) {
            *reason = u"%1 \"%2\" is not a number from %3 to %4"_s.arg(csvFieldName(coordinateFields[i]), text).arg(-limit).arg(limit);
            return false;
        }
        (i == 0 ? place->latitude : place->longitude) = v;
    }
    return true;
}

namespace {

bool isWebAddress(const QString &text)
{
    return (text.startsWith(u"http://"_s, Qt::CaseInsensitive) || text.startsWith(u"https://"_s, Qt::CaseInsensitive))
        && std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

// Source links: only web and mail links are kept as links. Anything else (a Windows path, a
// "javascript:" URL) would not open safely; its row is kept, with the text in the source's title.
CsvRowConverter::SourceCells CsvRowConverter::sourceCells(const CsvRecord &record)
{
    SourceCells source{cell(record, CsvField::SourceTitle), cell(record, CsvField::SourceUrl), {}};
    // A "source" column that holds addresses: each is the link (and, as with a URL column alone, the title).
    if (source.url.isEmpty() && isWebAddress(source.title))
        std::swap(source.title, source.url);
    if (source.url.isEmpty())
        return source;
    // The TimelineJS template's Media may be markup (a blockquote, an embedded player): no link.
    if (m_mapping.has(CsvField::Year) && source.url.startsWith(u'<')) {
        source.embed = std::exchange(source.url, QString());
        return source;
    }
    if (const QString link = safeUrl(source.url); !link.isEmpty()) {
        source.url = link;
        return source;
    }
    if (m_droppedLinks++ < 10)
        m_droppedLinkLines.push_back(record.line);
    const QString text = withoutControlCharacters(source.url);
    source.title = source.title.isEmpty() ? text : u"%1 (%2)"_s.arg(source.title, text);
    source.url.clear();
    return source;
}

TitleParts CsvRowConverter::titleParts(const CsvRecord &record) const
{
    TitleParts parts;
    for (const QString &list : cells(record, CsvField::Actors))
        for (const QString &item : splitList(list, Commas::Separate))
            if (const QString label = actorWithRole(item).first; !parts.actors.contains(label))
                parts.actors << label;
    parts.cameoCode = cell(record, CsvField::CameoCode);
    parts.description = rawCell(record, CsvField::Description);
    for (const QString &list : cells(record, CsvField::Tags))
        parts.tags << splitList(list);
    for (const qsizetype column : m_mapping.eventTypeColumns) {
        const QString type = column < record.fields.size() && m_mapping.field(column) == CsvField::Tags
            ? record.fields[column].simplified() : QString();
        if (!type.isEmpty())
            parts.eventType = type;
    }
    return parts;
}

void CsvRowConverter::addActors(const CsvRecord &record, Event &event)
{
    for (const QString &list : cells(record, CsvField::Actors)) {
        for (const QString &item : splitList(list, Commas::Separate)) {
            const auto [label, role] = actorWithRole(item);
            const ActorLink link{actorFor(label), role};
            if (std::find(event.actors.begin(), event.actors.end(), link) == event.actors.end())
                event.actors.push_back(link);
        }
    }
}

PlaceId CsvRowConverter::placeFor(const PlaceCells &cells)
{
    const bool located = cells.latitude && cells.longitude;
    if (cells.name.isEmpty() && cells.country.isEmpty() && !located)
        return PlaceId();
    // Coordinates without a name still make a place, named by them.
    const QString name = !cells.name.isEmpty()         ? cells.name
                         : !cells.countryText.isEmpty() ? cells.countryText
                                                         : u"%1, %2"_s.arg(*cells.latitude).arg(*cells.longitude);
    // One place per name and country, unless rows give it different coordinates (two Springfields).
    const QString key = name + u'\x1f' + cells.country;
    PlaceId first; // the earliest place that fits
    for (auto it = m_places.constFind(key); it != m_places.constEnd() && it.key() == key; ++it) {
        const Place &known = m_content.places[size_t(it.value().value - 1)];
        const bool sameSpot = !located || !known.latitude
                              || (std::abs(*known.latitude - *cells.latitude) < 1e-4
                                  && std::abs(*known.longitude - *cells.longitude) < 1e-4);
        if (sameSpot && (!first.isValid() || it.value().value < first.value))
            first = it.value();
    }
    if (first.isValid())
        return first;
    Place place;
    place.id = PlaceId(qint64(m_content.places.size()) + 1);
    place.name = name;
    place.country = cells.country;
    place.latitude = cells.latitude;
    place.longitude = cells.longitude;
    m_content.places.push_back(place);
    m_places.insert(key, place.id);
    return place.id;
}

ActorId CsvRowConverter::actorFor(const QString &label)
{
    ActorId id = m_actors.value(label);
    if (!id.isValid()) {
        Actor actor;
        actor.id = id = ActorId(qint64(m_content.actors.size()) + 1);
        actor.label = label;
        m_content.actors.push_back(actor);
        m_actors.insert(label, id);
    }
    return id;
}

SourceId CsvRowConverter::sourceFor(const QString &title, const QString &url)
{
    if (title.isEmpty() && url.isEmpty())
        return SourceId();
    const QString key = title + u'\x1f' + url;
    SourceId source = m_sources.value(key);
    if (!source.isValid()) {
        Source s;
        s.id = source = SourceId(qint64(m_content.sources.size()) + 1);
        s.title = title.isEmpty() ? url : title;
        s.url = url;
        m_content.sources.push_back(s);
        m_sources.insert(key, source);
    }
    return source;
}

// Quotes of the event about to be added: one per blank-line separated part of a quote cell.
void CsvRowConverter::addQuotes(const CsvRecord &record, SourceId source)
{
    for (const QString &text : cells(record, CsvField::Quote)) {
        static const QRegularExpression blankLine(u"\\r?\\n[ \\t]*\\r?\\n"_s);
        for (const QString &part : text.split(blankLine)) {
            Quote quote;
            quote.text = part.trimmed();
            quote.source = source;
            if (!quote.text.isEmpty())
                m_quotes.emplace_back(quote, m_content.events.size());
        }
    }
}

NativeJsonContent CsvRowConverter::finish()
{
    std::int64_t next = 1;
    for (const auto &[id, line] : m_idLines.asKeyValueRange())
        next = std::max(next, id + 1);
    for (size_t i = 0; i < m_content.events.size(); ++i)
        m_content.events[i].id = EventId(m_fileIds[i] != 0 ? m_fileIds[i] : next++);
    for (auto &[quote, eventIndex] : m_quotes) {
        quote.id = QuoteId(qint64(m_content.quotes.size()) + 1);
        quote.events = {m_content.events[eventIndex].id};
        m_content.quotes.push_back(quote);
    }
    m_quotes.clear();
    return std::move(m_content);
}

} // namespace dateline
