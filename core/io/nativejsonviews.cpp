// Native JSON: the "views" and "bookmarks" lists (saved views and date bookmarks).
#include "core/io/jsonwriter.h"
#include "core/io/nativejsonentitywriter.h"
#include "core/io/nativejsonreader.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dateline {

namespace {

using L = QLatin1StringView;

// A JSON value through the ordered writer (objects in QJsonObject's key order, which is sorted:
// the output stays deterministic).
void writeValue(JsonWriter &w, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        w.beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = it.key().toLatin1();
            w.key(L(key));
            writeValue(w, it.value());
        }
        w.endObject();
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        bool scalars = true;
        for (const QJsonValue &item : array)
            scalars = scalars && !item.isObject() && !item.isArray();
        w.beginArray(scalars ? JsonWriter::Layout::Inline : JsonWriter::Layout::Block);
        for (const QJsonValue &item : array)
            writeValue(w, item);
        w.endArray();
        break;
    }
    case QJsonValue::String: w.value(v.toString()); break;
    case QJsonValue::Bool: w.value(v.toBool()); break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(std::int64_t(d)))
            w.value(std::int64_t(d));
        else
            w.value(d);
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: w.nullValue(); break;
    }
}

} // namespace

void writeJson(JsonWriter &w, const SavedView &view)
{
    writeValue(w, view.toJson());
}

void writeJson(JsonWriter &w, const DateBookmark &bookmark)
{
    writeValue(w, bookmark.toJson());
}

void NativeJsonReader::readViews(const QJsonObject &root, NativeJsonContent &content, CheckActors check)
{
    QSet<std::int64_t> actors;
    for (const Actor &a : content.actors)
        actors.insert(a.id.value);
    // One list at a time: problems name the entry by index and, when it has one, by name.
    auto readList = [&](QLatin1StringView key, const char *noun, auto parse, auto &out) {
        const QJsonArray items = array(root, key, {});
        QSet<QString> names;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = u"%1[%2]"_s.arg(key).arg(i);
            if (!items.at(i).isObject()) {
                problem(path, u"must be an object"_s);
                continue;
            }
            const QJsonObject object = items.at(i).toObject();
            QString error; // names the view or bookmark when it has a name
            auto item = parse(object, &error);
            if (!item) {
                problem(path, error);
                continue;
            }
            if (names.contains(item->name)) {
                problem(path, u"a second %1 named \u201c%2\u201d"_s.arg(QLatin1StringView(noun), item->name));
                continue;
            }
            names.insert(item->name);
            out.push_back(std::move(*item));
        }
    };
    readList(L("views"), "view", [](const QJsonObject &o, QString *e) { return SavedView::fromJson(o, e); },
             content.views);
    readList(L("bookmarks"), "bookmark",
             [](const QJsonObject &o, QString *e) { return DateBookmark::fromJson(o, e); }, content.bookmarks);
    if (check == CheckActors::No)
        return;
    for (std::size_t i = 0; i < content.views.size(); ++i) {
        for (ActorId actor : content.views[i].filter.actors) {
            if (!actors.contains(actor.value)) {
                problem(u"views[%1].filter.actors"_s.arg(i),
                        u"the view \u201c%1\u201d names actor %2, which is not in the file"_s
                            .arg(content.views[i].name)
                            .arg(actor.value));
            }
        }
    }
}

} // namespace dateline
