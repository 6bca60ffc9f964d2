#pragma once

#include <QByteArray>
#include <QString>

namespace dateline {

// The text encodings spreadsheets write CSV in. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
// UTF-16LE with a BOM ("Unicode text", tab-separated) or Windows-1252 ("CSV" on Western systems);
// LibreOffice and Google Sheets write UTF-8. Excel on Russian, Ukrainian or Bulgarian Windows
// writes Windows-1251. Excel for Mac's "CSV (Macintosh)", and older Mac programs, write Mac Roman
// with carriage returns alone ending the lines.
enum class TextEncoding : std::uint8_t { Utf8, Utf16LE, Utf16BE, Windows1252, Windows1251, MacRoman };

// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "Windows-1251", "Mac Roman"
QString encodingName(TextEncoding encoding);
bool encodingFromName(QStringView name, TextEncoding *encoding); // case-insensitive; "cp1252", "macintosh" too

// A byte-order mark decides; without one, NUL bytes in alternate positions mean UTF-16, and
// UTF-8 means UTF-8, also with stray bytes, as long as they are fewer than its well-formed
// multi-byte sequences (they become U+FFFD). Anything else is Windows-1251 when its high bytes form words of Cyrillic letters,
// Mac Roman when its lines end in carriage returns alone or its accented letters inside words are
// Mac Roman's, else Windows-1252 (every byte is a character there, so nothing is refused).
// *mixesUtf8, when given, says whether the text holds both well-formed UTF-8 multi-byte sequences
// and bytes that are not UTF-8 while being detected as UTF-8 or Windows-1252: rows appended to
// the file by a program that writes the other encoding. decodeMixed() reads such text.
TextEncoding detectEncoding(const QByteArray &data, bool *mixesUtf8 = nullptr);

// Decodes the whole text, dropping a leading byte-order mark. Invalid UTF-8 or UTF-16 sequences
// become U+FFFD.
QString decodeText(const QByteArray &data, TextEncoding encoding);

// Text that is UTF-8 in some places and Windows-1252 in others, decoded piece by piece.
struct MixedText {
    QString text;
    qsizetype otherPieces = 0; // read in the encoding that is not the main one: bytes in UTF-8 text, fields in Windows-1252
    qsizetype firstOther = -1; // byte offset of the first
};

// Decodes a file whose main encoding (UTF-8 or Windows-1252, as detected) is mixed with the other.
// In UTF-8 text, each byte that starts no well-formed sequence is read as Windows-1252 (a stray
// "\xE9" is "é", not U+FFFD). In Windows-1252 text, each field-like piece (between line ends and the
// ASCII delimiters , ; tab | and ") whose bytes above 0x7F all form well-formed UTF-8 is read as
// UTF-8; any other piece as Windows-1252, since one stray byte shows the piece was not UTF-8.
MixedText decodeMixed(const QByteArray &data, TextEncoding main);

} // namespace dateline
