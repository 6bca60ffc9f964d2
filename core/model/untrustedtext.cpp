#include "core/model/untrustedtext.h"

#include <QVarLengthArray>

#include <algorithm>

namespace dateline {

namespace {

bool breaksLine(QChar c)
{
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

constexpr char16_t kFirstStrongIsolate = 0x2068;
constexpr char16_t kPopIsolate = 0x2069;

bool opensIsolate(QChar c)
{
    return c.unicode() >= 0x2066 && c.unicode() <= 0x2068; // LRI, RLI, FSI
}

// Right-to-left letters and numbers, and the explicit bidi controls.
bool affectsOrder(QChar c)
{
    switch (c.direction()) {
    case QChar::DirR: case QChar::DirAL: case QChar::DirAN:
    case QChar::DirLRE: case QChar::DirLRO: case QChar::DirRLE: case QChar::DirRLO: case QChar::DirPDF:
    case QChar::DirLRI: case QChar::DirRLI: case QChar::DirFSI: case QChar::DirPDI:
        return true;
    default:
        return false;
    }
}

} // namespace

QString oneLine(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !breaksLine(text.at(first)))
        ++first;
    if (first == text.size())
        return text;
    QString line = text;
    for (qsizetype i = first; i < line.size(); ++i) {
        if (breaksLine(line.at(i)))
            line[i] = u' ';
    }
    return line;
}

QString isolated(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), affectsOrder))
        return text;
    QString out;
    out.reserve(text.size() + 2);
    out += QChar(kFirstStrongIsolate);
    int open = 0;
    for (QChar c : text) {
        if (opensIsolate(c)) {
            ++open;
        } else if (c.unicode() == kPopIsolate) {
            if (open == 0)
                continue;
            --open;
        }
        out += c;
    }
    // an isolate the text leaves open would take our pop as its own: closed first
    for (; open > 0; --open)
        out += QChar(kPopIsolate);
    out += QChar(kPopIsolate);
    return out;
}

QString leftToRight(const QString &line)
{
    for (QChar c : line) {
        switch (c.direction()) {
        case QChar::DirL:
            return line;
        case QChar::DirR:
        case QChar::DirAL:
            return QChar(0x200E) + line;
        default:
            break;
        }
    }
    return line;
}

QString closedBidi(const QString &text)
{
    // What is open, innermost last: true for an isolate, false for an embedding or override.
    QVarLengthArray<bool, 8> open;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x202A && u <= 0x202E && u != 0x202C) { // LRE, RLE, LRO, RLO
            open.append(false);
        } else if (u == 0x202C) { // PDF closes an embedding inside the innermost isolate only
            if (!open.isEmpty() && !open.last())
                open.removeLast();
        } else if (opensIsolate(c)) {
            open.append(true);
        } else if (u == kPopIsolate) { // PDI closes its isolate and everything opened inside it
            const auto isolate = std::find(open.rbegin(), open.rend(), true);
            if (isolate != open.rend())
                open.resize(open.rend() - isolate - 1);
        }
    }
    if (open.isEmpty())
        return text;
    QString closed = text;
    for (auto it = open.rbegin(); it != open.rend(); ++it)
        closed += QChar(*it ? kPopIsolate : char16_t(0x202C));
    return closed;
}

} // namespace dateline
