// Durations ("two years", "the past few months", "a year and a half") and sets ("every Monday",
// "twice a week", "annually").
#include "core/extract/timexrules.h"

#include "core/extract/lexicon.h"

#include <QSet>

#include <cmath>

namespace dateline::extract {

bool TimexRules::rateContext(int i) const
{
    // "5% a year", "twice a week", "700 seats a week", "$1.76 a year": a rate, so "a week" is a set.
    const Token *p = tok(i - 1);
    if (!p)
        return false;
    if (p->isPunct(u'%') || p->is(u"percent") || p->is(u"times") || p->is(u"twice") || p->is(u"once") || p->is(u"thrice"))
        return true;
    if (p->isNumber() || p->is(u"million") || p->is(u"billion") || p->is(u"cents") || p->is(u"dollars") || p->is(u"each"))
        return true;
    const Token *q = tok(i - 2);
    return p->isWord() && p->lower.endsWith(u's') && q && (q->isNumber() || lexicon::numberWord(q->lower) > 1);
}

bool TimexRules::afterSuperlative(int i) const
{
    // "the first time in years", "its lowest level in decades", "the worst drought in months"
    for (int k = i - 1; k >= 0 && k >= i - 6 && tok(k)->isWord(); --k) {
        const QString &w = t[size_t(k)].lower;
        if (w == u"first" || w == u"worst" || w == u"best" || w == u"most" || w == u"least")
            return true;
        if (w.size() > 4 && w.endsWith(QLatin1String("est"))
            && (word(k - 1, u"the") || word(k - 1, u"its") || word(k - 1, u"their") || word(k - 1, u"his")
                || word(k - 1, u"her")))
            return true;
    }
    return false;
}

TimexRules::Match TimexRules::duration(int i)
{
    if (punct(i - 1, u'\'') && joined(i))
        return {}; // "'60 Minutes": a number after an apostrophe is a year or a title, not a count
    if (Match m = vagueTimeAround(i); m.end > 0)
        return m;
    Length len;
    if (!lengthOpening(i, len) || !lengthAmount(i, len))
        return {};
    toLengthUnit(len);
    if (const int qc = quarterCenturyEnd(len); qc > 0) {
        Match m;
        m.end = qc;
        m.type = Timex::Type::Duration;
        m.value = QStringLiteral("P25Y");
        return m;
    }
    QString unit = lengthUnit(len);
    if (unit.isEmpty())
        return {};
    int end = len.e + 1;
    // "a year and a half", "two and a half years"
    if (word(end, u"and") && word(end + 1, u"a") && word(end + 2, u"half")) {
        len.n += 0.5;
        end += 3;
    }
    Match m;
    m.end = end;
    m.type = Timex::Type::Duration;
    m.value = durationValue(unit, len.n);
    return m;
}

// "in recent years", "coming months": a vague time before or after now, not a length
TimexRules::Match TimexRules::vagueTimeAround(int i) const
{
    if (!word(i, u"recent") && !word(i, u"past") && !word(i, u"coming"))
        return {};
    int e = 0;
    double n = 0;
    const Token *b = tok(i + 1);
    if (number(i + 1, e, n) || !b || !b->isWord() || !lexicon::unitIsPlural(b->lower) || lexicon::unit(b->lower).isEmpty())
        return {};
    Match m;
    m.end = i + 2;
    m.value = word(i, u"coming") ? QStringLiteral("FUTURE_REF") : QStringLiteral("PAST_REF");
    return m;
}

// The words before the number: "the" and a word such as "past" or "next" ("the past two weeks",
// "the next few days"). False where that word is a verb or a preposition instead, and the
// duration, if any, starts at the number.
bool TimexRules::lengthOpening(int i, Length &len) const
{
    int j = i;
    if (word(j, u"the") || word(j, u"those") || word(j, u"these")) {
        len.the = true;
        ++j;
    }
    static const char *lead[] = {"first", "last", "past", "next", "coming", "previous", "following", "latest",
                                 "final", "initial", "remaining", "entire", "full", "whole", "additional",
                                 "recent", "preceding", "succeeding", "another", "further"};
    for (const char *l : lead)
        if (tok(j) && t[size_t(j)].isWord() && t[size_t(j)].lower == QLatin1String(l) && !(word(j, u"first") && !len.the)) {
            len.leadWord = true;
            ++j;
            break;
        }
    len.j = j;
    if (!len.leadWord || len.the)
        return true;
    if (word(j - 1, u"following"))
        return false; // "following thirteen days of talks": a preposition
    if (word(j, u"a") || word(j, u"an"))
        return false; // "will last a week": the verb, not "the last"
    static const QSet<QString> beforeVerb = {
        QStringLiteral("to"), QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("may"),
        QStringLiteral("might"), QStringLiteral("should"), QStringLiteral("can"), QStringLiteral("must"), QStringLiteral("not")};
    const Token *p = tok(i - 1);
    return !(word(j - 1, u"last") && p && p->isWord() && beforeVerb.contains(p->lower)); // "expected to last six to eight weeks"
}

// The number, or a plural unit alone after a vague word or a preposition ("recent weeks", "for
// years": an unknown amount). False where there is neither, or the number is the "a" of a rate
// ("5% a year" is a set).
bool TimexRules::lengthAmount(int i, Length &len) const
{
    const int j = len.j;
    if (number(j, len.e, len.n))
        return !(rateContext(i) && (word(j, u"a") || word(j, u"an")));
    const Token *b = tok(j);
    if (!b || !b->isWord() || !lexicon::unitIsPlural(b->lower) || lexicon::unit(b->lower).isEmpty())
        return false;
    const bool vagueLead = len.leadWord && (word(j - 1, u"recent") || word(j - 1, u"coming") || word(j - 1, u"past")
                                            || word(j - 1, u"next") || word(j - 1, u"last"));
    const Token *p = tok(i - 1);
    const bool forYears = !len.leadWord && !len.the && p
        && (p->is(u"for") || p->is(u"within") || p->is(u"over") || (p->is(u"in") && afterSuperlative(i - 1)));
    len.e = j;
    len.n = -1;
    return vagueLead || forYears;
}

// From the number on to the unit: a range's upper end ("two to three weeks": the span is the
// range, the value its lower end), "more" or "straight" ("two more years", "five straight
// months"), a hyphen ("a two-year plan").
void TimexRules::toLengthUnit(Length &len) const
{
    int &e = len.e;
    if ((word(e, u"to") || word(e, u"or") || (punct(e, u'-') && isNumberTok(e + 1))) && len.n > 0) {
        int e2 = 0;
        double n2 = 0;
        if (number(e + 1, e2, n2) && n2 > len.n && !word(e + 1, u"a") && !word(e + 1, u"an"))
            e = e2;
    }
    if (word(e, u"more")) // "two more years"
        ++e;
    else if (len.n > 0 && (word(e, u"straight") || word(e, u"consecutive") || word(e, u"successive") || word(e, u"full")
                           || word(e, u"long") || word(e, u"additional") || word(e, u"extra")))
        ++e; // "five straight months", "two full years"
    if (punct(e, u'-') && joined(e) && (isNumberTok(len.j) || (tok(len.j) && t[size_t(len.j)].isWord()))) {
        ++e;
        len.hyphen = true;
    }
}

// Whether the words at i measure a rate, not time, after "quarter": "point", "percentage point",
// "percent", joined by a hyphen or not ("a quarter-point cut", "a quarter percentage point").
bool TimexRules::quarterOfAPoint(int i) const
{
    if (punct(i, u'-') && joined(i))
        ++i;
    return word(i, u"point") || word(i, u"points") || word(i, u"percentage") || word(i, u"percent");
}

// The end of "a quarter century", "a quarter-century" or "a quarter of a century": 25 years,
// not a quarter of a year; 0 where the words say something else.
int TimexRules::quarterCenturyEnd(const Length &len) const
{
    int e = len.e;
    if (len.n != 1 || !word(e, u"quarter"))
        return 0;
    ++e;
    if (punct(e, u'-') && joined(e))
        ++e;
    else if (word(e, u"of") && word(e + 1, u"a"))
        e += 2;
    return word(e, u"century") ? e + 1 : 0;
}

// The unit at the end of the length, or empty where the words are no length after all.
QString TimexRules::lengthUnit(const Length &len) const
{
    const int e = len.e;
    const Token *u = tok(e);
    if (!u || !u->isWord())
        return {};
    QString unit = lexicon::unit(u->lower);
    if (unit.isEmpty() || unit == u"WE")
        return {};
    if ((unit == u"Q" && word(e + 1, u"of")) || (unit == u"S" && (word(len.j, u"a") || word(len.j, u"the")) && !closesExpression(e + 1)))
        return {}; // "a quarter of the market", "a second group"
    if (unit == u"Q" && quarterOfAPoint(e + 1))
        return {}; // "by a quarter point", "a quarter-percentage-point cut": a fraction of a rate
    if (len.hyphen && lexicon::unitIsPlural(u->lower))
        return {};
    if (punct(e + 1, u'-') && joined(e + 1) && (word(e + 2, u"earlier") || word(e + 2, u"ago")))
        return {}; // "a year-earlier loss": a date (quarter())
    if (isNumberTok(len.j) && t[size_t(len.j)].digits == 4 && !len.hyphen && !lexicon::unitIsPlural(u->lower))
        return {}; // "the 1988 quarter": a year, not 1988 quarters
    if (len.hyphen && len.the && !len.leadWord)
        return {}; // "the two-year plan": the determiner belongs to the noun; matched from the number
    // "52 years old", "a 136-year-old bank": an age, which news annotation does not mark as a time
    if (unit == u"Y" && (word(e + 1, u"old") || (punct(e + 1, u'-') && joined(e + 1) && word(e + 2, u"old"))))
        return {};
    return unit;
}

// The TIMEX3 value of n units (n < 0: an unknown number): "P2Y", "PT3H", "PXM".
QString TimexRules::durationValue(QString unit, double n)
{
    if (unit == u"2W") {
        unit = QStringLiteral("W");
        if (n > 0)
            n *= 2;
    }
    // A number of decades or quarters is written in years or months (P20Y, P9M).
    if ((unit == u"DE" || unit == u"Q" || unit == u"CE") && n > 0) {
        n *= unit == u"DE" ? 10 : unit == u"CE" ? 100 : 3;
        unit = unit == u"Q" ? QStringLiteral("M") : QStringLiteral("Y");
    } else if (unit == u"Q") {
        unit = QStringLiteral("M");
    }
    const bool timeUnit = unit == u"H" || unit == u"MIN" || unit == u"S";
    const QString letter = unit == u"MIN" ? QStringLiteral("M") : unit;
    QString amount;
    if (n < 0)
        amount = QStringLiteral("X");
    else if (n != std::floor(n)) {
        // Halves become the next unit down where there is one: P2Y6M, PT1H30M.
        const int whole = int(n);
        if (unit == u"Y")
            return QStringLiteral("P%1Y6M").arg(whole).replace(QStringLiteral("P0Y"), QStringLiteral("P"));
        if (unit == u"H")
            return QStringLiteral("PT%1H30M").arg(whole).replace(QStringLiteral("T0H"), QStringLiteral("T"));
        if (unit == u"MIN")
            return QStringLiteral("PT%1M30S").arg(whole).replace(QStringLiteral("T0M"), QStringLiteral("T"));
        if (unit == u"D")
            return QStringLiteral("P%1DT12H").arg(whole).replace(QStringLiteral("P0D"), QStringLiteral("P"));
        amount = QString::number(n);
    } else
        amount = QString::number(qint64(n));
    return (timeUnit ? QStringLiteral("PT") : QStringLiteral("P")) + amount + letter;
}

TimexRules::Match TimexRules::setExpr(int i)
{
    const Token *a = tok(i);
    if (!a || !a->isWord())
        return {};
    Match m;
    m.type = Timex::Type::Set;
    static const std::pair<const char *, const char *> adverbs[] = {
        {"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"}, {"annually", "P1Y"}, {"yearly", "P1Y"},
        {"hourly", "PT1H"}, {"nightly", "XXXX-XX-XXTNI"}, {"quarterly", "P3M"}, {"biannually", "P6M"}};
    // "daily flights", "its quarterly dividend": adjectives, not sets ("meets daily" is one).
    // A preposition after it makes it an adverb again: "gather daily outside the house", "held annually
    // for" (but growth rates, "8% annually through 2010", are not annotated as sets).
    static const QSet<QString> notNouns = {
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("since"), QStringLiteral("outside"),
        QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("for"), QStringLiteral("to"),
        QStringLiteral("from"), QStringLiteral("with"), QStringLiteral("by"), QStringLiteral("until"),
        QStringLiteral("through"), QStringLiteral("during"), QStringLiteral("across"), QStringLiteral("around"),
        QStringLiteral("near"), QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("into")};
    const bool adjective = tok(i + 1) && t[size_t(i + 1)].isWord() && !t[size_t(i + 1)].capitalised
        && (!notNouns.contains(t[size_t(i + 1)].lower) || rateContext(i));
    // "The Daily Review", "the Weekly Standard": part of a name (but "Every Friday, …" opens a sentence)
    const bool name = a->capitalised && tok(i + 1) && t[size_t(i + 1)].isWord() && t[size_t(i + 1)].capitalised
        && !a->is(u"every") && !a->is(u"each");
    if (name)
        return {};
    // "the Israeli daily Haaretz", "the state-run daily Global Times": a newspaper before its name
    static const QSet<QString> paperWords = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("business"), QStringLiteral("financial"),
        QStringLiteral("economic"), QStringLiteral("state"), QStringLiteral("official"), QStringLiteral("party"),
        QStringLiteral("leading"), QStringLiteral("popular"), QStringLiteral("influential"), QStringLiteral("national"),
        QStringLiteral("local"), QStringLiteral("regional"), QStringLiteral("run"), QStringLiteral("language"),
        QStringLiteral("tabloid"), QStringLiteral("liberal"), QStringLiteral("conservative"), QStringLiteral("independent")};
    const Token *before = tok(i - 1);
    if (a->lower == u"daily" && tok(i + 1) && t[size_t(i + 1)].isWord() && t[size_t(i + 1)].capitalised && before
        && before->isWord() && (before->capitalised || paperWords.contains(before->lower)))
        return {};
    for (const auto &[w, v] : adverbs)
        if (a->lower == QLatin1String(w) && !adjective) {
            m.end = i + 1;
            m.value = QString::fromLatin1(v);
            return m;
        }
    if (const int wd = lexicon::weekdayPlural(a->lower); wd && a->capitalised && word(i - 1, u"on")) {
        m.end = i + 1;
        m.value = QStringLiteral("XXXX-WXX-%1").arg(wd);
        return m;
    }
    int j = i;
    const bool times = a->is(u"once") || a->is(u"twice") || a->is(u"thrice")
        || (isNumberTok(i) == false && word(i + 1, u"times") && lexicon::numberWord(a->lower) > 1);
    if (times)
        j = a->is(u"once") || a->is(u"twice") || a->is(u"thrice") ? i + 1 : i + 2;
    // "twice weekly", "three times daily" (but "twice-weekly flights" describes the flights)
    if (times && tok(j) && !(tok(j + 1) && t[size_t(j + 1)].isWord() && !notNouns.contains(t[size_t(j + 1)].lower)))
        for (const auto &[w, v] : adverbs)
            if (t[size_t(j)].lower == QLatin1String(w)) {
                m.end = j + 1;
                m.value = QString::fromLatin1(v);
                return m;
            }
    const bool every = word(j, u"every") || word(j, u"each") || word(j, u"per")
        || ((word(j, u"a") || word(j, u"an")) && (times || rateContext(i)));
    if (!every)
        return {};
    int k = j + 1;
    if (word(k, u"other"))
        ++k;
    double n = 1;
    int e = 0;
    if (!word(j, u"a") && !word(j, u"an") && number(k, e, n) && n > 0)
        k = e;
    const Token *b = tok(k);
    if (!b || !b->isWord())
        return {};
    m.end = k + 1;
    if (const QString u = lexicon::unit(b->lower); !u.isEmpty() && u != u"WE") {
        const bool timeUnit = u == u"H" || u == u"MIN" || u == u"S";
        const QString amount = QString::number(qint64(word(j + 1, u"other") ? 2 * n : n));
        m.value = (timeUnit ? QStringLiteral("PT") : QStringLiteral("P")) + amount + (u == u"MIN" ? QStringLiteral("M") : u == u"2W" ? QStringLiteral("W") : u);
        return m;
    }
    if (const int wd = lexicon::weekday(b->lower); wd && b->lower.size() >= 6) {
        m.value = QStringLiteral("XXXX-WXX-%1").arg(wd);
        return m;
    }
    if (const QString pod = lexicon::partOfDay(b->lower); !pod.isEmpty()) {
        m.value = QStringLiteral("XXXX-XX-XXT") + pod;
        return m;
    }
    if (const int mo = lexicon::month(b->lower); mo && b->capitalised) {
        m.value = QStringLiteral("XXXX-%1").arg(mo, 2, 10, QLatin1Char('0'));
        return m;
    }
    return {};
}

} // namespace dateline::extract
