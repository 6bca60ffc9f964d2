#include "core/extract/proposalactors.h"
#include "core/extract/proposaltitle.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace dateline::extract {

// The one person named in [from, to) (by any of their names), or null when none or several are:
// with two, "he" could be either.
const ActorMention *onlyPerson(const std::vector<ActorMention> &actors, int from, int to)
{
    const ActorMention *one = nullptr;
    for (auto a = std::lower_bound(actors.begin(), actors.end(), from,
                                   [](const ActorMention &m, int pos) { return m.start < pos; });
         a != actors.end() && a->start < to; ++a) {
        if (a->kind != ActorKind::Person || a->place)
            continue;
        if (one && one->label != a->label)
            return nullptr;
        one = one ? one : &*a;
    }
    return one;
}

const ActorMention *namePronounSubject(QString &title, const QString &text, const std::vector<Sentence> &sentences,
                                       const Sentence &s, const Sentence &window, int clauseStart, const Timex &timex,
                                       const std::vector<ActorMention> &actors, const std::vector<QuoteMention> &quotes)
{
    if (!title.startsWith(QLatin1String("He ")) && !title.startsWith(QLatin1String("She ")))
        return nullptr;
    const auto named = [&](const ActorMention &who, const QString &as) {
        title = as + title.mid(title.indexOf(u' '));
        return &who;
    };
    // the person the sentence opened with, as the text calls them there
    static const QRegularExpression reported(QStringLiteral("\\b(?:said|says|added|announced|stated)(?:\\s+that)?\\s+(he|she)\\b"));
    const int from = std::max(s.start, clauseStart - 30); // (the verb may stand before the clause)
    const QRegularExpressionMatch r = reported.match(QStringView(text).mid(from, timex.start - from));
    const int pronoun = r.hasMatch() ? from + int(r.capturedStart(1)) : -1;
    const auto first = std::lower_bound(actors.begin(), actors.end(), s.start,
                                        [](const ActorMention &m, int pos) { return m.start < pos; });
    if (pronoun >= clauseStart && pronoun < timex.start && first != actors.end() && first->start < pronoun
        && first->kind == ActorKind::Person && !first->place)
        return named(*first, first->text);
    // the one person named before the clause
    static const QRegularExpression clauseOpens(QStringLiteral("(?:,\\s*|\\s)(?:where|when|while|and|but|as|because|so)\\s+(he|she)\\b"));
    if (const QRegularExpressionMatch c = clauseOpens.match(QStringView(text).mid(window.start, timex.start - window.start));
        c.hasMatch() && window.start + int(c.capturedStart(1)) >= clauseStart)
        if (const ActorMention *sole = onlyPerson(actors, window.start, window.start + int(c.capturedStart(1))))
            return named(*sole, sole->label);
    // the one person the sentence before (in the same paragraph) named, for a sentence that opens with
    // the pronoun, in its own clause or in what it said
    const QString opening = title.section(u' ', 0, 0) + u' ';
    if (const int si = int(&s - sentences.data());
        si > 0 && sentences[size_t(si - 1)].paragraph == s.paragraph && text.mid(s.start, opening.size()) == opening)
        if (const ActorMention *previous = onlyPerson(actors, sentences[size_t(si - 1)].start, sentences[size_t(si - 1)].end))
            return named(*previous, previous->label);
    // the speaker of the quotation the pronoun follows
    static const QRegularExpression attribution(QStringLiteral("^[\\s,.!?'\"\u2019\u201D]*(?:he|she)\\b"));
    const auto startsBefore = [](const QuoteMention &q, int pos) { return q.start < pos; };
    const auto before = std::lower_bound(quotes.begin(), quotes.end(), timex.start, startsBefore);
    const auto spoken = std::find_if(std::lower_bound(quotes.begin(), before, s.start, startsBefore), before, [&](const QuoteMention &q) {
        return q.end < timex.start && !q.speaker.isEmpty()
            && attribution.match(QStringView(text).mid(q.end, std::min(8, int(text.size()) - q.end))).hasMatch();
    });
    if (spoken != before && spoken->speakerMention >= 0)
        return named(actors[size_t(spoken->speakerMention)], spoken->speaker);
    if (title.startsWith(QLatin1String("He to ")) || title.startsWith(QLatin1String("She to ")))
        title = tidy(title.mid(title.indexOf(QLatin1String(" to ")) + 4), 12); // the infinitive alone, as before
    return nullptr;
}

int subordinateClauseAt(const QString &text, const QString &title, int from, int to)
{
    if (title.count(u' ') < 1 || to <= from)
        return -1;
    const qsizetype at = QStringView(text).mid(from, to - from).indexOf(title.section(u' ', 0, 1), 0, Qt::CaseInsensitive);
    if (at <= 0)
        return -1;
    static const QRegularExpression subordinator(QStringLiteral("\\b(?:since|after|before|when|until|once|while|because)\\s+$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const int start = from + int(at);
    const int lookBack = std::max(from, start - 12);
    return subordinator.match(QStringView(text).mid(lookBack, start - lookBack)).hasMatch() ? start : -1;
}

void addActors(ProposedEvent &e, const std::vector<ActorMention> &actors, int from, int to, QSet<QString> &seen)
{
    const auto first = std::lower_bound(actors.begin(), actors.end(), from,
                                        [](const ActorMention &a, int pos) { return a.start < pos; });
    for (auto it = first; it != actors.end() && it->start < to; ++it) {
        if (it->end > to || it->place)
            continue;
        const QString key = it->id.isValid() ? QString::number(it->id.value) : it->label;
        if (!seen.contains(key)) {
            seen.insert(key);
            e.actors.push_back(*it);
        }
    }
}

// "That "2+2" meeting -- which included Rice and Gates … and Lavrov …": a sentence soon after that
// takes up the event's noun with a demonstrative names who took part.
void addTakenUpActors(ProposedEvent &e, const QString &text, const std::vector<Sentence> &sentences, int sentence,
                      const std::vector<ActorMention> &actors, QSet<QString> &seen)
{
    const QString head = e.title.section(u' ', 0, 0).toLower();
    if (head.size() < 4)
        return;
    static const QRegularExpression takenUp(QStringLiteral("^\\W*(?:that|this|the)\\s+((?:\\S+\\s+){0,4})"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    for (int k = sentence + 1; k < int(sentences.size()) && k <= sentence + 3; ++k) {
        const Sentence &next = sentences[size_t(k)];
        const QRegularExpressionMatch m = takenUp.match(QStringView(text).mid(next.start, std::min(next.end - next.start, 80)));
        if (m.hasMatch() && m.captured(1).split(nonWord, Qt::SkipEmptyParts).contains(head, Qt::CaseInsensitive)) {
            addActors(e, actors, next.start, next.end, seen);
            return;
        }
    }
}

QString withOwnerNamed(const QString &title, const QString &text, const std::vector<ActorMention> &actors, int from, int to)
{
    if (!title.startsWith(QLatin1String("His ")) && !title.startsWith(QLatin1String("Her ")))
        return title;
    // "His meeting", found in the sentence (after the date too: "a fortnight after his Washington visit")
    const QString phrase = title.section(u' ', 0, 1);
    const qsizetype at = QStringView(text).mid(from, to - from).indexOf(phrase, 0, Qt::CaseInsensitive);
    if (at <= 0)
        return title;
    const ActorMention *one = onlyPerson(actors, from, from + int(at));
    return one ? tidy(one->label + QStringLiteral("\u2019s") + title.mid(title.indexOf(u' ')), 12) : title;
}

// Whether a span in text order (actors, expressions: sorted by start, not overlapping) overlaps
// [start, end): only the span before the first that starts at or after start, and those starting
// inside, can.
namespace {

template <typename Span>
bool overlapsAny(const std::vector<Span> &spans, int start, int end)
{
    auto it = std::lower_bound(spans.begin(), spans.end(), start, [](const Span &x, int pos) { return x.start < pos; });
    if (it != spans.begin() && std::prev(it)->end > start)
        return true;
    return it != spans.end() && it->start < end;
}

// Whether what "visit" takes, `name` followed by `after`, is a place ("visit Brussels next week")
// rather than someone ("visited Mr. Smith") or a kind of place ("visited European capitals").
bool visitedPlace(const QString &name, QStringView after)
{
    static const QSet<QString> honorifics = {QStringLiteral("Mr"), QStringLiteral("Mrs"), QStringLiteral("Ms"),
                                             QStringLiteral("Dr"), QStringLiteral("Prof"), QStringLiteral("Sir"),
                                             QStringLiteral("Dame"), QStringLiteral("Lord"), QStringLiteral("Lady")};
    if (honorifics.contains(name))
        return false;
    static const QRegularExpression nextWord(QStringLiteral("^\\s*([a-z]+)\\b"));
    const QRegularExpressionMatch w = nextWord.match(after);
    static const QSet<QString> goesOn = {
        QStringLiteral("next"), QStringLiteral("last"), QStringLiteral("this"), QStringLiteral("on"), QStringLiteral("in"),
        QStringLiteral("and"), QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("at"),
        QStringLiteral("from"), QStringLiteral("later"), QStringLiteral("early"), QStringLiteral("during"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("since"), QStringLiteral("until"),
        QStringLiteral("again"), QStringLiteral("over"), QStringLiteral("amid"), QStringLiteral("as"),
        QStringLiteral("while"), QStringLiteral("when"), QStringLiteral("today"), QStringLiteral("tomorrow"),
        QStringLiteral("yesterday"), QStringLiteral("or"), QStringLiteral("but"), QStringLiteral("by")};
    return !w.hasMatch() || goesOn.contains(w.captured(1));
}

} // namespace

QString namedPlace(const QString &text, int from, int to, const std::vector<ActorMention> &actors, const std::vector<Timex> &timexes)
{
    static const QRegularExpression place(QStringLiteral(
        // (or where one travels: "will travel to Brussels", "a two-day trip to Hanoi", "is due to
        // visit Brussels"; a person visited is an actor, passed over below)
        "\\b(?:(?:resort|city|town|village|port|island|region|province) of|in|at|visit(?:s|ed|ing)?|"
        "(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|own|ying)|head(?:s|ed|ing)?|visit|trip|journey)\\s+to)\\s+("
        // "North and South Kivu", "Eastern and Central Europe": one region, not "North"
        "(?:(?:North|South|East|West)(?:ern)?|Upper|Lower|Central)\\s+and\\s+"
        "(?:(?:North|South|East|West)(?:ern)?|Upper|Lower|Central)\\s+\\p{Lu}[\\w\u2019'-]*|"
        // "Rio de Janeiro", "Dar es Salaam", "St. Petersburg"
        "(?:(?:St|Ste|Mt)\\.\\s+)?\\p{Lu}[\\w\u2019'-]*(?:\\s+(?:(?:de|da|do|dos|del|la|el|es|al)\\s+)?\\p{Lu}[\\w\u2019'-]*){0,2})"),
        QRegularExpression::UseUnicodePropertiesOption); // ("Bogotá", "Foz do Iguaçu")
    const QStringView clause = QStringView(text).mid(from, to - from);
    for (auto it = place.globalMatch(clause); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int start = from + int(m.capturedStart(1)), end = from + int(m.capturedEnd(1));
        if (overlapsAny(actors, start, end) || overlapsAny(timexes, start, end))
            continue;
        const QString name = m.captured(1);
        if (name.endsWith(QLatin1String("'s")) || name.endsWith(QStringLiteral("\u2019s")))
            continue; // "at Russia's resort": the owner, not the place
        if (m.captured(0).startsWith(QLatin1String("visit")) && !visitedPlace(name, clause.mid(m.capturedEnd(1))))
            continue;
        // "met to discuss the war in Gaza", "talks on the situation in Haiti": the subject of the
        // talks, not where they were
        static const QRegularExpression topic(QStringLiteral(
            "\\b(?:discuss\\w*|talks?\\s+on|about|over|regarding|concerning|on)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}"
            "(?:war|conflict|fighting|crisis|situation|violence|unrest|peace|ceasefire|truce|tensions|hostilities)\\s+in\\s+$"),
            QRegularExpression::CaseInsensitiveOption);
        if (topic.match(clause.left(m.capturedStart(1))).hasMatch())
            continue;
        // "resulted in Sun reporting a loss", "in Moscow agreeing to …": the subject of a gerund, no place
        static const QRegularExpression gerund(QStringLiteral(
            "^\\s+(?!(?:during|according|including|regarding|concerning|following|pending|excluding|notwithstanding|"
            "morning|evening|meeting|building|spring|king|wing)\\b)[a-z]+ing\\b"));
        if (gerund.match(clause.mid(m.capturedEnd(1), 16)).hasMatch())
            continue;
        return name;
    }
    return {};
}

} // namespace dateline::extract
