#include "core/io/csv/csvtokenizer.h"

#include "core/io/interchange/htmltext.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace dateline {
namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Leading apostrophes, then text a spreadsheet reads as a formula: how many apostrophes (-1: not
// such text).
qsizetype apostrophesBeforeFormula(const QString &cell)
{
    qsizetype n = 0;
    while (n < cell.size() && cell[n] == u'\'')
        ++n;
    if (n == cell.size())
        return -1;
    const QChar c = cell[n];
    if (c == u'=' || c == u'@')
        return n;
    if (c != u'+' && c != u'-')
        return -1;
    bool number = false;
    QLocale::c().toDouble(QStringView(cell).mid(n), &number);
    return number ? -1 : n;
}

} // namespace

CsvTokenizer::CsvTokenizer(QStringView text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{
}

void CsvTokenizer::newline()
{
    if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

QChar CsvTokenizer::consumeSepLine()
{
    const QStringView head = m_text.mid(m_pos, 6);
    if (head.size() < 5 || !head.startsWith(u"sep=", Qt::CaseInsensitive))
        return {};
    const QChar sep = head[4];
    if (isLineBreak(sep) || sep == u'"')
        return {};
    m_pos += 5;
    if (m_pos < m_text.size() && isLineBreak(m_text[m_pos]))
        newline();
    else if (m_pos < m_text.size())
        return (m_pos -= 5, QChar()); // "sep=;x": ordinary data
    return sep;
}

bool CsvTokenizer::readQuoted(QString &field)
{
    ++m_pos; // the opening quote
    while (m_pos < m_text.size()) {
        const QChar q = m_text[m_pos];
        if (q == u'"') {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                field += u'"';
                m_pos += 2;
                continue;
            }
            ++m_pos;
            // Closed: only spaces may follow before the delimiter or the line's end.
            qsizetype after = m_pos;
            while (after < m_text.size() && (m_text[after] == u' ' || m_text[after] == u'\t') && m_text[after] != m_delimiter)
                ++after;
            return after == m_text.size() || m_text[after] == m_delimiter || isLineBreak(m_text[after]);
        }
        if (isLineBreak(q)) {
            // Keep the line break as written (CRLF stays CRLF) but count it once.
            const qsizetype from = m_pos;
            newline();
            field += m_text.mid(from, m_pos - from);
            continue;
        }
        // Copy a run of ordinary characters at once.
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && m_text[end] != u'"' && !isLineBreak(m_text[end]))
            ++end;
        field += m_text.mid(m_pos, end - m_pos);
        m_pos = end;
    }
    return false; // never closed
}

bool CsvTokenizer::next(CsvRecord &record)
{
    record.fields.clear();
    record.line = m_line;
    if (m_pos >= m_text.size())
        return false;
    QString field;
    bool fieldStart = true;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == m_delimiter) {
            record.fields << field;
            field.clear();
            fieldStart = true;
            ++m_pos;
            continue;
        }
        if (isLineBreak(c)) {
            newline();
            record.fields << field;
            return true;
        }
        if (c == u'"' && (fieldStart || field.trimmed().isEmpty())) {
            const qsizetype quoteAt = m_pos;
            const qint64 openedOn = m_line;
            field.clear(); // spaces before the opening quote
            if (readQuoted(field)) {
                fieldStart = false;
                continue;
            }
            // A quote that encloses nothing: never closed, or closed with more text after it
            // ("Peace" says minister). Read the field again with the quote as an ordinary
            // character, so one stray quote does not swallow the lines after it.
            m_pos = quoteAt;
            m_line = openedOn;
            field.clear();
            if (m_strayQuotes++ == 0)
                m_firstStrayLine = openedOn;
            qsizetype end = m_pos;
            while (end < m_text.size() && m_text[end] != m_delimiter && !isLineBreak(m_text[end]))
                ++end;
            field += m_text.mid(m_pos, end - m_pos);
            m_pos = end;
            fieldStart = false;
            continue;
        }
        // An unquoted run up to the next delimiter, quote or line break.
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && m_text[end] != m_delimiter && !isLineBreak(m_text[end]) && m_text[end] != u'"')
            ++end;
        field += m_text.mid(m_pos, end - m_pos);
        m_pos = end;
        fieldStart = false;
    }
    record.fields << field;
    return true;
}

void markFormulaAsText(QString &cell)
{
    if (apostrophesBeforeFormula(cell) >= 0)
        cell.prepend(u'\'');
}

void unmarkFormulaText(QString &cell)
{
    if (apostrophesBeforeFormula(cell) > 0)
        cell.remove(0, 1);
}

void makePrintable(QString &cell)
{
    const bool clean = std::all_of(cell.cbegin(), cell.cend(), [](QChar c) {
        return c.unicode() >= 0xA0 || (c.unicode() >= 0x20 && c.unicode() < 0x7F) || c == u'\n' || c == u'\t';
    });
    if (clean)
        return;
    cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    cell = withoutControlCharacters(cell);
}

QChar detectDelimiter(QStringView text)
{
    const std::array<QChar, 4> candidates{u',', u'\t', u';', u'|'};
    QChar best = u',';
    qsizetype bestScore = -1, bestFields = 1;
    const QStringView sample = text.left(256 * 1024);
    for (QChar candidate : candidates) {
        CsvTokenizer tokenizer(sample, candidate);
        CsvRecord record;
        qsizetype headerFields = 0, matching = 0, records = 0;
        while (records < 51 && tokenizer.next(record)) {
            if (record.fields.size() == 1 && record.fields.first().isEmpty())
                continue; // blank line
            if (records++ == 0) {
                headerFields = record.fields.size();
                continue;
            }
            matching += record.fields.size() == headerFields;
        }
        if (headerFields < 2)
            continue;
        // Consistent lines first, then more fields.
        if (matching > bestScore || (matching == bestScore && headerFields > bestFields)) {
            best = candidate;
            bestScore = matching;
            bestFields = headerFields;
        }
    }
    return best;
}

} // namespace dateline
