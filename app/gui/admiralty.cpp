#include "app/gui/admiralty.h"

#include <array>

namespace dateline::admiralty {

namespace {

constexpr std::array<const char *, 6> kReliability = {
    "completely reliable", "usually reliable", "fairly reliable",
    "not usually reliable", "unreliable", "reliability cannot be judged"};

constexpr std::array<const char *, 6> kCredibility = {
    "confirmed by other sources", "probably true", "possibly true",
    "doubtful", "improbable", "truth cannot be judged"};

} // namespace

QString reliabilityName(QChar grade)
{
    const int index = grade.toUpper().unicode() - u'A';
    if (index < 0 || index >= int(kReliability.size()))
        return QStringLiteral("unknown grade");
    return QString::fromLatin1(kReliability[size_t(index)]);
}

QString credibilityName(int level)
{
    if (level < 1 || level > int(kCredibility.size()))
        return QStringLiteral("unknown level");
    return QString::fromLatin1(kCredibility[size_t(level - 1)]);
}

QString reliabilityScale()
{
    QString text = QStringLiteral("Source reliability (NATO Admiralty code):");
    for (size_t i = 0; i < kReliability.size(); ++i)
        text += QStringLiteral("\n%1 – %2").arg(QChar(char16_t(u'A' + i)), QString::fromLatin1(kReliability[i]));
    return text;
}

QString credibilityScale()
{
    QString text = QStringLiteral("Information credibility (NATO Admiralty code):");
    for (size_t i = 0; i < kCredibility.size(); ++i)
        text += QStringLiteral("\n%1 – %2").arg(i + 1).arg(QString::fromLatin1(kCredibility[i]));
    return text;
}

} // namespace dateline::admiralty
