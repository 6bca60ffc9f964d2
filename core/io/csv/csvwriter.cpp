#include "core/io/csv/csvwriter.h"

#include "core/io/csv/csvmapping.h"
#include "core/io/csv/csvrowconverter.h"
#include "core/store/document.h"

#include <QHash>

#include <map>

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
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
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

} // namespace

QString csvField(const QString &text, QChar delimiter)
{
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
    QHash<ActorId, Actor> actors;
    for (Actor &a : document.actors())
        actors.insert(a.id, std::move(a));
    QHash<PlaceId, Place> places;
    for (Place &p : document.places())
        places.insert(p.id, std::move(p));
    QHash<SourceId, Source> sources;
    for (Source &s : document.sources())
        sources.insert(s.id, std::move(s));
    // A GDELT event cites its article through its record, not through a quote.
    QHash<qint64, SourceId> gdeltSources;
    for (const auto &[event, record] : document.gdeltRecords())
        gdeltSources.insert(event.value, record.source);
    std::map<qint64, std::vector<const Quote *>> quotesByEvent; // event id -> quotes by id
    const std::vector<Quote> quotes = document.quotes();
    Losses lost;
    QSet<SourceId> cited;
    for (const Quote &q : quotes) {
        for (EventId e : q.events)
            quotesByEvent[e.value].push_back(&q);
        lost.sharedQuotes += q.events.size() > 1;
        lost.quoteDetails += q.speaker.isValid() || !q.locator.isEmpty() || q.credibility != 6;
        lost.splitQuotes += q.text.contains(u"\n\n"_s) || q.text.contains(u"\r\n\r\n"_s);
    }
    for (const Actor &a : std::as_const(actors)) {
        lost.actorDetails += a.kind != ActorKind::Person || !a.country.isEmpty() || !a.cameoCode.isEmpty() || !a.aliases.isEmpty();
        lost.separatorsInNames += a.label.contains(kCsvListSeparator);
    }
    for (const Source &s : std::as_const(sources))
        lost.sourceDetails += !s.publication.isEmpty() || !s.author.isEmpty() || s.issued.isValid()
                              || s.accessed.isValid() || s.reliability != u'F';

    QString text;
    auto endRow = [&text, delimiter](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += delimiter;
            text += csvField(fields[i], delimiter);
        }
        text += u"\r\n"_s;
    };
    QStringList row;
    for (CsvField f : exportColumns())
        row << csvFieldName(f);
    endRow(row);

    for (const Event &e : document.events()) {
        row.clear();
        QStringList actorList;
        for (const ActorLink &link : e.actors)
            actorList << u"%1 (%2)"_s.arg(actors.value(link.actor).label, roleName(link.role));
        const Place place = places.value(e.place);
        QStringList quoteTexts;
        const Source *source = nullptr;
        for (const Quote *q : quotesByEvent[e.id.value]) {
            quoteTexts << q->text;
            if (!source && q->source.isValid() && sources.contains(q->source))
                source = &*sources.constFind(q->source);
            else if (source && q->source.isValid() && q->source != source->id)
                ++lost.otherSources;
            if (q->source.isValid())
                cited.insert(q->source);
        }
        if (const auto g = gdeltSources.constFind(e.id.value); g != gdeltSources.constEnd()) {
            ++lost.gdeltRecords;
            if (!source && sources.contains(*g)) {
                source = &*sources.constFind(*g);
                cited.insert(*g);
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
            case CsvField::Actors: row << actorList.join(u"; "_s); break;
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
        endRow(row);
    }
    for (const SourceId &id : sources.keys())
        lost.uncitedSources += !cited.contains(id);

    if (report) {
        QStringList &out = report->omissions;
        const qsizetype relations = qsizetype(document.relations().size()), eras = qsizetype(document.eras().size());
        if (!document.title().isEmpty())
            out << u"the document title: CSV has no place for it"_s;
        if (relations > 0)
            out << u"%1 relations between events: CSV has one row per event"_s.arg(relations);
        if (eras > 0)
            out << u"%1 eras: CSV has one row per event"_s.arg(eras);
        if (lost.actorDetails > 0)
            out << u"kind, country, CAMEO code and aliases of %1 actors: only their names are written"_s.arg(lost.actorDetails);
        if (lost.quoteDetails > 0)
            out << u"speaker, locator or credibility of %1 quotes: only their text is written"_s.arg(lost.quoteDetails);
        if (lost.sourceDetails > 0)
            out << u"publication, author, dates or reliability of %1 sources: only title and URL are written"_s.arg(lost.sourceDetails);
        if (lost.otherSources > 0)
            out << u"%1 quotes cite a source other than their event's first quote: one source per row is written"_s.arg(lost.otherSources);
        if (lost.gdeltRecords > 0)
            out << u"GLOBALEVENTID, DATEADDED, Goldstein scale, tone and coverage of %1 GDELT events: CSV has no "
                   "columns for them (native JSON keeps them; the article is the row's source)"_s.arg(lost.gdeltRecords);
        if (lost.uncitedSources > 0)
            out << u"%1 sources no quote cites"_s.arg(lost.uncitedSources);
        if (lost.sharedQuotes > 0)
            out << u"%1 quotes belong to several events: each row repeats them, and they read back as separate quotes"_s.arg(lost.sharedQuotes);
        if (lost.splitQuotes > 0)
            out << u"%1 quotes contain a blank line, which separates quotes in a cell: they read back split"_s.arg(lost.splitQuotes);
        if (lost.separatorsInNames > 0)
            out << u"%1 actor names or tags contain ';', which separates them in a cell: they read back split"_s.arg(lost.separatorsInNames);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace dateline
