#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace dateline {

// One record of a CSV/TSV file.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;  // 1-based physical line the record starts on (quoted newlines count)
};

// Splits decoded CSV text into records, RFC 4180 style, forgiving the way spreadsheets are:
// fields in double quotes may hold the delimiter, line breaks and doubled quotes ("");
// a quote inside an unquoted field is an ordinary character; spaces before an opening quote are
// dropped; CRLF, LF and lone CR all end a line. A quote that does not enclose its field — never
// closed, or closed with more text before the delimiter ("Peace" says minister) — is an ordinary
// character too: the field is read again up to its delimiter or line end, and counted, so that one
// stray quote cannot swallow the rest of the file.
class CsvTokenizer {
public:
    CsvTokenizer(QStringView text, QChar delimiter);

    // Reads the next record; false at the end of the text.
    bool next(CsvRecord &record);
    qsizetype position() const { return m_pos; } // characters consumed so far
    qsizetype size() const { return m_text.size(); }

    // An Excel "sep=;" first line names the delimiter; returns it (and skips the line) if present.
    QChar consumeSepLine();

    // Quotes read as ordinary characters because they enclosed no field, and the first one's line.
    qint64 strayQuotes() const { return m_strayQuotes; }
    qint64 firstStrayQuoteLine() const { return m_firstStrayLine; }

private:
    void newline(); // consumes one CRLF, LF or CR at m_pos
    // Reads a quoted field from its opening quote at m_pos into field; false when the quote
    // does not enclose the field (the caller then rewinds).
    bool readQuoted(QString &field);

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_strayQuotes = 0;
    qint64 m_firstStrayLine = 0;
};

// Cells are untrusted text: line ends become LF, and control characters other than tab and line
// feed go (an escape sequence in a title would otherwise reach terminals and exports). The reader
// applies it to every cell and the writer too, so that a round trip is stable.
void makePrintable(QString &cell);

// A cell a spreadsheet would run as a formula when the file is opened ("=HYPERLINK(…)", "@SUM(…)",
// "+A1", "-2+3", and "-0043-03-15", which it would compute; not a number such as "-12.5") is
// written with an apostrophe before it, the spreadsheets' own mark of text: an export opened in
// Excel or LibreOffice runs nothing that a title or a quote holds. The reader takes one such
// apostrophe off again (text that already began with apostrophes gets one more), so a round trip
// keeps the text, and a file saved with the mark reads as the text it marks.
void markFormulaAsText(QString &cell);
void unmarkFormulaText(QString &cell);

// Picks the delimiter among comma, tab, semicolon and pipe: the one that splits the first line
// into the most fields and the following lines (up to 50) into the same number. Comma when no
// candidate splits the first line.
QChar detectDelimiter(QStringView text);

} // namespace dateline
