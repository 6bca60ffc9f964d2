#pragma once
// Internal to the iCalendar reader and writer: content lines (RFC 5545 section 3.1).

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include "core/io/csv/textencoding.h"

#include <vector>

namespace dateline::ical {

struct ContentLine {
    qint64 line = 0;               // 1-based physical line where it starts
    QString name;                  // upper case
    QHash<QString, QString> params; // upper-case names, unquoted values
    QString value;                 // still escaped, but in its CHARSET and QUOTED-PRINTABLE decoded
};

// Unfolds and splits the text. Lines that are not "name[;params]:value" go to *bad. Values
// vCalendar 1.0 wrote with ENCODING=QUOTED-PRINTABLE are decoded, their soft line breaks ('=' at
// the end of a line) joined; values are read in the CHARSET they name, UTF-8 by default. Character
// sets not known are read as UTF-8 and their names go to *unknownCharsets.
// A line naming no CHARSET whose bytes are not UTF-8 (an .ics or .vcs written in the system's
// code page by an older Outlook, Lotus Notes or a script) is read in the file's 8-bit encoding as
// detectEncoding() sees it (Windows-1252 when the file is mostly UTF-8, each stray byte alone);
// *eightBit, when given, counts such lines.
struct EightBitLines {
    TextEncoding encoding = TextEncoding::Windows1252;
    qsizetype count = 0;
    qint64 first = 0; // physical line of the first
};
std::vector<ContentLine> parseContentLines(const QByteArray &data, std::vector<ContentLine> *bad,
                                           QSet<QString> *unknownCharsets = nullptr, EightBitLines *eightBit = nullptr);
// TEXT values: "\n" "\," "\;" "\\" decoded.
QString unescapeText(QStringView value);
QString escapeText(QStringView text);
// vCalendar 1.0 text: a backslash before each backslash and semicolon (its only escapes); line
// breaks stay, for vcalendarLine to encode.
QString escapeVCalendarText(QStringView text);
// "NAME:value" for vCalendar 1.0, which folds lines differently from iCalendar (the whitespace
// after a line break stays part of the value): plain when the value is printable ASCII and the
// line short, else "NAME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:..." with soft line breaks, as
// Outlook and phones write non-ASCII text and line breaks.
QByteArray vcalendarLine(const QString &name, const QString &value);
// "NAME:value" folded at 75 octets with CRLF + space, never inside a UTF-8 sequence.
QByteArray foldedLine(const QString &line);

} // namespace dateline::ical
