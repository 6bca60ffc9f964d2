// What the proposer does to a title once a clause gave it (declared in proposaltitle.h): the
// second name of a pair that shares a sentence's two dates, a lead-in that is not the event, and
// what became of a plan.
#include "core/extract/proposaltitle.h"

#include <QRegularExpression>

namespace dateline::extract {

QString withSecondOfPair(const QString &title, const QString &previousDate)
{
    static const QString names = QStringLiteral("\\p{Lu}[\\w.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\w.'\u2019-]*|of|the))*");
    const QRegularExpression pair(QStringLiteral("^(.*?)(%1)\\s+(?:in|on)\\s+%2\\s+and\\s+(%1)$")
                                      .arg(names, QRegularExpression::escape(previousDate)),
                                  QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch m = pair.match(title); m.hasMatch() && !m.captured(1).trimmed().isEmpty())
        return tidy(m.captured(1) + m.captured(3), 12);
    return title;
}

QString withoutLeadIn(const QString &title)
{
    static const QRegularExpression leadIn(QStringLiteral("^(?:Building\\s+on|Following|Amid|Despite|Ahead\\s+of)\\s+"
                                                          "(?=(?:the|a|an|(?:\\p{Lu}[\\w.-]*\\s+){0,3}\\p{Lu}[\\w.-]*['\u2019]s)\\s)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (title.isEmpty() || !QStringLiteral("BFAD").contains(title.front())) // (the lead-ins' first letters)
        return title;
    const QRegularExpressionMatch m = leadIn.match(title);
    if (!m.hasMatch() || title.size() <= m.capturedEnd() + 12)
        return title;
    QString rest = title.mid(m.capturedEnd());
    rest[0] = rest.at(0).toUpper();
    return rest;
}

QString withRelativeSubject(const QString &title, const QString &text, int sentenceStart, int clauseStart)
{
    static const QRegularExpression subject(
        QStringLiteral("^\\s*((?:The|A|An|Its|Their|This)\\s+[\\w\u2019'-]+(?:\\s+[\\w\u2019'-]+){0,4}),\\s+(?:which|who)\\s+"
                       "[^,;:\"\u201C]{3,200},\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    // (or an aside between dashes: "Iran and the E3 — Britain, France and Germany — will resume talks")
    static const QRegularExpression beforeDashes(
        QStringLiteral("^\\s*(\\p{Lu}[\\w\u2019'.-]*(?:\\s+[\\w\u2019'.-]+){0,10})\\s+(?:\u2013|\u2014|--)\\s+[^\u2013\u2014]{1,120}?"
                       "\\s+(?:\u2013|\u2014|--)\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    while (clauseStart < text.size() && (text.at(clauseStart).isSpace() || text.at(clauseStart) == u','))
        ++clauseStart; // (the clause may start at the comma)
    if (clauseStart <= sentenceStart || clauseStart >= text.size() || !text.at(clauseStart).isLower() || title.isEmpty())
        return title;
    // (the title must start where the clause does, with its verb)
    const QString verb = title.section(u' ', 0, 0);
    if (QStringView(text).mid(clauseStart, verb.size()).compare(verb, Qt::CaseInsensitive) != 0
        || (clauseStart + verb.size() < text.size() && text.at(clauseStart + verb.size()).isLetter()))
        return title;
    const QStringView before = QStringView(text).mid(sentenceStart, clauseStart - sentenceStart);
    QRegularExpressionMatch m = subject.match(before);
    if (!m.hasMatch())
        m = beforeDashes.match(before);
    if (!m.hasMatch())
        return title;
    return tidy(m.captured(1) + u' ' + title.at(0).toLower() + title.mid(1), 12);
}

QString withPlanOutcome(const QString &title, QStringView after)
{
    static const QRegularExpression outcome(QStringLiteral(
        "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+(?:now\\s+|also\\s+)?"
        "(cancell?ed|called\\s+off|scrapped|shelved|postponed|put\\s+off|delayed|deferred|suspended)\\b"));
    const QRegularExpressionMatch m = outcome.match(after);
    if (!m.hasMatch())
        return title;
    const QString word = m.captured(1).simplified();
    const QString said = word.startsWith(u"cancel") || word == u"scrapped" || word == u"shelved" ? QStringLiteral("cancelled")
        : word == u"called off" || word == u"suspended"                                          ? word
                                                                                                   : QStringLiteral("postponed");
    if (title.contains(m.captured(1), Qt::CaseInsensitive) || title.contains(said, Qt::CaseInsensitive))
        return title;
    return title + QStringLiteral(" (") + said + u')';
}

} // namespace dateline::extract
