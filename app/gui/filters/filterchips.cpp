#include "app/gui/filters/filterchips.h"

#include <QCoreApplication>

namespace dateline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FilterChips", text);
}

// The filter without element i of the list member.
template <typename List>
EventFilter without(const EventFilter &filter, List EventFilter::*member, qsizetype i)
{
    EventFilter f = filter;
    List &list = f.*member;
    list.erase(list.begin() + i);
    return f;
}

} // namespace

QString dateRangeText(const FuzzyDate &range)
{
    if (!range.isValid())
        return {};
    if (!range.isInterval())
        return tr("In %1").arg(range.toEdtf());
    const auto [from, to] = dateRangeEnds(range);
    if (from.isValid() && to.isValid())
        return tr("From %1 to %2").arg(from.toEdtf(), to.toEdtf());
    if (from.isValid())
        return tr("From %1").arg(from.toEdtf());
    if (to.isValid())
        return tr("Until %1").arg(to.toEdtf());
    return tr("Any date");
}

FuzzyDate dateRangeOf(const FuzzyDate &from, const FuzzyDate &to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    const QString a = from.isValid() ? from.toEdtf() : QStringLiteral("..");
    const QString b = to.isValid() ? to.toEdtf() : QStringLiteral("..");
    return FuzzyDate::fromEdtf(QStringLiteral("%1/%2").arg(a, b));
}

std::pair<FuzzyDate, FuzzyDate> dateRangeEnds(const FuzzyDate &range)
{
    if (!range.isValid())
        return {};
    if (!range.isInterval())
        return {range, range};
    const QString edtf = range.toEdtf();
    const qsizetype slash = edtf.indexOf(QLatin1Char('/'));
    auto end = [](QStringView text) { return text == u".." ? FuzzyDate() : FuzzyDate::fromEdtf(text); };
    return {end(QStringView(edtf).left(slash)), end(QStringView(edtf).mid(slash + 1))};
}

std::vector<FilterChip> filterChips(const EventFilter &filter, const std::function<QString(ActorId)> &actorName,
                                    const std::function<QString(const QString &)> &countryName)
{
    std::vector<FilterChip> chips;
    for (std::size_t i = 0; i < filter.actors.size(); ++i)
        chips.push_back({tr("Actor: %1").arg(actorName(filter.actors[i])), without(filter, &EventFilter::actors, qsizetype(i))});
    for (std::size_t i = 0; i < filter.cameoRoots.size(); ++i) {
        const int root = filter.cameoRoots[i];
        chips.push_back({tr("Type: %1 %2").arg(root, 2, 10, QLatin1Char('0')).arg(cameo::rootName(root)),
                         without(filter, &EventFilter::cameoRoots, qsizetype(i))});
    }
    for (std::size_t i = 0; i < filter.quadClasses.size(); ++i)
        chips.push_back({tr("Quad: %1").arg(cameo::quadClassName(filter.quadClasses[i])),
                         without(filter, &EventFilter::quadClasses, qsizetype(i))});
    for (qsizetype i = 0; i < filter.countries.size(); ++i)
        chips.push_back({tr("Country: %1").arg(countryName(filter.countries[i])), without(filter, &EventFilter::countries, i)});
    for (qsizetype i = 0; i < filter.tags.size(); ++i)
        chips.push_back({tr("Tag: %1").arg(filter.tags[i]), without(filter, &EventFilter::tags, i)});
    for (std::size_t i = 0; i < filter.statuses.size(); ++i)
        chips.push_back({tr("Status: %1").arg(statusName(filter.statuses[i])), without(filter, &EventFilter::statuses, qsizetype(i))});
    if (filter.dateRange.isValid()) {
        EventFilter f = filter;
        f.dateRange = FuzzyDate();
        chips.push_back({dateRangeText(filter.dateRange), f});
    }
    if (filter.minReliability) {
        EventFilter f = filter;
        f.minReliability.reset();
        chips.push_back({tr("Source reliability: at least %1").arg(*filter.minReliability), f});
    }
    if (filter.maxCredibility) {
        EventFilter f = filter;
        f.maxCredibility.reset();
        chips.push_back({tr("Quote credibility: at most %1").arg(*filter.maxCredibility), f});
    }
    if (filter.hasQuotes) {
        EventFilter f = filter;
        f.hasQuotes.reset();
        chips.push_back({*filter.hasQuotes ? tr("With quotes") : tr("Without quotes"), f});
    }
    return chips;
}

} // namespace dateline
