#include "core/io/existingentities.h"

#include "core/store/document.h"

#include <cmath>

namespace dateline {
namespace {

// Sources are matched only in documents of up to this many (a GDELT document holds one per
// article, a million and more: reading them all for each small import would cost seconds).
constexpr qint64 kMaxSourcesToMatch = 200'000;

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QString placeKey(const Place &p)
{
    return folded(p.name) + u'\x1f' + p.country;
}

bool sameSpot(const Place &a, const Place &b)
{
    if (!a.latitude || !a.longitude || !b.latitude || !b.longitude)
        return true; // one of them has no coordinates: the name decides
    return std::abs(*a.latitude - *b.latitude) < 1e-4 && std::abs(*a.longitude - *b.longitude) < 1e-4;
}

} // namespace

ExistingEntities::ExistingEntities(const Document &document)
{
    const DocumentInfo info = document.info();
    if (info.actors > 0) {
        for (const Actor &a : document.actors()) { // by id: the oldest of equal labels wins
            if (const QString label = folded(a.label); !m_labels.contains(label))
                m_labels.insert(label, a.id);
            for (const QString &alias : a.aliases)
                if (const QString key = folded(alias); !m_aliases.contains(key))
                    m_aliases.insert(key, a.id);
        }
    }
    if (info.places > 0) {
        for (const Place &p : document.places())
            m_places.insert(placeKey(p), p);
    }
    if (info.sources > 0 && info.sources <= kMaxSourcesToMatch) {
        for (const Source &s : document.sources()) {
            if (!s.url.isEmpty() && !m_urls.contains(s.url))
                m_urls.insert(s.url, s.id);
        }
    }
}

ActorId ExistingEntities::actor(const Actor &imported) const
{
    const QString key = folded(imported.label);
    if (key.isEmpty())
        return {};
    if (const auto label = m_labels.constFind(key); label != m_labels.constEnd())
        return label.value();
    return m_aliases.value(key);
}

PlaceId ExistingEntities::place(const Place &imported) const
{
    if (imported.name.trimmed().isEmpty())
        return {};
    const QString key = placeKey(imported);
    PlaceId oldest;
    for (auto it = m_places.constFind(key); it != m_places.constEnd() && it.key() == key; ++it) {
        if (sameSpot(it.value(), imported) && (!oldest.isValid() || it->id.value < oldest.value))
            oldest = it->id;
    }
    return oldest;
}

SourceId ExistingEntities::source(const Source &imported) const
{
    return imported.url.isEmpty() ? SourceId() : m_urls.value(imported.url);
}

} // namespace dateline
