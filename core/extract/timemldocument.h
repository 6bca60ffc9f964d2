#pragma once

#include "core/extract/timex.h"

#include <QString>

#include <vector>

namespace dateline::extract {

// A TimeML (.tml) file as the scorer needs it: the creation time, the plain text of its TEXT
// element (tags removed, offsets are UTF-16 positions in it) and the TIMEX3 annotations there.
struct TimemlDocument {
    QString id;          // DOCID
    QString dct;         // the creation time's value, "1998-01-08"
    QString text;
    std::vector<Timex> timexes;

    // Reads a file; on failure returns false and sets error ("file.tml:12: ...").
    static bool read(const QString &path, TimemlDocument &doc, QString *error);
    static bool parse(const QByteArray &xml, TimemlDocument &doc, QString *error);
};

} // namespace dateline::extract
