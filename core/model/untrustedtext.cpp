#include "core/model/untrustedtext.h"

namespace dateline {

namespace {

bool breaksLine(QChar c)
{
    const auto category = c.category();
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
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

} // namespace dateline
