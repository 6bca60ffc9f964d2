// JSON records (an array of objects, or JSON Lines) -> a table of text -> the CSV import.
#include "core/io/jsonrecords.h"

#include "core/date/calendar.h"
#include "core/io/interchange/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

struct Record {
    qint64 line = 0;
    QJsonObject object;
};

// Unix time in seconds (10 digits or so) or milliseconds (13): 1e8 s is 1973, 1e11 ms is 1973.
QString unixTimeText(double v)
{
    const double seconds = std::abs(v) >= 1e11 ? v / 1000.0 : v;
    if (std::abs(seconds) < 1e8 || std::abs(seconds) > 1e13 || !std::isfinite(seconds))
        return QString();
    const auto whole = std::int64_t(std::floor(seconds));
    const CivilDateTime c = calendar::toCivil(whole);
    const QString day = u"%1-%2-%3"_s.arg(c.date.year, 4, 10, QChar(u'0')).arg(c.date.month, 2, 10, QChar(u'0'))
                            .arg(c.date.day, 2, 10, QChar(u'0'));
    if (c.hour == 0 && c.minute == 0 && c.second == 0)
        return day; // a day, as pandas writes dates
    return day + u"T%1:%2:%3Z"_s.arg(c.hour, 2, 10, QChar(u'0')).arg(c.minute, 2, 10, QChar(u'0')).arg(c.second, 2, 10, QChar(u'0'));
}

QString cellText(const QJsonValue &v, bool dateColumn)
{
    switch (v.type()) {
    case QJsonValue::String: {
        // A day written as a JavaScript or pandas timestamp at midnight: the day.
        static const QRegularExpression midnight(uR"(^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?$)"_s);
        if (const auto m = midnight.match(v.toString()); dateColumn && m.hasMatch())
            return m.captured(1);
        return v.toString();
    }
    case QJsonValue::Double: {
        if (dateColumn)
            if (const QString t = unixTimeText(v.toDouble()); !t.isEmpty())
                return t;
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"TRUE"_s : u"FALSE"_s;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        QStringList parts;
        for (const QJsonValue &e : a) {
            if (!e.isString() && !e.isDouble())
                return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
            parts << cellText(e, false);
        }
        return parts.join(u"; "_s); // "actors": ["Lavrov", "Rice"]
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString(); // null
    }
}

bool isDateField(CsvField f)
{
    return f == CsvField::Date || f == CsvField::EndDate || f == CsvField::Created || f == CsvField::Updated;
}

} // namespace

std::optional<TableAsCsv> jsonRecordsAsCsv(const QByteArray &dataIn, QString *error)
{
    const QByteArray data = dataIn.startsWith("\xEF\xBB\xBF") ? dataIn.mid(3) : dataIn;
    TextTable table;
    std::vector<Record> records;
    const bool isArray = data.trimmed().startsWith('[');
    if (isArray) {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(data, &parse);
        if (parse.error != QJsonParseError::NoError) {
            *error = u"line %1: not valid JSON: %2"_s.arg(lineOfOffset(data, parse.offset)).arg(parse.errorString());
            return std::nullopt;
        }
        const std::vector<qint64> lines = jsonArrayElementLines(data, {});
        const QJsonArray array = json.array();
        for (qsizetype k = 0; k < array.size(); ++k) {
            const qint64 line = size_t(k) < lines.size() ? lines[size_t(k)] : 0;
            if (array[k].isObject())
                records.push_back({line, array[k].toObject()});
            else
                table.rejected.push_back({line, u"record %1 is not an object"_s.arg(k + 1)});
        }
    } else {
        qint64 line = 0;
        for (const QByteArray &text : data.split('\n')) {
            ++line;
            if (text.trimmed().isEmpty())
                continue;
            QJsonParseError parse;
            const QJsonDocument json = QJsonDocument::fromJson(text, &parse);
            if (parse.error != QJsonParseError::NoError || !json.isObject())
                table.rejected.push_back({line, parse.error != QJsonParseError::NoError
                                                    ? u"not valid JSON: %1"_s.arg(parse.errorString())
                                                    : u"not a JSON object"_s});
            else
                records.push_back({line, json.object()});
        }
    }
    if (records.empty()) {
        *error = table.rejected.empty() ? u"no records: an array of objects, or one object per line, was expected"_s
                                        : u"line %1: %2"_s.arg(table.rejected[0].line).arg(table.rejected[0].message);
        return std::nullopt;
    }

    // The columns: every key of the records, in the order the file first names them (Qt's JSON
    // objects keep their keys sorted, so the raw text is scanned for it).
    QSet<QString> present;
    for (const Record &r : records)
        for (auto it = r.object.begin(); it != r.object.end(); ++it)
            present.insert(it.key());
    QStringList keys;
    QHash<QString, qsizetype> columnOf;
    auto addColumn = [&](const QString &key) {
        if (keys.size() < kMaxColumns && present.contains(key) && !columnOf.contains(key)) {
            columnOf.insert(key, keys.size());
            keys << key;
        }
    };
    for (const QString &key : jsonObjectKeys(data, isArray ? 2 : 1, kMaxColumns))
        addColumn(key);
    for (const Record &r : records) // any the scan missed (it never should)
        for (auto it = r.object.begin(); it != r.object.end(); ++it)
            addColumn(it.key());
    const CsvMapping mapping = CsvMapping::guess(keys);
    qint64 cells = 0;
    table.rows.push_back({records.front().line, keys});
    for (const Record &r : records) {
        TableRow row{r.line, QStringList(keys.size())};
        for (auto it = r.object.begin(); it != r.object.end(); ++it)
            if (const qsizetype c = columnOf.value(it.key(), -1); c >= 0)
                row.cells[c] = cellText(it.value(), isDateField(mapping.field(c)));
        cells += row.cells.size();
        if (cells > kMaxCells) {
            *error = u"the records hold more than %1 million values, more than Dateline reads"_s.arg(kMaxCells / 1'000'000);
            return std::nullopt;
        }
        table.rows.push_back(std::move(row));
    }
    return tableAsCsv(std::move(table), false);
}

ImportedContent readJsonRecords(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress)
{
    return readConvertedTable(data, jsonRecordsAsCsv, options, progress);
}

bool looksLikeJsonRecords(const QByteArray &headIn)
{
    const QByteArray head = (headIn.startsWith("\xEF\xBB\xBF") ? headIn.mid(3) : headIn).trimmed();
    if (head.startsWith('[')) {
        const QByteArray rest = head.mid(1).trimmed();
        return rest.startsWith('{');
    }
    // JSON Lines: a first line that is a whole object, and another object after it.
    const qsizetype newline = head.indexOf('\n');
    if (!head.startsWith('{') || newline < 0)
        return false;
    const QByteArray first = head.left(newline).trimmed();
    return first.endsWith('}') && head.mid(newline + 1).trimmed().startsWith('{')
           && QJsonDocument::fromJson(first).isObject();
}

} // namespace dateline
