// Native JSON export: see docs/native-json.md for the format.
#include "core/io/jsonwriter.h"
#include "core/io/nativejson.h"
#include "core/io/nativejsonentitywriter.h"
#include "core/io/readahead.h"
#include "core/store/document.h"
#include "core/store/transaction.h"

#include <QBuffer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

using L = QLatin1StringView;

template <typename T>
std::vector<T> sortedById(std::vector<T> items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return items;
}

QString edtf(const FuzzyDate &date)
{
    return date.isValid() ? date.toEdtf() : QString();
}

QString stamp(const QDateTime &time)
{
    // Entities of one import or edit session share their stamps: the last text made is reused.
    static thread_local QDateTime lastTime;
    static thread_local QString lastText;
    if (!time.isValid())
        return QString();
    if (time != lastTime || !lastTime.isValid()) {
        lastTime = time;
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

// CSL-JSON names a list of people; the model holds one string, "; " separating several names.
void writeAuthors(JsonWriter &w, const QString &author)
{
    w.key(L("author"));
    w.beginArray();
    if (!author.isEmpty()) {
        const QStringList names = author.split(u"; "_s);
        for (const QString &name : names) {
            w.beginObject();
            w.field(L("literal"), name);
            w.endObject();
        }
    }
    w.endArray();
}

template <typename T>
void writeSection(JsonWriter &w, QLatin1StringView key, std::vector<T> items)
{
    w.key(key);
    w.beginArray();
    for (const T &item : sortedById(std::move(items)))
        writeJson(w, item);
    w.endArray();
}

// A part of the file, written on the writing thread from what the reading thread read: returns
// how many entities it wrote.
using WriteStep = std::function<qint64()>;
using Push = std::function<bool(WriteStep)>;

// A section read batch by batch (a forEach*Batch of Document, by id). False when stopped.
template <typename T, typename ForEach>
bool pushBatches(JsonWriter &w, const Push &push, QLatin1StringView key, ForEach forEach)
{
    if (!push([&w, key] {
            w.key(key);
            w.beginArray();
            return qint64(0);
        }))
        return false;
    const bool complete = forEach([&](std::vector<T> &rows) {
        return push([&w, batch = std::move(rows)] {
            for (const T &item : batch)
                writeJson(w, item);
            return qint64(batch.size());
        });
    });
    return complete && push([&w] {
        w.endArray();
        return qint64(0);
    });
}

// Events with the GDELT records of those that came from GDELT.
bool pushEvents(JsonWriter &w, const Push &push, const Document &document, int batchSize)
{
    if (!push([&w] {
            w.key(L("events"));
            w.beginArray();
            return qint64(0);
        }))
        return false;
    const bool complete = document.forEachEventBatch(EventOrder::Id, [&](std::vector<Event> &rows) {
        std::vector<EventId> ids;
        ids.reserve(rows.size());
        for (const Event &e : rows)
            ids.push_back(e.id);
        return push([&w, batch = std::move(rows), records = document.gdeltRecords(ids)] { // records by event id
            auto record = records.begin();
            for (const Event &e : batch) {
                while (record != records.end() && record->first < e.id)
                    ++record;
                writeJson(w, e, record != records.end() && record->first == e.id ? &record->second : nullptr);
            }
            return qint64(batch.size());
        });
    }, batchSize);
    return complete && push([&w] {
        w.endArray();
        return qint64(0);
    });
}

// Views and bookmarks keep the document's order and are left out when there are none (files
// without them read the same as before they existed).
template <typename T>
void writeNamedList(JsonWriter &w, QLatin1StringView key, const std::vector<T> &items)
{
    if (items.empty())
        return;
    w.key(key);
    w.beginArray();
    for (const T &item : items)
        writeJson(w, item);
    w.endArray();
}

} // namespace

void writeJson(JsonWriter &w, const Actor &a)
{
    w.beginObject();
    w.field(L("id"), a.id.value);
    w.field(L("label"), a.label);
    w.field(L("kind"), actorKindName(a.kind));
    w.field(L("country"), a.country);
    w.field(L("cameo-code"), a.cameoCode);
    w.stringList(L("aliases"), a.aliases);
    w.endObject();
}

void writeJson(JsonWriter &w, const Place &p)
{
    w.beginObject();
    w.field(L("id"), p.id.value);
    w.field(L("name"), p.name);
    w.field(L("country"), p.country);
    w.field(L("latitude"), p.latitude);
    w.field(L("longitude"), p.longitude);
    w.endObject();
}

void writeJson(JsonWriter &w, const Source &s)
{
    w.beginObject();
    w.field(L("id"), s.id.value);
    w.field(L("title"), s.title);
    w.field(L("container-title"), s.publication);
    writeAuthors(w, s.author);
    w.field(L("issued"), edtf(s.issued));
    w.field(L("URL"), s.url);
    w.field(L("accessed"), edtf(s.accessed));
    w.field(L("reliability"), QString(s.reliability));
    w.endObject();
}

namespace {

void writeGdelt(JsonWriter &w, const GdeltRecord &g)
{
    w.beginObject();
    w.field(L("global-event-id"), g.globalEventId);
    w.field(L("date-added"), g.dateAdded > 0 ? std::optional(g.dateAdded) : std::nullopt);
    w.idField(L("source"), g.source.value);
    w.field(L("goldstein"), g.goldstein);
    w.field(L("tone"), g.tone);
    w.field(L("mentions"), g.mentions);
    w.field(L("sources"), g.sources);
    w.field(L("articles"), g.articles);
    w.endObject();
}

} // namespace

void writeJson(JsonWriter &w, const Event &e, const GdeltRecord *gdelt)
{
    w.beginObject();
    w.field(L("id"), e.id.value);
    w.field(L("title"), e.title);
    w.field(L("description"), e.description);
    w.field(L("date"), edtf(e.date));
    w.field(L("status"), statusName(e.status));
    w.field(L("cameo-code"), e.cameoCode);
    w.idField(L("place"), e.place.value);
    w.field(L("importance"), e.importance);
    w.field(L("sort-key"), e.sortKey);
    w.stringList(L("tags"), e.tags);
    w.key(L("actors"));
    w.beginArray();
    for (const ActorLink &link : e.actors) {
        w.beginObject();
        w.field(L("actor"), link.actor.value);
        w.field(L("role"), roleName(link.role));
        w.endObject();
    }
    w.endArray();
    if (gdelt) {
        w.key(L("gdelt"));
        writeGdelt(w, *gdelt);
    }
    w.field(L("created"), stamp(e.created));
    w.field(L("updated"), stamp(e.updated));
    w.endObject();
}

void writeJson(JsonWriter &w, const Quote &q)
{
    w.beginObject();
    w.field(L("id"), q.id.value);
    w.field(L("text"), q.text);
    w.idField(L("speaker"), q.speaker.value);
    w.idField(L("source"), q.source.value);
    w.field(L("locator"), q.locator);
    w.field(L("credibility"), q.credibility);
    w.key(L("events"));
    w.beginArray(JsonWriter::Layout::Inline);
    for (const EventId id : q.events)
        w.value(id.value);
    w.endArray();
    w.endObject();
}

void writeJson(JsonWriter &w, const Relation &r)
{
    w.beginObject();
    w.field(L("id"), r.id.value);
    w.field(L("from"), r.from.value);
    w.field(L("kind"), relationKindName(r.kind));
    w.field(L("to"), r.to.value);
    w.endObject();
}

void writeJson(JsonWriter &w, const Era &era)
{
    w.beginObject();
    w.field(L("id"), era.id.value);
    w.field(L("name"), era.name);
    w.field(L("span"), edtf(era.span));
    w.field(L("color"), era.color);
    w.endObject();
}

QByteArray exportNativeJson(const Document &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    exportNativeJson(document, buffer, {}, &error); // a buffer takes every write
    return buffer.data();
}

bool exportNativeJson(const Document &document, QIODevice &out, const ExportOptions &options, QString *error)
{
    const ReadTransaction snapshot(document.database()); // every batch reads the same state
    const DocumentInfo info = document.info();
    ExportTicker tick(options.progress, info.actors + info.places + info.sources + info.events + info.quotes
                                            + info.relations);
    const int size = options.batchSize;
    JsonWriter w(&out);
    // Reading runs on a worker thread; the text is made and written here.
    const bool complete = readAhead<WriteStep>(
        [&](const Push &push) {
            const bool started = push([&w, title = document.title()] {
                w.beginObject();
                w.field(L("format"), QString(kNativeJsonFormat));
                w.field(L("version"), kNativeJsonVersion);
                w.field(L("title"), title);
                return qint64(0);
            });
            const bool sections = started
                && pushBatches<Actor>(w, push, L("actors"), [&](const BatchVisitor<Actor> &v) { return document.forEachActorBatch(v, size); })
                && pushBatches<Place>(w, push, L("places"), [&](const BatchVisitor<Place> &v) { return document.forEachPlaceBatch(v, size); })
                && pushBatches<Source>(w, push, L("sources"), [&](const BatchVisitor<Source> &v) { return document.forEachSourceBatch(v, size); })
                && pushEvents(w, push, document, size)
                && pushBatches<Quote>(w, push, L("quotes"), [&](const BatchVisitor<Quote> &v) { return document.forEachQuoteBatch(v, size); })
                && pushBatches<Relation>(w, push, L("relations"), [&](const BatchVisitor<Relation> &v) { return document.forEachRelationBatch(v, size); });
            if (sections) {
                push([&w, eras = document.eras(), views = document.savedViews(), bookmarks = document.bookmarks()] {
                    writeSection(w, L("eras"), eras);
                    writeNamedList(w, L("views"), views);
                    writeNamedList(w, L("bookmarks"), bookmarks);
                    w.endObject();
                    return qint64(0); // eras are not counted: few, and read at once
                });
            }
        },
        [&](WriteStep &step) {
            const qint64 rows = step();
            return (rows == 0 || tick.advance(rows)) && !w.failed();
        });
    if (complete && w.finish())
        return true;
    if (error) {
        *error = tick.cancelled() ? QStringLiteral("the export was cancelled")
                                  : out.errorString().isEmpty() ? QStringLiteral("the output refused a write")
                                                                : out.errorString();
    }
    return false;
}

} // namespace dateline
