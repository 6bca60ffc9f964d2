#include "core/extract/quotefinder.h"

#include "core/extract/quotespeakers.h"

#include <QSet>

#include <algorithm>

namespace dateline::extract {
namespace {

using speakers::isOpen;
using speakers::speechVerbs;
using speakers::wordAt;


// A short capitalised quotation between a determiner and a noun names something rather than
// quoting anyone: the "Howdy Modi" rally, the "America First" agenda. (A "very positive" move is
// someone's words; called it "A dangerous gamble" that … is a quotation: the word after it is no noun.)
bool isName(const QString &text, const QuoteMention &q)
{
    if (q.text.count(u' ') > 2 || q.text.isEmpty() || !q.text.front().isUpper() || !q.text.back().isLetterOrNumber())
        return false;
    int b = q.start - 2;
    while (b >= 0 && text.at(b).isSpace())
        --b;
    int wordStart = b;
    while (wordStart > 0 && text.at(wordStart - 1).isLetter())
        --wordStart;
    if (b < 0 || !text.at(b).isLetter() || (wordStart > 0 && !text.at(wordStart - 1).isSpace()))
        return false;
    static const QSet<QString> determiners = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
                                              QStringLiteral("its"), QStringLiteral("his"), QStringLiteral("her"),
                                              QStringLiteral("their"), QStringLiteral("our"), QStringLiteral("this")};
    int e = wordStart;
    const QString determiner = wordAt(text, e);
    if (!determiners.contains(determiner))
        return false;
    int after = q.end + 1;
    // "launched the "Road Map".": after "the", a capitalised name may end the clause
    if (determiner == u"the" && (after >= text.size() || !text.at(after).isLetterOrNumber()) && (after >= text.size() || text.at(after) != u' '))
        return true;
    if (after >= text.size() || text.at(after) != u' ')
        return false;
    ++after;
    if (after >= text.size() || !text.at(after).isLower())
        return false;
    static const QSet<QString> notNouns = {
        QStringLiteral("that"), QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("but"), QStringLiteral("to"), QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("in"),
        QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("as"), QStringLiteral("with"), QStringLiteral("by"),
        QStringLiteral("from"), QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("are"),
        QStringLiteral("be"), QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("have"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("should"), QStringLiteral("may"),
        QStringLiteral("might"), QStringLiteral("can"), QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"),
        QStringLiteral("it"), QStringLiteral("we"), QStringLiteral("than"), QStringLiteral("when"), QStringLiteral("while"),
        QStringLiteral("if"), QStringLiteral("into"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("over")};
    const QString next = wordAt(text, after);
    return !notNouns.contains(next) && !speechVerbs().contains(next) && !next.endsWith(QLatin1String("ed"));
}

// For each position of a text: the next closing mark of each kind and the next blank line, built once,
// so that finding where a quotation closes costs nothing per unmatched mark. A closing single mark is
// one not followed by a letter ("don’t" has an apostrophe).
class ClosingMarks {
public:
    explicit ClosingMarks(const QString &text)
        : m_n(int(text.size()))
    {
        const int n = m_n;
        for (std::vector<int> *table : {&m_straight, &m_curly, &m_single, &m_guillemet, &m_break, &m_high, &m_straightSingle})
            table->assign(size_t(n) + 1, n);
        static const QString ownPunctuation = QStringLiteral(",.!?");
        for (int k = n - 1; k >= 0; --k) {
            const QChar c = text.at(k);
            m_straight[size_t(k)] = c == u'"' ? k : m_straight[size_t(k + 1)];
            m_curly[size_t(k)] = c == QChar(0x201D) ? k : m_curly[size_t(k + 1)];
            m_high[size_t(k)] = c == QChar(0x201C) || c == QChar(0x201D) ? k : m_high[size_t(k + 1)];
            m_straightSingle[size_t(k)] = c == u'\'' && k > 0 && ownPunctuation.contains(text.at(k - 1))
                    && !(k + 1 < n && text.at(k + 1).isLetterOrNumber())
                ? k
                : m_straightSingle[size_t(k + 1)];
            m_guillemet[size_t(k)] = c == QChar(0x00BB) ? k : m_guillemet[size_t(k + 1)];
            m_single[size_t(k)] = c == QChar(0x2019) && !(k + 1 < n && text.at(k + 1).isLetter()) ? k : m_single[size_t(k + 1)];
            m_break[size_t(k)] = (c == u'\n' && k + 1 < n && text.at(k + 1).isSpace()) ? k : m_break[size_t(k + 1)];
        }
    }

    // Where the quotation opened by `open` at i closes in its paragraph, or the text's length.
    int closing(QChar open, int i) const
    {
        const int j = open == u'"'             ? m_straight[size_t(i + 1)]
                      : open == QChar(0x201C) ? m_curly[size_t(i + 1)]
                      : open == QChar(0x00AB) ? m_guillemet[size_t(i + 1)]
                      : open == QChar(0x201E) ? m_high[size_t(i + 1)]
                      : open == u'\''         ? m_straightSingle[size_t(i + 1)]
                                              : m_single[size_t(i + 1)];
        return m_break[size_t(i + 1)] < j ? m_n : j;
    }

private:
    int m_n;
    std::vector<int> m_straight, m_curly, m_single, m_guillemet, m_break, m_high, m_straightSingle;
};

} // namespace

std::vector<QuoteMention> QuoteFinder::find(const QString &text, const std::vector<Sentence> &sentences,
                                            const std::vector<ActorMention> &actors)
{
    std::vector<QuoteMention> out;
    const int n = int(text.size());
    const ClosingMarks marks(text);
    for (int i = 0; i < n; ++i) {
        if (!isOpen(text.at(i)))
            continue;
        const QChar open = text.at(i);
        if (open == QChar(0x2018) && i > 0 && text.at(i - 1).isLetterOrNumber())
            continue; // inside a word: no quotation starts there
        if (open == u'\'' && ((i > 0 && !text.at(i - 1).isSpace() && text.at(i - 1) != u'(') || i + 1 >= n || !text.at(i + 1).isLetter()))
            continue;
        // A quotation ends in its paragraph and within a few thousand characters.
        const int limit = std::min(n, i + 4000);
        const int j = marks.closing(open, i);
        if (j >= limit)
            continue;
        QuoteMention q;
        q.start = i + 1;
        q.end = j;
        q.text = text.mid(q.start, q.end - q.start);
        i = j;
        bool letters = false;
        for (const QChar c : std::as_const(q.text))
            letters = letters || c.isLetter();
        if (!letters || !q.text.trimmed().contains(u' ') || isName(text, q))
            continue;
        // The sentence holding the closing mark bounds the search for the speaker.
        int sStart = 0, sEnd = n;
        if (const Sentence *s = SentenceSplitter::at(sentences, q.start, 1)) {
            sStart = s->start;
            sEnd = s->end;
        }
        if (const Sentence *s = SentenceSplitter::at(sentences, j))
            sEnd = std::max(sEnd, s->end);
        // (a few hundred characters around it in a sentence of thousands: a page without full stops)
        sStart = std::max(sStart, q.start - 600);
        sEnd = std::min(sEnd, j + 600);
        int speaker = speakers::speakerAfter(text, sentences, actors, q, j, sEnd);
        if (speaker < 0)
            speaker = speakers::quotedAsSpeaker(text, actors, q, j, sStart, sEnd);
        if (speaker < 0)
            speaker = speakers::accordingToSpeaker(text, actors, sStart, sEnd);
        if (speaker < 0)
            speaker = speakers::relativeSpeaker(text, actors, sStart, q.start - 1);
        if (speaker < 0)
            speaker = speakers::subjectSpeaker(text, sentences, actors, sStart, q.start - 1);
        if (speaker < 0 && !out.empty())
            speaker = speakers::sameVoice(text, sentences, actors, q, out.back());
        if (speaker >= 0) {
            q.speakerMention = speaker;
            q.speaker = actors[size_t(speaker)].label;
            q.speakerId = actors[size_t(speaker)].id;
        }
        out.push_back(q);
    }
    return out;
}

} // namespace dateline::extract
