#include "core/io/csv/csvtokenizer.h"

#include <array>

namespace dateline {
namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
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

bool CsvTokenizer::next(CsvRecord &record)
{
    record.fields.clear();
    record.problem.clear();
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
            field.clear(); // spaces before the opening quote
            const qint64 openedOn = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < m_text.size()) {
                const QChar q = m_text[m_pos];
                if (q == u'"') {
                    if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                        field += u'"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
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
            if (!closed) {
                record.problem = QStringLiteral("the quote opened on line %1 is never closed").arg(openedOn);
                record.fields << field;
                return true;
            }
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
