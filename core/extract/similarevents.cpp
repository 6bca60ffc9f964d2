#include "core/extract/similarevents.h"

#include "core/date/fuzzydate.h"
#include "core/store/document.h"

#include <QSet>

#include <algorithm>

namespace dateline::extract {
namespace {

// The words that carry a title's meaning: four letters or more, lower case, not a joining word.
QSet<QString> significantWords(const QString &title)
{
    static const QSet<QString> joining = {QStringLiteral("with"),  QStringLiteral("from"),    QStringLiteral("that"),
                                          QStringLiteral("this"),  QStringLiteral("their"),   QStringLiteral("between"),
                                          QStringLiteral("about"), QStringLiteral("after"),   QStringLiteral("before"),
                                          QStringLiteral("over"),  QStringLiteral("into"),    QStringLiteral("will"),
                                          QStringLiteral("have"),  QStringLiteral("been"),    QStringLiteral("were")};
    QSet<QString> words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 4 && !joining.contains(word))
            words.insert(word);
        word.clear();
    };
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            word += c.toLower();
        else
            flush();
    }
    flush();
    return words;
}

// How well an event matches a proposal on overlapping dates; 0 when it does not (fewer than half
// the title's words and fewer than two known actors in common). Among several, the one with the
// most words and actors in common, on a date not vaguer than a month, is meant.
double match(const ProposedEvent &proposal, const QSet<QString> &words, const Event &event)
{
    double titleShare = 0;
    if (words.size() >= 2) {
        const QSet<QString> theirs = significantWords(event.title);
        const auto shared = std::count_if(words.cbegin(), words.cend(), [&](const QString &w) { return theirs.contains(w); });
        titleShare = double(shared) / double(words.size());
    }
    int sharedActors = 0;
    for (const ActorMention &a : proposal.actors) {
        const bool theirs = a.id.isValid() && std::any_of(event.actors.begin(), event.actors.end(),
                                                          [&](const ActorLink &l) { return l.actor == a.id; });
        sharedActors += theirs ? 1 : 0;
    }
    if (titleShare < 0.5 && sharedActors < 2)
        return 0;
    const DateBounds b = event.date.bounds();
    const bool vague = b.latestEnd > b.earliestStart + 31 * 86400; // also "before 26 March"
    return 4 * titleShare + sharedActors + (vague ? 0 : 2);
}

} // namespace

std::vector<EventId> similarExistingEvents(const Document &document, const Extraction &x, const std::vector<EventId> &ignore)
{
    std::vector<EventId> found(x.events.size());
    std::vector<EventId> ignored = ignore;
    std::sort(ignored.begin(), ignored.end());
    for (std::size_t i = 0; i < x.events.size(); ++i) {
        const ProposedEvent &p = x.events[i];
        const FuzzyDate date = FuzzyDate::fromEdtf(p.date);
        if (!date.isValid())
            continue;
        // A day, a few days, a month: a vaguer or open date would compare with too much to mean anything.
        constexpr TimePoint kLongestSpan = 62 * 86400;
        const DateBounds b = date.bounds();
        if (b.earliestStart >= b.latestEnd || b.latestEnd > b.earliestStart + kLongestSpan) // no overflow: open ends are far
            continue;
        const QSet<QString> words = significantWords(p.title);
        double best = 0;
        for (const Event &event : document.eventsOverlapping(b.earliestStart, b.latestEnd)) {
            if (std::binary_search(ignored.begin(), ignored.end(), event.id))
                continue;
            if (const double score = match(p, words, event); score > best) {
                best = score;
                found[i] = event.id;
            }
        }
    }
    return found;
}

} // namespace dateline::extract
