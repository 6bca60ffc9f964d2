#include "core/extract/meetingnames.h"

#include "core/extract/lexicon.h"

#include <QSet>

namespace dateline::extract {
namespace {

bool nameWord(const Token &w)
{
    return w.isWord() && w.capitalised && !lexicon::month(w.lower) && !lexicon::weekday(w.lower);
}

// Words of places and buildings, which host and receive too ("Downing Street", "Camp David").
bool placeWord(const QString &lower)
{
    static const QSet<QString> words = {
        QStringLiteral("street"), QStringLiteral("square"), QStringLiteral("hill"), QStringLiteral("palace"),
        QStringLiteral("hall"), QStringLiteral("castle"), QStringLiteral("camp"), QStringLiteral("park"),
        QStringLiteral("island"), QStringLiteral("islands"), QStringLiteral("bay"), QStringLiteral("airport"),
        QStringLiteral("base"), QStringLiteral("republic"), QStringLiteral("kingdom"), QStringLiteral("states"),
        QStringLiteral("county"), QStringLiteral("province"), QStringLiteral("region")};
    return words.contains(lower);
}

// A meeting's verb at k: what a person does with another ("met", "telephoned", "spoke", "hosted"), or
// "held" or "had" with talks, a call or a meeting in the next few words.
bool meetingVerb(const std::vector<Token> &t, int k)
{
    static const QSet<QString> verbs = {
        QStringLiteral("met"), QStringLiteral("meet"), QStringLiteral("meets"), QStringLiteral("visited"),
        QStringLiteral("visits"), QStringLiteral("telephoned"), QStringLiteral("phoned"), QStringLiteral("received"),
        QStringLiteral("spoke"), QStringLiteral("speak"), QStringLiteral("talked"), QStringLiteral("shook"),
        QStringLiteral("host"), QStringLiteral("hosts"), QStringLiteral("hosted")};
    static const QSet<QString> holding = {QStringLiteral("held"), QStringLiteral("hold"), QStringLiteral("holds"),
                                          QStringLiteral("had"), QStringLiteral("has"), QStringLiteral("have")};
    static const QSet<QString> held = {QStringLiteral("talks"), QStringLiteral("call"), QStringLiteral("meeting"),
                                       QStringLiteral("summit"), QStringLiteral("discussions"),
                                       QStringLiteral("consultations"), QStringLiteral("conversation")};
    const Token &w = t[size_t(k)];
    if (!w.isWord() || w.capitalised)
        return false;
    if (verbs.contains(w.lower))
        return true;
    if (!holding.contains(w.lower))
        return false;
    for (int j = k + 1; j < int(t.size()) && j <= k + 5 && t[size_t(j)].isWord(); ++j)
        if (held.contains(t[size_t(j)].lower))
            return true;
    return false;
}

} // namespace

std::vector<std::pair<int, int>> meetingNames(const std::vector<Token> &t, const std::function<bool(int, int)> &mayBeName)
{
    const int n = int(t.size());
    std::vector<std::pair<int, int>> out;
    // The name of two or three words that ends at `last` and is whole: no name word before it, nor
    // an article ("the Arab League met").
    // (a first name joined by a hyphen is one word: "Jean-Noel Barrot")
    const auto joined = [&](int hyphen) {
        return hyphen >= 1 && hyphen + 1 < n && t[size_t(hyphen)].isPunct(u'-') && !t[size_t(hyphen)].spaceBefore
            && !t[size_t(hyphen + 1)].spaceBefore && nameWord(t[size_t(hyphen - 1)]) && nameWord(t[size_t(hyphen + 1)]);
    };
    const auto nameEndingAt = [&](int last) -> int {
        int b = last;
        while (b >= 0 && last - b < 3 && nameWord(t[size_t(b)]) && (b == last || (t[size_t(b + 1)].spaceBefore && !t[size_t(b + 1)].lineBefore)))
            --b;
        ++b;
        if (b < last && joined(b - 1))
            b -= 2;
        if (last - b < 1 || (b > 0 && (nameWord(t[size_t(b - 1)]) && !t[size_t(b)].lineBefore))
            || (b > 0 && (t[size_t(b - 1)].is(u"the") || t[size_t(b - 1)].is(u"a") || t[size_t(b - 1)].is(u"an"))))
            return -1;
        return b;
    };
    // The name of two or three words that starts at `first` and ends where a phrase may go on: at
    // punctuation or a preposition ("met Anthony Albanese in Sydney"; not "met Goldman Sachs bankers").
    static const QSet<QString> after = {
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("and"), QStringLiteral("for"),
        QStringLiteral("during"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("to"),
        QStringLiteral("over"), QStringLiteral("about"), QStringLiteral("last"), QStringLiteral("this"),
        QStringLiteral("yesterday"), QStringLiteral("today"), QStringLiteral("by"), QStringLiteral("amid"),
        QStringLiteral("ahead"), QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("as")};
    const auto nameStartingAt = [&](int first) -> int {
        int e = first;
        const int firstWordEnd = joined(first + 1) ? first + 2 : first;
        while (e < n && e - first < 3 && nameWord(t[size_t(e)])
               && (e == first || (e <= firstWordEnd && !t[size_t(e)].spaceBefore) || (t[size_t(e)].spaceBefore && !t[size_t(e)].lineBefore)))
            e = e == first ? firstWordEnd + 1 : e + 1;
        if (e - first < 2 || (e < n && nameWord(t[size_t(e)]) && !t[size_t(e)].lineBefore))
            return -1;
        if (e < n && t[size_t(e)].isWord() && !after.contains(t[size_t(e)].lower) && !lexicon::weekday(t[size_t(e)].lower)
            && !lexicon::month(t[size_t(e)].lower))
            return -1;
        return e;
    };
    const auto keep = [&](int from, int to) {
        for (int j = from; j < to; ++j)
            if (placeWord(t[size_t(j)].lower) || lexicon::bodyNoun(t[size_t(j)].lower) || lexicon::companySuffix(t[size_t(j)].lower))
                return;
        if (mayBeName(from, to))
            out.emplace_back(from, to);
    };
    for (int k = 1; k < n; ++k) {
        if (!meetingVerb(t, k))
            continue;
        // the subjects: "Narendra Modi met", "Xi Jinping and Shinzo Abe hold talks", "Emmanuel Macron,
        // Olaf Scholz(,) and Giorgia Meloni met", "… will hold talks"
        const bool modal = t[size_t(k - 1)].is(u"will") || t[size_t(k - 1)].is(u"would") || t[size_t(k - 1)].is(u"also");
        if (const int b = modal ? (k >= 2 ? nameEndingAt(k - 2) : -1) : nameEndingAt(k - 1); b >= 0) {
            keep(b, modal ? k - 1 : k);
            if (b >= 3 && t[size_t(b - 1)].is(u"and")) {
                int end = t[size_t(b - 2)].isPunct(u',') ? b - 3 : b - 2;
                for (int a = 0; end >= 1 && (a = nameEndingAt(end)) >= 0; end = a - 2) {
                    keep(a, end + 1);
                    if (a < 3 || !t[size_t(a - 1)].isPunct(u','))
                        break;
                }
            }
        }
        // the object: "met (with) Anthony Albanese", "spoke with Olaf Scholz", "held talks with …"
        // (not a visit's, which is a place)
        if (t[size_t(k)].is(u"visited") || t[size_t(k)].is(u"visits"))
            continue;
        int j = k + 1;
        static const QSet<QString> takingObject = {QStringLiteral("met"), QStringLiteral("meet"), QStringLiteral("meets"),
                                                   QStringLiteral("received"), QStringLiteral("telephoned"),
                                                   QStringLiteral("phoned"), QStringLiteral("host"), QStringLiteral("hosts"),
                                                   QStringLiteral("hosted")};
        if (!takingObject.contains(t[size_t(k)].lower)) {
            // the partner comes after "with": "spoke with", "held talks with", "shook hands with"
            while (j < n && j <= k + 6 && t[size_t(j)].isWord() && !t[size_t(j)].is(u"with"))
                ++j;
            if (j >= n || !t[size_t(j)].is(u"with"))
                continue;
            ++j;
        } else if (j < n && t[size_t(j)].is(u"with")) {
            ++j;
        }
        if (const int e = nameStartingAt(j); e >= 0) {
            keep(j, e);
            if (e + 1 < n && t[size_t(e)].is(u"and"))
                if (const int f = nameStartingAt(e + 1); f >= 0)
                    keep(e + 1, f);
        }
    }
    return out;
}

} // namespace dateline::extract
