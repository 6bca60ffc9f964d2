#include "app/gui/messagetext.h"

namespace dateline {

QString countText(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : QString(many).arg(n);
}

QString asSentence(const QString &message)
{
    QString sentence = message;
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

} // namespace dateline
