#pragma once

#include <QLatin1StringView>
#include <QStringView>

namespace dateline::gdelt {

// A short verb phrase for a CAMEO event code, for titles read as "Actor1 <verb> Actor2":
// the most specific of the code, its three-digit base and its root that
// has a phrase ("130" -> "threatens", "0874" -> "de-escalates with"). Empty for a non-CAMEO code.
// The phrase ends with its preposition when it takes one ("appeals to"); verbAlone() drops it
// for events without a second actor.
QLatin1StringView cameoVerb(QStringView eventCode);
QLatin1StringView verbAlone(QLatin1StringView verb); // "appeals to" -> "appeals"

} // namespace dateline::gdelt
