#include "core/extract/timexrules.h"

#include "core/extract/holidays.h"
#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"

#include <QRegularExpression>
#include <QSet>

namespace dateline::extract {

namespace tv = timexvalue;

TimexRules::TimexRules(const std::vector<Token> &tokens, std::int64_t dctDays, bool dayFirst)
    : t(tokens), n(int(tokens.size())), dct(dctDays), slashDayFirst(dayFirst), ref(dctDays)
{
    // A text of another time: years written, all at least two before the creation date and no
    // day told the way news tells it (a weekday, "today", "yesterday"). An encyclopedia's page on the
    // Camp David Accords, a history: there "in August" is the August of the story, not of the DCT.
    const std::int64_t dctYear = tv::yearOf(dct);
    int pastYears = 0;
    QSet<std::int64_t> distinct;
    bool news = false;
    for (int k = 0; k < n && !news; ++k) {
        const Token &x = t[size_t(k)];
        if (x.isNumber() && x.digits == 4 && x.number >= 1000 && x.number <= dctYear + 10 && !punct(k + 1, u'-')
            && !(punct(k - 1, u',') && joined(k)) && !(punct(k - 1, u'.') && joined(k))) {
            news = x.number >= dctYear - 1;
            ++pastYears;
            distinct.insert(x.number);
        } else if (x.isWord()) {
            // (or counted from the day of writing: "earlier this year", "next week", "in recent weeks";
            // not "the next year", the story's)
            const bool counted = (x.lower == u"this" || x.lower == u"next" || x.lower == u"last" || x.lower == u"recent")
                && !word(k - 1, u"the") && k + 1 < n && t[size_t(k + 1)].isWord()
                && QStringList{QStringLiteral("D"), QStringLiteral("W"), QStringLiteral("WE"), QStringLiteral("M"), QStringLiteral("Q"),
                               QStringLiteral("Y")}.contains(lexicon::unit(t[size_t(k + 1)].lower));
            news = lexicon::weekday(x.lower) || x.lower == u"today" || x.lower == u"yesterday" || x.lower == u"tomorrow" || counted;
        }
    }
    storyOfThePast = !news && pastYears >= 3 && distinct.size() >= 2;
}

TimexRules::Match TimexRules::dayMatch(int end, std::int64_t day)
{
    Match m;
    m.end = end;
    m.value = tv::day(day);
    m.refDay = day;
    m.refUnit = 'D';
    return m;
}

bool TimexRules::number(int i, int &end, double &value) const
{
    const Token *a = tok(i);
    if (!a)
        return false;
    if (a->isNumber()) {
        // "1,000" and "2.5" are one number; "17-18" is not.
        if ((punct(i + 1, u',') && joined(i + 1) && isNumberTok(i + 2) && joined(i + 2) && t[size_t(i + 2)].digits == 3)
            || (punct(i + 1, u'.') && joined(i + 1) && isNumberTok(i + 2) && joined(i + 2)))
            return false;
        value = double(a->number);
        end = i + 1;
        halfMore(end, value);
        // "2 1/2"
        if (isNumberTok(i + 1) && punct(i + 2, u'/') && isNumberTok(i + 3) && t[size_t(i + 1)].number == 1
            && t[size_t(i + 3)].number == 2) {
            value += 0.5;
            end = i + 4;
        }
        return true;
    }
    if (!a->isWord())
        return false;
    if (a->lower == u"a" || a->lower == u"an") {
        if (word(i + 1, u"few") || word(i + 1, u"couple")) {
            end = word(i + 2, u"of") ? i + 3 : i + 2;
            value = word(i + 1, u"couple") ? 2 : -1;
            return true;
        }
        if (word(i + 1, u"dozen")) {
            end = i + 2;
            value = 12;
            return true;
        }
        if (word(i + 1, u"half")) {
            end = i + 2;
            value = 0.5;
            return true;
        }
    }
    if (lexicon::vagueQuantity(a->lower)) {
        end = (a->lower == u"couple" && word(i + 1, u"of")) ? i + 2 : i + 1;
        value = a->lower == u"couple" ? 2 : -1;
        return true;
    }
    if (a->lower == u"hundred" || a->lower == u"thousand")
        return false;
    int v = lexicon::numberWord(a->lower);
    if (v < 0)
        return false;
    end = i + 1;
    // "twenty-four", "twenty four"
    if (v >= 20 && v <= 90 && v % 10 == 0) {
        int j = end;
        if (punct(j, u'-') && joined(j))
            ++j;
        const Token *b = tok(j);
        if (b && b->isWord()) {
            const int u = lexicon::numberWord(b->lower);
            if (u >= 1 && u <= 9 && b->lower != u"a" && b->lower != u"an") {
                v += u;
                end = j + 1;
            }
        }
    }
    if (word(end, u"hundred") || word(end, u"thousand")) {
        v *= word(end, u"hundred") ? 100 : 1000;
        ++end;
    }
    value = v;
    halfMore(end, value);
    return true;
}

void TimexRules::halfMore(int &end, double &value) const
{
    // "two and a half", "three-and-a-half"
    const bool hyphens = punct(end, u'-') && joined(end);
    int k = hyphens ? end + 1 : end;
    auto next = [&](QStringView w) {
        if (!word(k, w))
            return false;
        ++k;
        if (hyphens && w != u"half") {
            if (!(punct(k, u'-') && joined(k)))
                return false;
            ++k;
        }
        return true;
    };
    if (next(u"and") && next(u"a") && next(u"half")) {
        value += 0.5;
        end = k;
    }
}

bool TimexRules::dayNumber(int i, int &end, int &day) const
{
    const Token *a = tok(i);
    if (!a)
        return false;
    if (a->isNumber() && a->digits <= 2 && a->number >= 1 && a->number <= 31) {
        end = i + 1;
        if (tok(end) && joined(end) && t[size_t(end)].isWord()) {
            if (!lexicon::ordinalSuffix(t[size_t(end)].lower))
                return false;
            ++end;
        }
        day = int(a->number);
        return true;
    }
    const int o = ordinalAt(i, end);
    if (o >= 1 && o <= 31) {
        day = o;
        return true;
    }
    return false;
}

int TimexRules::ordinalAt(int i, int &end) const
{
    const Token *a = tok(i);
    if (!a || !a->isWord())
        return 0;
    int o = lexicon::ordinalWord(a->lower);
    if (o) {
        end = i + 1;
        return o;
    }
    // "twenty-first", "thirty first"
    const int tens = lexicon::numberWord(a->lower);
    if (tens == 20 || tens == 30) {
        int j = i + 1;
        if (punct(j, u'-') && joined(j))
            ++j;
        const Token *b = tok(j);
        if (b && b->isWord() && (o = lexicon::ordinalWord(b->lower)) >= 1 && o <= 9) {
            end = j + 1;
            return tens + o;
        }
    }
    return 0;
}

bool TimexRules::yearNumber(int i, int &end, std::int64_t &year) const
{
    const Token *a = tok(i);
    if (!a)
        return false;
    if (a->isPunct(u'\'') && isNumberTok(i + 1) && joined(i + 1) && t[size_t(i + 1)].digits == 2) {
        // "'08": the century that puts it nearest the creation year.
        const std::int64_t yy = t[size_t(i + 1)].number;
        const std::int64_t base = tv::yearOf(dct) / 100 * 100;
        year = base + yy > tv::yearOf(dct) + 20 ? base - 100 + yy : base + yy;
        end = i + 2;
        // "'60 Minutes": a title, not a year
        if (tok(end) && t[size_t(end)].isWord() && t[size_t(end)].capitalised && !lexicon::unit(t[size_t(end)].lower).isEmpty())
            return false;
        return !(tok(end) && joined(end) && t[size_t(end)].isWord());
    }
    if (!a->isNumber() || a->digits != 4 || a->number < 1000 || a->number > 2999)
        return false;
    if ((punct(i - 1, u',') && isNumberTok(i - 2) && joined(i)) || punct(i - 1, u'$'))
        return false;
    if (tok(i + 1) && joined(i + 1)
        && (t[size_t(i + 1)].isWord() || ((punct(i + 1, u',') || punct(i + 1, u'.')) && isNumberTok(i + 2) && joined(i + 2))))
        return false;
    year = a->number;
    end = i + 1;
    return true;
}

bool TimexRules::yearWords(int i, int &end, std::int64_t &year) const
{
    // "nineteen ninety-six", "two thousand eight"
    const Token *a = tok(i);
    if (!a || !a->isWord())
        return false;
    const int hi = lexicon::numberWord(a->lower);
    if (hi >= 11 && hi <= 20) {
        int e = 0;
        double lo = 0;
        if (number(i + 1, e, lo) && lo >= 10 && lo <= 99 && lo == int(lo) && !word(i + 1, u"a")) {
            year = hi * 100 + std::int64_t(lo);
            end = e;
            return true;
        }
    }
    if (a->lower == u"two" && word(i + 1, u"thousand")) {
        int j = i + 2;
        if (word(j, u"and"))
            ++j;
        int e = 0;
        double lo = 0;
        if (tok(j) && t[size_t(j)].isWord() && number(j, e, lo) && lo >= 1 && lo <= 99 && lo == int(lo)
            && !word(j, u"a")) {
            year = 2000 + std::int64_t(lo);
            end = e;
        } else {
            year = 2000;
            end = i + 2;
        }
        return true;
    }
    return false;
}

int TimexRules::monthAt(int i, int &end, bool bare) const
{
    const Token *a = tok(i);
    if (!a || !a->isWord() || !a->capitalised)
        return 0;
    const int m = lexicon::month(a->lower);
    if (!m)
        return 0;
    end = i + 1;
    if (lexicon::monthIsAbbreviation(a->lower)) {
        if (punct(end, u'.') && joined(end))
            ++end;
        else if (bare
                 || ((a->lower == u"mar" || a->lower == u"jan") && !(isNumberTok(end) && t[size_t(end)].number <= 31)
                     && !dayBefore(i)))
            return 0; // "Mar" and "Jan" are names too; bare abbreviations need their full stop (or a day: "2 Mar 2025")
    }
    if (bare && (m == 5 || m == 3)) {
        // "May" and "March" are verbs too: alone they need a temporal preposition before them.
        static const QSet<QString> preps = {
            QStringLiteral("in"), QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("by"),
            QStringLiteral("early"), QStringLiteral("late"), QStringLiteral("mid"), QStringLiteral("last"),
            QStringLiteral("next"), QStringLiteral("this"), QStringLiteral("of"), QStringLiteral("during"),
            QStringLiteral("from"), QStringLiteral("through"), QStringLiteral("till"), QStringLiteral("before"),
            QStringLiteral("after"), QStringLiteral("-"), QStringLiteral("and"), QStringLiteral("or")};
        // "from January to March", "postponed to March"; but "a letter to May" may name a person
        static const QSet<QString> more = {
            QStringLiteral("to"), QStringLiteral("between"), QStringLiteral("for"), QStringLiteral("on"), QStringLiteral("into")};
        const Token *p = tok(i - 1);
        const bool monthBefore = tok(i - 2) && t[size_t(i - 2)].isWord() && lexicon::month(t[size_t(i - 2)].lower) > 0;
        // "the March accession", "the March vote": a month before a noun (not "the March on Rome",
        // "the March for Life", which are names; "the May government" may be a person's)
        static const QSet<QString> notNouns = {
            QStringLiteral("on"), QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("against"),
            QStringLiteral("through"), QStringLiteral("from"), QStringLiteral("in"), QStringLiteral("and"), QStringLiteral("was"),
            QStringLiteral("is"), QStringLiteral("will"), QStringLiteral("has"), QStringLiteral("had")};
        const Token *nx = tok(end);
        const bool beforeNoun =
            m == 3 && p && p->is(u"the") && nx && nx->isWord() && !nx->capitalised && !notNouns.contains(nx->lower);
        if (!p || !(preps.contains(p->lower) || (more.contains(p->lower) && (m == 3 || monthBefore)) || beforeNoun))
            return 0;
    }
    return m;
}

bool TimexRules::closesExpression(int i) const
{
    const Token *a = tok(i);
    return !a || a->kind == Token::Kind::Punct;
}

TimexRules::Match TimexRules::matchAt(int i)
{
    Match best = matchCore(i);
    // Modifiers that belong to the expression: "early", "mid-", "the end of", "nearly", "more than".
    int j = i;
    QString mod;
    if (word(j, u"the") && (word(j + 1, u"early") || word(j + 1, u"late") || word(j + 1, u"mid")))
        ++j; // "the early summer"
    if ((word(j, u"earlier") || word(j, u"later")) && !word(j + 1, u"in")) {
        // "Earlier Sunday", "later yesterday", "later this afternoon", "later that year": the time itself
        Match inner = matchCore(j + 1);
        const bool day = inner.value.size() >= 10 && inner.value.at(4) == u'-' && inner.value.at(7) == u'-';
        if (inner.end > 0 && ((day && !word(j + 1, u"this")) || (day && inner.type == Timex::Type::Time)
                              || (word(j + 1, u"that") && inner.type == Timex::Type::Date)))
            return inner;
    }
    if (word(j, u"around") && !isNumberTok(j + 1)) {
        Match inner = matchCore(j + 1);
        if (inner.end > best.end && inner.type != Timex::Type::Duration) {
            inner.mod = QStringLiteral("APPROX");
            return inner;
        }
    }
    bool dayOnly = false;
    if (word(j, u"early") || word(j, u"late") || word(j, u"mid") || word(j, u"middle")) {
        mod = word(j, u"early") ? QStringLiteral("START") : word(j, u"late") ? QStringLiteral("END") : QStringLiteral("MID");
        ++j;
        if (punct(j, u'-') && joined(j))
            ++j;
        else if (word(j - 1, u"middle") && word(j, u"of"))
            ++j;
        else if (word(j, u"on") && !word(j - 1, u"mid") && !word(j - 1, u"middle"))
            ++j, dayOnly = true; // "late on Sunday", "early on Tuesday": news wire style, a day only
    } else if (word(j, u"end") && punct(j + 1, u'-') && joined(j + 1) && joined(j + 2)) {
        mod = QStringLiteral("END"); // "end-May", "end-2024"
        j += 2;
    } else if (word(j, u"the") && (word(j + 1, u"end") || word(j + 1, u"beginning") || word(j + 1, u"start")
                                   || word(j + 1, u"middle")) && word(j + 2, u"of")) {
        mod = word(j + 1, u"end") ? QStringLiteral("END") : word(j + 1, u"middle") ? QStringLiteral("MID") : QStringLiteral("START");
        j += 3;
    } else if (word(j, u"nearly") || word(j, u"almost") || word(j, u"about") || word(j, u"around")
               || word(j, u"approximately") || word(j, u"roughly") || word(j, u"some")) {
        mod = word(j, u"nearly") || word(j, u"almost") ? QStringLiteral("LESS_THAN") : QStringLiteral("APPROX");
        ++j;
    } else if ((word(j, u"more") || word(j, u"less") || word(j, u"fewer")) && word(j + 1, u"than")) {
        mod = word(j, u"more") ? QStringLiteral("MORE_THAN") : QStringLiteral("LESS_THAN");
        j += 2;
    } else if ((word(j, u"at") && (word(j + 1, u"least") || word(j + 1, u"most"))) || (word(j, u"up") && word(j + 1, u"to"))) {
        mod = word(j + 1, u"least") ? QStringLiteral("EQUAL_OR_MORE") : QStringLiteral("EQUAL_OR_LESS");
        j += 2;
    }
    if (j > i) {
        Match inner = matchCore(j);
        if (inner.end > 0) {
            const bool positional = mod == u"START" || mod == u"MID" || mod == u"END";
            // Positional words go with dates, quantity words with durations and ages ("some 20 years").
            int ne = 0;
            double nv = 0;
            const bool fits = positional ? inner.type != Timex::Type::Duration
                                         : (inner.type == Timex::Type::Duration || number(j, ne, nv));
            // "late on payments" is no time: after "on" the expression must name a day
            if (dayOnly && !(inner.value.size() >= 10 && inner.value.at(4) == u'-' && inner.value.at(7) == u'-'))
                return best;
            if (fits && inner.end >= best.end) {
                inner.mod = mod;
                if (positional)
                    inner.edtf.clear();
                best = inner;
            }
        }
    }
    return best;
}

QString TimexRules::quarterBefore(int years) const
{
    const std::int64_t q = lastQuarter - 4 * years;
    return tv::quarter(q / 4, int(q % 4) + 1);
}

std::int64_t TimexRules::yearInView(int i) const
{
    if (storyOfThePast && refToken >= 0)
        return tv::yearOf(ref);
    for (int k = std::max(refToken, 0); k <= i && k < n; ++k)
        if (t[size_t(k)].paragraphBefore)
            return tv::yearOf(dct);
    return tv::yearOf(ref);
}

bool TimexRules::dayBefore(int i) const
{
    // "2 Mar", "2nd Mar", "the 2nd of Mar"
    int k = word(i - 1, u"of") ? i - 2 : i - 1;
    if (tok(k) && t[size_t(k)].isWord() && lexicon::ordinalSuffix(t[size_t(k)].lower) && joined(k))
        --k;
    return isNumberTok(k) && t[size_t(k)].number >= 1 && t[size_t(k)].number <= 31;
}

std::optional<std::int64_t> TimexRules::namedEventYear(int end, int month, int day) const
{
    // "the Sept. 11 attacks", "the October 7 Hamas-led attack": the noun may follow a name or two
    for (int k = end; k < end + 5 && k < n; ++k) {
        const Token &w = t[size_t(k)];
        if (!w.isWord() && !w.isPunct(u'-'))
            return std::nullopt;
        const std::int64_t year = holidays::namedEventYear(month, day, w.lower);
        if (year && tv::days(year, month, day) <= dct)
            return year;
        if (w.isWord() && !w.capitalised && k > end && !t[size_t(k - 1)].isPunct(u'-'))
            return std::nullopt;
    }
    return std::nullopt;
}

bool TimexRules::afterSince(int i) const
{
    static const QSet<QString> modifiers = {QStringLiteral("early"), QStringLiteral("mid"), QStringLiteral("late"),
                                            QStringLiteral("the"), QStringLiteral("end"), QStringLiteral("of"),
                                            QStringLiteral("beginning"), QStringLiteral("start"), QStringLiteral("middle"),
                                            QStringLiteral("-")};
    int k = i - 1;
    while (k >= 0 && k > i - 5 && tok(k)->kind != Token::Kind::Number && modifiers.contains(t[size_t(k)].lower))
        --k;
    return word(k, u"since");
}

bool TimexRules::listItemDate(int i) const
{
    static const QSet<QString> bullets = {QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("•"),
        QStringLiteral("·"), QStringLiteral("|"), QStringLiteral("#"), QStringLiteral(">"), QStringLiteral(",")};
    int b = i;
    // back to the line's start over bullets, emphasis marks and a weekday ("- **Saturday, April 19:**")
    while (b > 0 && !t[size_t(b)].lineBefore) {
        const Token &p = t[size_t(b - 1)];
        if (!(p.kind == Token::Kind::Punct && bullets.contains(p.lower)) && !(p.isWord() && lexicon::weekday(p.lower)))
            return false;
        --b;
    }
    // forward over the date itself: numbers, month names, "Apr.", "April 19, 2025", "19-20"
    for (int k = i; k < n && k < i + 8; ++k) {
        const Token &x = t[size_t(k)];
        if (k > i && x.lineBefore)
            return true;
        if (x.isNumber() || (x.isWord() && lexicon::month(x.lower)) || x.isPunct(u'.') || x.isPunct(u',')
            || (x.isPunct(u'-') && isNumberTok(k + 1) && joined(k + 1)))
            continue;
        // (not a clock's colon: a byline's "June 13, 2025 8:02 AM GMT" is no entry)
        if (x.isPunct(u':') && k > i && t[size_t(k - 1)].isNumber() && joined(k) && isNumberTok(k + 1) && joined(k + 1))
            return false;
        return x.isPunct(u':') || x.isPunct(u'-') || x.isPunct(u'|') || x.isPunct(u'*');
    }
    return i + 8 > n;
}

void TimexRules::accept(const Match &m, int start)
{
    // a chronology's heading: a year or a month alone on its line, perhaps with a colon ("2006",
    // "March 2022:")
    const int after = punct(m.end, u':') ? m.end + 1 : m.end;
    const bool yearOrMonth = (m.value.size() == 4 || (m.value.size() == 7 && m.value.at(4) == u'-'))
        && m.value.at(0).isDigit() && m.mod.isEmpty();
    if (yearOrMonth && t[size_t(start)].lineBefore && (after >= n || t[size_t(after)].lineBefore))
        headingYear = m.value.left(4).toLongLong();
    // or a chronology's entry that opens with its year: "2014 - Talks collapse in April."
    else if (m.value.size() == 4 && m.value.at(0).isDigit() && m.mod.isEmpty() && listItemDate(start))
        headingYear = m.value.toLongLong();
    if ((m.refUnit == 'D' || m.refUnit == 'M') && listItemDate(start)) {
        bool yearWritten = false;
        for (int k = start; k < m.end && !yearWritten; ++k)
            yearWritten = t[size_t(k)].isNumber() && t[size_t(k)].digits == 4;
        // only written years tell the list's direction; an implied one was chosen to follow it
        if (yearWritten && listDay > 0 && m.refDay != listDay)
            listRunsBack = m.refDay < listDay;
        listDay = m.refDay;
        listDayEnd = m.end;
    }
    // "2008-Q3": remember the quarter for "a year earlier" in the sentences that follow.
    if (!m.comparison && m.value.size() == 7 && m.value.at(4) == u'-' && m.value.at(5) == u'Q' && m.value.at(6) >= u'1'
        && m.value.at(6) <= u'4') {
        lastQuarter = m.value.left(4).toLongLong() * 4 + (m.value.at(6).unicode() - u'1');
        lastQuarterToken = m.end;
    }
    // "Macron will host leaders on Monday evening, the Elysee said Sunday. The meeting, set to begin
    // at 1700 GMT, …": the day a report was made, after a day of its own sentence, is no new
    // reference for what follows
    const int verb = word(start - 1, u"on") ? start - 2 : start - 1;
    const bool reportDay = (word(verb, u"said") || word(verb, u"says") || word(verb, u"announced") || word(verb, u"told"))
        && refUnit == 'D' && refToken > 0 && refToken < start && [&] {
               for (int k = refToken; k < start; ++k)
                   if (t[size_t(k)].isPunct(u'.') || t[size_t(k)].paragraphBefore)
                       return false;
               return true;
           }();
    if (m.refUnit == 'D')
        lastDay = m.refDay;
    if (m.refUnit && !reportDay) {
        static const QRegularExpression span(QStringLiteral("-(?:Q\\d|H\\d|SP|SU|FA|WI)$"));
        refSpan = m.refUnit == 'M' && span.match(m.value).hasMatch();
        ref = m.refDay;
        refUnit = m.refUnit;
        refToken = m.end;
        // ... as the clause's own date ("On 22 July 2022, the parties signed"), not a noun's ("the
        // August 1988 cease-fire", "the Dec. 21, 1988, bombing")
        // (a date without its year, "two months later", "the following week", goes on with the story)
        bool written = false;
        for (int k = start; k < m.end && !written; ++k)
            written = t[size_t(k)].isNumber() && t[size_t(k)].digits == 4;
        if (written)
            refYearWritten = word(start - 1, u"on") || word(start - 1, u"in") || word(start - 1, u"by") || word(start - 1, u"during");
        // (fronted: "In 2014, talks …", not "a program approved by the company in 1987 … through Sept. 29")
        const Token *preposition = tok(start - 1);
        // (or a year counted from the day of writing that opens the sentence: "Earlier this year, Riyadh
        // signed …, and in late March …")
        const bool countedYear = !written && m.refUnit == 'Y' && m.value.size() == 4 && t[size_t(start)].capitalised
            && (start == 0 || t[size_t(start)].lineBefore || punct(start - 1, u'.'));
        clauseYearToken = (written && refYearWritten && preposition && preposition->capitalised) || countedYear ? m.end : -1;
    }
}

} // namespace dateline::extract
