#include "core/io/csv/textencoding.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

// Windows-1252 0x80..0x9F; the five unassigned bytes keep their C1 code point, as Windows does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Mac Roman 0x80..0xFF (0xDB is the euro sign since Mac OS 8.5; 0xF0 the Apple logo, private use).
constexpr char16_t kMacRomanHigh[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5,
    0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3, 0x00F2, 0x00F4,
    0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6,
    0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8, 0x221E, 0x00B1, 0x2264, 0x2265,
    0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF,
    0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB, 0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5,
    0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044,
    0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02, 0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9,
    0x0131, 0x02C6, 0x02DC, 0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7};

char16_t cp1252(unsigned char b)
{
    return b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b);
}

char16_t macRoman(unsigned char b)
{
    return b < 0x80 ? char16_t(b) : kMacRomanHigh[b - 0x80];
}

bool startsWith(const QByteArray &data, std::initializer_list<unsigned char> bytes)
{
    if (data.size() < qsizetype(bytes.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : bytes) {
        if (static_cast<unsigned char>(data.at(i++)) != b)
            return false;
    }
    return true;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray &data)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless); // no BOM handling: done by the caller
    return decoder(data);
}

// Windows-1251 (Cyrillic) 0x80..0xBF; 0xC0..0xFF are А..я in order. 0x98 is unassigned.
constexpr char16_t kCp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

// One character per byte, through the code page's mapping.
template <typename Map>
QString decodeSingleByte(const QByteArray &data, Map map)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : data)
        *out++ = QChar(map(static_cast<unsigned char>(c)));
    return text;
}

// The length of the well-formed UTF-8 sequence (no overlong forms or surrogates) that starts at
// p[i] with a byte above 0x7F, or 0. *cut is set when the bytes run out inside a sequence that
// was well-formed so far.
int utf8SequenceLength(const unsigned char *p, qsizetype i, qsizetype n, bool *cut = nullptr)
{
    const unsigned char c = p[i];
    int length = 0;
    unsigned char low = 0x80, high = 0xBF; // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= n) {
            if (cut)
                *cut = true;
            return 0;
        }
        const unsigned char b = p[i + k];
        if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

struct Utf8Count {
    qsizetype sequences = 0; // well-formed multi-byte sequences
    qsizetype invalid = 0;   // bytes that start no well-formed sequence
    qsizetype first = -1;    // where the first well-formed one starts
};

// Counts UTF-8; a sequence cut off at the very end counts as well-formed, so a file's first
// kilobytes can be judged too.
Utf8Count countUtf8(const QByteArray &data)
{
    Utf8Count count;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        bool cut = false;
        const int length = utf8SequenceLength(p, i, n, &cut);
        if (length > 0 || cut) {
            if (count.sequences++ == 0)
                count.first = i;
            i += cut ? n - i : length;
        } else {
            ++count.invalid;
            ++i;
        }
    }
    return count;
}

// Appends the code point of a well-formed sequence as UTF-16.
void appendUtf8Sequence(QChar *&out, const unsigned char *s, int length)
{
    char32_t cp = length == 2 ? s[0] & 0x1F : length == 3 ? s[0] & 0x0F : s[0] & 0x07;
    for (int k = 1; k < length; ++k)
        cp = (cp << 6) | (s[k] & 0x3F);
    if (cp >= 0x10000) {
        *out++ = QChar(QChar::highSurrogate(cp));
        *out++ = QChar(QChar::lowSurrogate(cp));
    } else {
        *out++ = QChar(char16_t(cp));
    }
}

// Where a field-like piece of Windows-1252 text ends: line ends and the delimiters CSV files use.
bool endsPiece(unsigned char b)
{
    return b == '\n' || b == '\r' || b == ',' || b == ';' || b == '\t' || b == '|' || b == '"';
}

// Cyrillic in Windows-1251 is words of bytes from 0xC0 up; Western text in Windows-1252 has an
// accented letter here and there between ASCII ones ("café", "Genève").
bool looksCyrillic1251(const QByteArray &data)
{
    qsizetype letters = 0, inRuns = 0;
    const qsizetype n = data.size();
    auto letter = [&](qsizetype i) { return i >= 0 && i < n && static_cast<unsigned char>(data.at(i)) >= 0xC0; };
    for (qsizetype i = 0; i < n; ++i) {
        if (!letter(i))
            continue;
        ++letters;
        inRuns += letter(i - 1) || letter(i + 1);
    }
    return letters >= 8 && inRuns * 10 >= letters * 7;
}

// Single-byte Western text that is not Windows-1251: Mac Roman or Windows-1252? Lines ended by
// carriage returns alone were written on a Mac. Otherwise the bytes inside words decide: an accented
// letter between two ASCII letters ("Gen\x8Fve") is a lower-case letter in the encoding that wrote
// it, and mostly not one in the other (0x8F is a control code in Windows-1252, 0xE8 "È" in Mac Roman).
bool looksMacRoman(const QByteArray &data)
{
    if (data.contains('\r') && !data.contains('\n'))
        return true;
    auto asciiLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    qsizetype mac = 0, windows = 0;
    for (qsizetype i = 1; i + 1 < data.size(); ++i) {
        const auto b = static_cast<unsigned char>(data.at(i));
        if (b < 0x80 || !asciiLetter(data.at(i - 1)) || !asciiLetter(data.at(i + 1)))
            continue;
        mac += QChar(macRoman(b)).isLower();
        windows += QChar(cp1252(b)).isLower() || b == 0x92; // "don\x92t": Windows' apostrophe
    }
    return mac > 2 * windows;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return u"UTF-8"_s;
    case TextEncoding::Utf16LE: return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE: return u"UTF-16BE"_s;
    case TextEncoding::Windows1252: return u"Windows-1252"_s;
    case TextEncoding::Windows1251: return u"Windows-1251"_s;
    case TextEncoding::MacRoman: return u"Mac Roman"_s;
    }
    return {};
}

bool encodingFromName(QStringView name, TextEncoding *encoding)
{
    const QString n = name.toString().toLower().remove(u'-').remove(u'_').remove(u' ');
    if (n == u"utf8")
        *encoding = TextEncoding::Utf8;
    else if (n == u"utf16le" || n == u"utf16")
        *encoding = TextEncoding::Utf16LE;
    else if (n == u"utf16be")
        *encoding = TextEncoding::Utf16BE;
    else if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591")
        *encoding = TextEncoding::Windows1252; // a superset of Latin-1's printable characters
    else if (n == u"windows1251" || n == u"cp1251")
        *encoding = TextEncoding::Windows1251;
    else if (n == u"macroman" || n == u"macintosh" || n == u"mac" || n == u"xmacroman")
        *encoding = TextEncoding::MacRoman;
    else
        return false;
    return true;
}

TextEncoding detectEncoding(const QByteArray &data, bool *mixesUtf8)
{
    if (mixesUtf8)
        *mixesUtf8 = false;
    if (startsWith(data, {0xEF, 0xBB, 0xBF})) {
        if (mixesUtf8) {
            const Utf8Count utf8 = countUtf8(data);
            *mixesUtf8 = utf8.invalid > 0; // the BOM's own sequence is well-formed
        }
        return TextEncoding::Utf8;
    }
    if (startsWith(data, {0xFF, 0xFE}))
        return TextEncoding::Utf16LE;
    if (startsWith(data, {0xFE, 0xFF}))
        return TextEncoding::Utf16BE;
    // UTF-16 without a BOM: text in the Latin range has every other byte NUL.
    const qsizetype n = std::min<qsizetype>(data.size() & ~qsizetype(1), 512);
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += data.at(i) == '\0';
        oddNul += data.at(i + 1) == '\0';
    }
    if (n >= 4 && oddNul * 10 >= n / 2 * 7 && evenNul == 0)
        return TextEncoding::Utf16LE;
    if (n >= 4 && evenNul * 10 >= n / 2 * 7 && oddNul == 0)
        return TextEncoding::Utf16BE;
    // UTF-8 when it is, or nearly: stray bytes in a UTF-8 file are read on their own rather than
    // turning every "é" of the file into "Ã©".
    const Utf8Count utf8 = countUtf8(data);
    if (utf8.invalid == 0 || (utf8.sequences > 0 && utf8.invalid <= utf8.sequences)) {
        if (mixesUtf8)
            *mixesUtf8 = utf8.invalid > 0;
        return TextEncoding::Utf8;
    }
    if (looksCyrillic1251(data))
        return TextEncoding::Windows1251;
    if (looksMacRoman(data))
        return TextEncoding::MacRoman;
    if (mixesUtf8)
        *mixesUtf8 = utf8.sequences > 0;
    return TextEncoding::Windows1252;
}

QString decodeText(const QByteArray &data, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return decodeWith(QStringConverter::Utf8,
                          startsWith(data, {0xEF, 0xBB, 0xBF}) ? data.mid(3) : data);
    case TextEncoding::Utf16LE:
        return decodeWith(QStringConverter::Utf16LE, startsWith(data, {0xFF, 0xFE}) ? data.mid(2) : data);
    case TextEncoding::Utf16BE:
        return decodeWith(QStringConverter::Utf16BE, startsWith(data, {0xFE, 0xFF}) ? data.mid(2) : data);
    case TextEncoding::Windows1252:
        return decodeSingleByte(data, cp1252);
    case TextEncoding::MacRoman:
        return decodeSingleByte(data, macRoman);
    case TextEncoding::Windows1251:
        return decodeSingleByte(data, [](unsigned char b) {
            return b < 0x80 ? char16_t(b) : b < 0xC0 ? kCp1251High[b - 0x80] : char16_t(0x0410 + (b - 0xC0));
        });
    }
    return {};
}

MixedText decodeMixed(const QByteArray &data, TextEncoding main)
{
    const qsizetype bom = startsWith(data, {0xEF, 0xBB, 0xBF}) ? 3 : 0;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    MixedText mixed;
    mixed.text.resize(n - bom); // at most one UTF-16 unit per byte
    QChar *const begin = mixed.text.data();
    QChar *out = begin;
    auto other = [&mixed](qsizetype at) {
        if (mixed.otherPieces++ == 0)
            mixed.firstOther = at;
    };
    if (main == TextEncoding::Utf8) {
        for (qsizetype i = bom; i < n;) {
            const int length = p[i] < 0x80 ? 1 : utf8SequenceLength(p, i, n);
            if (length == 0) {
                other(i);
                *out++ = QChar(cp1252(p[i++]));
                continue;
            }
            if (length == 1)
                *out++ = QChar(char16_t(p[i]));
            else
                appendUtf8Sequence(out, p + i, length);
            i += length;
        }
    } else {
        for (qsizetype start = bom; start < n;) {
            qsizetype end = start;
            bool sequences = false, stray = false;
            while (end < n && !endsPiece(p[end])) {
                if (p[end] < 0x80) {
                    ++end;
                } else if (const int length = stray ? 0 : utf8SequenceLength(p, end, n); length > 0) {
                    sequences = true;
                    end += length;
                } else {
                    stray = true;
                    ++end;
                }
            }
            if (sequences && !stray) {
                other(start);
                for (qsizetype i = start; i < end;) {
                    const int length = p[i] < 0x80 ? 1 : utf8SequenceLength(p, i, n);
                    if (length == 1)
                        *out++ = QChar(char16_t(p[i]));
                    else
                        appendUtf8Sequence(out, p + i, length);
                    i += length;
                }
            } else {
                for (qsizetype i = start; i < end; ++i)
                    *out++ = QChar(cp1252(p[i]));
            }
            if (end < n)
                *out++ = QChar(char16_t(p[end])); // the delimiter or line end
            start = end + 1;
        }
    }
    mixed.text.truncate(out - begin);
    return mixed;
}

} // namespace dateline
