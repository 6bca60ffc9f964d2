#pragma once

#include "core/io/csv/csvmapping.h"
#include "core/io/csv/csvtokenizer.h"
#include "core/io/csv/textencoding.h"
#include "core/io/dateforms.h"
#include "core/io/importprogress.h"
#include "core/io/importresult.h"

#include <QByteArray>

#include <optional>

namespace dateline {

enum class CsvHeader : std::uint8_t { FirstRow, None };

// How to read a CSV/TSV file; everything left empty is detected or guessed.
struct CsvOptions {
    std::optional<TextEncoding> encoding;
    // With encoding: the whole file mixes it with the other of UTF-8 and Windows-1252 (as
    // detectEncoding found), so a part of it is read piece by piece as the whole would be.
    bool mixedEncoding = false;
    std::optional<QChar> delimiter;
    std::optional<DayOrder> dayOrder;      // guessed from the date column, else month first
    int twoDigitYearsFrom = 0;             // DateReading::twoDigitYearsFrom: 0 refuses "17/03/08"
    CsvHeader header = CsvHeader::FirstRow;
    std::optional<CsvMapping> mapping;     // guessed from the header names
    QString mapSpec;                       // "title=Headline,date=2": applied on top (CLI --map)
    QString sheet;                         // a workbook's sheet by name; empty: the first that names
                                           // a title and a date, else the first
};

// What a reader would do with a file: the first rows and the detected settings, for a preview.
struct CsvPreview {
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = u',';
    DayOrder dayOrder = DayOrder::MonthFirst;
    bool dayOrderGuessed = false;     // no option given: guessed or the default
    bool numericDates = false;        // some date in the sample is all-numeric ("03/04/2008")
    bool dayOrderEvident = false;     // the sample's numbers decided the order (one above 12)
    QStringList header;               // names ("Column 1"... without a header row)
    std::vector<CsvRecord> rows;      // the first data rows
    CsvMapping mapping;               // options.mapping or the guess, with mapSpec applied
    QString error;                    // a bad mapSpec or an unreadable file; empty when fine
};

CsvPreview previewCsv(const QByteArray &data, const CsvOptions &options, int maxRows = 20);

// Reads a whole CSV/TSV file into content. A row that cannot be used is rejected with its line
// and reason; blank rows are skipped. Fatal (nothing usable) when the file is empty or binary,
// when no column is mapped to the title or the date, or when progress asks to stop.
ImportedContent readCsv(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress = {});

// The text of a row's only non-empty cell (a table's title above its header); empty otherwise.
QString loneCell(const QStringList &cells);

// Whether the first bytes look like delimited text (no NUL bytes outside UTF-16, a delimiter
// on the first line). Weak: the registry tries it after the formats with a signature.
bool looksLikeCsv(const QByteArray &head);

} // namespace dateline
