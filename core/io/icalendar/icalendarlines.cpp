// iCalendar content lines: unfolding, parameters, TEXT escapes, folding.
#include "core/io/icalendar/icalendarlines.h"

using namespace Qt::StringLiterals;

namespace dateline::ical {

std::vector<ContentLine> parseContentLines(const QByteArray &data, std::vector<ContentLine> *bad)
{
    // Unfold: a line starting with a space or tab continues the previous one.
    struct Logical {
        qint64 line;
        QByteArray text;
    };
    std::vector<Logical> logical;
    qint64 lineNo = 0;
    qsizetype pos = 0;
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
        if (!raw.isEmpty() && (raw[0] == ' ' || raw[0] == '\t') && !logical.empty())
            logical.back().text += raw.mid(1);
        else if (!raw.trimmed().isEmpty())
            logical.push_back({lineNo, raw});
    }

    std::vector<ContentLine> lines;
    lines.reserve(logical.size());
    for (const Logical &l : logical) {
        const QString text = QString::fromUtf8(l.text);
        ContentLine c;
        c.line = l.line;
        // The name ends at ';' or ':'; parameter values may be quoted and contain both.
        qsizetype i = 0;
        while (i < text.size() && text[i] != u';' && text[i] != u':')
            ++i;
        c.name = text.left(i).trimmed().toUpper();
        bool ok = !c.name.isEmpty() && i < text.size();
        while (ok && text[i] == u';') {
            const qsizetype eq = text.indexOf(u'=', i + 1);
            if (eq < 0) {
                ok = false;
                break;
            }
            const QString param = text.mid(i + 1, eq - i - 1).trimmed().toUpper();
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
        if (!ok) {
            if (bad)
                bad->push_back(c);
            continue;
        }
        c.value = text.mid(i + 1);
        lines.push_back(std::move(c));
    }
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

} // namespace dateline::ical
