// Native JSON import, first half: parse and validate into model values (docs/native-json.md).
#include "core/io/nativejsonreader.h"

#include "core/io/nativejson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

using L = QLatin1StringView;

QString join(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"missing"_s;
}

} // namespace

void NativeJsonReader::problem(const QString &path, const QString &message)
{
    if (m_quiet)
        return;
    if (m_problems.size() == NativeJsonImport::kMaxProblems)
        m_problems << u"(more problems not listed)"_s;
    if (m_problems.size() > NativeJsonImport::kMaxProblems)
        return;
    m_problems << (path.isEmpty() ? message : path + u": "_s + message);
}

bool NativeJsonReader::checkKeys(const QJsonObject &object, const QString &path,
                                 std::initializer_list<QLatin1StringView> allowed)
{
    bool ok = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
            // Unknown fields would be lost silently: a typo or a newer writer. Say so.
            problem(path.isEmpty() ? it.key() : path + u'.' + it.key(), u"unknown field"_s);
            ok = false;
        }
    }
    return ok;
}

QString NativeJsonReader::string(const QJsonObject &o, QLatin1StringView key, const QString &path,
                                 Need need)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() || need == Need::Required)
        problem(join(path, key), u"must be a string, not %1"_s.arg(typeName(v)));
    return {};
}

std::optional<std::int64_t> NativeJsonReader::integer(const QJsonObject &o, QLatin1StringView key,
                                                      const QString &path, Need need,
                                                      std::int64_t fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && need == Need::Optional)
        return fallback;
    if (v.isDouble()) {
        const qint64 i = v.toInteger(0);
        if (i != 0 || v.toDouble() == 0)
            return i;
        problem(join(path, key), u"must be a whole number, not %1"_s.arg(v.toDouble()));
        return std::nullopt;
    }
    problem(join(path, key), u"must be a whole number, not %1"_s.arg(typeName(v)));
    return std::nullopt;
}

std::int64_t NativeJsonReader::id(const QJsonObject &o, QLatin1StringView key, const QString &path,
                                  Need need)
{
    const QJsonValue v = o.value(key);
    if (need == Need::Optional && (v.isNull() || v.isUndefined()))
        return 0; // no reference
    const auto value = integer(o, key, path, Need::Required, 0);
    if (!value)
        return 0;
    if (*value <= 0) {
        problem(join(path, key), u"must be a positive id, not %1"_s.arg(*value));
        return 0;
    }
    return *value;
}

FuzzyDate NativeJsonReader::date(const QJsonObject &o, QLatin1StringView key, const QString &path,
                                 Need need)
{
    const QString text = string(o, key, path, need);
    if (text.isEmpty()) {
        if (need == Need::Required && o.value(key).isString())
            problem(join(path, key), u"a date is required"_s);
        return {};
    }
    QString error;
    FuzzyDate result = FuzzyDate::fromEdtf(text, &error);
    if (!result.isValid())
        problem(join(path, key), error.isEmpty() ? u"%1 is not an EDTF date"_s.arg(text) : error);
    return result;
}

QStringList NativeJsonReader::strings(const QJsonObject &o, QLatin1StringView key,
                                      const QString &path)
{
    QStringList result;
    const QJsonArray items = array(o, key, path);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = indexed(join(path, key), i);
        if (!items.at(i).isString())
            problem(where, u"must be a string, not %1"_s.arg(typeName(items.at(i))));
        else if (items.at(i).toString().isEmpty())
            problem(where, u"must not be empty"_s);
        else if (result.contains(items.at(i).toString()))
            problem(where, u"\"%1\" is listed twice"_s.arg(items.at(i).toString()));
        else
            result << items.at(i).toString();
    }
    return result;
}

std::optional<double> NativeJsonReader::coordinate(const QJsonObject &o, QLatin1StringView key,
                                                   const QString &path, double limit)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        problem(join(path, key), u"must be a number or null, not %1"_s.arg(typeName(v)));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < -limit || d > limit) {
        problem(join(path, key), u"%1 is outside -%2..%2"_s.arg(d).arg(limit));
        return std::nullopt;
    }
    return d;
}

QDateTime NativeJsonReader::stamp(const QJsonObject &o, QLatin1StringView key, const QString &path)
{
    const QString text = string(o, key, path, Need::Optional);
    if (text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        problem(join(path, key), u"\"%1\" is not an ISO 8601 UTC time such as "
                                 "2008-03-26T14:05:00.000Z"_s.arg(text));
        return {};
    }
    return t.toUTC();
}

QString NativeJsonReader::country(const QJsonObject &o, const QString &path)
{
    static const QRegularExpression alpha3(u"^[A-Z]{3}$"_s);
    const QString text = string(o, L("country"), path, Need::Optional);
    if (!text.isEmpty() && !alpha3.match(text).hasMatch())
        problem(join(path, L("country")),
                u"\"%1\" is not an ISO 3166-1 alpha-3 code such as RUS"_s.arg(text));
    return text;
}

QJsonArray NativeJsonReader::array(const QJsonObject &o, QLatin1StringView key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined())
        problem(join(path, key), u"must be an array, not %1"_s.arg(typeName(v)));
    return {};
}

std::optional<NativeJsonContent> NativeJsonReader::read(const QByteArray &json)
{
    m_problems.clear();
    // A UTF-8 byte order mark (some Windows editors write one) is not JSON; skip it.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.sliced(3) : json;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, text.size());
        const qsizetype lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
        const qsizetype line = text.left(offset).count('\n') + 1;
        const qsizetype column = QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size() + 1;
        problem({}, u"line %1, column %2: %3 (not valid JSON)"_s.arg(line).arg(column)
                        .arg(error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problem({}, u"the file is JSON but not a Dateline document (expected an object)"_s);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(L("format")).toString() != kNativeJsonFormat) {
        problem(u"format"_s, u"not a Dateline native JSON file (expected \"format\": \"%1\")"_s
                                 .arg(kNativeJsonFormat));
        return std::nullopt;
    }
    const auto version = integer(root, L("version"), {}, Need::Required, 0);
    if (!version)
        return std::nullopt;
    if (*version > kNativeJsonVersion) {
        problem(u"version"_s, u"the file has format version %1, written by a newer Dateline; this "
                              "version reads up to %2. Update Dateline to open it."_s
                                  .arg(*version).arg(kNativeJsonVersion));
        return std::nullopt;
    }
    if (*version < 1) {
        problem(u"version"_s, u"%1 is not a format version"_s.arg(*version));
        return std::nullopt;
    }
    checkKeys(root, {}, {L("format"), L("version"), L("title"), L("actors"), L("places"),
                         L("sources"), L("events"), L("quotes"), L("relations"), L("eras"), L("views"),
                         L("bookmarks")});

    NativeJsonContent content;
    content.title = string(root, L("title"), {}, Need::Optional);
    readSections(root, content);
    checkReferences(content);
    readViews(root, content, CheckActors::Yes);
    if (!m_problems.isEmpty())
        return std::nullopt;
    return content;
}

std::optional<NativeJsonContent> NativeJsonReader::readFragment(const QJsonObject &root)
{
    m_problems.clear();
    checkKeys(root, {}, {L("title"), L("actors"), L("places"), L("sources"), L("events"), L("quotes"),
                         L("relations"), L("eras"), L("views"), L("bookmarks"), L("absent")});
    NativeJsonContent content;
    content.title = string(root, L("title"), {}, Need::Optional);
    readSections(root, content);
    readViews(root, content, CheckActors::No);
    if (!m_problems.isEmpty())
        return std::nullopt;
    return content;
}

void NativeJsonReader::readSections(const QJsonObject &root, NativeJsonContent &content)
{
    using Reader = void (NativeJsonReader::*)(const QJsonObject &, const QString &, NativeJsonContent &);
    const std::pair<QLatin1StringView, Reader> sections[] = {
        {L("actors"), &NativeJsonReader::readActor},   {L("places"), &NativeJsonReader::readPlace},
        {L("sources"), &NativeJsonReader::readSource}, {L("events"), &NativeJsonReader::readEvent},
        {L("quotes"), &NativeJsonReader::readQuote},   {L("relations"), &NativeJsonReader::readRelation},
        {L("eras"), &NativeJsonReader::readEra},
    };
    for (const auto &[key, reader] : sections) {
        const QJsonArray items = array(root, key, {});
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = indexed(QString(key), i);
            if (!items.at(i).isObject())
                problem(path, u"must be an object, not %1"_s.arg(typeName(items.at(i))));
            // Always read (an empty object, quietly, at worst) so that vector index == JSON index.
            m_quiet = !items.at(i).isObject();
            (this->*reader)(items.at(i).toObject(), path, content);
            m_quiet = false;
        }
    }
}

} // namespace dateline
