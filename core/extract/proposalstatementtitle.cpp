// Proposal titles for a date that a reporting verb governs: what was said is the event
// (EventProposer::title, proposaltitle.cpp).
#include "core/extract/eventproposer.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include <QRegularExpression>

namespace dateline::extract {

using namespace clauses;

std::optional<EventProposer::TitleChoice> EventProposer::statementTitle(const QString &text, const Sentence &s, int p,
                                                                       const QString &head,
                                                                       const QRegularExpressionMatch &lastBoundary,
                                                                       int start, int previousStart) const
{
    TitleChoice c;
    // "Hamas said in a video posted on Thursday that it would release …", "the ministry said on
    // Friday in a statement that talks would continue": the date is the statement's, which the
    // medium phrase hid; the title is the statement, as for "X said on Friday that …".
    // ("said on the sidelines of a forum on Saturday that", "in a New Year address to diplomats on
    // Monday that": the medium's place, or whom it was to)
    static const QRegularExpression statementHead(QStringLiteral(
        "^\\s*(?:(?:in|at|during|via|through|on\\s+the\\s+(?:sidelines|margins)\\s+of)\\s+"
        "(?:(?:a|an|the|his|her|its|their)\\s+(?:[\\w’'-]+\\s+){0,2}?[\\w’'-]+"
        "(?:\\s+(?:to|with|for)\\s+(?:(?:a|an|the|his|her|its|their)\\s+)?[\\w’'-]+)?"
        "(?:\\s+(?:posted|issued|released|published|broadcast|aired|sent|delivered|given|shared|carried))?"
        "|\\p{Lu}[\\w’'-]*)\\s+)*(?:on|in|at)?\\s*$"), kUnicode);
    // (after the medium or the place: "in a statement that", "in Munich that"; after the day's date
    // in brackets: "on Tuesday (March 4) that")
    static const QRegularExpression statementRest(QStringLiteral(
        "^\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:(?:in|at|during|via|through)\\s+(?:(?:a|an|the|his|her|its|their)\\s+(?:[\\w’'-]+\\s+){0,3}?|"
        "\\p{Lu}[\\w’'-]*\\s+(?:\\p{Lu}[\\w’'-]*\\s+){0,2}))?"
        "that\\s+(?=\\S+\\s+\\S)"), kUnicode);
    static const QRegularExpression bareHead(QStringLiteral("^\\s*(?:on|in|at)?\\s*$"), kUnicode);
    const QString verb = lastBoundary.captured(1);
    if ((verb == u"said" || verb == u"says" || verb == u"added" || verb == u"announced")
        && start == s.start + int(lastBoundary.capturedEnd()) && statementHead.match(head).hasMatch()) {
        const QRegularExpressionMatch r = statementRest.match(QStringView(text).mid(p, s.end - p));
        if (r.hasMatch() && (!bareHead.match(head).hasMatch() || !r.captured().trimmed().startsWith(u"that"))) {
            const int from = p + int(r.capturedEnd());
            const int subjectEnd = s.start + int(lastBoundary.capturedStart(1));
            QString subject = text.mid(previousStart, subjectEnd - previousStart);
            // "Keith Kellogg, Trump's envoy for Ukraine, said …": the name before the apposition
            static const QRegularExpression named(
                QStringLiteral("(?:^|[.;:]\\s+)(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\S+){1,5}?),\\s+[^,]{3,90},\\s*$"), kUnicode);
            // ("His rival, Mohamed Hamdan Dagalo, said …": or the name after it)
            static const QRegularExpression renamed(
                QStringLiteral("(?:^|[.;:]\\s+)[^,]{3,60},\\s+(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\S+){1,5}?),\\s*$"), kUnicode);
            for (const QRegularExpression *pattern : {&named, &renamed})
                if (const QRegularExpressionMatch m = pattern->match(QStringView(text).mid(s.start, subjectEnd - s.start));
                    subject.trimmed().isEmpty() && m.hasMatch() && isPersonName(m.captured(1))) {
                    subject = m.captured(1) + u' ';
                    previousStart = s.start + int(m.capturedStart(1));
                }
            c.clauseStart = previousStart;
            c.clauseEnd = clauseStop(text, from, s.end);
            c.text = tidy(subject + verb + u' ' + text.mid(from, c.clauseEnd - from), 12);
            return c;
        }
        // "Israel and Hamas have agreed to extend the truce, Qatar said on Monday(, hours before …)":
        // what was said comes first, then its speaker; the report's date is the best the text gives
        // (not when a quotation is what was said: the quotation makes that proposal)
        // (or a phrase of circumstance ends the sentence: "…, the leaders announced on Thursday at the end
        // of a three-day state visit.")
        static const QRegularExpression clauseEnds(QStringLiteral(
            "^\\s*(?:[,.;:!?]|$|(?:at|during|after|following|ahead\\s+of|on\\s+the\\s+sidelines\\s+of)\\s[^,;:]*[.!?]?[\"'\u2019\u201D]*\\s*$)"),
            kUnicode);
        const int verbAt = s.start + int(lastBoundary.capturedStart(1));
        // (after a wire dateline that opens the sentence)
        const int body = std::max(s.start, s.datelineEnd);
        const qsizetype comma = verbAt > body ? QStringView(text).mid(body, verbAt - body).lastIndexOf(u',') + body : -1;
        // (and "…, the leaders announced on Thursday"; not a participle's "The sanctions, announced on
        // Monday, …", which has no subject after its comma)
        const bool announcer = verb != u"announced" || (comma > body && !QStringView(text).mid(comma + 1, verbAt - comma - 1).trimmed().isEmpty());
        if (announcer && !r.hasMatch() && clauseEnds.match(QStringView(text).mid(p, s.end - p)).hasMatch()
            && comma > body && verbAt - comma <= 90) {
            // (without an apposition after its subject)
            static const QRegularExpression aside(QStringLiteral(
                "^(\\p{Lu}[\\w'\u2019-]*(?:\\s+\\p{Lu}[\\w'\u2019-]*){0,2}),\\s+(?:a|an|the)\\s[^,]{3,80},\\s+"), kUnicode);
            const QString said = text.mid(body, comma - body).trimmed().replace(aside, QStringLiteral("\\1 "));
            static const QRegularExpression quoted(QStringLiteral("^[\"\u201C\u201D\u00AB'`]|[\"\u201C\u201D\u00BB'`]$"), kUnicode);
            if (said.count(u' ') >= 2 && !quoted.match(said).hasMatch()) {
                c.clauseStart = body;
                c.clauseEnd = int(comma);
                c.text = tidy(said, 12);
                c.statementDate = true;
                return c;
            }
        }
    }
    return std::nullopt;
}

} // namespace dateline::extract
