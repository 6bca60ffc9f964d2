#pragma once

#include "core/model/ids.h"

#include <QChar>
#include <QString>

namespace dateline {

// What a list of sources (the Library's Sources tab) shows and filters on: no dates, so that a
// GDELT document's million articles list without parsing two million EDTF strings. See
// Document::sourceListRows().
struct SourceListRow {
    SourceId id;
    QString title;
    QString publication;
    QString author;
    QString url;
    QChar reliability = QLatin1Char('F'); // as Source::reliability
};

} // namespace dateline
