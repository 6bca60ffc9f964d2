#pragma once

#include "core/model/entities.h"
#include "core/model/ids.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace dateline {

class Document;

// One numbered quote of an exported picture, as the "Quotes and sources" appendix lists it.
struct QuoteNote {
    int number = 0;            // 1-based; the marker [number] on the timeline
    QuoteId quote;
    EventId event;             // the first shown event it belongs to
    QString eventTitle;
    QString eventDate;         // display form
    QString speaker;           // empty when unknown
    QString text;              // verbatim
    QString citation;          // empty when the quote has no source
    QString locator;
    QChar reliability;         // A..F of the source; null without a source
    int credibility = 6;       // 1..6
};

// Numbers the quotes of the events an export shows, in the order the events are shown, fetching
// them from the document. A quote attached to several shown events keeps one number.
class QuoteNotes {
public:
    static constexpr int kDefaultLimit = 1000;

    // Decides whether an appearance of an event gets its marker (e.g. whether the marker text
    // fits on the picture); only accepted appearances number their quotes.
    using Accept = std::function<bool(std::size_t appearance, const QString &marker)>;
    // Cheap test before the quotes are read: false skips the appearance (its marker cannot fit).
    using Plausible = std::function<bool(std::size_t appearance)>;
    // Numbers only (markers) or also speaker, event, citation and grades (appendix, footer).
    enum class Detail : std::uint8_t { NumbersOnly, Full };

    QuoteNotes() = default;
    // shownEvents: the quoted events' appearances, in reading order (an event may repeat).
    static QuoteNotes collect(const Document &document, const std::vector<EventId> &shownEvents,
                              Detail detail = Detail::Full, const Accept &accept = {},
                              const Plausible &plausible = {}, int limit = kDefaultLimit);

    const std::vector<QuoteNote> &notes() const { return m_notes; }
    bool isEmpty() const { return m_notes.empty(); }
    int omitted() const { return m_omitted; } // quotes beyond the limit
    // "[1]", "[2, 3]", "[4–7]"; empty when the event has no numbered quote.
    QString marker(EventId event) const;
    // Distinct sources in order of first use: "Title. Publication, date" with the quote numbers.
    QStringList sourceLines() const;

    static QString citation(const Source &source);
    static QString numberList(const std::vector<int> &numbers); // "1–3, 5"
    static QString reliabilityName(QChar grade);  // "usually reliable"
    static QString credibilityName(int grade);    // "probably true"

private:
    std::vector<QuoteNote> m_notes;
    QHash<qint64, std::vector<int>> m_byEvent;     // event -> note numbers
    std::vector<std::pair<QString, std::vector<int>>> m_sources; // citation -> numbers
    int m_omitted = 0;
};

} // namespace dateline
