// How a sentence's dates date its proposals: see proposaldates.h.
#include "core/extract/proposaldates.h"

#include "core/date/calendar.h"
#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"
#include "core/extract/titleclauses.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace dateline::extract::proposaldates {

// "In 2019, Zelenskyy was elected", "followed in 2015 by …": a year that dates its clause, after
// "in" or "during" (or "Between"/"From" opening a sentence), or opening a chronology's entry (not "the
// 2015 nuclear deal", "since 2018", "fiscal 1989" or "in 2015 elections").
bool datesClauseByYear(const QString &text, const Timex &t)
{
    // (or a decade: "In the late 1940s, the powers divided Europe")
    static const QRegularExpression year(QStringLiteral("^(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:\\d{4}|\\d{3}0s)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    // (or a deadline: "to sign the agreement by 2030", "no later than 2030")
    static const QRegularExpression in(QStringLiteral("\\b(?:in|during|by|before|no\\s+later\\s+than)\\s+$|"
                                                      "(?:^|[.!?]\\s+|\\n)(?:Between|From)\\s+$"),
                                       QRegularExpression::CaseInsensitiveOption);
    // a noun after the year ("in 2015 elections"), not a word that goes on with the clause ("in 1972
    // after graduating", "in 2008 and again …")
    static const QRegularExpression noun(QStringLiteral(
        "^\\s*(?!(?:after|before|when|while|and|but|or|as|with|to|for|at|on|in|by|under|until|amid|following|"
        "during|from|over|against|because|despite|since|through|was|were|is|are|had|has)\\b)[a-z]"));
    // a story's year counted from its last date: "later that year", "the following year", "three years
    // later" ("in 1978 … The treaty followed the next year": as exact as the year written; a bare
    // "that year" may have nothing before it to count from)
    static const QRegularExpression storyYear(QStringLiteral(
        "^(?:(?:later|earlier|early|late)\\s+(?:in\\s+)?(?:that|the\\s+same)|the\\s+following|the\\s+next|"
        "the\\s+previous|the\\s+preceding)\\s+year$|^(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+years\\s+"
        "(?:later|earlier|afterwards)$"),
        QRegularExpression::CaseInsensitiveOption);
    // (not a span or a comparison: "over the next year or so", "3.8 percent higher than a year earlier",
    // "up from 4 million a year earlier"; but "withdrew from the accord three years later" is the story's)
    static const QRegularExpression spanOrFigure(
        QStringLiteral("(?:\\b(?:over|within|during|throughout|for|from)\\s+|[$%\u00A3\u20AC]|"
                       "\\b(?:than|compared|versus|vs|cents|million|billion|percent)\\b[^.;]*|"
                       "\\bfrom\\s+(?:[A-Z]{1,2})?[$\u00A3\u20AC\\d][^.;]*)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (t.type == Timex::Type::Date && t.value.size() == 4 && storyYear.match(t.text).hasMatch()) {
        const int from = std::max(0, t.start - 60);
        return !spanOrFigure.match(QStringView(text).mid(from, t.start - from)).hasMatch();
    }
    if (t.type != Timex::Type::Date || !year.match(t.text).hasMatch())
        return false;
    // a chronology's entry: "1993: Israel and the PLO sign the Oslo Accords", "- 2003 – The Quartet …"
    int k = t.start - 1;
    while (k >= 0 && t.start - k < 10 && (text.at(k) == u' ' || text.at(k) == u'\t' || text.at(k) == u'*'
                                          || text.at(k) == u'-' || text.at(k) == QChar(0x2022)))
        --k;
    static const QRegularExpression separator(QStringLiteral("^\\s*[-\u2013\u2014:|]\\s"));
    if ((k < 0 || text.at(k) == u'\n')
        && separator.match(QStringView(text).mid(t.end, std::min(4, int(text.size()) - t.end))).hasMatch())
        return true;
    // a decade only when it opens its sentence: "In the late 1940s, the powers divided Europe" (not "the
    // vitriol that the issue aroused in the late 1980s")
    if (t.text.endsWith(u's')) {
        static const QRegularExpression fronted(QStringLiteral("(?:[.!?\"\u201D]\\s+|\\n\\s*)(?:In|During)\\s+$"));
        const int from = std::max(0, t.start - 16);
        return fronted.match(QString(from == 0 ? QStringLiteral("\n") : QString()) + text.mid(from, t.start - from)).hasMatch();
    }
    // nor a figure compared with a year's ("up from C$252 million in 1988", "earnings … than in 1989")
    // (not a deadline's "no later than 2030", nor "from" before no figure: "result from the law, which … in 1994")
    static const QRegularExpression figure(QStringLiteral(
        "[$%\u00A3\u20AC]|\\b(?:(?<!later\\s)(?<!sooner\\s)(?<!earlier\\s)than|compared|versus|vs|cents|million|billion)\\b|"
        "\\bfrom\\s+(?:[A-Z]{1,2}[$\u00A3\u20AC]|\\d)"));
    const int from = std::max(0, t.start - 16), clause = std::max(0, t.start - 60);
    return in.match(QStringView(text).mid(from, t.start - from)).hasMatch()
        && !noun.match(QStringView(text).mid(t.end, std::min(14, int(text.size()) - t.end))).hasMatch()
        && !figure.match(QStringView(text).mid(clause, t.start - clause)).hasMatch();
}

// "Kishida is expected to visit Seoul later this year", "talks will resume early next year": a plan
// dated by no more than its year is still worth proposing (a past "this year" says too little).
bool yearAhead(const Timex &t)
{
    static const QRegularExpression ahead(
        QStringLiteral("^(?:later|early|late)\\s+(?:in\\s+)?(?:this|next|the\\s+coming)\\s+year$|^later\\s+in\\s+the\\s+year$"),
        QRegularExpression::CaseInsensitiveOption);
    return t.type == Timex::Type::Date && ahead.match(t.text).hasMatch();
}

bool meetingNextYear(const QString &text, const Timex &t, int sentenceStart, int sentenceEnd)
{
    static const QRegularExpression nextYear(QStringLiteral("^(?:next|the\\s+coming)\\s+year$"), QRegularExpression::CaseInsensitiveOption);
    // (a meeting, a visit, a vote or a court's ruling, not a forecast: "the economy will grow 3 percent
    // next year")
    static const QRegularExpression meeting(QStringLiteral(
        "\\b(?:summit|visit\\w*|talks|meet(?:s|ing)?|attend\\w*|host\\w*|travel\\w*|conference|election\\w*|"
        "referendum|negotiation\\w*|sign(?:s|ing)?|ceremony|tour|forum|session|rule|ruling|verdict|judg(?:e)?ment)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // (near the date: a page without full stops is one sentence)
    const int from = std::max(sentenceStart, t.start - 300), to = std::min(sentenceEnd, t.end + 300);
    return t.type == Timex::Type::Date && nextYear.match(t.text).hasMatch()
        && meeting.match(QStringView(text).mid(from, to - from)).hasMatch();
}

// Whether the day `last` (an event's last day, written by `before`) and the day of `after` are the
// first and last days of one event: "Wednesday and Thursday" (days in a row: "on 3, 10 and 17 March"
// are three), "Tuesday through Thursday", "March 3 to March 7".
bool spansDays(const QString &text, const Timex &before, const Timex &after, const QString &last)
{
    static const QRegularExpression joining(QStringLiteral("^\\s*(?:(and)|through|to|until|-|\u2013)\\s*$"));
    const QDate a = QDate::fromString(last, Qt::ISODate), b = QDate::fromString(after.edtf, Qt::ISODate);
    if (last.size() != 10 || after.edtf.size() != 10 || !a.isValid() || !b.isValid() || after.start < before.end)
        return false;
    const QRegularExpressionMatch j = joining.match(QStringView(text).mid(before.end, after.start - before.end));
    return j.hasMatch() && (j.capturedLength(1) > 0 ? a.daysTo(b) == 1 : a.daysTo(b) > 0 && a.daysTo(b) <= 31);
}

QString spanFromTo(const QString &text, int sentenceStart, const Timex &before, const Timex &after)
{
    static const QRegularExpression opening(QStringLiteral("\\b(?:(from)|between)\\s+$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression joining(QStringLiteral("^\\s*(?:(and)|to|until|till|through|-|\u2013)\\s*$"));
    if (after.start < before.end || before.start - sentenceStart < 5 || before.edtf.isEmpty() || after.edtf.isEmpty())
        return {};
    const int from = std::max(sentenceStart, before.start - 10);
    const QRegularExpressionMatch o = opening.match(QStringView(text).mid(from, before.start - from));
    const QRegularExpressionMatch j = joining.match(QStringView(text).mid(before.end, after.start - before.end));
    if (!o.hasMatch() || !j.hasMatch() || (o.capturedLength(1) > 0) == (j.capturedLength(1) > 0)) // (from … to, between … and)
        return {};
    const QString span = before.edtf.section(u'/', 0, 0) + u'/' + after.edtf.section(u'/', -1);
    const FuzzyDate &joined = parsed(span);
    return joined.isValid() && parsed(before.edtf).bounds().earliestStart < parsed(after.edtf).bounds().earliestStart ? span : QString();
}

// Parsed EDTF per text, so a long article that repeats its dates parses each once.
const FuzzyDate &parsed(const QString &edtf)
{
    thread_local QHash<QString, FuzzyDate> cache;
    if (const auto it = cache.constFind(edtf); it != cache.constEnd())
        return it.value();
    if (cache.size() > 4096)
        cache.clear();
    return cache.insert(edtf, FuzzyDate::fromEdtf(edtf)).value();
}

bool namesDayWeekOrMonth(const Timex &t)
{
    if ((t.type != Timex::Type::Date && t.type != Timex::Type::Time) || t.edtf.isEmpty())
        return false;
    if (t.value.endsWith(QLatin1String("_REF")))
        return false;
    const FuzzyDate &d = parsed(t.edtf);
    // (a season too: "talks are pencilled in for the spring" is as fuzzy as a quarter, which is months)
    return d.isValid() && d.precision() <= DatePrecision::Season;
}

// The date of the reporting clause: "official figures showed on May 2", "the agency reported
// Saturday", "data released on May 2", "Peskov on Monday said", "told a regular briefing on
// Thursday" — when the report came out, not when the event happened.
bool reportDate(const QString &text, const Timex &t, const Sentence &s)
{
    // a report comes out on a day; "reported third-quarter earnings" dates the earnings
    if (t.value.size() < 10 || t.value.at(4) != u'-' || t.value.at(7) != u'-')
        return false;
    static const QRegularExpression before(QStringLiteral(
        "\\b(?:said|says|told(?:\\s+(?:the|a|an|his|her|its|their))?(?:\\s+\\w+){1,2}|reported|reports|showed|shows|stated|"
        "added|disclosed|published|released|wrote)"
        // "said in a statement on Friday", "said in a post on X on Monday"
        "(?:\\s+(?:in|at|during|via|through)\\s+(?:a|an|the|his|her|its|their)(?:\\s+[\\w\u2019'-]+){1,3}?)?"
        "\\s+(?:on\\s+)?$"));
    static const QRegularExpression after(QStringLiteral("^\\s+(?:said|told|reported)\\b"));
    // ("announced on Monday", "confirmed on Monday" stay events: an announcement is news of its own)
    const int from = std::min(t.start, std::max(s.start, t.start - 60));
    return before.match(QStringView(text).mid(from, t.start - from)).hasMatch()
        || after.match(QStringView(text).mid(t.end, std::max(0, std::min(s.end, t.end + 14) - t.end))).hasMatch();
}

bool comparisonBaseline(const QString &text, const Timex &t, const Sentence &s)
{
    // ("the year-ago quarter", "a year earlier" after a change: the date says what it is against)
    static const QRegularExpression againstItself(QStringLiteral("\\byear[- ](?:ago|earlier)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression before(QStringLiteral(
        // a change, then "from" (and the old figure): "rose 5 percent from", "fell to $1.2 billion from $1.5 billion in"
        "(?:\\b(?:rose|fell|dropped|declined|increased|decreased|grew|climbed|slipped|slid|jumped|gained|lost|"
        "surged|plunged|edged|up|down|higher|lower)\\b[^.;:]{0,50}?\\bfrom"
        // (not a deadline's "no later than")
        "|\\bcompared\\s+(?:with|to)|(?<!later\\s)(?<!sooner\\s)(?<!earlier\\s)\\bthan|\\bversus|\\bvs\\."
        // "its lowest level since", "the worst fighting since", "the most since"
        "|\\b(?:lowest|highest|biggest|largest|smallest|worst|best|strongest|weakest|steepest|sharpest|most|fewest|least)"
        "(?:\\s+[\\w-]+){0,3}\\s+since)"
        // (the old figure and the period's words before the date)
        "(?:\\s+[$\u20AC\u00A3\u00A5]?\\d[\\d.,]*(?:\\s*(?:%|percent|per\\s+cent|billion|million|trillion|bn|m)\\b)?)?"
        "(?:\\s+(?:in|during|for|over|at|on))?(?:\\s+the)?(?:\\s+same\\s+(?:period|quarter|month|week|time|day)"
        "(?:\\s+(?:of|in))?)?\\s+(?:(?:early|mid|late)\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(s.start, t.start - 90);
    const QStringView lead = QStringView(text).mid(from, t.start - from);
    // (most dates have none of the words a baseline needs: the patterns are not run for them)
    // (in lower case: a sentence's first word, "Since March, …", "From May, …", is no baseline)
    if (!clauses::holdsAnyOf(lead, {QLatin1String("since"), QLatin1String("from"), QLatin1String("than"), QLatin1String("compared"),
                                     QLatin1String("against"), QLatin1String("vs")}))
        return false;
    if (before.match(lead).hasMatch())
        return true;
    // ("fell to $1.2 billion from $1.5 billion in the year-ago period": after any change word)
    static const QRegularExpression change(QStringLiteral("\\b(?:from|compared|than|versus|vs\\.)\\s"),
                                           QRegularExpression::CaseInsensitiveOption);
    return againstItself.match(t.text).hasMatch() && change.match(lead).hasMatch();
}

bool figurePeriod(const QString &text, const std::vector<Timex> &timexes, int k)
{
    // (only after a period the tagger read: the quarter dates the figure; "its fiscal fourth quarter
    // ended June 30" has no other date)
    static const QRegularExpression ended(QStringLiteral("^\\s+(?:ended|ending|to|through)\\s+(?:on\\s+)?$"));
    if (k == 0)
        return false;
    const Timex &period = timexes[size_t(k - 1)], &t = timexes[size_t(k)];
    static const QRegularExpression noun(QStringLiteral("(?:quarter|year|period|half|months|weeks)$"), QRegularExpression::CaseInsensitiveOption);
    return t.start >= period.end && t.start - period.end < 16 && noun.match(period.text).hasMatch()
        && ended.match(QStringView(text).mid(period.end, t.start - period.end)).hasMatch();
}

QString periodEndingOn(const Timex &period, const Timex &end)
{
    static const QRegularExpression months(QStringLiteral("^P(\\d{1,2})M$"));
    int count = 0;
    if (period.value.size() == 7 && period.value.at(5) == u'Q')
        count = 3;
    else if (period.value.size() == 7 && period.value.at(5) == u'H')
        count = 6;
    else if (period.value.size() == 4 || period.value == u"P1Y")
        count = 12;
    else if (const QRegularExpressionMatch m = months.match(period.value); m.hasMatch())
        count = m.captured(1).toInt();
    const FuzzyDate &day = parsed(end.edtf);
    if (count < 1 || count > 24 || !day.isValid() || end.value.size() != 10)
        return {};
    const CivilDate last = calendar::toCivil(day.bounds().earliestStart).date;
    const std::int64_t first = last.year * 12 + (last.month - 1) - (count - 1);
    return QStringLiteral("%1-%2/%3-%4")
        .arg(first / 12, 4, 10, QLatin1Char('0'))
        .arg(first % 12 + 1, 2, 10, QLatin1Char('0'))
        .arg(last.year, 4, 10, QLatin1Char('0'))
        .arg(last.month, 2, 10, QLatin1Char('0'));
}

std::optional<CountedClause> countedClause(const QString &text, const std::vector<Timex> &timexes, int k, int sentenceStart,
                                           int sentenceEnd)
{
    const Timex &t = timexes[size_t(k)];
    static const QRegularExpression count(QStringLiteral("^P(\\d+)([DW])$|^PT(?:\\d+|X)H$"));
    const QRegularExpressionMatch c = count.match(t.value);
    // (not a bound: "at least 30 days before", "less than an hour after")
    if (t.type != Timex::Type::Duration || !c.hasMatch() || t.end >= sentenceEnd || !t.mod.isEmpty())
        return std::nullopt;
    static const QRegularExpression signal(QStringLiteral("^\\s+(after|before)\\s+"));
    const QRegularExpressionMatch s = signal.match(QStringView(text).mid(t.end, std::min(12, sentenceEnd - t.end)));
    // (not a span: "for two days after the vote", "within a week after")
    static const QRegularExpression span(QStringLiteral("\\b(?:for|within|over|during|in|about|some|than|up\\s+to)\\s+$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const int back = std::max(sentenceStart, t.start - 12);
    if (!s.hasMatch() || span.match(QStringView(text).mid(back, t.start - back)).hasMatch())
        return std::nullopt;
    CountedClause out;
    out.start = t.end + int(s.capturedEnd());
    out.end = clauses::clauseStop(text, out.start, sentenceEnd);
    // (a clause with its verb, or an event's noun phrase: "the deadly embassy bombings"; not a name cut
    // off by its apposition, nor a gerund without its subject, "before closing the purchase")
    const QStringList words = text.mid(out.start, out.end - out.start).simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.first().endsWith(QLatin1String("ing"))
        || !(clauses::opensNounPhrase(words.first())
             || std::any_of(words.begin() + 1, words.end(), [](const QString &w) { return clauses::isFiniteVerb(w); })))
        return std::nullopt;
    // the sentence's day nearest the count (a few hundred characters around it at most)
    const Timex *day = nullptr;
    const auto first = std::lower_bound(timexes.begin(), timexes.end(), std::max(sentenceStart, t.start - 600),
                                        [](const Timex &x, int pos) { return x.start < pos; });
    for (auto o = first; o != timexes.end() && o->start < std::min(sentenceEnd, t.end + 600); ++o) {
        const QDate d = QDate::fromString(o->edtf, Qt::ISODate);
        if (&*o == &t || o->end > sentenceEnd || o->edtf.size() != 10 || !d.isValid()
            || (o->start >= out.start && o->start < out.end)) // (not the clause's own date)
            continue;
        if (!day || std::abs(o->start - t.start) < std::abs(day->start - t.start))
            day = &*o;
    }
    if (!day)
        return std::nullopt;
    const QDate anchor = QDate::fromString(day->edtf, Qt::ISODate);
    const int days = c.captured(2) == u"W" ? 7 * c.captured(1).toInt() : c.captured(2) == u"D" ? c.captured(1).toInt() : 0;
    const QDate when = anchor.addDays(s.captured(1) == u"after" ? -days : days);
    out.date = when.toString(Qt::ISODate) + (c.captured(2) == u"W" ? QStringLiteral("~") : QString());
    return out;
}

std::optional<CountedClause> countedMainClause(const QString &text, const std::vector<Timex> &timexes, int k, int sentenceStart,
                                               int sentenceEnd)
{
    const Timex &t = timexes[size_t(k)];
    static const QRegularExpression count(QStringLiteral("^P(\\d+)([DW])$"));
    const QRegularExpressionMatch c = count.match(t.value);
    // (the count opens the sentence: "A week before …", "Two days after …")
    static const QRegularExpression opening(QStringLiteral("^\\s*(?:just|only|exactly|some)?\\s*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression signal(QStringLiteral("^\\s+(after|before)\\s+"));
    if (t.type != Timex::Type::Duration || !c.hasMatch() || !t.mod.isEmpty()
        || !opening.match(QStringView(text).mid(sentenceStart, t.start - sentenceStart)).hasMatch())
        return std::nullopt;
    const QRegularExpressionMatch s = signal.match(QStringView(text).mid(t.end, std::min(12, sentenceEnd - t.end)));
    if (!s.hasMatch())
        return std::nullopt;
    // the clause after "before" or "after", with a day of its own, to its comma
    const int clauseStart = t.end + int(s.capturedEnd());
    const qsizetype comma = QStringView(text).mid(clauseStart, std::min(200, sentenceEnd - clauseStart)).indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    const Timex *day = nullptr;
    for (int j = k + 1; j < int(timexes.size()) && timexes[size_t(j)].start < clauseStart + comma && !day; ++j)
        if (timexes[size_t(j)].edtf.size() == 10 && QDate::fromString(timexes[size_t(j)].edtf, Qt::ISODate).isValid())
            day = &timexes[size_t(j)];
    if (!day)
        return std::nullopt;
    // the main clause after the comma, with its subject and verb: "the envoys will meet"
    CountedClause out;
    out.start = clauseStart + int(comma) + 1;
    while (out.start < sentenceEnd && text.at(out.start).isSpace())
        ++out.start;
    out.end = clauses::clauseStop(text, out.start, sentenceEnd);
    const QStringList words = text.mid(out.start, out.end - out.start).simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || std::none_of(words.begin() + 1, words.end(), [](const QString &w) { return clauses::isFiniteVerb(w); }))
        return std::nullopt;
    const int days = c.captured(2) == u"W" ? 7 * c.captured(1).toInt() : c.captured(1).toInt();
    const QDate when = QDate::fromString(day->edtf, Qt::ISODate).addDays(s.captured(1) == u"before" ? -days : days);
    out.date = when.toString(Qt::ISODate) + (c.captured(2) == u"W" ? QStringLiteral("~") : QString());
    return out;
}

bool inRelativeClauseBefore(const QString &text, const Timex &inner, const Timex &later, int sentenceStart)
{
    static const QRegularExpression opens(QStringLiteral(",\\s+(?:who|which)\\s[^,;:\"\u201C\u201D]*$"));
    if (inner.end > later.start)
        return false;
    const int from = std::max(sentenceStart, inner.start - 160);
    return opens.match(QStringView(text).mid(from, inner.start - from)).hasMatch()
        && QStringView(text).mid(inner.end, later.start - inner.end).contains(u',');
}

bool opensYearSpan(const QString &text, const std::vector<Timex> &timexes, int k)
{
    if (k < 0 || k + 1 >= int(timexes.size()))
        return false;
    const Timex &x = timexes[size_t(k)], &y = timexes[size_t(k + 1)];
    static const QRegularExpression joinedYears(QStringLiteral("^\\s*(?:and|to|through|until|till|-|\u2013)\\s*$"));
    // ("in 2019 and 2021" are two years; "between 2019 and 2021" one span)
    static const QRegularExpression between(QStringLiteral("\\bbetween\\s+$"), QRegularExpression::CaseInsensitiveOption);
    if (x.type != Timex::Type::Date || y.type != Timex::Type::Date || x.value.size() != 4 || y.value.size() != 4 || x.value >= y.value)
        return false;
    const QRegularExpressionMatch j = joinedYears.match(QStringView(text).mid(x.end, y.start - x.end));
    // (a span written "from … to" or "between … and" dates its clause wherever it stands: "The war
    // lasted from 1980 to 1988")
    static const QRegularExpression fromTo(QStringLiteral("\\b(?:from|between)\\s+$"), QRegularExpression::CaseInsensitiveOption);
    const QStringView lead = QStringView(text).mid(std::max(0, x.start - 9), std::min(9, x.start));
    return j.hasMatch()
        && (!j.captured().contains(QLatin1String("and")) || between.match(lead).hasMatch())
        && (datesClauseByYear(text, x) || (fromTo.match(lead).hasMatch() && !j.captured().contains(u'-')));
}

QString visitDays(const QString &date, QStringView sentence, const QString &title, QStringView beforeDate)
{
    // "… on Monday for a three-day state visit": the visit's days from that one
    static const QRegularExpression daysLong(QStringLiteral(
        "\\b(two|three|four|five|six|seven|[2-7])-day\\s+(?:(?:state|official|working|summit|leaders'?|ministerial)\\s+)?"
        "(?:visit|summit|trip|tour|meeting|talks|conference|session|ceremony|forum|gathering|congress)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression forA(QStringLiteral("\\b(?:for|on)\\s+(?:a|an|his|her|their)\\s+$"));
    static const QRegularExpression ended(
        // (or its last day: "at the end of a three-day state visit", "the last day of his two-day trip")
        QStringLiteral("\\b(?:ended|ends|concluded|concludes|wrapped\\s+up|wraps\\s+up|wound\\s+up|"
                       "the\\s+(?:end|close|last\\s+day|final\\s+day)\\s+of)\\b"));
    if (date.size() != 10 || date.contains(u'?') || !sentence.contains(QLatin1String("-day"), Qt::CaseInsensitive))
        return {};
    const QRegularExpressionMatch m = daysLong.match(sentence);
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!m.hasMatch() || !day.isValid())
        return {};
    const int days = m.captured(1).at(0).isDigit() ? m.captured(1).toInt() : lexicon::numberWord(m.captured(1).toLower());
    if (days < 2 || !(title.contains(m.captured(), Qt::CaseInsensitive) || forA.match(sentence.left(m.capturedStart())).hasMatch()))
        return {};
    // ("a two-day visit to China through Sunday": the day it runs to)
    static const QRegularExpression through(QStringLiteral("\\b(?:through|until|till|ending)\\s+(?:on\\s+)?$"));
    const bool upTo = sentence.contains(ended) || through.match(beforeDate).hasMatch();
    const QDate first = upTo ? day.addDays(1 - days) : day, last = upTo ? day : day.addDays(days - 1);
    return first.toString(Qt::ISODate) + u'/' + last.toString(Qt::ISODate);
}

} // namespace dateline::extract::proposaldates
