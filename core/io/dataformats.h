#pragma once

#include "core/io/csv/csvreader.h"
#include "core/io/csv/texttable.h"
#include "core/io/exportoptions.h"
#include "core/io/importprogress.h"
#include "core/io/importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace dateline {

class Document;

// Options a reader may need beyond the bytes; formats that need none ignore them.
struct DataReadOptions {
    CsvOptions csv;
    ImportProgress progress;
};

// One interchange format. read or write may be empty (import-only or export-only formats).
struct DataFormat {
    QString name;             // "csv": what the CLI's FORMAT argument names
    QString title;            // "CSV (comma-separated values)": for menus and file dialogs
    QStringList extensions;   // without the dot, lower case; the first is the default
    std::function<bool(const QByteArray &head)> detect;  // from the first bytes of a file
    std::function<ImportedContent(const QByteArray &, const DataReadOptions &)> read;
    std::function<QByteArray(const Document &, ExportReport *)> write;
    // For formats that stream (JSON, CSV, TSV): the same bytes written to a device as they are
    // made, reading the document a batch at a time. Empty for the others.
    std::function<bool(const Document &, QIODevice &, const ExportOptions &, ExportReport *, QString *error)> stream;
    // For tables that are not delimited text (workbooks, JSON records): the file as the CSV text its
    // read() maps, for the import dialog's preview; sheet as CsvOptions::sheet (workbooks only).
    // Empty for the others.
    std::function<std::optional<TableAsCsv>(const QByteArray &, const QString &sheet, QString *error)> asCsv;

    bool canRead() const { return bool(read); }
    // A spreadsheet (.xlsx, .xls, .ods): sheets to choose from, rows numbered as the sheet shows them.
    bool isWorkbook() const { return name == u"xlsx" || name == u"ods"; }
    bool canWrite() const { return bool(write); }
    // Writes the export to out: streamed where the format can, otherwise made whole, then written.
    // False with error set when out refused a write or options.progress cancelled.
    bool writeTo(const Document &document, QIODevice &out, const ExportOptions &options, ExportReport *report,
                 QString *error) const;
};

// The formats in detection order: the ones with a clear signature first, CSV/TSV last.
const std::vector<DataFormat> &dataFormats();

// By name ("csv"), case-insensitive; nullptr when unknown.
const DataFormat *dataFormat(QStringView name);
// By a file name's extension ("events.tsv" -> tsv); nullptr when none matches. Where several
// formats share an extension (".json"), the first registered wins.
const DataFormat *dataFormatForFile(const QString &fileName);
// From the first bytes of a file (readable formats only), then from its name; nullptr when
// neither tells.
const DataFormat *detectDataFormat(const QByteArray &head, const QString &fileName = {});

// How many bytes detectors look at.
inline constexpr qsizetype kDataFormatHeadSize = 64 * 1024;

} // namespace dateline
