#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts
// them) and indents by two spaces. Arrays of scalars opened with Layout::Inline stay on one line.
// Used where output must be both readable and byte-for-byte deterministic (native JSON).
class JsonWriter {
public:
    enum class Layout : std::uint8_t { Block, Inline };

    void beginObject();
    void endObject();
    void beginArray(Layout layout = Layout::Block);
    void endArray();
    void key(QLatin1StringView name); // the next value or container belongs to this key

    void value(const QString &text);
    void value(std::int64_t number);
    void value(int number) { value(std::int64_t(number)); }
    void value(double number);        // shortest form that reads back as the same double
    void value(bool flag);
    void nullValue();

    // Convenience: key + value pairs.
    void field(QLatin1StringView name, const QString &text) { key(name); value(text); }
    void field(QLatin1StringView name, std::int64_t number) { key(name); value(number); }
    void field(QLatin1StringView name, int number) { key(name); value(std::int64_t(number)); }
    void field(QLatin1StringView name, std::optional<double> number);       // null when absent
    void field(QLatin1StringView name, std::optional<std::int64_t> number); // null when absent
    void idField(QLatin1StringView name, std::int64_t id); // null when id <= 0
    void stringList(QLatin1StringView name, const QStringList &list);

    QByteArray result() const; // the text written so far, with a final newline when complete

private:
    struct Level {
        bool array = false;
        bool inlineLayout = false;
        bool empty = true;
    };
    void beforeValue();
    void newline();
    void writeString(const QString &text);

    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace dateline
