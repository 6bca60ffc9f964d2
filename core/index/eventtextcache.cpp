#include "core/index/eventtextcache.h"

#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

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
            // one row, two columns: Document::quotesForEvent would load every quote with its links
            Statement &s = document.database().cached(QByteArrayLiteral(
                "SELECT q.text, a.label FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id"
                " LEFT JOIN actors a ON a.id = q.speaker_id WHERE qe.event_id = ?1 ORDER BY q.id LIMIT 1"));
            s.bind(1, id.value);
            QuotePreview preview;
            if (s.step()) {
                preview.text = s.text(0);
                preview.speaker = s.text(1);
            }
            s.reset();
            return preview;
        },
        capacity)
{
    m_document = &document;
}

EventTextCache::~EventTextCache() = default;

EventTextCache::Batch::Batch(const EventTextCache *cache)
    : m_cache(cache)
{
    if (m_cache)
        ++m_cache->m_batchDepth;
}

EventTextCache::Batch::~Batch()
{
    if (m_cache && --m_cache->m_batchDepth == 0)
        m_cache->m_read.reset();
}

void EventTextCache::beforeFetch() const
{
    if (m_document && m_batchDepth > 0 && !m_read)
        m_read = std::make_unique<ReadTransaction>(m_document->database());
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
    T value = fetch(id);
    cache.items.insert(id.value, {value, ++cache.clock});
    return value;
}

template <typename T>
std::optional<T> EventTextCache::peek(Lru<T> &cache, EventId id)
{
    auto it = cache.items.find(id.value);
    if (it == cache.items.end())
        return std::nullopt;
    it->second = ++cache.clock;
    return it->first;
}

std::optional<QString> EventTextCache::cachedTitle(EventId id) const
{
    return peek(m_titleCache, id);
}

std::optional<QuotePreview> EventTextCache::cachedFirstQuote(EventId id) const
{
    return peek(m_quoteCache, id);
}

QString EventTextCache::title(EventId id) const
{
    return lookup(m_titleCache, m_capacity, id, [this](EventId e) {
        beforeFetch();
        return m_titles ? m_titles(e) : QString();
    });
}

QuotePreview EventTextCache::firstQuote(EventId id) const
{
    return lookup(m_quoteCache, m_capacity, id, [this](EventId e) {
        beforeFetch();
        return m_quotes ? m_quotes(e) : QuotePreview{};
    });
}

void EventTextCache::clear()
{
    m_titleCache = {};
    m_quoteCache = {};
}

void EventTextCache::forget(const std::vector<EventId> &ids)
{
    for (EventId id : ids) {
        m_titleCache.items.remove(id.value);
        m_quoteCache.items.remove(id.value);
    }
}

} // namespace dateline
