#pragma once

#include "core/io/contentwriter.h"
#include "core/io/importprogress.h"
#include "core/io/importresult.h"

namespace dateline {

class Document;

// What writing an import did.
struct ImportWrite {
    bool written = false; // the content is in the document
    WriteCounts counts;
    QString error;        // why nothing was written; empty when written
};

// Writes what a reader produced into a document, as the user chose: with ImportNothing and any
// rejected row, nothing is written. One transaction: on a store failure the document is left as
// it was. Into an empty document the file's ids are kept (a round trip keeps them), otherwise
// every entity gets a new id.
ImportWrite writeImport(ImportedContent &imported, Document &into, ImportPolicy policy,
                        const ImportProgress &progress = {});

// "line 12: date \"31/02/2008\": February 2008 has no day 31" (unit "row" for a spreadsheet), one per
// rejected row, at most `limit` (then "... and N more").
QStringList rejectedRowLines(const ImportedContent &imported, qsizetype limit, const QString &unit = QStringLiteral("line"));

} // namespace dateline
