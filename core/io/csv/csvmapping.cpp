#include "core/io/csv/csvmapping.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

struct FieldInfo {
    CsvField field;
    const char *name;
    // Header names that mean the field, already normalized (lower case, letters and digits only;
    // UTF-8): English first, then German, French, Spanish, Italian, Portuguese and Russian names.
    std::vector<const char *> aliases;
};

const std::vector<FieldInfo> &fieldTable()
{
    static const std::vector<FieldInfo> table{
        {CsvField::Ignore, "ignore", {}},
        {CsvField::Id, "id", {"id", "eventid", "uid", "identifier"}},
        {CsvField::Title, "title", {"title", "headline", "event", "eventtitle", "eventname", "name", "summary", "subject", "what",
            // German, French, Spanish, Italian, Portuguese, Russian
            "titel", "ereignis", "titre", "événement", "evenement", "título", "titulo", "evento", "titolo", "название", "событие"}},
        {CsvField::Date, "date", {"date", "startdate", "start", "datestart", "begin", "begindate", "from", "when", "eventdate", "datetime", "edtf", "dateedtf", "timestamp",
            "datum", "beginn", "startdatum", "datededébut", "début", "debut", "fecha", "fechadeinicio", "fechainicio", "inicio",
            "data", "datainizio", "datadeinício", "datadeinicio", "дата"}},
        {CsvField::EndDate, "end date", {"enddate", "end", "dateend", "to", "until", "finish", "finishdate", "stop",
            "enddatum", "ende", "datedefin", "fin", "fechadefin", "fechafin", "datafine", "datadefim", "datafim", "датаокончания"}},
        {CsvField::Year, "year", {"year", "startyear", "jahr", "année", "annee", "año", "anno", "ano", "год"}},
        {CsvField::Month, "month", {"month", "startmonth"}},
        {CsvField::Day, "day", {"day", "startday"}},
        {CsvField::EndYear, "end year", {"endyear"}},
        {CsvField::EndMonth, "end month", {"endmonth"}},
        {CsvField::EndDay, "end day", {"endday"}},
        {CsvField::Time, "time", {"time", "starttime", "timeofday"}},
        {CsvField::EndTime, "end time", {"endtime"}},
        {CsvField::AllDay, "all day", {"allday", "alldayevent", "wholeday", "ganztägig", "ganztaegig", "journéeentière"}},
        {CsvField::Type, "type", {"type", "rowtype", "slidetype"}},
        {CsvField::DisplayDate, "display date", {"displaydate"}},
        {CsvField::Description, "description", {"description", "desc", "text", "details", "detail", "notes", "note", "body", "content", "comment", "comments", "abstract",
            "beschreibung", "descripción", "descripcion", "descrizione", "descrição", "descricao", "описание"}},
        {CsvField::Actors, "actors", {"actors", "actor", "participants", "participant", "people", "persons", "who", "actor1", "actor2", "actor1name", "actor2name", "parties",
            "akteure", "beteiligte", "acteurs", "actores", "participantes", "attori", "atores", "участники",
            // event datasets: ACLED's associated actors, ICEWS's target (its source: below)
            "assocactor1", "assocactor2", "targetname", "sourceactor", "targetactor",
            // calendar exports (Outlook's)
            "meetingorganizer", "organizer", "organiser", "attendees", "requiredattendees", "optionalattendees"}},
        {CsvField::Place, "place", {"place", "location", "city", "where", "venue", "placename", "locationname",
            "ort", "lieu", "lugar", "luogo", "место"}},
        {CsvField::Country, "country", {"country", "countrycode", "nation", "placecountry", "land", "pays", "país", "pais", "paese", "страна"}},
        {CsvField::Latitude, "latitude", {"latitude", "lat", "breitengrad", "geogrbreite", "latitud", "latitudine", "широта"}},
        {CsvField::Longitude, "longitude", {"longitude", "lon", "lng", "long", "längengrad", "laengengrad", "geogrlänge", "longitud", "longitudine", "долгота"}},
        {CsvField::Tags, "tags", {"tags", "tag", "keywords", "keyword", "category", "categories", "group", "labels", "label", "topic", "topics",
            // event datasets' types, broadest first: ACLED's disorder, event and sub-event type, ICEWS's event text
            "disordertype", "eventtype", "subeventtype", "eventtext"}},
        {CsvField::Status, "status", {"status", "eventstatus"}},
        {CsvField::CameoCode, "cameo code", {"cameocode", "cameo", "eventcode", "cameoeventcode"}},
        {CsvField::Importance, "importance", {"importance", "priority", "weight", "significance"}},
        {CsvField::SortKey, "sort key", {"sortkey", "sort", "order", "sortorder"}},
        {CsvField::SourceTitle, "source title", {"sourcetitle", "source", "publication", "citation", "reference", "sourcename", "publisher",
            "mediacaption", // the TimelineJS template's media
            "quelle", "fuente", "fonte", "источник"}},
        {CsvField::SourceUrl, "source url", {"sourceurl", "url", "link", "href", "sourcelink", "website", "sourceurls", "media"}},
        {CsvField::Quote, "quote", {"quote", "quotes", "quotation", "statement", "zitat", "cita", "citazione", "citação", "цитата"}},
        {CsvField::Created, "created", {"created"}},
        {CsvField::Updated, "updated", {"updated"}},
    };
    return table;
}

QString normalized(QStringView name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

const std::vector<CsvField> &csvFields()
{
    static const std::vector<CsvField> fields = [] {
        std::vector<CsvField> out;
        for (const FieldInfo &info : fieldTable())
            out.push_back(info.field);
        return out;
    }();
    return fields;
}

QString csvFieldName(CsvField field)
{
    for (const FieldInfo &info : fieldTable()) {
        if (info.field == field)
            return QString::fromLatin1(info.name);
    }
    return {};
}

bool csvFieldFromName(QStringView name, CsvField *field)
{
    const QString n = normalized(name);
    for (const FieldInfo &info : fieldTable()) {
        if (normalized(QString::fromLatin1(info.name)) == n) {
            *field = info.field;
            return true;
        }
    }
    return false;
}

bool csvFieldRepeats(CsvField field)
{
    return field == CsvField::Actors || field == CsvField::Tags || field == CsvField::Quote
           || field == CsvField::Ignore;
}

CsvField CsvMapping::field(qsizetype column) const
{
    return column >= 0 && column < qsizetype(columns.size()) ? columns[size_t(column)] : CsvField::Ignore;
}

qsizetype CsvMapping::column(CsvField f) const
{
    const auto it = std::find(columns.begin(), columns.end(), f);
    return it == columns.end() ? -1 : qsizetype(it - columns.begin());
}

CsvMapping CsvMapping::guess(const QStringList &header)
{
    CsvMapping mapping;
    mapping.columns.assign(size_t(header.size()), CsvField::Ignore);
    // alias -> (field, rank within the field's aliases): "Title" beats "Name" for the title.
    QHash<QString, std::pair<CsvField, int>> byAlias;
    for (const FieldInfo &info : fieldTable()) {
        int rank = 0;
        for (const char *alias : info.aliases)
            byAlias.insert(QString::fromUtf8(alias), {info.field, rank++}); // some are not Latin-1
    }
    std::vector<int> ranks(size_t(header.size()), 0);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto it = byAlias.constFind(normalized(header[i]));
        if (it == byAlias.cend())
            continue;
        const auto [field, rank] = *it;
        if (csvFieldRepeats(field)) {
            mapping.columns[size_t(i)] = field;
            continue;
        }
        const qsizetype taken = mapping.column(field);
        if (taken >= 0 && ranks[size_t(taken)] <= rank)
            continue;
        if (taken >= 0)
            mapping.columns[size_t(taken)] = CsvField::Ignore;
        mapping.columns[size_t(i)] = field;
        ranks[size_t(i)] = rank;
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        static const QStringList typeNames{u"disordertype"_s, u"eventtype"_s, u"subeventtype"_s, u"eventtext"_s};
        if (mapping.columns[size_t(i)] == CsvField::Tags && typeNames.contains(normalized(header[i])))
            mapping.eventTypeColumns.push_back(i);
    }
    // ICEWS names its actors "Source Name" and "Target Name" (its article's source is "Publisher").
    const bool icews = header.size() > 1 && std::any_of(header.begin(), header.end(), [](const QString &h) {
        return normalized(h) == u"targetname";
    });
    for (qsizetype i = 0; icews && i < header.size(); ++i) {
        const QString n = normalized(header[i]);
        if (n == u"sourcename")
            mapping.columns[size_t(i)] = CsvField::Actors;
        else if (n == u"publisher")
            mapping.columns[size_t(i)] = CsvField::SourceTitle;
    }
    // A year column beside whole dates repeats their year (ACLED's "year" beside "event_date"): the
    // dates are read, not the year alone.
    if (mapping.has(CsvField::Date) && !mapping.has(CsvField::Month) && !mapping.has(CsvField::Day)) {
        for (CsvField &f : mapping.columns)
            if (f == CsvField::Year || (f == CsvField::EndYear && mapping.has(CsvField::EndDate)))
                f = CsvField::Ignore;
    }
    // Month and Day columns are parts of a date only beside a Year column (and then a "Time"
    // column is not the date); a lone "Day" column is the date.
    const bool split = mapping.has(CsvField::Year);
    for (qsizetype i = 0; i < header.size(); ++i) {
        CsvField &f = mapping.columns[size_t(i)];
        const QString n = normalized(header[i]);
        if (!split && (f == CsvField::Month || f == CsvField::Day))
            f = f == CsvField::Day && !mapping.has(CsvField::Date) ? CsvField::Date : CsvField::Ignore;
        else if (split && f == CsvField::Date && (n == u"time" || n == u"datetime"))
            f = CsvField::Ignore;
    }
    return mapping;
}

bool CsvMapping::apply(const QString &spec, const QStringList &header, QString *error)
{
    if (columns.size() < size_t(header.size()))
        columns.resize(size_t(header.size()), CsvField::Ignore);
    for (const QString &entry : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq <= 0) {
            *error = u"\"%1\": expected FIELD=COLUMN"_s.arg(entry);
            return false;
        }
        CsvField f;
        const QString fieldName = entry.left(eq).trimmed();
        if (!csvFieldFromName(fieldName, &f)) {
            QStringList names;
            for (CsvField known : csvFields())
                names << csvFieldName(known).replace(u' ', u'_');
            *error = u"unknown field \"%1\" (fields: %2)"_s.arg(fieldName, names.join(u", "_s));
            return false;
        }
        const QString columnName = entry.mid(eq + 1).trimmed();
        qsizetype column = -1;
        for (qsizetype i = 0; i < header.size() && column < 0; ++i) {
            if (header[i].trimmed().compare(columnName, Qt::CaseInsensitive) == 0)
                column = i;
        }
        bool isNumber = false;
        const int number = columnName.toInt(&isNumber);
        if (column < 0 && isNumber && number >= 1 && number <= header.size())
            column = number - 1;
        if (column < 0) {
            *error = u"no column \"%1\" (columns: %2)"_s.arg(columnName, header.join(u", "_s));
            return false;
        }
        if (!csvFieldRepeats(f))
            std::replace(columns.begin(), columns.end(), f, CsvField::Ignore);
        columns[size_t(column)] = f;
    }
    return true;
}

} // namespace dateline
