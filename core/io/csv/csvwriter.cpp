#include "core/io/csv/csvwriter.h"

#include "core/io/csv/csvmapping.h"
#include "core/io/csv/csvrowconverter.h"
#include "core/io/csv/csvtokenizer.h"
#include "core/io/readahead.h"
#include "core/store/document.h"
#include "core/store/transaction.h"

#include <QBuffer>
#include <QHash>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

const std::vector<CsvField> &exportColumns()
{
    static const std::vector<CsvField> columns{
        CsvField::Id,         CsvField::Title,      CsvField::Date,      CsvField::Status,      CsvField::Description,
        CsvField::Actors,     CsvField::Place,      CsvField::Country,   CsvField::Latitude,    CsvField::Longitude,
        CsvField::Tags,       CsvField::CameoCode,  CsvField::Importance, CsvField::SortKey,    CsvField::SourceTitle,
        CsvField::SourceUrl,  CsvField::Quote,      CsvField::Created,   CsvField::Updated};
    return columns;
}

QString stampText(const QDateTime &t)
{
    // Rows of one import or edit session share their stamps: the last text made is reused.
    static thread_local QDateTime lastTime;
    static thread_local QString lastText;
    if (!t.isValid())
        return QString();
    if (t != lastTime || !lastTime.isValid()) {
        lastTime = t;
        lastText = t.toUTC().toString(Qt::ISODate);
    }
    return lastText;
}

QString coordinate(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QString();
}

// Counts of what the rows leave out, turned into report lines at the end.
struct Losses {
    qsizetype actorDetails = 0, sourceDetails = 0, uncitedSources = 0, quoteDetails = 0,
              otherSources = 0, sharedQuotes = 0, splitQuotes = 0, separatorsInNames = 0, gdeltRecords = 0;
};

// The ids of the sources rows cite, kept compact: duplicates are dropped whenever the list has
// doubled, so it holds about one entry per cited source, not one per row.
class IdSet {
public:
    void insert(std::int64_t id)
    {
        m_ids.push_back(id);
        if (m_ids.size() >= 2 * m_compacted + 4096)
            compact();
    }
    bool contains(std::int64_t id) // after the last insert
    {
        if (m_ids.size() != m_compacted)
            compact();
        return std::binary_search(m_ids.begin(), m_ids.end(), id);
    }

private:
    void compact()
    {
        std::sort(m_ids.begin(), m_ids.end());
        m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
        m_compacted = m_ids.size();
    }
    std::vector<std::int64_t> m_ids;
    std::size_t m_compacted = 0;
};

// Rows gathered as text and handed to the device as UTF-8 whenever about a megabyte has gathered
// (rows are never split, so the bytes are those of one conversion of the whole text).
class RowSink {
public:
    RowSink(QIODevice &out, QChar delimiter) : m_out(out), m_delimiter(delimiter) {}
    void row(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_text += m_delimiter;
            m_text += csvField(fields[i], m_delimiter);
        }
        m_text += u"\r\n";
        if (m_text.size() >= kFlushSize)
            flush();
    }
    void write(const QByteArray &bytes)
    {
        if (!m_failed && m_out.write(bytes) != bytes.size())
            m_failed = true;
    }
    bool flush()
    {
        write(m_text.toUtf8());
        m_text.resize(0);
        return !m_failed;
    }
    bool failed() const { return m_failed; }

private:
    static constexpr qsizetype kFlushSize = 1 << 19; // characters
    QIODevice &m_out;
    QChar m_delimiter;
    QString m_text;
    bool m_failed = false;
};

template <typename T, typename Id>
QHash<Id, T> byId(std::vector<T> items)
{
    QHash<Id, T> hash;
    hash.reserve(qsizetype(items.size()));
    for (T &item : items)
        hash.insert(item.id, std::move(item));
    return hash;
}

// One batch of rows to write: the events and what their rows name (read on the reading thread).
struct RowBatch {
    std::vector<Event> events;
    std::vector<Quote> quotes; // by id
    QHash<EventId, std::vector<const Quote *>> quotesByEvent;
    QHash<EventId, SourceId> gdeltSources; // a GDELT event cites its article through its record
    QHash<ActorId, Actor> actors;
    QHash<PlaceId, Place> places;
    QHash<SourceId, Source> sources;
};

std::unique_ptr<RowBatch> readRowBatch(const Document &document, std::vector<Event> &events)
{
    auto batch = std::make_unique<RowBatch>();
    batch->events = std::move(events);
    std::vector<EventId> eventIds;
    std::vector<ActorId> actorIds;
    std::vector<PlaceId> placeIds;
    std::vector<SourceId> sourceIds;
    for (const Event &e : batch->events) {
        eventIds.push_back(e.id);
        for (const ActorLink &link : e.actors)
            actorIds.push_back(link.actor);
        if (e.place.isValid())
            placeIds.push_back(e.place);
    }
    batch->quotes = document.quotesOfEvents(eventIds);
    for (const Quote &q : batch->quotes) {
        for (EventId e : q.events)
            batch->quotesByEvent[e].push_back(&q);
        if (q.source.isValid())
            sourceIds.push_back(q.source);
    }
    for (const auto &[event, record] : document.gdeltRecords(eventIds)) {
        batch->gdeltSources.insert(event, record.source);
        sourceIds.push_back(record.source);
    }
    batch->actors = byId<Actor, ActorId>(document.actors(actorIds));
    batch->places = byId<Place, PlaceId>(document.places(placeIds));
    batch->sources = byId<Source, SourceId>(document.sources(sourceIds));
    return batch;
}

// The rows of one batch, counting what they leave out.
void writeRows(const RowBatch &batch, QStringList &row, RowSink &sink, Losses &lost, IdSet &cited)
{
    for (const Event &e : batch.events) {
        row.clear();
        QStringList actorList;
        for (const ActorLink &link : e.actors) {
            const auto actor = batch.actors.constFind(link.actor);
            actorList << (actor == batch.actors.constEnd() ? QString() : actor->label) + u" ("_s + roleName(link.role) + u')';
        }
        static const Place noPlace;
        const auto foundPlace = batch.places.constFind(e.place);
        const Place &place = foundPlace == batch.places.constEnd() ? noPlace : *foundPlace;
        QStringList quoteTexts;
        const Source *source = nullptr;
        static const std::vector<const Quote *> noQuotes;
        const auto foundQuotes = batch.quotesByEvent.constFind(e.id);
        for (const Quote *q : foundQuotes == batch.quotesByEvent.constEnd() ? noQuotes : *foundQuotes) {
            quoteTexts << q->text;
            if (!source && q->source.isValid() && batch.sources.contains(q->source))
                source = &*batch.sources.constFind(q->source);
            else if (source && q->source.isValid() && q->source != source->id)
                ++lost.otherSources;
            if (q->source.isValid())
                cited.insert(q->source.value);
        }
        if (const auto g = batch.gdeltSources.constFind(e.id); g != batch.gdeltSources.constEnd()) {
            ++lost.gdeltRecords;
            if (!source && batch.sources.contains(*g)) {
                source = &*batch.sources.constFind(*g);
                cited.insert(g->value);
            }
        }
        for (const QString &tag : e.tags)
            lost.separatorsInNames += tag.contains(kCsvListSeparator);
        for (CsvField f : exportColumns()) {
            switch (f) {
            case CsvField::Id: row << QString::number(e.id.value); break;
            case CsvField::Title: row << e.title; break;
            case CsvField::Date: row << (e.date.isValid() ? e.date.toEdtf() : QString()); break;
            case CsvField::Status: row << statusName(e.status); break;
            case CsvField::Description: row << e.description; break;
            case CsvField::Actors: row << listCell(actorList); break;
            case CsvField::Place: row << place.name; break;
            case CsvField::Country: row << place.country; break;
            case CsvField::Latitude: row << coordinate(place.latitude); break;
            case CsvField::Longitude: row << coordinate(place.longitude); break;
            case CsvField::Tags: row << e.tags.join(u"; "_s); break;
            case CsvField::CameoCode: row << e.cameoCode; break;
            case CsvField::Importance: row << QString::number(e.importance); break;
            case CsvField::SortKey: row << QString::number(e.sortKey); break;
            case CsvField::SourceTitle: row << (source ? source->title : QString()); break;
            case CsvField::SourceUrl: row << (source ? source->url : QString()); break;
            case CsvField::Quote: row << quoteTexts.join(kCsvQuoteSeparator); break;
            case CsvField::Created: row << stampText(e.created); break;
            case CsvField::Updated: row << stampText(e.updated); break;
            default: row << QString(); break;
            }
        }
        sink.row(row);
    }
}

// What the whole document loses, counted batch by batch over actors and quotes (before the rows).
void countLosses(const Document &document, int batchSize, Losses &lost)
{
    document.forEachQuoteBatch([&lost](const std::vector<Quote> &batch) {
        for (const Quote &q : batch) {
            lost.sharedQuotes += q.events.size() > 1;
            lost.quoteDetails += q.speaker.isValid() || !q.locator.isEmpty() || q.credibility != 6;
            lost.splitQuotes += q.text.contains(u"\n\n"_s) || q.text.contains(u"\r\n\r\n"_s);
        }
        return true;
    }, batchSize);
    document.forEachActorBatch([&lost](const std::vector<Actor> &batch) {
        for (const Actor &a : batch) {
            lost.actorDetails += a.kind != ActorKind::Person || !a.country.isEmpty() || !a.cameoCode.isEmpty() || !a.aliases.isEmpty();
            lost.separatorsInNames += a.label.contains(kCsvListSeparator);
        }
        return true;
    }, batchSize);
}

// The lines of the report, in a fixed order.
void reportLosses(const Document &document, const Losses &lost, qsizetype relations, QChar delimiter, ExportReport &report)
{
    QStringList &out = report.omissions;
    const QString format = delimiter == u'\t' ? u"TSV"_s : u"CSV"_s;
    const qsizetype eras = qsizetype(document.eras().size());
    if (!document.title().isEmpty())
        out << u"the document title: %1 has no place for it"_s.arg(format);
    if (relations > 0)
        out << u"%1 relations between events: %2 has one row per event"_s.arg(relations).arg(format);
    if (eras > 0)
        out << u"%1 eras: %2 has one row per event"_s.arg(eras).arg(format);
    if (lost.actorDetails > 0)
        out << u"kind, country, CAMEO code and aliases of %1 actors: only their names are written"_s.arg(lost.actorDetails);
    if (lost.quoteDetails > 0)
        out << u"speaker, locator or credibility of %1 quotes: only their text is written"_s.arg(lost.quoteDetails);
    if (lost.sourceDetails > 0)
        out << u"publication, author, dates or reliability of %1 sources: only title and URL are written"_s.arg(lost.sourceDetails);
    if (lost.otherSources > 0)
        out << u"%1 quotes cite a source other than their event's first quote: one source per row is written"_s.arg(lost.otherSources);
    if (lost.gdeltRecords > 0)
        out << u"GLOBALEVENTID, DATEADDED, Goldstein scale, tone and coverage of %1 GDELT events: %2 has no "
               "columns for them (native JSON keeps them; the article is the row's source)"_s.arg(lost.gdeltRecords).arg(format);
    if (lost.uncitedSources > 0)
        out << u"%1 sources no quote cites"_s.arg(lost.uncitedSources);
    if (lost.sharedQuotes > 0)
        out << u"%1 quotes belong to several events: each row repeats them, and they read back as separate quotes"_s.arg(lost.sharedQuotes);
    if (lost.splitQuotes > 0)
        out << u"%1 quotes contain a blank line, which separates quotes in a cell: they read back split"_s.arg(lost.splitQuotes);
    if (lost.separatorsInNames > 0)
        out << u"%1 actor names or tags contain ';', which separates them in a cell: they read back split"_s.arg(lost.separatorsInNames);
}

} // namespace

QString csvField(QString text, QChar delimiter)
{
    makePrintable(text);
    markFormulaAsText(text);
    const bool quote = text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n')
                       || text.contains(u'\r') || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString out = text;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QByteArray writeCsv(const Document &document, QChar delimiter, ExportReport *report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    writeCsv(document, delimiter, buffer, {}, report, &error); // a buffer takes every write
    return buffer.data();
}

bool writeCsv(const Document &document, QChar delimiter, QIODevice &out, const ExportOptions &options,
              ExportReport *report, QString *error)
{
    const ReadTransaction snapshot(document.database()); // every batch reads the same state
    ExportTicker tick(options.progress, document.info().events);
    Losses lost;
    countLosses(document, options.batchSize, lost);
    IdSet cited;

    RowSink sink(out, delimiter);
    sink.write(QByteArray("\xEF\xBB\xBF"));
    QStringList row;
    for (CsvField f : exportColumns())
        row << csvFieldName(f);
    sink.row(row);

    // The reading (events with what their rows name) runs on a worker thread, the rows are made
    // and written here.
    const bool complete = readAhead<std::unique_ptr<RowBatch>>(
        [&](const std::function<bool(std::unique_ptr<RowBatch>)> &push) {
            document.forEachEventBatch(EventOrder::Time, [&](std::vector<Event> &events) {
                return push(readRowBatch(document, events));
            }, options.batchSize);
        },
        [&](std::unique_ptr<RowBatch> &batch) {
            writeRows(*batch, row, sink, lost, cited);
            return tick.advance(qint64(batch->events.size())) && !sink.failed();
        });
    if (!complete || !sink.flush()) {
        if (error) {
            *error = tick.cancelled() ? u"the export was cancelled"_s
                                      : out.errorString().isEmpty() ? u"the output refused a write"_s
                                                                    : out.errorString();
        }
        return false;
    }

    document.forEachSourceBatch([&](const std::vector<Source> &batch) {
        for (const Source &s : batch) {
            lost.sourceDetails += !s.publication.isEmpty() || !s.author.isEmpty() || s.issued.isValid()
                                  || s.accessed.isValid() || s.reliability != u'F';
            lost.uncitedSources += !cited.contains(s.id.value);
        }
        return true;
    }, options.batchSize);
    if (report) {
        qsizetype relations = 0;
        document.forEachRelationBatch([&relations](const std::vector<Relation> &batch) {
            relations += qsizetype(batch.size());
            return true;
        }, options.batchSize);
        reportLosses(document, lost, relations, delimiter, *report);
    }
    return true;
}

} // namespace dateline
