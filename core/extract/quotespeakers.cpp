#include "core/extract/quotespeakers.h"

#include "core/extract/lexicon.h"
#include "core/extract/officeholders.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace dateline::extract::speakers {

const QSet<QString> &speechVerbs()
{
    static const QSet<QString> verbs = [] {
        QSet<QString> s;
        for (const char *v : {"said", "says", "say", "added", "adds", "observed", "told", "tells", "noted", "stated",
                              "declared", "remarked", "insisted", "warned", "explained", "asked", "replied", "wrote",
                              "argued", "stressed", "emphasized", "emphasised", "announced", "characterized",
                              "characterised", "called", "commented", "acknowledged", "admitted", "conceded",
                              "continued", "concluded", "suggested", "urged", "recalled", "predicted", "vowed",
                              "described", "claimed", "cautioned", "responded", "answered", "quipped", "promised"})
            s.insert(QString::fromLatin1(v));
        return s;
    }();
    return verbs;
}

// Double quotation marks, straight or curly, single curly ones (‘…’, as British and many translated
// texts quote), guillemets (« », as Russian, French and other languages print quotations, also inside
// English text) and low-high marks („…“ in German, „…” in Polish). A straight single quote is far more
// often an apostrophe: it opens a quotation only after a space and before a letter, and closes one
// only after the quotation's own punctuation ('We will not be intimidated,' Tusk wrote).
bool isOpen(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x2018) || c == QChar(0x00AB) || c == QChar(0x201E) || c == u'\'';
}

// The word starting at p (letters only), lower-cased; p is moved past it.
QString wordAt(const QString &text, int &p)
{
    while (p < text.size() && (text.at(p) == u' ' || text.at(p) == u','))
        ++p;
    const int b = p;
    while (p < text.size() && text.at(p).isLetter())
        ++p;
    return text.mid(b, p - b).toLower();
}

namespace {

// Someone the text does not name who speaks for the state or body named before the word ("a Kremlin
// spokesman", "the Russian delegate"), as a pattern. (Not "a senior U.S. official", who speaks
// without a name and not for the state.)
QString unnamedOfficial()
{
    return QStringLiteral("(?:spokes(?:person|man|woman)|delegate|representative|envoy|ambassador)");
}


int mentionAt(const std::vector<ActorMention> &actors, int p)
{
    // actors are in text order
    auto it = std::lower_bound(actors.begin(), actors.end(), p, [](const ActorMention &a, int pos) { return a.start < pos; });
    for (; it != actors.end() && it->start == p; ++it)
        if (!it->place)
            return int(it - actors.begin());
    return -1;
}

int skipSpaces(const QString &text, int p)
{
    while (p < text.size() && (text.at(p) == u' ' || text.at(p) == u','))
        ++p;
    return p;
}

// Whether [from, to) holds a full stop that is not part of a name ("U.S." in "“…,” U.S. Ambassador
// Dorothy Shea told the council" is no sentence's end).
bool fullStopOutsideMentions(const QString &text, const std::vector<ActorMention> &actors, int from, int to)
{
    auto m = std::lower_bound(actors.begin(), actors.end(), from, [](const ActorMention &a, int pos) { return a.start < pos; });
    for (int k = from; k < to; ++k) {
        while (m != actors.end() && m->end <= k)
            ++m;
        if (text.at(k) == u'.' && !(m != actors.end() && m->start <= k))
            return true;
    }
    return false;
}

// A mention of someone as an owner: "Donald Trump's envoy", "Putin's aide", "Guterres' spokesman" (the
// envoy, aide or spokesman acts).
bool namedAsOwner(const QString &text, const ActorMention &a)
{
    if (a.end + 1 >= text.size() || (text.at(a.end) != u'\'' && text.at(a.end) != QChar(0x2019)))
        return false;
    if (text.at(a.end + 1) == u's')
        return a.end + 2 >= text.size() || !text.at(a.end + 2).isLetter();
    return a.end > a.start && text.at(a.end - 1) == u's' && text.at(a.end + 1) == u' '; // (after a name ending in s)
}

// Whether the person at `it` is named in an aside in commas right after another person's name
// ("Albright, echoing the president, said").
bool namedInAside(const QString &text, const std::vector<ActorMention> &actors, std::vector<ActorMention>::const_iterator it)
{
    if (it == actors.begin() || it->end >= text.size() || text.at(it->end) != u',')
        return false;
    const auto named = std::prev(it);
    const qsizetype comma = text.lastIndexOf(u',', it->start);
    return named->kind == ActorKind::Person && comma == named->end
        && !QStringView(text).mid(comma, it->start - comma).contains(u'.');
}

// The last person named before position p (for "he" and "she"); not one named as an owner or in an
// aside when another is ("Keith Kellogg, Donald Trump's envoy, said …. “…,” he said" is Kellogg).
int lastPerson(const QString &text, const std::vector<ActorMention> &actors, int p)
{
    // (back from p: the mentions are in text order, and a long text has many)
    const auto before = std::lower_bound(actors.begin(), actors.end(), p,
                                         [](const ActorMention &a, int pos) { return a.start < pos; });
    int owner = -1;
    for (auto it = before; it != actors.begin();) {
        --it;
        if (it->kind != ActorKind::Person)
            continue;
        const int index = int(it - actors.begin());
        if (!namedAsOwner(text, *it) && !namedInAside(text, actors, it))
            return index;
        if (owner < 0)
            owner = index;
    }
    return owner;
}


// Who "he" or "she" at position `pronoun` is, for the quotation opening at `open`: the last person
// named, unless that was in an earlier paragraph and this one has had someone speak before the
// quotation ("Mexico's foreign minister, speaking to reporters, said … \"…,\" he said."). An
// unnamed official's words are then left without a speaker rather than given to the wrong person.
int pronounSpeaker(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
                   int pronoun, int open)
{
    // (named before the quotation: "“… the visit of President Vladimir Putin to China,” she said" is
    // not Putin)
    const int person = lastPerson(text, actors, std::min(pronoun, open));
    const Sentence *here = SentenceSplitter::at(sentences, open, 1);
    const Sentence *named = person >= 0 ? SentenceSplitter::at(sentences, actors[size_t(person)].start) : nullptr;
    if (!here || !named || named->paragraph == here->paragraph)
        return person;
    auto first = std::size_t(here - sentences.data()); // the paragraph's first sentence
    while (first > 0 && sentences[first - 1].paragraph == here->paragraph)
        --first;
    const int from = sentences[first].start;
    bool quoted = false;
    QString previous; // "he said" before it goes on with the same person
    for (int p = from; p < open;) {
        if (isOpen(text.at(p)) || text.at(p) == QChar(0x201D)) {
            quoted = text.at(p) == u'"' ? !quoted : text.at(p) != QChar(0x201D);
            ++p;
            continue;
        }
        if (!text.at(p).isLetter() || (p > 0 && text.at(p - 1).isLetter())) {
            ++p;
            continue;
        }
        const QString w = wordAt(text, p);
        if (!quoted && speechVerbs().contains(w) && previous != u"he" && previous != u"she")
            return -1;
        previous = w;
    }
    return person;
}

// "Speaking after the vote, the representative of the United States said her delegation … “We did
// not agree,” she said": with no person named, a pronoun stands for the state whose delegate spoke
// last in the paragraph before the quotation (-1 if none)
int delegateSpeaker(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
                    int open)
{
    const Sentence *here = SentenceSplitter::at(sentences, open, 1);
    if (!here)
        return -1;
    auto first = std::size_t(here - sentences.data());
    // (a few sentences back at most: a one-line page of thousands of quotations is one paragraph)
    while (first > 0 && sentences[first - 1].paragraph == here->paragraph && sentences[first - 1].start >= open - 1500)
        --first;
    const int from = sentences[first].start;
    static const QRegularExpression delegate(
        QStringLiteral("\\b(?:representative|ambassador|delegate|delegation|envoy|permanent\\s+representative)\\s+of\\s+(?:the\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto m = std::lower_bound(actors.begin(), actors.end(), open,
                                   [](const ActorMention &a, int pos) { return a.start < pos; });
         m != actors.begin() && std::prev(m)->start >= from;) {
        --m;
        if (m->kind == ActorKind::Person)
            return -1; // a person named since: the pronoun is theirs, or no one's
        const int back = std::max(from, m->start - 40);
        if (!m->place && delegate.match(QStringView(text).mid(back, m->start - back)).hasMatch())
            return int(m - actors.begin());
    }
    return -1;
}

// After a mention: its reporting verb, right after it or after an aside in commas ("The
// representative of Algeria, speaking on behalf of the Arab Group, said: …").
bool speechVerbAfter(const QString &text, int end, int limit)
{
    int p = end;
    if (speechVerbs().contains(wordAt(text, p)))
        return true;
    int comma = end;
    while (comma < limit && text.at(comma) == u' ')
        ++comma;
    if (comma >= limit || text.at(comma) != u',')
        return false;
    for (int k = comma + 1; k < limit && k < comma + 100; ++k) {
        const QChar c = text.at(k);
        if (c == u'.' || c == u':' || c == u';' || isOpen(c) || c == QChar(0x201D))
            return false;
        if (c == u',') {
            p = k + 1;
            return speechVerbs().contains(wordAt(text, p));
        }
    }
    return false;
}


// After a quotation, at p: "a US State Department spokesperson told the BBC", "a spokesman for the
// Kremlin said": an unnamed spokesperson speaks for the state or body named in the title or after
// "for" (the first one there), or -1. (An unnamed official or source speaks for no one.)
int spokespersonFor(const QString &text, const std::vector<ActorMention> &actors, int p, int limit)
{
    static const QRegularExpression unnamed(
        QStringLiteral("^(?:a|an|the)\\s+(?:[\\w.'\u2019-]+\\s+){0,5}?") + unnamedOfficial()
            + QStringLiteral("(?:\\s+for\\s+(?:the\\s+)?[\\w.'\u2019-]+(?:\\s+\\p{Lu}[\\w.'\u2019-]*){0,4})?\\s+(?=\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (p >= limit) // (a negative length would make the view run to the text's end)
        return -1;
    const QRegularExpressionMatch m = unnamed.match(QStringView(text).mid(p, std::min(120, limit - p)));
    int verb = p + int(m.capturedEnd());
    if (!m.hasMatch() || !speechVerbs().contains(wordAt(text, verb)))
        return -1;
    for (auto a = std::lower_bound(actors.begin(), actors.end(), p, [](const ActorMention &x, int pos) { return x.start < pos; });
         a != actors.end() && a->end <= p + int(m.capturedEnd()); ++a)
        if (a->kind != ActorKind::Person && !a->place)
            return int(a - actors.begin());
    return -1;
}

// The office of "the prime minister said" at `from` (after a quotation: `after`) or the last such
// before `open` (before one), its holder as officeHolder() finds them; -1 otherwise.
int officeSpeaker(const QString &text, const std::vector<ActorMention> &actors, int from, int open, bool after)
{
    static const QRegularExpression the(QStringLiteral("\\bthe\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(QStringLiteral("\\G([A-Za-z-]+)\\s*"));
    const QString window = text.mid(from, std::max(0, open - from));
    int found = -1;
    for (auto it = the.globalMatch(window); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (after && m.capturedStart() > 0)
            break;
        // up to four words of office, then the reporting verb: "the Russian foreign minister told"
        int at = int(m.capturedEnd());
        const int officeStart = at;
        int officeEnd = -1;
        for (int k = 0; k < 5; ++k) {
            const QRegularExpressionMatch w = word.match(window, at);
            if (!w.hasMatch())
                break;
            if (k > 0 && speechVerbs().contains(w.captured(1).toLower())) {
                officeEnd = int(w.capturedStart(1));
                break;
            }
            at = int(w.capturedEnd());
        }
        if (officeEnd > 0)
            found = officeHolder(text, actors, from + officeStart, from + officeEnd, from + int(m.capturedStart()));
        if (after)
            break;
    }
    return found;
}

} // namespace

// Before a quotation opening at `open`: "… alongside President Donald Trump, who called the deal
// “a long time coming”": the person a relative "who" follows, when its verb is a reporting one and
// the clause runs on to the quotation; else -1. (Without it the sentence's first person spoke.)
int relativeSpeaker(const QString &text, const std::vector<ActorMention> &actors, int from, int open)
{
    const int lookFrom = std::max(from, open - 160);
    const qsizetype at = QStringView(text).mid(lookFrom, open - lookFrom).lastIndexOf(QLatin1String(", who "));
    if (at < 0)
        return -1;
    const int comma = lookFrom + int(at);
    for (int k = comma + 6; k < open; ++k)
        if (const QChar c = text.at(k); c == u'.' || c == u';' || c == u':' || isOpen(c) || c == QChar(0x201D))
            return -1;
    int p = comma + 6;
    QString verb = wordAt(text, p);
    if (verb.endsWith(QLatin1String("ly"))) // ("who later called it")
        verb = wordAt(text, p);
    if (!speechVerbs().contains(verb))
        return -1;
    const auto after = std::lower_bound(actors.begin(), actors.end(), comma,
                                        [](const ActorMention &a, int pos) { return a.start < pos; });
    if (after == actors.begin())
        return -1;
    const auto named = std::prev(after);
    return named->end == comma && named->kind == ActorKind::Person && !named->place ? int(named - actors.begin()) : -1;
}

// "…," X said  /  "…," said X  /  "…," he said  /  "…," spokesman Fyodor Lazarev said: who is named
// after the quotation closing at `close`.
int speakerAfter(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
                 const QuoteMention &q, int close, int sEnd)
{
    int speaker = -1;
    int p = skipSpaces(text, close + 1);
    // (a country's adjective may open the speaker's title: "…,” Qatari Prime Minister Sheikh Mohammed … told)
    const int atP = mentionAt(actors, p);
    int afterMention = atP >= 0 ? actors[size_t(atP)].end : 0;
    if (atP >= 0 && speechVerbs().contains(wordAt(text, afterMention))) {
        speaker = atP;
    } else if (atP >= 0 && actors[size_t(atP)].kind == ActorKind::Person) {
        // (a person with another verb after them is no speaker)
    } else {
        int after = p;
        const QString w = wordAt(text, after);
        if (speechVerbs().contains(w)) {
            // "said Foreign Minister Sergei Lavrov": the title is not part of the mention
            const int from = skipSpaces(text, after);
            const auto first = std::lower_bound(actors.begin(), actors.end(), from,
                                                [](const ActorMention &a, int pos) { return a.start < pos; });
            // (a person first: "said WFP spokesperson Tomasz Lewandowski")
            int other = -1;
            for (int m = int(first - actors.begin()); m < int(actors.size()) && speaker < 0 && actors[size_t(m)].start < from + 40; ++m)
                if (actors[size_t(m)].start >= from && !actors[size_t(m)].place && actors[size_t(m)].start < sEnd) {
                    if (actors[size_t(m)].kind == ActorKind::Person)
                        speaker = m;
                    else if (other < 0)
                        other = m;
                }
            if (speaker < 0)
                speaker = other;
        } else if (w == u"he" || w == u"she") {
            int v = after;
            if (speechVerbs().contains(wordAt(text, v))) {
                speaker = pronounSpeaker(text, sentences, actors, p, q.start - 1);
                if (speaker < 0)
                    speaker = delegateSpeaker(text, sentences, actors, q.start - 1);
            }
        } else {
            // "…," spokesman Fyodor Lazarev said: a person after a few words of title, then the verb
            const auto first = std::lower_bound(actors.begin(), actors.end(), p,
                                                [](const ActorMention &a, int pos) { return a.start < pos; });
            // ("…," the Kremlin said: a body or state right after "the")
            for (auto m = first; m != actors.end() && m->start < p + 40 && m->start < sEnd; ++m) {
                int verb = m->end;
                const bool body = m->kind != ActorKind::Person && QStringView(text).mid(p, m->start - p).trimmed() == u"the";
                if ((m->kind == ActorKind::Person || body) && !m->place && speechVerbs().contains(wordAt(text, verb))
                    && !fullStopOutsideMentions(text, actors, p, m->start)) {
                    speaker = int(m - actors.begin());
                    break;
                }
            }
            if (speaker < 0)
                speaker = spokespersonFor(text, actors, p, sEnd);
            if (speaker < 0)
                speaker = officeSpeaker(text, actors, p, std::min(sEnd, p + 80), true);
        }
    }
    return speaker;
}

// "Interfax quoted Kremlin spokesman Dmitry Peskov as saying", before or after the quotation.
int quotedAsSpeaker(const QString &text, const std::vector<ActorMention> &actors, const QuoteMention &q, int close,
                    int sStart, int sEnd)
{
    int speaker = -1;
    static const QRegularExpression quotedAs(
        QStringLiteral("\\bquoted\\s+(.{2,80}?)\\s+as\\s+(?:saying|telling|stating|writing)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const auto &[from, to] : {std::pair{sStart, q.start - 1}, std::pair{close + 1, sEnd}}) {
        const QRegularExpressionMatch m = to > from ? quotedAs.match(QStringView(text).mid(from, to - from))
                                                    : QRegularExpressionMatch();
        if (!m.hasMatch())
            continue;
        const int nameStart = from + int(m.capturedStart(1)), nameEnd = from + int(m.capturedEnd(1));
        int other = -1;
        for (auto a = std::lower_bound(actors.begin(), actors.end(), nameStart,
                                       [](const ActorMention &x, int pos) { return x.start < pos; });
             a != actors.end() && a->end <= nameEnd && speaker < 0; ++a) {
            if (a->kind == ActorKind::Person && !a->place)
                speaker = int(a - actors.begin());
            else if (other < 0 && !a->place)
                other = int(a - actors.begin());
        }
        if (speaker < 0)
            speaker = other;
        break;
    }
    return speaker;
}

// "according to X" anywhere in the sentence.
int accordingToSpeaker(const QString &text, const std::vector<ActorMention> &actors, int sStart, int sEnd)
{
    int speaker = -1;
    const qsizetype found = QStringView(text).mid(sStart, sEnd - sStart).indexOf(QLatin1String("according to "));
    const int acc = found < 0 ? -1 : sStart + int(found);
    if (acc >= 0)
        speaker = mentionAt(actors, acc + 13);
    // ("according to a statement from the Russian Foreign Ministry": the first party named in the phrase)
    for (auto m = std::lower_bound(actors.begin(), actors.end(), acc + 13,
                                   [](const ActorMention &a, int pos) { return a.start < pos; });
         acc >= 0 && speaker < 0 && m != actors.end() && m->start < std::min(sEnd, acc + 80); ++m)
        if (!m->place && !QStringView(text).mid(acc, m->start - acc).contains(u','))
            speaker = int(m - actors.begin());
    return speaker;
}

// X said (that) "…"  or the sentence's subject, before the quotation opens at `open` ("she said"
// within the quotation is someone it quotes).
int subjectSpeaker(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
                   int sStart, int open)
{
    int subject = -1;
    const auto first = std::lower_bound(actors.begin(), actors.end(), sStart,
                                        [](const ActorMention &a, int pos) { return a.start < pos; });
    for (int m = int(first - actors.begin()); m < int(actors.size()) && actors[size_t(m)].start < open; ++m) {
        const ActorMention &a = actors[size_t(m)];
        if (!a.place && a.kind == ActorKind::Person && !namedAsOwner(text, a)) { // ("Putin's aide Yuri Ushakov said")
            subject = m;
            break;
        }
    }
    // A pronoun that opens the clause before any name stands for the last person named (as
    // pronounSpeaker() decides: not one of an earlier paragraph after someone else spoke here).
    for (int k = sStart; k < open; ++k) {
        if (!text.at(k).isLetter() || (k > 0 && text.at(k - 1).isLetter()))
            continue;
        int e = k;
        const QString w = wordAt(text, e);
        if ((w == u"he" || w == u"she") && (subject < 0 || k < actors[size_t(subject)].start)) {
            subject = pronounSpeaker(text, sentences, actors, k, k); // (its own verb comes after it)
            break;
        }
        if (subject >= 0 && k >= actors[size_t(subject)].start)
            break;
    }
    // ("In a statement, the Foreign Office said: “…”", "the representative of Iran said the
    // resolution was “politically motivated”": a state or body right before the sentence's
    // reporting verb, the last before the quotation)
    for (auto m = std::lower_bound(actors.begin(), actors.end(), open,
                                   [](const ActorMention &a, int pos) { return a.start < pos; });
         subject < 0 && m != actors.begin() && std::prev(m)->start >= sStart;) {
        --m;
        if (!m->place && speechVerbAfter(text, m->end, open))
            subject = int(m - actors.begin());
    }
    // ("A Kremlin spokesman said Moscow was “ready for talks”": the state the spokesperson speaks for)
    static const QRegularExpression spokesperson(
        QStringLiteral("\\b(?:a|an|the)\\s+(?:[\\w.'\u2019-]+\\s+){0,5}?") + unnamedOfficial() + QStringLiteral("\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch sp = subject < 0 ? spokesperson.match(QStringView(text).mid(sStart, open - sStart))
                                                        : QRegularExpressionMatch();
        sp.hasMatch())
        subject = spokespersonFor(text, actors, sStart + int(sp.capturedStart()), open);
    if (subject < 0)
        subject = officeSpeaker(text, actors, std::max(sStart, open - 200), open, false);
    return subject;
}

// "“We are at a crossroads,” Sir Keir told reporters. “This is not a moment for more talk.”": a
// quotation that opens the sentence after an attributed one (before), in its paragraph with nobody
// else named between them, goes on in the same voice.
int sameVoice(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
              const QuoteMention &q, const QuoteMention &before)
{
    const int opening = q.start - 1;
    if (before.speakerMention < 0 || opening - before.end >= 160)
        return -1;
    const Sentence *here = SentenceSplitter::at(sentences, opening, 1);
    const Sentence *there = SentenceSplitter::at(sentences, before.start, 1);
    const bool opensSentence = here && QStringView(text).mid(here->start, opening - here->start).trimmed().isEmpty();
    // (the mentions are in text order: only those between the two quotations are looked at)
    const auto startsBefore = [](const ActorMention &a, int pos) { return a.start < pos; };
    const auto from = std::lower_bound(actors.begin(), actors.end(), before.end, startsBefore);
    const auto to = std::lower_bound(from, actors.end(), opening, startsBefore);
    const bool nobodyElse = std::none_of(from, to, [&](const ActorMention &a) {
        return a.kind == ActorKind::Person && a.label != actors[size_t(before.speakerMention)].label;
    });
    // (nor one with a speaker of its own no rule could name: "“…,” the source said Monday";
    // looked for near the quotation: a page of one sentence would be read to its end each time)
    bool ownVerb = false;
    for (int k = q.end; here && k < std::min(here->end, q.end + 200) && !ownVerb; ++k)
        if (text.at(k).isLetter() && !text.at(k - 1).isLetter()) {
            int e = k;
            ownVerb = speechVerbs().contains(wordAt(text, e));
        }
    if (here && there && here != there && here->paragraph == there->paragraph && opensSentence && nobodyElse && !ownVerb)
        return before.speakerMention;
    return -1;
}

} // namespace dateline::extract::speakers
