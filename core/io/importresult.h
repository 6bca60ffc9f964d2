#pragma once

#include "core/io/importprogress.h"
#include "core/io/nativejsonreader.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace dateline {

// What every importer hands to the writer: model values with the file's own (provisional) ids,
// and every row it could not take, with where and why. Readers never touch a document.
struct ImportProblem {
    qint64 line = 0;  // 1-based line (or record) of the input; 0 = the file as a whole
    QString message;  // plain text for a person: "date \"31/02/2008\": February has 29 days"
};

struct ImportedContent {
    NativeJsonContent content;          // ids are provisional and only link entities together
    std::vector<ImportProblem> rejected; // rows left out, in input order
    QStringList notes;                  // what the format could not carry or what was adapted
    bool fatal = false;                 // the file as a whole could not be read (rejected says why)
};

// What the user chose to do when some rows are bad.
enum class ImportPolicy : std::uint8_t { ImportGoodRows, ImportNothing };

// What an exporter left out because the format cannot carry it ("4 quotes left out: iCalendar
// has no quotes"). Plain text, one line each.
struct ExportReport {
    QStringList omissions;
};

} // namespace dateline
