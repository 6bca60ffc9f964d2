#pragma once

#include "core/date/fuzzydate.h"
#include "core/model/ids.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace dateline {

// What a list of events (the events table) shows of one event: no description, tags or stamps,
// so that a page of rows is one cheap query. See Document::eventListRows().
struct EventListRow {
    EventId id; // invalid when the event asked for does not exist
    QString title;
    FuzzyDate date;
    QString cameoCode;
    int quoteCount = 0;
    std::vector<ActorId> actors; // in link order
};

// The first quote of an event (lowest quote id), as a timeline callout shows it. See
// Document::firstQuotes().
struct QuotePreview {
    QString text;
    QString speaker; // the speaker's label; empty when unknown
    bool isEmpty() const { return text.isEmpty(); }
};

// Orders of Document::eventIdsOrderedBy(); ties are broken by time order.
enum class EventListKey : std::uint8_t {
    Title,      // case-insensitive (ASCII), as SQLite's NOCASE
    CameoCode,  // as text: leading zeros matter
    QuoteCount,
    FirstActor, // the label of the first linked actor, locale-aware; events without actors first
};

} // namespace dateline
