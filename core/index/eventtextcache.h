#pragma once

#include "core/model/ids.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dateline {

class Document;
class ReadTransaction;

// The first quote of an event, as a callout shows it.
struct QuotePreview {
    QString text;
    QString speaker; // actor label; empty when unknown
    bool isEmpty() const { return text.isEmpty(); }
};

// Titles and first quotes for the few events a frame labels, fetched lazily and cached: the time
// index holds no text. Bounded: when full, the older half of the entries is dropped.
// Call clear() after the document changes.
class EventTextCache {
public:
    using TitleLookup = std::function<QString(EventId)>;
    using QuoteLookup = std::function<QuotePreview(EventId)>;

    explicit EventTextCache(const Document &document, int capacity = 20000);
    EventTextCache(TitleLookup titles, QuoteLookup quotes, int capacity = 20000);
    ~EventTextCache();

    QString title(EventId id) const;
    QuotePreview firstQuote(EventId id) const;
    // Only what is cached, never fetching: for a frame that has spent its time budget on text.
    std::optional<QString> cachedTitle(EventId id) const;
    std::optional<QuotePreview> cachedFirstQuote(EventId id) const;
    void clear();
    void forget(const std::vector<EventId> &ids); // after these events changed

    // Lookups while a Batch lives share one read transaction on the document, opened at the
    // first lookup that reaches the store (see ReadTransaction). Nests.
    class Batch {
    public:
        explicit Batch(const EventTextCache *cache);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        const EventTextCache *m_cache;
    };

private:
    template <typename T>
    struct Lru {
        QHash<std::int64_t, std::pair<T, quint64>> items;
        quint64 clock = 0;
    };
    template <typename T, typename F>
    static T lookup(Lru<T> &cache, int capacity, EventId id, const F &fetch);
    template <typename T>
    static std::optional<T> peek(Lru<T> &cache, EventId id);

    void beforeFetch() const;

    const Document *m_document = nullptr; // the store behind the lookups, for Batch
    mutable int m_batchDepth = 0;
    mutable std::unique_ptr<ReadTransaction> m_read;
    TitleLookup m_titles;
    QuoteLookup m_quotes;
    int m_capacity;
    mutable Lru<QString> m_titleCache;
    mutable Lru<QuotePreview> m_quoteCache;
};

} // namespace dateline
