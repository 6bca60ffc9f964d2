// Saved views and date bookmarks: two small named lists kept in the document (schema v4).
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace dateline {

namespace {

// The SQL and conversions of one named list; both lists share the code below.
struct NamedList {
    const char *select;   // name, value in position order
    const char *selectOne;
    const char *insert;   // ?1 name, ?2 position, ?3 value
    const char *update;   // ?1 name, ?2 value
    const char *remove;   // ?1 name
    const char *rename;   // ?1 from, ?2 to
    const char *clear;
    const char *nextPosition;
    EntityKind kind;
    const char *noun;     // "saved view"
};

constexpr NamedList kViews{
    "SELECT name, definition FROM saved_views ORDER BY position, name",
    "SELECT name, definition FROM saved_views WHERE name = ?1",
    "INSERT INTO saved_views(name, position, definition) VALUES (?1, ?2, ?3)",
    "UPDATE saved_views SET definition = ?2 WHERE name = ?1",
    "DELETE FROM saved_views WHERE name = ?1",
    "UPDATE saved_views SET name = ?2 WHERE name = ?1",
    "DELETE FROM saved_views",
    "SELECT coalesce(max(position) + 1, 0) FROM saved_views",
    EntityKind::SavedViews,
    "saved view",
};

constexpr NamedList kBookmarks{
    "SELECT name, date_edtf FROM date_bookmarks ORDER BY position, name",
    "SELECT name, date_edtf FROM date_bookmarks WHERE name = ?1",
    "INSERT INTO date_bookmarks(name, position, date_edtf) VALUES (?1, ?2, ?3)",
    "UPDATE date_bookmarks SET date_edtf = ?2 WHERE name = ?1",
    "DELETE FROM date_bookmarks WHERE name = ?1",
    "UPDATE date_bookmarks SET name = ?2 WHERE name = ?1",
    "DELETE FROM date_bookmarks",
    "SELECT coalesce(max(position) + 1, 0) FROM date_bookmarks",
    EntityKind::Bookmarks,
    "date bookmark",
};

// The stored value of a view: its JSON form without the name (the name is the key).
QString encode(const SavedView &view)
{
    QJsonObject json = view.toJson();
    json.remove(u"name"_s);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString encode(const DateBookmark &bookmark)
{
    return bookmark.date.toEdtf();
}

std::optional<SavedView> decodeView(const QString &name, const QString &value)
{
    const QJsonDocument json = QJsonDocument::fromJson(value.toUtf8());
    if (!json.isObject())
        return std::nullopt;
    QJsonObject object = json.object();
    object.insert(u"name"_s, name);
    return SavedView::fromJson(object);
}

std::optional<DateBookmark> decodeBookmark(const QString &name, const QString &value)
{
    DateBookmark bookmark{name, FuzzyDate::fromEdtf(value)};
    if (name.trimmed().isEmpty() || !bookmark.date.isValid())
        return std::nullopt;
    return bookmark;
}

template <typename T, typename Decode>
std::vector<T> readList(const Database &db, const NamedList &list, Decode decode)
{
    std::vector<T> result;
    Statement &s = db.cached(list.select);
    while (s.step()) {
        if (std::optional<T> item = decode(s.text(0), s.text(1)))
            result.push_back(std::move(*item));
    }
    return result;
}

template <typename T, typename Decode>
std::optional<T> readNamed(const Database &db, const NamedList &list, const QString &name, Decode decode)
{
    Statement &s = db.cached(list.selectOne);
    s.bind(1, name);
    std::optional<T> result;
    if (s.step())
        result = decode(s.text(0), s.text(1));
    s.reset();
    return result;
}

void requireName(const QString &name, const NamedList &list)
{
    if (name.trimmed().isEmpty() || name != name.trimmed()) {
        throw StoreError(u"A %1 needs a name without leading or trailing spaces"_s
                             .arg(QLatin1StringView(list.noun))
                             .toStdString());
    }
}

std::int64_t nextPosition(Database &db, const NamedList &list)
{
    Statement &s = db.cached(list.nextPosition);
    const std::int64_t position = s.step() ? s.int64(0) : 0;
    s.reset();
    return position;
}

template <typename Private>
void put(Private &d, const NamedList &list, const QString &name, const QString &value)
{
    requireName(name, list);
    d.requireWritable("save views or bookmarks");
    Database &db = *d.db;
    Transaction transaction(db);
    d.touch(list.kind, 0);
    Statement &update = db.cached(list.update);
    update.bind(1, name).bind(2, value).execute();
    if (db.changes() == 0) {
        const std::int64_t position = nextPosition(db, list);
        db.cached(list.insert).bind(1, name).bind(2, position).bind(3, value).execute();
    }
    transaction.commit();
}

template <typename Private>
void remove(Private &d, const NamedList &list, const QString &name)
{
    d.requireWritable("remove views or bookmarks");
    Database &db = *d.db;
    Transaction transaction(db);
    d.touch(list.kind, 0);
    db.cached(list.remove).bind(1, name).execute();
    transaction.commit();
}

template <typename Private>
void rename(Private &d, const NamedList &list, const QString &from, const QString &to)
{
    requireName(to, list);
    d.requireWritable("rename views or bookmarks");
    Database &db = *d.db;
    Transaction transaction(db);
    d.touch(list.kind, 0);
    if (from != to) {
        Statement &taken = db.cached(list.selectOne);
        const bool exists = taken.bind(1, to).step();
        taken.reset();
        if (exists) {
            throw StoreError(u"There is already a %1 named \u201c%2\u201d"_s
                                 .arg(QLatin1StringView(list.noun), to)
                                 .toStdString());
        }
    }
    db.cached(list.rename).bind(1, from).bind(2, to).execute();
    if (db.changes() == 0) {
        throw StoreError(u"There is no %1 named \u201c%2\u201d"_s.arg(QLatin1StringView(list.noun), from)
                             .toStdString());
    }
    transaction.commit();
}

template <typename T, typename Private>
void restore(Private &d, const NamedList &list, const std::vector<T> &items)
{
    d.requireWritable("restore views or bookmarks");
    Database &db = *d.db;
    Transaction transaction(db);
    d.touch(list.kind, 0);
    db.cached(list.clear).execute();
    std::int64_t position = 0;
    for (const T &item : items) {
        requireName(item.name, list);
        db.cached(list.insert).bind(1, item.name).bind(2, position++).bind(3, encode(item)).execute();
    }
    transaction.commit();
}

} // namespace

std::vector<SavedView> Document::savedViews() const
{
    if (!d->hasViews)
        return {};
    return readList<SavedView>(*d->db, kViews, decodeView);
}

std::optional<SavedView> Document::savedView(const QString &name) const
{
    if (!d->hasViews)
        return std::nullopt;
    return readNamed<SavedView>(*d->db, kViews, name, decodeView);
}

void Document::putSavedView(const SavedView &view)
{
    put(*d, kViews, view.name, encode(view));
}

void Document::removeSavedView(const QString &name)
{
    remove(*d, kViews, name);
}

void Document::renameSavedView(const QString &from, const QString &to)
{
    rename(*d, kViews, from, to);
}

void Document::restoreSavedViews(const std::vector<SavedView> &views)
{
    restore(*d, kViews, views);
}

std::vector<DateBookmark> Document::bookmarks() const
{
    if (!d->hasViews)
        return {};
    return readList<DateBookmark>(*d->db, kBookmarks, decodeBookmark);
}

std::optional<DateBookmark> Document::bookmark(const QString &name) const
{
    if (!d->hasViews)
        return std::nullopt;
    return readNamed<DateBookmark>(*d->db, kBookmarks, name, decodeBookmark);
}

void Document::putBookmark(const DateBookmark &bookmark)
{
    if (!bookmark.date.isValid())
        throw StoreError(u"The date bookmark \u201c%1\u201d has no valid date"_s.arg(bookmark.name).toStdString());
    put(*d, kBookmarks, bookmark.name, encode(bookmark));
}

void Document::removeBookmark(const QString &name)
{
    remove(*d, kBookmarks, name);
}

void Document::renameBookmark(const QString &from, const QString &to)
{
    rename(*d, kBookmarks, from, to);
}

void Document::restoreBookmarks(const std::vector<DateBookmark> &bookmarks)
{
    restore(*d, kBookmarks, bookmarks);
}

} // namespace dateline
