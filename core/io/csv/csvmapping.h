#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dateline {

// What a CSV column holds. Actors, tags and quotes may come from several columns (merged).
enum class CsvField : std::uint8_t {
    Ignore,
    Id,
    Title,
    Date,
    EndDate,
    Year, // split dates (the TimelineJS spreadsheet template): Year, Month, Day, End Year...
    Month,
    Day,
    EndYear,
    EndMonth,
    EndDay,
    Description,
    Actors,
    Place,
    Country,
    Latitude,
    Longitude,
    Tags,
    Status,
    CameoCode,
    Importance,
    SortKey,
    SourceTitle,
    SourceUrl,
    Quote,
    Created,
    Updated,
    Time,    // a clock time for the day of the date (or the whole date, alone)
    EndTime, // the same for the end
    AllDay,  // calendar exports' "All day event": true drops the times (see CsvRowConverter::readDate)
    Type,    // the TimelineJS template's row type: "title" (the document's title), "era"
    DisplayDate, // the template's date as shown: qualifies the split date ("c. 1550", "before 1760")
};

// Every field, in the order a mapping menu lists them (Ignore first).
const std::vector<CsvField> &csvFields();
// The name used by the CLI's --map and the exporter's header: "title", "end date", "source url".
QString csvFieldName(CsvField field);
// From a name as csvFieldName writes it; "_" and "-" count as spaces, case does not matter.
bool csvFieldFromName(QStringView name, CsvField *field);
// Whether several columns may map to the field.
bool csvFieldRepeats(CsvField field);

// Column index -> field.
struct CsvMapping {
    std::vector<CsvField> columns;
    // Tag columns that name the event's type (ACLED's disorder, event and sub-event type, ICEWS's
    // event text), broadest first, as guess() found them: a composed title takes the most specific.
    std::vector<qsizetype> eventTypeColumns;

    CsvField field(qsizetype column) const;
    // The first column mapped to field, or -1.
    qsizetype column(CsvField field) const;
    bool has(CsvField field) const { return column(field) >= 0; }
    // No title column, but columns to make titles of (composedtitle.h): actors, a CAMEO code, a
    // description or tags, as event datasets have.
    bool composesTitles() const
    {
        return !has(CsvField::Title)
            && (has(CsvField::Actors) || has(CsvField::CameoCode) || has(CsvField::Description) || has(CsvField::Tags));
    }

    // Guesses from header names the way spreadsheets name columns ("Headline", "Start Date",
    // "Who", "Location", "Link"...). Each field goes to the first column that names it; a column
    // whose name is not recognised is ignored.
    static CsvMapping guess(const QStringList &header);

    // Applies "title=Headline,date=2,actors=Who" on top: each entry maps the column named
    // (header name, case-insensitive, or 1-based number) to the field, and takes the field away
    // from any column that had it (unless the field repeats); "ignore=Notes" ignores a column.
    // Returns false and says why for an unknown field or column.
    bool apply(const QString &spec, const QStringList &header, QString *error);
};

} // namespace dateline
