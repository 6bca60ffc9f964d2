#include "core/render/export/quotenotes.h"

#include "core/model/untrustedtext.h"
#include "core/store/document.h"

#include <QSet>

#include <algorithm>

namespace dateline {


QuoteNotes QuoteNotes::collect(const Document &document, const std::vector<EventId> &shownEvents,
                               Detail detail, const Accept &accept, const Plausible &plausible, int limit)
{
    QuoteNotes result;
    QHash<qint64, int> numberOfQuote;
    QHash<qint64, std::vector<Quote>> quotesOf;
    QHash<qint64, QString> speakers;
    QHash<qint64, std::optional<Source>> sources;
    QHash<QString, std::size_t> sourceIndex;
    for (std::size_t i = 0; i < shownEvents.size(); ++i) {
        const EventId id = shownEvents[i];
        if (plausible && !plausible(i))
            continue;
        auto cached = quotesOf.find(id.value);
        if (cached == quotesOf.end())
            cached = quotesOf.insert(id.value, document.quotesForEvent(id));
        const std::vector<Quote> &quotes = *cached;
        if (quotes.empty())
            continue;
        // the numbers this appearance would show: known ones, then the next free ones
        std::vector<int> numbers;
        int next = int(result.m_notes.size()) + 1;
        for (const Quote &q : quotes)
            numbers.push_back(numberOfQuote.value(q.id.value, 0) ? numberOfQuote.value(q.id.value) : next++);
        if (next - 1 > limit) {
            result.m_omitted += next - 1 - int(result.m_notes.size());
            continue;
        }
        std::vector<int> sorted = numbers;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        if (accept && !accept(i, u'[' + numberList(sorted) + u']'))
            continue;
        std::optional<Event> event;
        for (std::size_t k = 0; k < quotes.size(); ++k) {
            const Quote &q = quotes[k];
            auto &byEvent = result.m_byEvent[id.value];
            if (std::find(byEvent.begin(), byEvent.end(), numbers[k]) == byEvent.end())
                byEvent.push_back(numbers[k]);
            if (numberOfQuote.contains(q.id.value))
                continue;
            if (!event && detail == Detail::Full)
                event = document.event(id);
            QuoteNote note;
            note.number = numbers[k];
            note.quote = q.id;
            note.event = id;
            if (event) {
                note.eventTitle = event->title;
                note.eventDate = event->date.toDisplayString();
            }
            if (detail == Detail::Full && q.speaker.isValid()) {
                auto it = speakers.find(q.speaker.value);
                if (it == speakers.end()) {
                    const std::optional<Actor> actor = document.actor(q.speaker);
                    it = speakers.insert(q.speaker.value, actor ? actor->label : QString());
                }
                note.speaker = *it;
            }
            note.text = q.text;
            note.locator = q.locator;
            note.credibility = q.credibility;
            if (detail == Detail::Full && q.source.isValid()) {
                auto it = sources.find(q.source.value);
                if (it == sources.end())
                    it = sources.insert(q.source.value, document.source(q.source));
                if (*it) {
                    note.citation = citation(**it);
                    note.reliability = (*it)->reliability;
                    auto si = sourceIndex.constFind(note.citation);
                    if (si == sourceIndex.cend()) {
                        si = sourceIndex.insert(note.citation, result.m_sources.size());
                        result.m_sources.push_back({note.citation, {}});
                    }
                    result.m_sources[*si].second.push_back(note.number);
                }
            }
            numberOfQuote.insert(q.id.value, note.number);
            result.m_notes.push_back(std::move(note));
        }
    }
    return result;
}

// "1, 2, 3, 5" -> "1–3, 5"
QString QuoteNotes::numberList(const std::vector<int> &numbers)
{
    QStringList parts;
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        if (j >= i + 2)
            parts << QStringLiteral("%1–%2").arg(numbers[i]).arg(numbers[j]);
        else
            for (std::size_t k = i; k <= j; ++k)
                parts << QString::number(numbers[k]);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QString QuoteNotes::marker(EventId event) const
{
    const auto it = m_byEvent.constFind(event.value);
    if (it == m_byEvent.cend() || it->empty())
        return {};
    std::vector<int> numbers = *it;
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return u'[' + numberList(numbers) + u']';
}

QStringList QuoteNotes::sourceLines() const
{
    QStringList lines;
    for (const auto &[text, numbers] : m_sources)
        lines << QStringLiteral("[%1] %2").arg(numberList(numbers), text);
    return lines;
}

QString QuoteNotes::citation(const Source &source)
{
    // Each piece isolated: a right-to-left title does not carry the date or the URL into its run.
    QStringList parts;
    if (!source.author.isEmpty())
        parts << isolated(source.author);
    if (!source.title.isEmpty())
        parts << isolated(source.title);
    if (!source.publication.isEmpty())
        parts << isolated(source.publication);
    if (source.issued.isValid())
        parts << source.issued.toDisplayString();
    QString text = parts.join(QStringLiteral(", "));
    if (!source.url.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(". ")) + isolated(source.url);
    return text;
}

QString QuoteNotes::reliabilityName(QChar grade)
{
    switch (grade.toUpper().unicode()) {
    case 'A': return QStringLiteral("completely reliable");
    case 'B': return QStringLiteral("usually reliable");
    case 'C': return QStringLiteral("fairly reliable");
    case 'D': return QStringLiteral("not usually reliable");
    case 'E': return QStringLiteral("unreliable");
    default: return QStringLiteral("reliability cannot be judged");
    }
}

QString QuoteNotes::credibilityName(int grade)
{
    switch (grade) {
    case 1: return QStringLiteral("confirmed");
    case 2: return QStringLiteral("probably true");
    case 3: return QStringLiteral("possibly true");
    case 4: return QStringLiteral("doubtful");
    case 5: return QStringLiteral("improbable");
    default: return QStringLiteral("truth cannot be judged");
    }
}

} // namespace dateline
