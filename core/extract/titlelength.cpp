// Cutting a proposal title to its word budget (tidy(), declared in proposaltitle.h): what gives way
// first when a clause is too long (a subject's office, the phrases hanging from a long subject), and
// where a cut may fall (not inside a name or a phrase).
#include "core/extract/actorrecognizer.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dateline::extract {

using namespace clauses;

namespace {

// "Secretary of State Antony J. Blinken met with … Foreign Minister Wang Yi" is too long for a title:
// the subject's office gives way to what the subject did. Only the words of an office, with a head
// noun among them, go ("Secretary of Defense", "External Affairs Minister", "South Korean President"); the
// recogniser's wider list of titles before names is not used, because "King Hussein", "Mr. Doyle" or
// "Chairman X" are how those people are named. Each person of "X and Y" loses theirs; offices later
// in the clause stay.
QStringList withoutSubjectOffices(const QStringList &words)
{
    static const QSet<QString> heads = {
        QStringLiteral("President"), QStringLiteral("Minister"), QStringLiteral("Secretary"), QStringLiteral("State"),
        QStringLiteral("General"), QStringLiteral("Chancellor"), QStringLiteral("Premier"), QStringLiteral("Spokesperson"),
        QStringLiteral("Spokesman"), QStringLiteral("Spokeswoman"), QStringLiteral("Ambassador"), QStringLiteral("Envoy"),
        QStringLiteral("Senator"), QStringLiteral("Sen."), QStringLiteral("Governor"), QStringLiteral("Gov."),
        QStringLiteral("Commissioner"), QStringLiteral("Representative"), QStringLiteral("Speaker"),
        QStringLiteral("Secretary-General"), QStringLiteral("Director-General")};
    static const QSet<QString> modifiers = {
        QStringLiteral("Vice"), QStringLiteral("Prime"), QStringLiteral("Foreign"), QStringLiteral("Defense"),
        QStringLiteral("Defence"), QStringLiteral("Affairs"), QStringLiteral("External"), QStringLiteral("Interior"),
        QStringLiteral("Attorney"), QStringLiteral("Deputy"), QStringLiteral("Special"), QStringLiteral("High"),
        QStringLiteral("Environment"), QStringLiteral("Finance"), QStringLiteral("Trade"), QStringLiteral("Economy"),
        QStringLiteral("Health"), QStringLiteral("Justice"), QStringLiteral("of"), QStringLiteral("the"),
        QStringLiteral("U.S."), QStringLiteral("US"), QStringLiteral("UN"), QStringLiteral("U.N."), QStringLiteral("EU"),
        QStringLiteral("NATO"), QStringLiteral("The")};
    const QString joined = words.join(u' ');
    const std::vector<ActorMention> mentions = ActorRecognizer().recognize(joined);
    QString shorter;
    int from = 0; // where the text not yet copied starts
    for (size_t m = 0; m < mentions.size(); ++m) {
        const ActorMention &person = mentions[m];
        if (person.kind != ActorKind::Person)
            continue;
        // the words before the name, back to the previous person or the start; a country's or an
        // organisation's name or adjective may open the office ("Japanese Prime Minister", "The
        // United Nations Secretary-General")
        int officeStart = person.start;
        QStringList office;
        for (qsizetype k = person.start - 1; k > from;) {
            const qsizetype space = joined.lastIndexOf(u' ', k - 1);
            const qsizetype wordStart = space < from ? from : space + 1;
            const QString w = joined.mid(wordStart, k - wordStart);
            const bool country = std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention &c) {
                return c.kind != ActorKind::Person && c.start <= wordStart && wordStart < c.end;
            });
            // "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang
            // Yi", "State Councilor and Foreign Minister": two offices of one person
            if (w == u"and" && !office.isEmpty() && from == 0) {
                const QStringList first = joined.left(wordStart).split(u' ', Qt::SkipEmptyParts);
                // (not "The Secretary and Foreign Minister Iwaya": a person named by an office alone, then another)
                const bool offices = !first.isEmpty() && first.first() != u"The" && std::all_of(first.begin(), first.end(), [](const QString &f) {
                    return f.at(0).isUpper() || f == u"of" || f == u"the";
                }) && std::any_of(first.begin(), first.end(), [](const QString &f) {
                    return heads.contains(f) || f == u"Member" || f == u"Councilor" || f == u"Councillor";
                });
                if (offices) {
                    office = first + office;
                    officeStart = 0;
                }
                break;
            }
            // (wire style writes some offices in lower case: "U.S. envoy Steve Witkoff")
            static const QSet<QString> lower = {QStringLiteral("envoy"), QStringLiteral("ambassador"), QStringLiteral("spokesman"),
                                                QStringLiteral("spokeswoman"), QStringLiteral("spokesperson")};
            const bool lowerHead = lower.contains(w);
            if (!(heads.contains(w) || modifiers.contains(w) || country || lowerHead))
                break;
            office.prepend(w);
            officeStart = int(wordStart);
            k = wordStart - 1;
        }
        // (the subject opens the title, and ends at the first person without an office)
        // ("Secretary of Defense" ends in its department, "Secretary of State" in a head of its own)
        if (office.isEmpty() || office.size() > 14
            || std::none_of(office.begin(), office.end(),
                            [](const QString &w) { return heads.contains(w) || heads.contains(w.at(0).toUpper() + w.mid(1)); })
            || (from == 0 && officeStart != 0))
            break;
        shorter += joined.mid(from, officeStart - from);
        from = person.start;
        // only the subject: the next person must follow "and"
        const QString between = m + 1 < mentions.size() ? joined.mid(person.end, mentions[m + 1].start - person.end) : QString();
        if (!between.trimmed().startsWith(QLatin1String("and")))
            break;
    }
    return from > 0 ? (shorter + joined.mid(from)).split(u' ', Qt::SkipEmptyParts) : words;
}

// "Most of the 90-odd countries at a weekend summit on ending the war in Ukraine backed a final
// communique" is too long for a title: the phrases that hang from the subject give way to its verb
// ("Most of the 90-odd countries backed a final communique"). Only for a plain subject that opens the
// clause (a noun phrase of a few words, its head last: not "Loss includes charges of …", "Tired of
// being sidelined, …") and a cut holding no clause of its own ("who …", "because …"); the verb is
// the first clear finite one after it, or a modal, and a participle before a later verb ("a rifle
// buried near the home represented …") belongs to the subject.
QStringList withoutSubjectModifiers(const QStringList &words)
{
    static const QSet<QString> prepositions = {
        QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("of"), QStringLiteral("from"),
        QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("over"), QStringLiteral("about"),
        QStringLiteral("between"), QStringLiteral("near"), QStringLiteral("across"), QStringLiteral("inside")};
    static const QSet<QString> quantities = {
        QStringLiteral("most"), QStringLiteral("some"), QStringLiteral("many"), QStringLiteral("all"), QStringLiteral("each"),
        QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("several"), QStringLiteral("none"),
        QStringLiteral("both"), QStringLiteral("half"), QStringLiteral("any"), QStringLiteral("dozens"), QStringLiteral("tens"),
        QStringLiteral("scores"), QStringLiteral("hundreds"), QStringLiteral("thousands"), QStringLiteral("millions")};
    static const QSet<QString> clauseWords = {
        QStringLiteral("who"), QStringLiteral("whom"), QStringLiteral("whose"), QStringLiteral("which"), QStringLiteral("that"),
        QStringLiteral("because"), QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("where"), QStringLiteral("if"),
        QStringLiteral("since"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("as"), QStringLiteral("to"),
        QStringLiteral("and"), QStringLiteral("--")};
    static const QSet<QString> modals = {QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("can"),
                                         QStringLiteral("could"), QStringLiteral("should"), QStringLiteral("must")};
    const int n = int(words.size());
    const QString &first = words.first();
    if (n < 6 || isFiniteVerb(first.toLower()) || first.endsWith(QLatin1String("ed"))
        || !(first.at(0).isUpper() || first.at(0).isDigit() || opensNounPhrase(first) || quantities.contains(first)))
        return words; // ("once Gonzalez arrives in …" opens no noun phrase)
    // the subject's head: the word before the first preposition other than "of" and not inside a name
    // ("Secretary for Defense")
    int cut = -1;
    for (int k = 1; k < std::min(n, 7) && cut < 0; ++k) {
        const QString &w = words.at(k);
        if (!prepositions.contains(w)) {
            const bool verbLike = w.at(0).isLower() && k + 1 < n && !prepositions.contains(words.at(k + 1))
                && (w.endsWith(u's') || w.endsWith(QLatin1String("ed")) || w.endsWith(QLatin1String("ing")));
            if (verbLike || clauseWords.contains(w) || isFiniteVerb(w) || modals.contains(w) || !w.back().isLetterOrNumber())
                return words; // not a plain noun phrase before it
            continue;
        }
        // ("the nation of Bangladesh", "a leader of a U.N. team": "of" says who or what it is)
        const QString &before = words.at(k - 1);
        if (w == u"of" || (before.at(0).isUpper() && k + 1 < n && words.at(k + 1).at(0).isUpper()))
            continue;
        cut = k;
    }
    if (cut < 0)
        return words;
    for (int k = cut + 1; k < n - 1; ++k) {
        const QString &w = words.at(k);
        // (nor a name in apposition: "An analyst with Salomon Brothers Inc. Ms. Applebaum had …")
        if (clauseWords.contains(w) || w == u"Mr." || w == u"Ms." || w == u"Mrs." || w == u"Dr.")
            return words;
        // ("the hastily planned trip": an adjective)
        if (!(isFiniteVerb(w) || modals.contains(w)) || opensNounPhrase(words.at(k - 1)) || words.at(k - 1).endsWith(QLatin1String("ly")))
            continue;
        // "a rifle buried near the home represented …": a participle, when a verb comes later
        if (w.endsWith(QLatin1String("ed")) && (prepositions.contains(words.at(k + 1)) || words.at(k + 1) == u"by")
            && std::any_of(words.begin() + k + 1, words.end(), [](const QString &v) { return isFiniteVerb(v); }))
            continue;
        return words.mid(0, cut) + words.mid(k);
    }
    return words;
}

// "Berlin and Paris sent a letter to the bloc's foreign policy chief Kaja Kallas" is too long for a
// title: an office before a name later in the clause gives way to the name, as the subject's does
// ("… sent a letter to Kaja Kallas"). The office runs from a preposition or a verb of meeting to its
// head word, right before a name of two words or more, through words of offices only.
QStringList withoutObjectOffices(const QStringList &words)
{
    // The office's head words, which the pattern ends with and a title must hold for it to be read.
    static const QStringList headWords = {
        QStringLiteral("chief"), QStringLiteral("envoy"), QStringLiteral("minister"), QStringLiteral("head"),
        QStringLiteral("spokesman"), QStringLiteral("spokeswoman"), QStringLiteral("spokesperson"), QStringLiteral("ambassador"),
        QStringLiteral("adviser"), QStringLiteral("advisor"), QStringLiteral("counterpart"), QStringLiteral("president"),
        QStringLiteral("secretary"), QStringLiteral("commissioner"), QStringLiteral("negotiator"), QStringLiteral("diplomat"),
        QStringLiteral("representative"), QStringLiteral("premier"), QStringLiteral("chancellor"),
        QStringLiteral("secretary-general"), QStringLiteral("director-general")};
    static const QSet<QString> heads(headWords.begin(), headWords.end());
    static const QRegularExpression office(
        QStringLiteral("\\b(to|with|from|for|by|and|met|called|invited|received|visited|hosted)\\s+(?:the\\s+)?"
                       "(?:[\\p{L}.-]+(?:'s|\u2019s)\\s+)?"
                       "(?:\\p{Lu}[\\p{L}.-]*\\s+)?" // a country's adjective or a body's initials
                       "(?:(?:foreign|policy|top|senior|special|deputy|vice|prime|former|trade|finance|defen[cs]e|interior|"
                       "security|national|peace|nuclear|climate|state|affairs|external|economy|health|justice)\\s+){0,3}(?:")
            + headWords.join(u'|') + QStringLiteral(")\\s+(?=\\p{Lu}[\\p{L}.'\u2019-]+\\s+\\p{Lu})"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    // (most titles hold no office: the pattern is read only for one that does)
    if (std::none_of(words.begin(), words.end(), [](const QString &w) { return heads.contains(w.toLower()); }))
        return words;
    // (and in official style, the office's department and country after it: "with Minister of Foreign
    // Affairs of the Arab Republic of Egypt Badr Abdelatty")
    static const QRegularExpression officialOffice(
        QStringLiteral("\\b(to|with|from|for|by|and|met|called|invited|received|visited|hosted)\\s+(?:the\\s+)?Minister\\s+(?:of|for)\\s+"
                       "(?:Foreign\\s+Affairs|Defen[cs]e)(?:\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+(?:of\\s+)?){1,5})?\\s*"
                       "(?=\\p{Lu}[\\p{L}.'\u2019-]+\\s+\\p{Lu})"),
        kUnicode);
    QString joined = words.join(u' ');
    joined.replace(officialOffice, QStringLiteral("\\1 "));
    joined.replace(office, QStringLiteral("\\1 "));
    return joined.split(u' ', Qt::SkipEmptyParts);
}


// Asides a title does without: in brackets, between dashes, reference marks, a chronology entry's
// year, a court's honorifics.
QString withoutAsides(QString s)
{
    // an aside in brackets takes words from the title's budget: "the Rapid Support Forces (RSF)
    // agreed" -> "the Rapid Support Forces agreed", "a 50-billion-euro ($54 billion) package"
    static const QRegularExpression aside(QStringLiteral("(?<=\\S)\\s+\\((?:") + bracketedAside()
                                              + QStringLiteral(")\\)(?=\\s|$|[,.;:])"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    // (each pattern needs a mark most titles lack; tidy() runs on every candidate title, so a
    // pattern is only tried when its mark is there)
    if (s.contains(u'('))
        s.remove(aside);
    // an aside between two dashes too, a list's: "Iran and the E3 – Britain, France and Germany – will
    // resume talks" (not a name's: "National Intergroup, which owns … steelmaker -- National Steel Corp.
    // -- posted …" would join the relative clause to the main verb)
    static const QRegularExpression dashAside(QStringLiteral("(?<=\\S)\\s+(?:\u2013|\u2014|--)\\s+(?=[^\u2013\u2014]{1,80}?(?:,|\\sand\\s|\\sor\\s))"
                                                             "[^\u2013\u2014]{1,80}?\\s+(?:\u2013|\u2014|--)(?=\\s)"));
    const bool dash = s.contains(u'\u2013') || s.contains(u'\u2014');
    if (dash || s.contains(QLatin1String("--")))
        s.remove(dashAside);
    // an encyclopedia's reference marks: "… the Contact Group.[2]", "[citation needed]"
    static const QRegularExpression referenceMark(QStringLiteral("\\.?\\[(?:\\d{1,3}|[a-z]|citation needed|note \\d+)\\]"));
    if (s.contains(u'['))
        s.remove(referenceMark);
    // a topic or a place before a dash that opens the title: "On Sudan – the Quad met in Washington",
    // "KYIV – Russian forces struck …" (what follows is the clause, three words or more)
    static const QRegularExpression topic(QStringLiteral(
        "^\\s*(?:(?:On|In|Regarding|About)\\s+)?(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,2}\\p{Lu}[\\p{L}.'\u2019-]*\\s+[\u2013\u2014]\\s+"
        "(?=\\S+\\s+\\S+\\s+\\S)"), kUnicode);
    if (dash)
        s.remove(topic);
    // a chronology entry's year before its dash or colon: "2014 – Talks collapse" (the date is the event's)
    static const QRegularExpression entryYear(QStringLiteral("^\\s*\\d{4}\\s*[-\u2013\u2014:|]\\s+(?=\\S)"));
    if (std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })) // (\d without Unicode properties)
        s.remove(entryYear);
    // a court's honorifics before a name: "received His Excellency Emmanuel Macron" -> "received Emmanuel Macron"
    if (s.contains(QLatin1String("Excellency")) || s.contains(QLatin1String("Highness")) || s.contains(QLatin1String("Majesty"))
        || s.contains(QLatin1String("H.E. "))) {
        static const QRegularExpression honorific(QStringLiteral(
            "\\b(?:(?:His|Her|Their)\\s+(?:Royal\\s+)?(?:Excellency|Excellencies|Highness|Majesty)|H\\.E\\.)\\s+(?=\\p{Lu})"),
            QRegularExpression::UseUnicodePropertiesOption);
        s.remove(honorific);
    }
    return s.simplified();
}

// Drops the words that open a clause but no title ("who", "but", a mark alone).
void dropLeadingWords(QStringList &words)
{
    static const QSet<QString> leading = {QStringLiteral("who"), QStringLiteral("which"), QStringLiteral("that"),
                                          QStringLiteral("have"), QStringLiteral("has"), QStringLiteral("had"),
                                          QStringLiteral("but"), QStringLiteral("also"), QStringLiteral("then"),
                                          QStringLiteral("where"), QStringLiteral("when"), QStringLiteral("while")};
    const auto noWord = [](const QString &w) {
        return std::none_of(w.begin(), w.end(), [](QChar c) { return c.isLetterOrNumber(); });
    };
    // ("That era ended on Feb. 24, 2022": a demonstrative that opens the sentence stays)
    const auto demonstrative = [&] {
        return words.size() >= 3 && (words.first() == u"That" || words.first() == u"This") && words.at(1).at(0).isLower()
            && !opensNounPhrase(words.at(1)) && isFiniteVerb(words.at(2));
    };
    while (!words.isEmpty() && !demonstrative()
           && (noWord(words.first()) || leading.contains(words.first().toLower())
               || (trailingWords().contains(words.first().toLower()) && !opensNounPhrase(words.first()))))
        words.removeFirst();
}

// Cuts the title's words to maxWords, or a few more so as not to cut a name or a phrase in two; the
// words before the cut go to uncut.
void cutToLength(QStringList &words, int maxWords, QStringList &uncut)
{
    // not in the middle of a name: "… the outcomes of Prime [Minister Modi's visit]"; a name
    // that ends within two more words is kept whole ("… met with Egyptian Foreign Minister Badr
    // Abdelatty")
    static const QSet<QString> particles = {QStringLiteral("de"), QStringLiteral("do"), QStringLiteral("da"),
                                            QStringLiteral("del"), QStringLiteral("es"), QStringLiteral("al"),
                                            QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der")};
    const QString &last = words.at(maxWords - 1);
    bool inName = words.at(maxWords).at(0).isUpper()
        && (last.at(0).isUpper() || (particles.contains(last) && maxWords > 1 && words.at(maxWords - 2).at(0).isUpper()));
    int more = 0;
    while (inName && more < 3 && maxWords + more < words.size() && words.at(maxWords + more).at(0).isUpper())
        ++more;
    if (inName && more <= 2) {
        maxWords += more;
        inName = false;
    }
    // nor of a name with "of" in it: "… on the sidelines of the Group [of Seven]"
    if (!inName && maxWords + 1 < words.size() && words.at(maxWords - 1).at(0).isUpper() && words.at(maxWords) == u"of"
        && words.at(maxWords + 1).at(0).isUpper()) {
        int more = 2;
        while (more < 3 && maxWords + more < words.size() && words.at(maxWords + more).at(0).isUpper())
            ++more;
        maxWords += more;
    }
    // nor of a phrase: "… will hold bilateral [talks] on the sidelines of …" keeps the one or two
    // words that reach a preposition, a comma or the end
    // (only where the cut falls between two words of content: "… with | Putin" is cut already)
    const bool inPhrase = !inName && !trailingWords().contains(words.at(maxWords - 1).toLower());
    for (int k = 1; inPhrase && k <= 2 && maxWords + k <= words.size(); ++k) {
        const QString &dropped = words.at(maxWords + k - 1);
        if (trailingWords().contains(dropped.toLower()) || !dropped.at(0).isLetterOrNumber())
            break;
        if (maxWords + k == words.size() || !dropped.back().isLetterOrNumber()
            || trailingWords().contains(words.at(maxWords + k).toLower())) {
            maxWords += k;
            break;
        }
    }
    uncut = words;
    words = words.mid(0, maxWords);
    qsizetype keep = words.size();
    while (inName && keep > 1 && words.size() - keep < 4 && words.at(keep - 1).at(0).isUpper())
        --keep;
    if (keep > 1 && !words.at(keep - 1).at(0).isUpper()) // (a title in capitals throughout stays)
        words = words.mid(0, keep);
}

// Drops the words a title does not end on.
void dropTrailingWords(QStringList &words, const QStringList &uncut)
{
    // after the cut, so that a shortened title does not end on "to" or "the" either, nor on a word that
    // was a preposition before the noun phrase cut off ("… into the sea off | its east coast")
    static const QSet<QString> prepositionLike = {
        QStringLiteral("off"), QStringLiteral("toward"), QStringLiteral("towards"), QStringLiteral("via"),
        QStringLiteral("onto"), QStringLiteral("upon"), QStringLiteral("under"), QStringLiteral("without"),
        QStringLiteral("behind"), QStringLiteral("beyond"), QStringLiteral("along"), QStringLiteral("past"),
        QStringLiteral("around"), QStringLiteral("among"), QStringLiteral("despite"), QStringLiteral("including")};
    // (nor on a participle whose object was cut off: "… on a resolution backing | the plan")
    static const QSet<QString> ingNouns = {
        QStringLiteral("meeting"), QStringLiteral("briefing"), QStringLiteral("hearing"), QStringLiteral("building"),
        QStringLiteral("gathering"), QStringLiteral("signing"), QStringLiteral("opening"), QStringLiteral("funding"),
        QStringLiteral("bombing"), QStringLiteral("shooting"), QStringLiteral("killing"), QStringLiteral("uprising"),
        QStringLiteral("wedding"), QStringLiteral("morning"), QStringLiteral("evening"), QStringLiteral("spring")};
    const auto cutParticiple = [&](qsizetype k) {
        const QString last = words.last();
        return last.size() > 5 && last.endsWith(QLatin1String("ing")) && last.at(0).isLower() && !ingNouns.contains(last)
               && opensNounPhrase(uncut.at(k).toLower());
    };
    const auto cutPreposition = [&] {
        const qsizetype k = words.size();
        return k > 1 && k < uncut.size()
               && ((prepositionLike.contains(words.last().toLower())
                    && (opensNounPhrase(uncut.at(k).toLower()) || uncut.at(k).at(0).isUpper()))
                   || cutParticiple(k));
    };
    // (a particle of its verb stays: "is sworn in", "took over", "was called off")
    static const QSet<QString> phrasal = {
        QStringLiteral("sworn in"), QStringLiteral("took over"), QStringLiteral("take over"), QStringLiteral("takes over"),
        QStringLiteral("taken over"), QStringLiteral("called off"), QStringLiteral("handed over"), QStringLiteral("stepped down"),
        QStringLiteral("steps down"), QStringLiteral("step down"), QStringLiteral("broke off"), QStringLiteral("broken off"),
        QStringLiteral("broke down"), QStringLiteral("broken down"), QStringLiteral("walked out"), QStringLiteral("pulled out"),
        QStringLiteral("rolled back"), QStringLiteral("backed down"), QStringLiteral("set up"), QStringLiteral("shut down")};
    const auto particle = [&] {
        const qsizetype k = words.size();
        return k > 1 && phrasal.contains(words.at(k - 2).toLower() + u' ' + words.last().toLower());
    };
    while (!words.isEmpty() && (trailingWords().contains(words.last().toLower()) || cutPreposition()) && !particle())
        words.removeLast();
}

} // namespace

QString tidy(QString s, int maxWords)
{
    QStringList words = withoutAsides(std::move(s)).split(u' ', Qt::SkipEmptyParts);
    dropLeadingWords(words);
    QStringList uncut; // the words before a cut, when one was made
    if (words.size() > maxWords)
        words = withoutSubjectOffices(words);
    if (words.size() > maxWords)
        words = withoutSubjectModifiers(words);
    if (words.size() > maxWords)
        words = withoutObjectOffices(words);
    if (words.size() > maxWords)
        cutToLength(words, maxWords, uncut);
    dropTrailingWords(words, uncut);
    s = words.join(u' ');
    // a quotation the cut left open is closed, marked as shortened; one that ends the title loses
    // the punctuation inside its marks ("… a \"moderate disappointment,\"")
    static const QRegularExpression innerStop(QStringLiteral("[.,;:]+(?=[\"\u201D]$)"));
    if (s.endsWith(u'"') || s.endsWith(u'\u201D'))
        s.remove(innerStop);
    if (s.count(u'"') % 2 == 1)
        s += QStringLiteral("\u2026\"");
    else if (s.count(QChar(0x201C)) > s.count(QChar(0x201D)))
        s += QStringLiteral("\u2026\u201D");
    // ("steelmaker --", "… to the United States of America (", a heading's "Press Briefing –"), but not
    // an abbreviation's "U.S."
    static const QRegularExpression abbreviation(QStringLiteral("\\b\\p{Lu}\\.\\p{Lu}\\.$"), kUnicode);
    while (!s.isEmpty() && (QStringLiteral(",;:-\u2013\u2014|\u00B7.(").contains(s.back()) || s.back().isSpace())
           && !(s.back() == u'.' && abbreviation.match(s).hasMatch()))
        s.chop(1);
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace dateline::extract
