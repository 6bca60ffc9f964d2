#pragma once

#include "core/date/fuzzydate.h"
#include "core/model/cameo.h"
#include "core/model/event.h"
#include "core/model/ids.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

// What the analyst narrowed the timeline to. Every facet left empty (or unset) lets all events
// through; facets combine with AND, values within one facet with OR ("actor A or actor B, and
// quad class material conflict"). A value type: stored in saved views, serialised as JSON.
//
// Meaning of each facet for one event:
// - actors: one of its linked actors is listed;
// - cameoRoots / quadClasses: its CAMEO root (1..20) or that root's quad class is listed; an
//   event without a CAMEO code matches neither;
// - countries (ISO 3166-1 alpha-3): the country of its place or of one of its actors is listed;
// - tags: it carries one of the tags;
// - statuses: its status is listed;
// - dateRange: it overlaps the range (outer bounds: earliestStart .. latestEnd of the range's
//   date, so "2008-03" keeps everything touching March 2008); undated events are hidden;
// - minReliability 'A'..'F': one of its quotes' sources is graded at least that well
//   ('B' keeps A and B); events without a graded source are hidden;
// - maxCredibility 1..6: one of its quotes is credible at least that well (2 keeps 1 and 2);
// - hasQuotes: it has (true) or has not (false) any quote.
struct EventFilter {
    std::vector<ActorId> actors;
    std::vector<int> cameoRoots;
    std::vector<cameo::QuadClass> quadClasses;
    QStringList countries;
    QStringList tags;
    std::vector<EventStatus> statuses;
    FuzzyDate dateRange;                 // invalid = no date facet
    std::optional<QChar> minReliability; // 'A'..'F'
    std::optional<int> maxCredibility;   // 1..6
    std::optional<bool> hasQuotes;

    bool isEmpty() const;

    // {"actors":[3,7],"cameoRoots":[14],"quadClasses":[4],"countries":["RUS"],
    //  "tags":["nuclear"],"statuses":["planned"],"dateRange":"2008-03/2008-04",
//  (quad classes as GDELT numbers them: 1 verbal cooperation .. 4 material conflict)
    //  "minReliability":"B","maxCredibility":2,"hasQuotes":true}; empty facets are left out.
    QJsonObject toJson() const;
    // Reads what toJson writes; unknown keys are ignored (a newer file), wrong values are an
    // error with the key named, so a view from an untrusted file never half-applies.
    static std::optional<EventFilter> fromJson(const QJsonObject &json, QString *errorMessage = nullptr);

    friend bool operator==(const EventFilter &, const EventFilter &);
};

} // namespace dateline
