#pragma once

#include "core/model/eventfilter.h"

#include <QString>

#include <functional>
#include <vector>

namespace dateline {

// One removable value of a filter as the chip bar shows it: "Actor: Russia", "Quad: Material
// conflict", "From 2008-03 to 2008-04", and the filter without that value.
struct FilterChip {
    QString text;
    EventFilter without;
};

// The chips of a filter, one per value, in the facets' order. actorName names an actor id
// (the label; an unknown id may be named "Actor 12"); countryName an alpha-3 code.
std::vector<FilterChip> filterChips(const EventFilter &filter, const std::function<QString(ActorId)> &actorName,
                                    const std::function<QString(const QString &)> &countryName);

// "From 2008-03 to 2008-04", "From 2008-03" (open end), "Until 2008-04", "In 2008-03" (one date).
QString dateRangeText(const FuzzyDate &range);
// An EDTF interval from two ends, either of which may be invalid (open); invalid when both are.
FuzzyDate dateRangeOf(const FuzzyDate &from, const FuzzyDate &to);
// The ends of a range as dateRangeOf takes them (an open end invalid).
std::pair<FuzzyDate, FuzzyDate> dateRangeEnds(const FuzzyDate &range);

} // namespace dateline
