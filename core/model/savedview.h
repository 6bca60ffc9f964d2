#pragma once

#include "core/date/fuzzydate.h"
#include "core/index/lanegrouping.h"
#include "core/model/eventfilter.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dateline {

// A named way of looking at a document, stored in it so it travels with the file: re-opening the
// view after new events arrived re-makes the same briefing picture with them included.
struct SavedView {
    QString name;                // unique within a document, not empty
    EventFilter filter;
    LaneGrouping grouping = LaneGrouping::None;
    TimePoint visibleFrom = 0;   // the visible range; from == to means "fit all events"
    TimePoint visibleTo = 0;
    QString palette;             // "light", "dark", "print"; empty = the viewer's choice

    // {"name":"Summit run-up","filter":{...},"grouping":"actor","range":"2008-03-01/2008-04-30",
    //  "palette":"print"}: range as EDTF at second precision when it is not whole days.
    QJsonObject toJson() const;
    static std::optional<SavedView> fromJson(const QJsonObject &json, QString *errorMessage = nullptr);
    friend bool operator==(const SavedView &, const SavedView &) = default;
};

// A named moment to jump to ("Bucharest summit"), also stored in the document.
struct DateBookmark {
    QString name;   // unique within a document, not empty
    FuzzyDate date; // valid

    QJsonObject toJson() const; // {"name":"...","date":"2008-04-02/2008-04-04"}
    static std::optional<DateBookmark> fromJson(const QJsonObject &json, QString *errorMessage = nullptr);
    friend bool operator==(const DateBookmark &, const DateBookmark &) = default;
};

} // namespace dateline
