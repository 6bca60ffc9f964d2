#include "core/index/lanegrouping.h"

#include <array>

namespace dateline {

namespace {
constexpr std::array<QLatin1StringView, 5> kNames = {
    QLatin1StringView("none"), QLatin1StringView("actor"), QLatin1StringView("type"),
    QLatin1StringView("country"), QLatin1StringView("tag")};
}

QString laneGroupingName(LaneGrouping grouping)
{
    return kNames[std::size_t(grouping)];
}

LaneGrouping laneGroupingFromName(QStringView name, bool *ok)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (name.compare(kNames[i], Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return LaneGrouping(i);
        }
    }
    if (ok)
        *ok = false;
    return LaneGrouping::None;
}

} // namespace dateline
