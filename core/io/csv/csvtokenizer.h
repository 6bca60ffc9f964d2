#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace dateline {

// One record of a CSV/TSV file.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;  // 1-based physical line the record starts on (quoted newlines count)
    QString problem;  // set when the record is malformed (a quote never closed)
};

// Splits decoded CSV text into records, RFC 4180 style, forgiving the way spreadsheets are:
// fields in double quotes may hold the delimiter, line breaks and doubled quotes ("");
// a quote inside an unquoted field is an ordinary character; text after a closing quote is kept;
// spaces before an opening quote are dropped; CRLF, LF and lone CR all end a line.
// A quote still open at the end of the text makes that last record malformed.
class CsvTokenizer {
public:
    CsvTokenizer(QStringView text, QChar delimiter);

    // Reads the next record; false at the end of the text.
    bool next(CsvRecord &record);
    qsizetype position() const { return m_pos; } // characters consumed so far
    qsizetype size() const { return m_text.size(); }

    // An Excel "sep=;" first line names the delimiter; returns it (and skips the line) if present.
    QChar consumeSepLine();

private:
    void newline(); // consumes one CRLF, LF or CR at m_pos

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
};

// Picks the delimiter among comma, tab, semicolon and pipe: the one that splits the first line
// into the most fields and the following lines (up to 50) into the same number. Comma when no
// candidate splits the first line.
QChar detectDelimiter(QStringView text);

} // namespace dateline
