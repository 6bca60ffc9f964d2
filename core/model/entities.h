#pragma once

#include "core/date/fuzzydate.h"
#include "core/model/ids.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

enum class ActorKind : std::uint8_t { State, Person, Organisation, Group };

struct Actor {
    ActorId id;
    QString label;
    ActorKind kind = ActorKind::Person;
    QString country;      // ISO 3166-1 alpha-3, e.g. "RUS"; empty when unknown
    QString cameoCode;    // CAMEO actor code, e.g. "RUSGOV"
    QStringList aliases;
};

struct Place {
    PlaceId id;
    QString name;
    QString country;      // ISO 3166-1 alpha-3
    std::optional<double> latitude;
    std::optional<double> longitude;
};

// A citation, with CSL-JSON field names in the native JSON form.
struct Source {
    SourceId id;
    QString title;
    QString publication;  // CSL "container-title"
    QString author;
    FuzzyDate issued;
    QString url;
    FuzzyDate accessed;
    QChar reliability = QLatin1Char('F'); // NATO Admiralty grade A (reliable) .. F (cannot be judged)
};

struct Quote {
    QuoteId id;
    QString text;         // verbatim
    ActorId speaker;
    SourceId source;
    QString locator;      // where in the source: page, paragraph, timestamp
    int credibility = 6;  // NATO Admiralty 1 (confirmed) .. 6 (cannot be judged)
    std::vector<EventId> events;
};

enum class RelationKind : std::uint8_t { FollowUpOf, ResponseTo, PartOf, Contradicts };

// "from is a <kind> to": the Sochi summit (from) is a follow-up of the 2+2 meeting (to).
struct Relation {
    RelationId id;
    EventId from;
    EventId to;
    RelationKind kind = RelationKind::FollowUpOf;
};

// A named span drawn as a background band.
struct Era {
    EraId id;
    QString name;
    FuzzyDate span;
    QString color;        // "#rrggbb"; empty = palette default
};

// Where a GDELT-imported event came from: its row in the GDELT event table. The source (with the
// article's URL) is an ordinary Source; DATEADDED is kept as GDELT wrote it (YYYYMMDDHHMMSS in
// 2.0, YYYYMMDD in 1.0 daily files; 0 when the file had none).
struct GdeltRecord {
    std::int64_t globalEventId = 0;
    std::int64_t dateAdded = 0;
    SourceId source;
    // GoldsteinScale, AvgTone, NumMentions, NumSources, NumArticles; unknown for rows imported
    // before schema v5 (those have them in the event's description).
    std::optional<double> goldstein, tone;
    std::optional<std::int64_t> mentions, sources, articles;
};

// "2015-02-18 23:15 UTC" (or "2015-02-18") from a DATEADDED value; empty when it is not one.
QString gdeltDateAddedText(std::int64_t dateAdded);

QString actorKindName(ActorKind kind);                 // "state", "person", "organisation", "group"
ActorKind actorKindFromName(QStringView name, bool *ok = nullptr);
QString relationKindName(RelationKind kind);           // "follow-up of", "response to", "part of", "contradicts"
RelationKind relationKindFromName(QStringView name, bool *ok = nullptr);

} // namespace dateline
