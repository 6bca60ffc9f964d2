#pragma once

#include "core/date/fuzzydate.h"
#include "core/model/ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace dateline {

enum class EventStatus : std::uint8_t { Occurred, Planned, Announced, Reported, Denied };
enum class ActorRole : std::uint8_t { Initiator, Target, Participant, Host, Visitor };

struct ActorLink {
    ActorId actor;
    ActorRole role = ActorRole::Participant;
    friend bool operator==(const ActorLink &, const ActorLink &) = default;
};

struct Event {
    EventId id;
    QString title;
    QString description;
    FuzzyDate date;               // a single date or an EDTF interval (start/end)
    EventStatus status = EventStatus::Occurred;
    QString cameoCode;            // CAMEO event code as text: leading zeros matter ("042")
    PlaceId place;
    int importance = 50;          // 0..100; label placement priority
    QStringList tags;
    std::int64_t sortKey = 0;     // orders events with equal dates (ascending)
    std::vector<ActorLink> actors;
    QDateTime created;            // UTC; set by the store when invalid
    QDateTime updated;            // UTC; set by the store on every write
};

QString statusName(EventStatus status);        // "occurred", "planned", ...
EventStatus statusFromName(QStringView name, bool *ok = nullptr);
QString roleName(ActorRole role);              // "initiator", "target", ...
ActorRole roleFromName(QStringView name, bool *ok = nullptr);

} // namespace dateline
