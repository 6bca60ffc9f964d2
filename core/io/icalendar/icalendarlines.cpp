// iCalendar content lines: unfolding, parameters, TEXT escapes, folding.
#include "core/io/icalendar/icalendarlines.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline::ical {
namespace {

// Whether a line's name and parameters say QUOTED-PRINTABLE ("ENCODING=QUOTED-PRINTABLE", or
// the bare "QUOTED-PRINTABLE" vCalendar 1.0 also allows): its '=' at the end is a soft break.
bool isQuotedPrintable(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return line.left(colon < 0 ? line.size() : colon).toUpper().contains("QUOTED-PRINTABLE");
}

int hexDigit(char c)
{
    const char lower = char(c | 0x20);
    return c >= '0' && c <= '9' ? c - '0' : lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

// "Caf=C3=A9" -> "Caf\xC3\xA9". An '=' not followed by two hex digits is kept as written.
QByteArray fromQuotedPrintable(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype k = 0; k < text.size(); ++k) {
        const int high = k + 2 < text.size() ? hexDigit(text[k + 1]) : -1;
        const int low = high >= 0 ? hexDigit(text[k + 2]) : -1;
        if (text[k] == '=' && low >= 0) {
            out += char(high * 16 + low);
            k += 2;
        } else {
            out += text[k];
        }
    }
    return out;
}

// A value's text: QUOTED-PRINTABLE undone, then read in its CHARSET.
QString decodedValue(const QByteArray &raw, const QHash<QString, QString> &params, QSet<QString> *unknownCharsets)
{
    const bool quotedPrintable = params.contains(u"QUOTED-PRINTABLE"_s)
                                 || params.value(u"ENCODING"_s).compare(u"QUOTED-PRINTABLE"_s, Qt::CaseInsensitive) == 0;
    const QString charset = params.value(u"CHARSET"_s).trimmed();
    TextEncoding encoding = TextEncoding::Utf8;
    const bool ascii = charset.compare(u"US-ASCII"_s, Qt::CaseInsensitive) == 0 || charset.compare(u"ASCII"_s, Qt::CaseInsensitive) == 0;
    if (!charset.isEmpty() && !ascii && !encodingFromName(charset, &encoding) && unknownCharsets)
        unknownCharsets->insert(charset);
    return decodeText(quotedPrintable ? fromQuotedPrintable(raw) : raw, encoding);
}

// A line as UTF-8, iCalendar's only encoding; else in the file's 8-bit encoding, detected once.
class LineDecoder {
public:
    explicit LineDecoder(const QByteArray &data) : m_data(data) {}
    // *perByte says each character of the result is one byte of the line (a single-byte code page).
    QString decode(const QByteArray &bytes, bool *notUtf8, bool *perByte)
    {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = utf8(bytes);
        *notUtf8 = utf8.hasError();
        *perByte = false;
        if (!*notUtf8)
            return text;
        if (!m_detected) {
            m_main = detectEncoding(m_data);
            m_detected = true;
            // Mostly UTF-8 (or UTF-16, which iCalendar never is): its stray bytes alone are Windows-1252.
            m_singleByte = m_main == TextEncoding::Windows1252 || m_main == TextEncoding::Windows1251 || m_main == TextEncoding::MacRoman;
            m_lines.encoding = m_singleByte ? m_main : TextEncoding::Windows1252;
        }
        *perByte = m_singleByte;
        return m_singleByte ? decodeText(bytes, m_main) : decodeMixed(bytes, TextEncoding::Utf8).text;
    }
    void count(qint64 line)
    {
        if (m_lines.count++ == 0)
            m_lines.first = line;
    }
    const EightBitLines &lines() const { return m_lines; }

private:
    const QByteArray &m_data;
    bool m_detected = false, m_singleByte = false;
    TextEncoding m_main = TextEncoding::Utf8;
    EightBitLines m_lines;
};

// A line after unfolding (a line starting with a space or tab continues the previous one, and so
// does the line after a quoted-printable value's soft break), with the number of its first line.
struct Logical {
    qint64 line;
    QByteArray text;
};

std::vector<Logical> unfold(const QByteArray &data)
{
    std::vector<Logical> logical;
    qint64 lineNo = 0;
    qsizetype pos = 0;
    bool quotedPrintable = false; // the value of the last logical line is quoted-printable
    bool softBreak = false;       // and its last physical line ended in '=': the next goes on
    if (data.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArray raw = data.mid(pos, end - pos);
        if (raw.endsWith('\r'))
            raw.chop(1);
        ++lineNo;
        pos = end + 1;
        if (softBreak) { // the whole next line continues the value, leading spaces included
            logical.back().text.chop(1);
            logical.back().text += raw;
        } else if (!raw.isEmpty() && (raw[0] == ' ' || raw[0] == '\t') && !logical.empty()) {
            logical.back().text += raw.mid(1);
        } else if (!raw.trimmed().isEmpty()) {
            logical.push_back({lineNo, raw});
            quotedPrintable = isQuotedPrintable(raw);
        }
        softBreak = quotedPrintable && logical.back().text.endsWith('=');
    }
    return logical;
}

// Reads a logical line's name and parameters into c; *colon is where its value starts, after ':'.
// False when the line is malformed (no name, no ':', an unclosed quote).
bool readNameAndParameters(const QString &text, ContentLine &c, qsizetype *colon)
{
    // The name ends at ';' or ':'; parameter values may be quoted and contain both.
    qsizetype i = 0;
    while (i < text.size() && text[i] != u';' && text[i] != u':')
        ++i;
    c.name = text.left(i).trimmed().toUpper();
    bool ok = !c.name.isEmpty() && i < text.size();
    while (ok && text[i] == u';') {
        qsizetype eq = i + 1;
        while (eq < text.size() && text[eq] != u'=' && text[eq] != u';' && text[eq] != u':')
            ++eq;
        if (eq == text.size()) {
            ok = false;
            break;
        }
        const QString param = text.mid(i + 1, eq - i - 1).trimmed().toUpper();
        if (text[eq] != u'=') { // vCalendar 1.0's bare values: "SUMMARY;QUOTED-PRINTABLE:..."
            c.params.insert(param, QString());
            i = eq;
            continue;
        }
        i = eq + 1;
        QString value;
        while (i < text.size() && text[i] != u';' && text[i] != u':') {
            if (text[i] == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0) {
                    ok = false;
                    break;
                }
                value += text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                value += text[i++];
            }
        }
        c.params.insert(param, value);
        ok = ok && i < text.size();
    }
    *colon = i;
    return ok;
}

} // namespace

std::vector<ContentLine> parseContentLines(const QByteArray &data, std::vector<ContentLine> *bad, QSet<QString> *unknownCharsets,
                                           EightBitLines *eightBit)
{
    const std::vector<Logical> logical = unfold(data);
    std::vector<ContentLine> lines;
    lines.reserve(logical.size());
    LineDecoder decoder(data);
    for (const Logical &l : logical) {
        bool notUtf8 = false, perByte = false;
        const QString text = decoder.decode(l.text, &notUtf8, &perByte);
        ContentLine c;
        c.line = l.line;
        qsizetype i = 0;
        if (!readNameAndParameters(text, c, &i)) {
            if (bad)
                bad->push_back(c);
            continue;
        }
        if (c.params.contains(u"CHARSET"_s) || c.params.contains(u"ENCODING"_s) || c.params.contains(u"QUOTED-PRINTABLE"_s)) {
            const qsizetype valueStart = perByte ? i + 1 : text.left(i + 1).toUtf8().size();
            c.value = decodedValue(l.text.mid(valueStart), c.params, unknownCharsets);
        } else {
            c.value = text.mid(i + 1);
            if (notUtf8)
                decoder.count(l.line);
        }
        lines.push_back(std::move(c));
    }
    if (eightBit)
        *eightBit = decoder.lines();
    return lines;
}

QString unescapeText(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': out += u"\\\\"_s; break;
        case u';': out += u"\\;"_s; break;
        case u',': out += u"\\,"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': break;
        default: out += c;
        }
    }
    return out;
}

QByteArray foldedLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0, limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(utf8[cut]) & 0xC0) == 0x80) // continuation byte
            --cut;
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QString escapeVCalendarText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u';')
            out += u'\\';
        if (c != u'\r')
            out += c;
    }
    return out;
}

QByteArray vcalendarLine(const QString &name, const QString &value)
{
    const QString plain = name + u':' + value;
    const bool ascii = std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
    if (ascii && plain.size() <= 75 && !value.endsWith(u' '))
        return plain.toLatin1() + "\r\n";
    // Quoted-printable (RFC 2045): lines of at most 76 characters, each but the last ended by a
    // soft break ('='); a line break in the text is an encoded CRLF.
    QByteArray out = (name + u";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"_s).toLatin1();
    qsizetype lineLength = out.size();
    // A character's bytes stay on one line: some decoders read each line on its own.
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype length = value[i].isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray bytes = value.mid(i, length).toUtf8();
        i += length;
        const bool lastOfLine = i == value.size() || value[i] == u'\n';
        QByteArray piece;
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            if (b == '\n')
                piece += "=0D=0A";
            else if ((b >= 33 && b <= 126 && b != '=') || (b == ' ' && !lastOfLine))
                piece += char(b);
            else
                piece += '=' + QByteArray::number(b, 16).toUpper().rightJustified(2, '0');
        }
        if (lineLength + piece.size() > 75) { // room for the soft break's '='
            out += "=\r\n";
            lineLength = 0;
            if (piece == " ")
                piece = "=20"; // a line starting with a space reads as folded to some
        }
        out += piece;
        lineLength += piece.size();
    }
    return out + "\r\n";
}

} // namespace dateline::ical
