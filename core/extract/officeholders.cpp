#include "core/extract/officeholders.h"
#include "core/extract/countrynames.h"
#include "core/extract/lexicon.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <utility>

namespace dateline::extract {
namespace {

// The country a word names ("Russian", "U.S.", "Indian", "Russia's"), or empty.
QString countryOf(QString word)
{
    if (word.endsWith(QLatin1String("'s")) || word.endsWith(QStringLiteral("\u2019s")))
        word.chop(2);
    const CountryNames::Entry *entry = CountryNames::instance().find(word);
    return entry ? entry->alpha3 : QString();
}

} // namespace

int officeHolder(const QString &text, const std::vector<ActorMention> &actors, int from, int to, int before)
{
    QStringList words = text.mid(from, to - from).simplified().split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.first().compare(QLatin1String("the"), Qt::CaseInsensitive) == 0)
        words.removeFirst();
    // "the Russian foreign minister": Russia's, and the office is "foreign minister"
    QString served;
    for (QString country; words.size() > 1 && !(country = countryOf(words.first())).isEmpty(); words.removeFirst())
        served = country;
    if (words.isEmpty() || !lexicon::officeNoun(words.last().toLower()))
        return -1;
    const QString office = words.join(u' ').toLower();
    // Of the people titled so, the one the text has named most often lately, the story's subject
    // ("Prime Minister Narendra Modi … Modi … Ethiopian Prime Minister Abiy Ahmed Ali … the Prime
    // Minister will visit Muscat" is Modi), the latest on a tie; when the office names a country, only
    // people the text said are of that country.
    constexpr int kReach = 5000; // (a few paragraphs: a long text names many ministers)
    const auto end = std::lower_bound(actors.begin(), actors.end(), before,
                                      [](const ActorMention &x, int pos) { return x.start < pos; });
    struct Candidate {
        int index = -1;
        int mentions = 0;
    };
    QHash<QString, Candidate> candidates;
    for (auto a = end; a != actors.begin();) {
        --a;
        if (a->start < before - kReach)
            break;
        if (a->kind != ActorKind::Person || a->place || candidates.contains(a->label))
            continue;
        // the words written right before the name, on its line ("Russian Foreign Minister Sergei Lavrov")
        const int titleFrom = std::max(a->start - 60, 0);
        QString title = text.mid(titleFrom, a->start - titleFrom);
        title = title.mid(title.lastIndexOf(u'\n') + 1).simplified();
        if (const QString lower = title.toLower(); lower != office && !lower.endsWith(u' ' + office))
            continue;
        if (!served.isEmpty()) {
            // "the Pakistani prime minister" is not "Indian Prime Minister Narendra Modi", nor one
            // whose country the text did not say
            const QStringList titleWords = title.left(title.size() - office.size()).split(u' ', Qt::SkipEmptyParts);
            const auto country = std::find_if(titleWords.rbegin(), titleWords.rend(),
                                              [](const QString &w) { return !countryOf(w).isEmpty(); });
            if ((country == titleWords.rend() ? a->country : countryOf(*country)) != served)
                continue;
        }
        candidates.insert(a->label, Candidate{int(a - actors.begin()), 0});
    }
    // (counted over the last pages only: a text of thousands of offices would count all of it each time)
    constexpr int kCountReach = 20000;
    if (candidates.size() > 1)
        for (auto a = std::lower_bound(actors.begin(), end, before - kCountReach,
                                       [](const ActorMention &x, int pos) { return x.start < pos; });
             a != end; ++a)
            if (const auto c = candidates.find(a->label); c != candidates.end())
                ++c->mentions;
    const Candidate *best = nullptr;
    for (const Candidate &c : std::as_const(candidates))
        if (!best || std::tie(c.mentions, c.index) > std::tie(best->mentions, best->index))
            best = &c;
    return best ? best->index : -1;
}

void addOfficeHolders(const QString &text, std::vector<ActorMention> &actors)
{
    static const QRegularExpression office = [] {
        QString nouns = lexicon::officeNouns().join(u'|');
        return QRegularExpression(QStringLiteral("\\bthe\\s+(?:(?!the\\b)[\\p{L}.\u2019'-]+\\s+){0,3}?(?:%1)\\b").arg(nouns),
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    }();
    // after the office: a name ("the Prime Minister Narendra Modi"), "of", a hyphen ("president-elect"),
    // a place it serves in ("the ambassador to Venezuela")
    static const QRegularExpression namesAnother(QStringLiteral("^(?:-|\\s+(?:\\p{Lu}|of\\b|(?:to|for|in)\\s+(?:the\\s+)?\\p{Lu}))"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
    std::vector<ActorMention> found;
    for (auto it = office.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        int start = int(m.capturedStart());
        const int end = int(m.capturedEnd());
        if (namesAnother.match(QStringView(text).mid(end, 12)).hasMatch())
            continue;
        // A country in the office is a mention already ("the Ethiopian prime minister"): the holder's
        // starts after it. Any other mention there is something else ("the Foreign Minister" a known
        // actor is called).
        auto inside = std::lower_bound(actors.begin(), actors.end(), start,
                                       [](const ActorMention &x, int pos) { return x.end <= pos; });
        bool other = false;
        int officeStart = start;
        for (; inside != actors.end() && inside->start < end; ++inside) {
            other = other || inside->kind != ActorKind::State || inside->end >= end;
            officeStart = inside->end;
        }
        while (officeStart < end && text.at(officeStart).isSpace())
            ++officeStart;
        if (other)
            continue;
        if (const int holder = officeHolder(text, actors, start, end, start); holder >= 0) {
            ActorMention mention = actors[size_t(holder)];
            start = officeStart;
            mention.start = start;
            mention.end = end;
            mention.text = text.mid(start, end - start);
            found.push_back(mention);
        }
    }
    if (found.empty())
        return;
    actors.insert(actors.end(), found.begin(), found.end());
    std::stable_sort(actors.begin(), actors.end(), [](const ActorMention &x, const ActorMention &y) { return x.start < y.start; });
}

} // namespace dateline::extract
