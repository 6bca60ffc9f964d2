#pragma once
// Internal to the iCalendar reader and writer: content lines (RFC 5545 section 3.1).

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace dateline::ical {

struct ContentLine {
    qint64 line = 0;               // 1-based physical line where it starts
    QString name;                  // upper case
    QHash<QString, QString> params; // upper-case names, unquoted values
    QString value;                 // raw, still escaped
};

// Unfolds and splits the text. Lines that are not "name[;params]:value" go to *bad.
std::vector<ContentLine> parseContentLines(const QByteArray &data, std::vector<ContentLine> *bad);
// TEXT values: "\n" "\," "\;" "\\" decoded.
QString unescapeText(QStringView value);
QString escapeText(QStringView text);
// "NAME:value" folded at 75 octets with CRLF + space, never inside a UTF-8 sequence.
QByteArray foldedLine(const QString &line);

} // namespace dateline::ical
