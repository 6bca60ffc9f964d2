#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts
// them) and indents by two spaces. Arrays of scalars opened with Layout::Inline stay on one line.
// Used where output must be both readable and byte-for-byte deterministic (native JSON).
// Without a device it collects the text for result(); with one it hands the text to the device
// whenever about a megabyte has gathered, so that a file of any size needs little memory.
class JsonWriter {
public:
    enum class Layout : std::uint8_t { Block, Inline };

    JsonWriter() = default;
    explicit JsonWriter(QIODevice *device) : m_device(device) {}

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

    // With a device: writes the final newline and everything not yet written. False when the
    // device refused a write (a full disk, a closed pipe); nothing more is written after that.
    bool finish();
    bool failed() const { return m_failed; }

private:
    struct Level {
        bool array = false;
        bool inlineLayout = false;
        bool empty = true;
    };
    void beforeValue();
    void newline();
    void writeString(const QString &text);
    void flushIfFull()
    {
        if (m_device && m_out.size() >= kFlushSize)
            flush();
    }
    void flush();

    static constexpr qsizetype kFlushSize = 1 << 20;
    QIODevice *m_device = nullptr;
    bool m_failed = false;
    bool m_flushed = false; // some text went to the device already
    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace dateline
