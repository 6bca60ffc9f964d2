#include "core/extract/articleparts.h"
#include "core/extract/lexicon.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::extract {

using namespace clauses;

bool isByline(const QString &text, const Sentence &s, const std::vector<Timex> &timexes)
{
    static const QRegularExpression byline(
        QStringLiteral("^\\s*By\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:,?\\s+(?:(?:and|&)\\s+)?\\p{Lu}[\\p{L}.'\u2019-]*){0,7}"
                       "\\s*(?:[|\u00B7\u2022,\u2013\u2014-]|\\n|$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // or without "By", names (and a role) before a separator and the date: "Pippa Crerar, Political
    // editor · Thu 10 Jul 2025 19.02 BST", "Jane Roe and John Doe | March 3, 2008"
    static const QRegularExpression credit(
        QStringLiteral("^\\s*\\p{Lu}[\\p{L}.'\u2019-]*(?:,?[ \t]+(?:(?:and|&)[ \t]+)?\\p{Lu}[\\p{L}.'\u2019-]*){1,7}"
                       "(?:,[ \t]+\\p{L}[\\p{L}'\u2019 \t-]{0,40}?)?[ \t]+[|\u00B7\u2022][ \t]+"),
        QRegularExpression::UseUnicodePropertiesOption);
    // (its first few hundred characters: a byline is short, and a long sentence is checked for every date)
    const QStringView head = QStringView(text).mid(s.start, std::min(s.end - s.start, 300));
    // (not when it opens with another ASCII character than a space or the B of "By": most sentences)
    const bool mayOpenWithBy = head.isEmpty() || head.front().unicode() >= 0x80 || head.front() == u'B' || head.front().isSpace();
    QRegularExpressionMatch m = mayOpenWithBy ? byline.match(head) : QRegularExpressionMatch();
    if (!m.hasMatch()) {
        // (the date right after the separator, on the same line; the pattern only when there is one)
        if (!head.contains(u'|') && !head.contains(u'\u00B7') && !head.contains(u'\u2022'))
            return false;
        m = credit.match(head);
        const int after = s.start + int(m.capturedEnd());
        const auto date = std::lower_bound(timexes.begin(), timexes.end(), after,
                                           [](const Timex &x, int pos) { return x.start < pos; });
        return m.hasMatch() && date != timexes.end() && date->start == after;
    }
    const int namesEnd = s.start + int(m.capturedEnd());
    const auto first = std::lower_bound(timexes.begin(), timexes.end(), s.start,
                                        [](const Timex &x, int pos) { return x.start < pos; });
    return first == timexes.end() || first->start >= namesEnd;
}

const Sentence *leadSentence(const QString &text, const std::vector<Sentence> &sentences,
                             const std::vector<Timex> &timexes, const std::function<bool(int)> &skip)
{
    static const QRegularExpression endsAsSentence(QStringLiteral("[.!?][\"'\u2019\u201D)]*$"));
    for (size_t k = 0; k < sentences.size() && k < 12; ++k) {
        const Sentence &s = sentences[k];
        if (skip(s.start) || isByline(text, s, timexes))
            continue;
        const QString words = text.mid(s.start, s.end - s.start);
        if (endsAsSentence.match(words).hasMatch() && words.count(u' ') >= 5 && words.toUpper() != words)
            return &s;
    }
    return nullptr;
}

namespace {

bool isRegularPast(const QString &w)
{
    return w.size() > 4 && w.endsWith(QLatin1String("ed")) && !w.contains(u'-');
}

// A past participle ("has met", "were taken") or a verb in the simple past ("met", "took").
bool isParticiple(const QString &w)
{
    return lexicon::irregularParticiple(w) || isRegularPast(w);
}

bool isSimplePast(const QString &w)
{
    return lexicon::irregularPast(w) || isRegularPast(w);
}

} // namespace

LeadClause leadClause(const QString &text, const Sentence &s, const std::vector<ActorMention> &actors)
{
    int body = std::max(s.start, s.datelineEnd);
    static const QString skipped = QStringLiteral(" \t\n-\u2013\u2014");
    while (body < s.end && skipped.contains(text.at(body)))
        ++body;
    if (body >= s.end || !text.at(body).isUpper())
        return {};
    // what a subject may not open with: a pronoun, a subordinate clause, a phrase set before the subject
    static const QSet<QString> openers = {
        QStringLiteral("It"), QStringLiteral("There"), QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("These"),
        QStringLiteral("Those"), QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"), QStringLiteral("We"),
        QStringLiteral("I"), QStringLiteral("You"), QStringLiteral("As"), QStringLiteral("After"), QStringLiteral("When"),
        QStringLiteral("While"), QStringLiteral("If"), QStringLiteral("Although"), QStringLiteral("Though"), QStringLiteral("Because"),
        QStringLiteral("In"), QStringLiteral("On"), QStringLiteral("At"), QStringLiteral("Despite"), QStringLiteral("Amid"),
        QStringLiteral("With"), QStringLiteral("Following"), QStringLiteral("For"), QStringLiteral("Since"), QStringLiteral("Before"),
        QStringLiteral("Until"), QStringLiteral("During"), QStringLiteral("By"), QStringLiteral("From"), QStringLiteral("Over"),
        QStringLiteral("Under"), QStringLiteral("Here"), QStringLiteral("What"), QStringLiteral("Why"), QStringLiteral("How"),
        QStringLiteral("Who"), QStringLiteral("Where"), QStringLiteral("Once"), QStringLiteral("Now"), QStringLiteral("But"),
        QStringLiteral("And"), QStringLiteral("Yet"), QStringLiteral("So"), QStringLiteral("Or"), QStringLiteral("Today"),
        QStringLiteral("Yesterday"), QStringLiteral("Earlier"), QStringLiteral("Later"), QStringLiteral("Last"), QStringLiteral("Some"),
        QStringLiteral("Many"), QStringLiteral("Several"), QStringLiteral("More"), QStringLiteral("Both"), QStringLiteral("Each")};
    // lower-case words that end a subject without a verb: a clause, a phrase of time or place, a
    // preposition (a subject of "of" and "for" only: "The bolstered agreement between …" is none)
    static const QSet<QString> subordinate = {
        QStringLiteral("if"), QStringLiteral("when"), QStringLiteral("as"), QStringLiteral("after"), QStringLiteral("while"),
        QStringLiteral("because"), QStringLiteral("although"), QStringLiteral("since"), QStringLiteral("before"),
        QStringLiteral("despite"), QStringLiteral("amid"), QStringLiteral("during"), QStringLiteral("with"), QStringLiteral("in"),
        QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("over"), QStringLiteral("by"),
        QStringLiteral("to"), QStringLiteral("who"), QStringLiteral("which"), QStringLiteral("that"), QStringLiteral("where"),
        QStringLiteral("not"), QStringLiteral("also"), QStringLiteral("between"), QStringLiteral("against"),
        QStringLiteral("into"), QStringLiteral("about"), QStringLiteral("toward"), QStringLiteral("towards"),
        QStringLiteral("under"), QStringLiteral("without"), QStringLiteral("within"), QStringLiteral("across")};
    // what the sentence says in another tense, or as a possibility
    static const QSet<QString> notPast = {
        QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("says"),
        QStringLiteral("say"), QStringLiteral("can"), QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("might"),
        QStringLiteral("must"), QStringLiteral("should"), QStringLiteral("plans"), QStringLiteral("wants"), QStringLiteral("hopes")};
    static const QSet<QString> determiners = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
                                              QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("his"),
                                              QStringLiteral("her"), QStringLiteral("our"), QStringLiteral("this")};
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019-]*"), kUnicode);
    static const QRegularExpression breaks(QStringLiteral("[;:\"\u201C\u201D\u2013\u2014]"), kUnicode);
    static const QSet<QString> particles = {QStringLiteral("of"), QStringLiteral("and"), QStringLiteral("for"),
                                            QStringLiteral("the"), QStringLiteral("de"), QStringLiteral("al"),
                                            QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der")};
    QStringList words;
    int common = 0; // lower-case words in the subject that are no particle
    int previousEnd = body, firstComma = -1, commas = 0, verb = -1;
    const int limit = std::min(s.end, body + 240);
    for (auto it = word.globalMatch(QStringView(text).mid(body, limit - body)); it.hasNext() && words.size() <= 12;) {
        const QRegularExpressionMatch m = it.next();
        const int at = body + int(m.capturedStart());
        const QStringView gap = QStringView(text).mid(previousEnd, at - previousEnd);
        if (breaks.match(gap).hasMatch())
            return {};
        if (const qsizetype comma = gap.indexOf(u','); comma >= 0) {
            if (firstComma < 0)
                firstComma = previousEnd + int(comma);
            commas += int(gap.count(u','));
        }
        previousEnd = at + int(m.capturedLength());
        QString w = m.captured();
        while (w.endsWith(u'.'))
            w.chop(1); // ("U.S." as a word; a full stop after it ends nothing here)
        if (words.isEmpty() && openers.contains(w))
            return {};
        if (w.isEmpty() || !w.at(0).isLower()) {
            words.append(w);
            continue;
        }
        if (words.isEmpty() || notPast.contains(w) || subordinate.contains(w))
            return {};
        // the next word or two, for "has met", "has been killed", "were taken"
        QStringList next;
        for (auto ahead = it; ahead.hasNext() && next.size() < 2;)
            next.append(ahead.next().captured());
        const auto participleAt = [&](int k) { return k < next.size() && isParticiple(next.at(k)); };
        if (w == u"has" || w == u"have" || w == u"was" || w == u"were") {
            if (!(participleAt(0) || (next.value(0) == u"been" && participleAt(1))))
                return {};
            verb = at;
        } else if (w == u"had" && (participleAt(0) || next.value(0) == u"been")) {
            return {}; // a past perfect sets what the story tells against an earlier time
        } else if (isSimplePast(w) && !determiners.contains(words.last().toLower())) { // ("The bolstered agreement")
            verb = at;
        } else if (particles.contains(w) || (++common <= 4 && !determiners.contains(next.value(0)))) {
            words.append(w); // "foreign minister", "troops", "of" (not "welcomes the", a verb this does not know)
            continue;
        } else {
            return {};
        }
        break;
    }
    // (a subject set off by commas, or none: "Sergei Lavrov, Russia's foreign minister, met …")
    if (verb < 0 || (commas != 0 && commas != 2))
        return {};
    const int subjectEnd = commas == 2 ? firstComma : verb;
    const QString subject = text.mid(body, subjectEnd - body).simplified();
    const bool holdsActor = std::any_of(actors.begin(), actors.end(), [&](const ActorMention &a) {
        return a.start >= body && a.end <= subjectEnd;
    });
    if (!holdsActor && !isBareSubject(subject))
        return {};
    LeadClause c;
    c.start = body;
    // ("Tony Lama Co. said that Equus … has proposed …": what was said, without the conjunction)
    static const QRegularExpression saidThat(QStringLiteral("^(said|announced|confirmed|denied|warned|insisted|told\\s+\\S+)\\s+that\\s"), kUnicode);
    const QRegularExpressionMatch that = saidThat.match(QStringView(text).mid(verb, std::min(40, s.end - verb)));
    const int from = that.hasMatch() ? verb + int(that.capturedEnd()) : verb;
    c.end = clauseStop(text, from, s.end);
    const QString verbWords = that.hasMatch() ? that.captured(1) : QString();
    c.title = tidy(subject + u' ' + verbWords + u' ' + text.mid(from, c.end - from), 12);
    if (c.title.count(u' ') < 2)
        return {};
    return c;
}

} // namespace dateline::extract
