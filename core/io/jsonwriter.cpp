#include "core/io/jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace dateline {

void JsonWriter::newline()
{
    static constexpr char spaces[] = "                                                                ";
    m_out += '\n';
    for (qsizetype n = qsizetype(m_levels.size()) * 2; n > 0; n -= qsizetype(sizeof spaces) - 1)
        m_out.append(spaces, std::min(n, qsizetype(sizeof spaces) - 1));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.empty)
        m_out += level.inlineLayout ? ", " : ",";
    if (!level.inlineLayout)
        newline();
    level.empty = false;
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    // Keys are ASCII names without characters JSON escapes (the callers' literals): as they are.
    m_out += '"';
    m_out += name;
    m_out += "\": ";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({false, false, true});
}

void JsonWriter::endObject()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.empty)
        newline();
    m_out += '}';
    flushIfFull();
}

void JsonWriter::beginArray(Layout layout)
{
    beforeValue();
    m_out += '[';
    m_levels.push_back({true, layout == Layout::Inline, true});
}

void JsonWriter::endArray()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.empty && !level.inlineLayout)
        newline();
    m_out += ']';
    flushIfFull();
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(std::int64_t number)
{
    beforeValue();
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, written.ptr - digits);
}

void JsonWriter::value(double number)
{
    if (!std::isfinite(number)) { // JSON has no infinities; the model never holds them
        nullValue();
        return;
    }
    beforeValue();
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::field(QLatin1StringView name, std::optional<double> number)
{
    key(name);
    if (number)
        value(*number);
    else
        nullValue();
}

void JsonWriter::field(QLatin1StringView name, std::optional<std::int64_t> number)
{
    key(name);
    if (number)
        value(*number);
    else
        nullValue();
}

void JsonWriter::idField(QLatin1StringView name, std::int64_t id)
{
    key(name);
    if (id > 0)
        value(id);
    else
        nullValue();
}

void JsonWriter::stringList(QLatin1StringView name, const QStringList &list)
{
    key(name);
    beginArray(Layout::Inline);
    for (const QString &s : list)
        value(s);
    endArray();
}

// UTF-8 as is; only what JSON requires is escaped, so non-ASCII text stays readable in the file.
// ASCII goes straight into the buffer; runs of other characters are converted run by run.
void JsonWriter::writeString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = begin + text.size();
    for (const char16_t *p = begin; p != end;) {
        const char16_t c = *p;
        if (c >= 0x80) {
            const char16_t *run = p;
            while (p != end && *p >= 0x80)
                ++p;
            m_out += QStringView(run, p).toUtf8();
            continue;
        }
        ++p;
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            m_out += char(c);
            continue;
        }
        switch (c) {
        case u'"': m_out += "\\\""; break;
        case u'\\': m_out += "\\\\"; break;
        case u'\n': m_out += "\\n"; break;
        case u'\r': m_out += "\\r"; break;
        case u'\t': m_out += "\\t"; break;
        case u'\b': m_out += "\\b"; break;
        case u'\f': m_out += "\\f"; break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xf];
        }
    }
    m_out += '"';
}

void JsonWriter::flush()
{
    if (m_out.isEmpty())
        return;
    if (!m_failed && m_device->write(m_out) != m_out.size())
        m_failed = true;
    m_flushed = true;
    m_out.resize(0); // keeps its capacity: the next megabyte reuses it
}

bool JsonWriter::finish()
{
    if (m_levels.empty() && m_device && (m_flushed || !m_out.isEmpty()))
        m_out += '\n';
    if (m_device)
        flush();
    return !m_failed;
}

QByteArray JsonWriter::result() const
{
    return m_levels.empty() && !m_out.isEmpty() ? m_out + '\n' : m_out;
}

} // namespace dateline
