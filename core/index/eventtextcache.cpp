#include "core/index/eventtextcache.h"

#include "core/store/document.h"

#include <algorithm>

namespace dateline {

EventTextCache::EventTextCache(const Document &document, int capacity)
    : EventTextCache([&document](const std::vector<EventId> &ids) { return document.eventTitles(ids); },
                     [&document](const std::vector<EventId> &ids) { return document.firstQuotes(ids); }, capacity)
{
}

EventTextCache::EventTextCache(TitlesLookup titles, QuotesLookup quotes, int capacity)
    : m_titles(std::move(titles))
    , m_quotes(std::move(quotes))
    , m_capacity(std::max(16, capacity))
{
}

namespace {

template <typename T>
std::function<std::vector<T>(const std::vector<EventId> &)> oneByOne(std::function<T(EventId)> lookup)
{
    if (!lookup)
        return {};
    return [lookup = std::move(lookup)](const std::vector<EventId> &ids) {
        std::vector<T> values;
        values.reserve(ids.size());
        for (EventId id : ids)
            values.push_back(lookup(id));
        return values;
    };
}

} // namespace

EventTextCache::EventTextCache(TitleLookup title, QuoteLookup quote, int capacity)
    : EventTextCache(oneByOne(std::move(title)), oneByOne(std::move(quote)), capacity)
{
}

EventTextCache::~EventTextCache() = default;

template <typename T>
void EventTextCache::insert(Lru<T> &cache, int capacity, EventId id, T value)
{
    if (cache.items.size() >= capacity && !cache.items.contains(id.value)) {
        // drop the least recently used half in one go: amortised O(1) per insertion
        std::vector<quint64> stamps;
        stamps.reserve(std::size_t(cache.items.size()));
        for (const auto &v : std::as_const(cache.items))
            stamps.push_back(v.second);
        auto mid = stamps.begin() + std::ptrdiff_t(stamps.size() / 2);
        std::nth_element(stamps.begin(), mid, stamps.end());
        const quint64 cut = *mid;
        cache.items.removeIf([cut](const auto &item) { return item.value().second < cut; });
    }
    cache.items.insert(id.value, {std::move(value), ++cache.clock});
}

template <typename T, typename F>
void EventTextCache::fetch(Lru<T> &cache, int capacity, const std::vector<EventId> &ids, const F &lookup)
{
    std::vector<EventId> missing;
    for (EventId id : ids) {
        if (!cache.items.contains(id.value) && std::find(missing.begin(), missing.end(), id) == missing.end())
            missing.push_back(id);
    }
    if (missing.empty())
        return;
    std::vector<T> values = lookup ? lookup(missing) : std::vector<T>();
    values.resize(missing.size());
    for (std::size_t i = 0; i < missing.size(); ++i)
        insert(cache, capacity, missing[i], std::move(values[i]));
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

void EventTextCache::fetchTitles(const std::vector<EventId> &ids) const
{
    fetch(m_titleCache, m_capacity, ids, m_titles);
}

void EventTextCache::fetchFirstQuotes(const std::vector<EventId> &ids) const
{
    fetch(m_quoteCache, m_capacity, ids, m_quotes);
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
    fetchTitles({id});
    return cachedTitle(id).value_or(QString());
}

QuotePreview EventTextCache::firstQuote(EventId id) const
{
    fetchFirstQuotes({id});
    return cachedFirstQuote(id).value_or(QuotePreview{});
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
