#pragma once

#include "core/model/entities.h"
#include "core/model/event.h"
#include "core/model/savedview.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

// The GDELT record of content.events[event].
struct NativeGdeltRecord {
    std::size_t event = 0;
    GdeltRecord record;
};

// A native JSON file read into model values, before anything touches a document.
struct NativeJsonContent {
    QString title;
    std::vector<Actor> actors;
    std::vector<Place> places;
    std::vector<Source> sources;
    std::vector<Event> events;
    std::vector<Quote> quotes;
    std::vector<Relation> relations;
    std::vector<Era> eras;
    std::vector<SavedView> views;        // in the document's order; actor ids as in the file
    std::vector<DateBookmark> bookmarks;
    std::vector<NativeGdeltRecord> gdelt; // in event order
};

// Parses and validates a native JSON file completely: syntax, format and version, every field's
// type and range, dates, unique ids and every id reference. Problems carry the JSON path of the
// element ("events[3].date: ..."). Internal to core/io; use importNativeJson().
class NativeJsonReader {
public:
    // Returns the content when there were no problems.
    std::optional<NativeJsonContent> read(const QByteArray &json);
    // A fragment: the entity lists (and title) of the format without its header, for the edit
    // journal's states. References to entities outside the fragment are not checked; an
    // "absent" key is allowed and left to the caller.
    std::optional<NativeJsonContent> readFragment(const QJsonObject &root);
    const QStringList &problems() const { return m_problems; }

private:
    void problem(const QString &path, const QString &message);
    bool checkKeys(const QJsonObject &object, const QString &path,
                   std::initializer_list<QLatin1StringView> allowed);

    // Field readers: a missing key gives the default (or a problem when Need::Required).
    enum class Need : std::uint8_t { Optional, Required };
    QString string(const QJsonObject &o, QLatin1StringView key, const QString &path, Need need);
    std::optional<std::int64_t> integer(const QJsonObject &o, QLatin1StringView key,
                                        const QString &path, Need need, std::int64_t fallback);
    std::int64_t id(const QJsonObject &o, QLatin1StringView key, const QString &path, Need need);
    FuzzyDate date(const QJsonObject &o, QLatin1StringView key, const QString &path, Need need);
    QStringList strings(const QJsonObject &o, QLatin1StringView key, const QString &path);
    std::optional<double> coordinate(const QJsonObject &o, QLatin1StringView key,
                                     const QString &path, double limit);
    QDateTime stamp(const QJsonObject &o, QLatin1StringView key, const QString &path);
    QString country(const QJsonObject &o, const QString &path);
    QJsonArray array(const QJsonObject &o, QLatin1StringView key, const QString &path);

    void readActor(const QJsonObject &o, const QString &path, NativeJsonContent &out);
    void readPlace(const QJsonObject &o, const QString &path, NativeJsonContent &out);
    void readSource(const QJsonObject &o, const QString &path, NativeJsonContent &out);
    void readEvent(const QJsonObject &o, const QString &path, NativeJsonContent &out);
    void readGdelt(const QJsonValue &v, const QString &path, NativeJsonContent &out);
    void readQuote(const QJsonObject &o, const QString &path, NativeJsonContent &out);
    void readRelation(const QJsonObject &o, const QString &path, NativeJsonContent &out);
    void readEra(const QJsonObject &o, const QString &path, NativeJsonContent &out);
    void readSections(const QJsonObject &root, NativeJsonContent &content);
    // "views" and "bookmarks": each entry valid, names unique; with CheckActors::Yes a view's
    // filter may name only actors of the content.
    enum class CheckActors : std::uint8_t { No, Yes };
    void readViews(const QJsonObject &root, NativeJsonContent &content, CheckActors check);
    void checkReferences(const NativeJsonContent &content);

    QStringList m_problems;
    bool m_quiet = false;
};

} // namespace dateline
