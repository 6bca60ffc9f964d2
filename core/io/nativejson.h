#pragma once

#include "core/io/exportoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace dateline {

class Document;

// The native JSON form of a whole document (docs/native-json.md). Lossless: exporting, importing
// into a new empty document and exporting again gives the same bytes.
inline constexpr int kNativeJsonVersion = 1;
inline constexpr QLatin1StringView kNativeJsonFormat{"dateline"};

// Entities sorted by id, keys in a fixed order, UTF-8, two-space indentation, final newline.
QByteArray exportNativeJson(const Document &document);
// The same text streamed to out as it is made, reading the document a batch at a time in one
// read snapshot: memory stays the same whatever the document size. False when out refused a
// write or options.progress cancelled, with error saying which; what reached out is then
// incomplete (write files through a QSaveFile: writeFileAtomically in core/io/savefile.h).
bool exportNativeJson(const Document &document, QIODevice &out, const ExportOptions &options, QString *error);

// What an import did, or why it did nothing.
struct NativeJsonImport {
    // Empty on success. Otherwise one entry per problem, each starting with the JSON path of the
    // offending element ("events[3].date: February 2008 has no day 30"), or with the line and
    // column for malformed JSON. At most kMaxProblems are listed.
    QStringList problems;
    qsizetype events = 0, actors = 0, places = 0, sources = 0, quotes = 0, relations = 0, eras = 0;
    bool idsKept = false; // the file's ids were kept (only when the target document was empty)
    qsizetype gdeltAlreadyThere = 0; // events added without their GDELT record (its GLOBALEVENTID was there)
    qsizetype eventsAlreadyPresent = 0; // events added with the title and date of one already there

    static constexpr qsizetype kMaxProblems = 50;
    bool ok() const { return problems.isEmpty(); }
};

// Validates the whole file first, then writes it in one transaction: all or nothing. Into an
// empty document the file's ids are kept; into a non-empty one every entity gets a new id and the
// links are remapped. The document title is taken from the file when the document has none.
NativeJsonImport importNativeJson(const QByteArray &json, Document &into);
// The same, with the problems joined into one message (one per line).
bool importNativeJson(const QByteArray &json, Document &into, QString *errorMessage);

} // namespace dateline
