#pragma once

#include "core/io/csv/composedtitle.h"
#include "core/io/csv/csvmapping.h"
#include "core/io/csv/csvtokenizer.h"
#include "core/io/dateforms.h"
#include "core/io/interchange/htmltext.h"
#include "core/io/nativejsonreader.h"

#include <QHash>

#include <optional>
#include <vector>

namespace dateline {

// How lists sit in one cell, shared by the CSV reader and writer: actors and tags are separated
// by ';' ("Rice (initiator); Lavrov (target)"), quotes by a blank line.
inline constexpr QChar kCsvListSeparator = u';';
inline constexpr QLatin1StringView kCsvQuoteSeparator{"\n\n"};
// Actors as one cell: "a; b". A lone name with a comma gets a ';' after it, since the reader
// splits a cell of names without ';' at its commas.
inline QString listCell(const QStringList &items)
{
    QString cell = items.join(QLatin1StringView("; "));
    if (items.size() == 1 && cell.contains(QLatin1Char(',')))
        cell += kCsvListSeparator;
    return cell;
}

// Turns mapped CSV records into model values. A row is checked completely before anything of it
// is kept, so a rejected row leaves no actor, place or source behind. Actors, places and sources
// are shared between rows by their text (label; name and country; title and URL).
class CsvRowConverter {
public:
    CsvRowConverter(CsvMapping mapping, const DateReading &reading);

    // Adds the row's event (with new actors, place, source and quotes) or says why not.
    bool add(const CsvRecord &record, QString *reason);
    // Gives every event an id (the file's where it had one) and links the quotes; call once.
    NativeJsonContent finish();
    qsizetype undatedEvents() const { return m_undated; }
    // Source URLs that were not web or mail links, kept as text only; the lines of the first ten.
    qsizetype droppedLinks() const { return m_droppedLinks; }
    const std::vector<qint64> &droppedLinkLines() const { return m_droppedLinkLines; }
    // Date cells such as "1918-21", read as EDTF seasons (spring 1918), in a column that also holds
    // plain years, where a year range (1918–1921) may have been meant; the first, as written.
    qsizetype seasonsAmongYears() const { return m_plainYears > 0 ? m_seasonLike : 0; }
    const QString &firstSeasonAmongYears() const { return m_firstSeasonLike; }
    // The TimelineJS template's Display Date texts that did not qualify their row's split date.
    qsizetype displayDatesNotRead() const { return m_displayNotRead; }
    qint64 firstSeasonAmongYearsLine() const { return m_firstSeasonLikeLine; }

private:
    QString cell(const CsvRecord &record, CsvField field) const;    // trimmed
    QString rawCell(const CsvRecord &record, CsvField field) const; // as written
    QStringList cells(const CsvRecord &record, CsvField field) const;
    FuzzyDate readDate(const CsvRecord &record, QString *reason) const;
    void countYearForms(const QString &dateCell, qint64 line); // for seasonsAmongYears()
    bool readSplitDate(const CsvRecord &record, CsvField year, CsvField month, CsvField day,
                       QString *edtf, QString *reason) const;
    // The steps of add(): checks that keep nothing, then additions that cannot fail.
    struct PlaceCells {
        QString name, countryText, country; // country: ISO alpha-3
        std::optional<double> latitude, longitude;
    };
    bool readFields(const CsvRecord &record, Event &event, std::int64_t *fileId, QString *reason) const;
    bool readPlace(const CsvRecord &record, PlaceCells *place, QString *reason) const;
    struct SourceCells {
        QString title, url;
        QString embed; // the TimelineJS template's media given as markup
    };
    SourceCells sourceCells(const CsvRecord &record); // counts a link dropped
    void addActors(const CsvRecord &record, Event &event);
    TitleParts titleParts(const CsvRecord &record) const; // for a table without a title column
    // Shared by name and country, apart where coordinates differ; none without name, country and
    // coordinates.
    PlaceId placeFor(const PlaceCells &cells);
    SourceId sourceFor(const QString &title, const QString &url);
    ActorId actorFor(const QString &label); // shared by label
    void addQuotes(const CsvRecord &record, SourceId source);
    // TimelineJS template rows (see add())
    void applyDisplayDate(const CsvRecord &record, Event &event);
    std::optional<bool> readTemplateRow(const QString &type, const Event &event, QString *reason);
    void addBlockquotes(std::vector<HtmlBlockquote> blockquotes, const QString &embed, SourceId sourceId);

    CsvMapping m_mapping;
    DateReading m_reading;
    NativeJsonContent m_content;
    std::vector<std::int64_t> m_fileIds;                 // per event: the file's id or 0
    std::vector<std::pair<Quote, size_t>> m_quotes;      // quote, index of its event
    QHash<std::int64_t, qint64> m_idLines;               // file id -> line it was first seen on
    QHash<QString, ActorId> m_actors;
    QMultiHash<QString, PlaceId> m_places;
    QHash<QString, SourceId> m_sources;
    qsizetype m_undated = 0, m_droppedLinks = 0;
    std::vector<qint64> m_droppedLinkLines;
    qsizetype m_plainYears = 0, m_seasonLike = 0, m_displayNotRead = 0;
    QString m_firstSeasonLike;
    qint64 m_firstSeasonLikeLine = 0;
};

} // namespace dateline
