#pragma once

#include "core/model/ids.h"
#include "core/store/eventlist.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace dateline {

class Document;

// Titles and first quotes for the few events a frame labels, fetched lazily and cached: the time
// index holds no text. The store answers a page of ids per query (Document::eventTitles and
// firstQuotes), so a frame asks for the texts it is about to need together (fetchTitles,
// fetchFirstQuotes) rather than one by one. Bounded: when full, the older half of the entries is
// dropped. Call clear() after the document changes.
class EventTextCache {
public:
    // Answers for ids, in the same order (empty for an unknown event).
    using TitlesLookup = std::function<std::vector<QString>(const std::vector<EventId> &)>;
    using QuotesLookup = std::function<std::vector<QuotePreview>(const std::vector<EventId> &)>;
    // One id at a time (tests and fakes).
    using TitleLookup = std::function<QString(EventId)>;
    using QuoteLookup = std::function<QuotePreview(EventId)>;

    // The document must outlive the cache.
    explicit EventTextCache(const Document &document, int capacity = 20000);
    EventTextCache(TitlesLookup titles, QuotesLookup quotes, int capacity = 20000);
    EventTextCache(TitleLookup title, QuoteLookup quote, int capacity = 20000);
    ~EventTextCache();

    QString title(EventId id) const;
    QuotePreview firstQuote(EventId id) const;
    // Fetches those of ids that are not cached, in one lookup (the store pages it).
    void fetchTitles(const std::vector<EventId> &ids) const;
    void fetchFirstQuotes(const std::vector<EventId> &ids) const;
    // Only what is cached, never fetching: for a frame that has spent its time budget on text.
    std::optional<QString> cachedTitle(EventId id) const;
    std::optional<QuotePreview> cachedFirstQuote(EventId id) const;
    void clear();
    void forget(const std::vector<EventId> &ids); // after these events changed

private:
    template <typename T>
    struct Lru {
        QHash<std::int64_t, std::pair<T, quint64>> items;
        quint64 clock = 0;
    };
    template <typename T, typename F>
    static void fetch(Lru<T> &cache, int capacity, const std::vector<EventId> &ids, const F &lookup);
    template <typename T>
    static void insert(Lru<T> &cache, int capacity, EventId id, T value);
    template <typename T>
    static std::optional<T> peek(Lru<T> &cache, EventId id);

    TitlesLookup m_titles;
    QuotesLookup m_quotes;
    int m_capacity;
    mutable Lru<QString> m_titleCache;
    mutable Lru<QuotePreview> m_quoteCache;
};

} // namespace dateline
