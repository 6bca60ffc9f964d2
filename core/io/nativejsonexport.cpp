// Native JSON export: see docs/native-json.md for the format.
#include "core/io/jsonwriter.h"
#include "core/io/nativejson.h"
#include "core/store/document.h"

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
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void writeActors(JsonWriter &w, const Document &doc)
{
    w.key(L("actors"));
    w.beginArray();
    for (const Actor &a : sortedById(doc.actors())) {
        w.beginObject();
        w.field(L("id"), a.id.value);
        w.field(L("label"), a.label);
        w.field(L("kind"), actorKindName(a.kind));
        w.field(L("country"), a.country);
        w.field(L("cameo-code"), a.cameoCode);
        w.stringList(L("aliases"), a.aliases);
        w.endObject();
    }
    w.endArray();
}

void writePlaces(JsonWriter &w, const Document &doc)
{
    w.key(L("places"));
    w.beginArray();
    for (const Place &p : sortedById(doc.places())) {
        w.beginObject();
        w.field(L("id"), p.id.value);
        w.field(L("name"), p.name);
        w.field(L("country"), p.country);
        w.field(L("latitude"), p.latitude);
        w.field(L("longitude"), p.longitude);
        w.endObject();
    }
    w.endArray();
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

void writeSources(JsonWriter &w, const Document &doc)
{
    w.key(L("sources"));
    w.beginArray();
    for (const Source &s : sortedById(doc.sources())) {
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
    w.endArray();
}

void writeEvents(JsonWriter &w, const Document &doc)
{
    w.key(L("events"));
    w.beginArray();
    for (const Event &e : sortedById(doc.events())) {
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
        w.field(L("created"), stamp(e.created));
        w.field(L("updated"), stamp(e.updated));
        w.endObject();
    }
    w.endArray();
}

void writeQuotes(JsonWriter &w, const Document &doc)
{
    w.key(L("quotes"));
    w.beginArray();
    for (const Quote &q : sortedById(doc.quotes())) {
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
    w.endArray();
}

void writeRelations(JsonWriter &w, const Document &doc)
{
    w.key(L("relations"));
    w.beginArray();
    for (const Relation &r : sortedById(doc.relations())) {
        w.beginObject();
        w.field(L("id"), r.id.value);
        w.field(L("from"), r.from.value);
        w.field(L("kind"), relationKindName(r.kind));
        w.field(L("to"), r.to.value);
        w.endObject();
    }
    w.endArray();
}

void writeEras(JsonWriter &w, const Document &doc)
{
    w.key(L("eras"));
    w.beginArray();
    for (const Era &e : sortedById(doc.eras())) {
        w.beginObject();
        w.field(L("id"), e.id.value);
        w.field(L("name"), e.name);
        w.field(L("span"), edtf(e.span));
        w.field(L("color"), e.color);
        w.endObject();
    }
    w.endArray();
}

} // namespace

QByteArray exportNativeJson(const Document &document)
{
    JsonWriter w;
    w.beginObject();
    w.field(L("format"), QString(kNativeJsonFormat));
    w.field(L("version"), kNativeJsonVersion);
    w.field(L("title"), document.title());
    writeActors(w, document);
    writePlaces(w, document);
    writeSources(w, document);
    writeEvents(w, document);
    writeQuotes(w, document);
    writeRelations(w, document);
    writeEras(w, document);
    w.endObject();
    return w.result();
}

} // namespace dateline
