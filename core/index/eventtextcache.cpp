#include "core/index/eventtextcache.h"

#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/statement.h"

#include <algorithm>
#include <vector>

namespace dateline {

EventTextCache::EventTextCache(const Document &document, int capacity)
    : EventTextCache(
        [&document](EventId id) {
            // the title column only: Document::event() would also load links and tags
            Statement &s = document.database().cached(QByteArrayLiteral("SELECT title FROM events WHERE id = ?1"));
            s.bind(1, id.value);
            QString title = s.step() ? s.text(0) : QString();
            s.reset();
            return title;
        },
        [&document](EventId id) {
            const std::vector<Quote> quotes = document.quotesForEvent(id);
            if (quotes.empty())
                return QuotePreview{};
            QuotePreview preview{quotes.front().text, QString()};
            if (quotes.front().speaker.isValid()) {
                if (const std::optional<Actor> a = document.actor(quotes.front().speaker))
                    preview.speaker = a->label;
            }
            return preview;
        },
        capacity)
{
}

EventTextCache::EventTextCache(TitleLookup titles, QuoteLookup quotes, int capacity)
    : m_titles(std::move(titles))
    , m_quotes(std::move(quotes))
    , m_capacity(std::max(16, capacity))
{
}

template <typename T, typename F>
T EventTextCache::lookup(Lru<T> &cache, int capacity, EventId id, const F &fetch)
{
    auto it = cache.items.find(id.value);
    if (it != cache.items.end()) {
        it->second = ++cache.clock;
        return it->first;
    }
    if (cache.items.size() >= capacity) {
        // drop the least recently used half in one go: amortised O(1) per lookup
        std::vector<quint64> stamps;
        stamps.reserve(std::size_t(cache.items.size()));
        for (const auto &v : std::as_const(cache.items))
            stamps.push_back(v.second);
        auto mid = stamps.begin() + std::ptrdiff_t(stamps.size() / 2);
        std::nth_element(stamps.begin(), mid, stamps.end());
        const quint64 cut = *mid;
        cache.items.removeIf([cut](const auto &item) { return item.value().second < cut; });
    }
    T value = fetch ? fetch(id) : T{};
    cache.items.insert(id.value, {value, ++cache.clock});
    return value;
}

QString EventTextCache::title(EventId id) const
{
    return lookup(m_titleCache, m_capacity, id, m_titles);
}

QuotePreview EventTextCache::firstQuote(EventId id) const
{
    return lookup(m_quoteCache, m_capacity, id, m_quotes);
}

void EventTextCache::clear()
{
    m_titleCache = {};
    m_quoteCache = {};
}

} // namespace dateline
