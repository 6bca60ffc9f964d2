#include "core/index/lanegrouping.h"

#include "core/model/actorlabel.h"
#include "core/model/cameo.h"
#include "core/model/isocountries.h"
#include "core/model/untrustedtext.h"

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

QString laneTitle(const LaneInfo &info)
{
    const QString label = oneLine(info.label);
    return info.sharedLabel ? labelWithCode(label, info.code) : label;
}

namespace lanes {

namespace {

LaneInfo named(const QString &key, const QString &label)
{
    LaneInfo info;
    info.key = key;
    info.label = label;
    return info;
}

} // namespace

LaneInfo all()
{
    return named(QStringLiteral("all"), QStringLiteral("All events"));
}

LaneInfo ofType(int root)
{
    const QString label = root > 0 ? QStringLiteral("%1 %2").arg(root, 2, 10, QLatin1Char('0')).arg(cameo::rootName(root))
                                   : QStringLiteral("No type");
    LaneInfo info = named(QStringLiteral("type:%1").arg(root), label);
    info.cameoRoot = std::uint8_t(root);
    return info;
}

LaneInfo ofActor(std::int64_t actorId, const QString &label, const QString &code)
{
    LaneInfo info = named(QStringLiteral("actor:%1").arg(actorId), label.isNull() ? QStringLiteral("Actor %1").arg(actorId) : label);
    info.code = code;
    return info;
}

LaneInfo ofCountry(const QString &alpha3)
{
    // by name, as the filter chips and menus name it ("Sweden"); an unknown code stays as it is
    return named(QStringLiteral("country:") + alpha3, countryDisplayName(alpha3));
}

LaneInfo ofTag(const QString &tag)
{
    return named(QStringLiteral("tag:") + tag, tag);
}

LaneInfo without(LaneGrouping grouping)
{
    static const QString kNoLane[] = {QString(), QStringLiteral("No actor"), QString(),
                                      QStringLiteral("No country"), QStringLiteral("Untagged")};
    return named(QStringLiteral("none"), kNoLane[int(grouping)]);
}

} // namespace lanes

} // namespace dateline
