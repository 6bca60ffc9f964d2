// Document::eventIdsMatching: an EventFilter answered by SQL over the rows (the CLI's saved views).
#include "core/store/document.h"

#include "core/model/eventfilter.h"
#include "core/store/documentprivate.h"

#include <QStringList>

#include <algorithm>
#include <variant>

namespace dateline {

namespace {

using Parameter = std::variant<std::int64_t, QString>;

// Builds "a AND b AND ..." with numbered parameters.
class Conditions {
public:
    QByteArray list(const std::vector<Parameter> &values)
    {
        QByteArray text;
        for (const Parameter &v : values) {
            m_parameters.push_back(v);
            text += (text.isEmpty() ? "?" : ",?") + QByteArray::number(qsizetype(m_parameters.size()));
        }
        return text;
    }
    QByteArray one(const Parameter &value) { return list({value}); }
    void add(const QByteArray &condition) { m_conditions << condition; }

    QByteArray sql() const
    {
        QByteArray text = "SELECT e.id FROM events e";
        if (!m_conditions.isEmpty())
            text += " WHERE " + m_conditions.join(" AND ");
        return text + " ORDER BY e.id";
    }
    void bind(Statement &s) const
    {
        for (std::size_t i = 0; i < m_parameters.size(); ++i) {
            if (const auto *n = std::get_if<std::int64_t>(&m_parameters[i]))
                s.bind(int(i + 1), *n);
            else
                s.bind(int(i + 1), std::get<QString>(m_parameters[i]));
        }
    }

private:
    QByteArrayList m_conditions;
    std::vector<Parameter> m_parameters;
};

std::vector<Parameter> texts(const QStringList &values)
{
    return {values.begin(), values.end()};
}

// The roots (1..20) a filter's cameoRoots and quadClasses admit together.
std::vector<Parameter> admittedRoots(const EventFilter &f)
{
    std::vector<Parameter> roots;
    for (int root = 1; root <= 20; ++root) {
        const auto quad = cameo::quadClass(QString::number(root).rightJustified(2, u'0'));
        const bool rootListed = std::find(f.cameoRoots.begin(), f.cameoRoots.end(), root) != f.cameoRoots.end();
        const bool quadListed = std::find(f.quadClasses.begin(), f.quadClasses.end(), quad) != f.quadClasses.end();
        if (rootListed || quadListed)
            roots.emplace_back(std::int64_t(root));
    }
    return roots;
}

} // namespace

std::vector<EventId> Document::eventIdsMatching(const EventFilter &f) const
{
    Conditions c;
    if (!f.actors.empty()) {
        std::vector<Parameter> ids;
        for (ActorId a : f.actors)
            ids.emplace_back(a.value);
        c.add("e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (" + c.list(ids) + "))");
    }
    if (!f.cameoRoots.empty() || !f.quadClasses.empty()) {
        const std::vector<Parameter> roots = admittedRoots(f);
        c.add(roots.empty() ? QByteArray("0") : "e.cameo_root IN (" + c.list(roots) + ")");
    }
    if (!f.countries.isEmpty()) {
        const QByteArray countries = c.list(texts(f.countries));
        c.add("(e.place_id IN (SELECT id FROM places WHERE country IN (" + countries
              + ")) OR e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                " WHERE a.country IN (" + countries + ")))");
    }
    if (!f.tags.isEmpty())
        c.add("e.id IN (SELECT event_id FROM event_tags WHERE tag IN (" + c.list(texts(f.tags)) + "))");
    if (!f.statuses.empty()) {
        std::vector<Parameter> statuses;
        for (EventStatus s : f.statuses)
            statuses.emplace_back(std::int64_t(s));
        c.add("e.status IN (" + c.list(statuses) + ")");
    }
    if (f.dateRange.isValid()) {
        // Overlap with the range's outer bounds; an instant counts as one second long.
        const DateBounds r = f.dateRange.bounds();
        c.add("e.start_min IS NOT NULL AND e.start_min < " + c.one(std::int64_t(r.latestEnd))
              + " AND max(e.end_max, e.start_min + 1) > " + c.one(std::int64_t(r.earliestStart)));
    }
    if (f.hasQuotes) {
        c.add(QByteArray(*f.hasQuotes ? "" : "NOT ")
              + "EXISTS (SELECT 1 FROM quote_events qe WHERE qe.event_id = e.id)");
    }
    if (f.minReliability) {
        c.add("EXISTS (SELECT 1 FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id JOIN sources s"
              " ON s.id = q.source_id WHERE qe.event_id = e.id AND s.reliability <= "
              + c.one(QString(*f.minReliability)) + ")");
    }
    if (f.maxCredibility) {
        c.add("EXISTS (SELECT 1 FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id"
              " WHERE qe.event_id = e.id AND q.credibility <= " + c.one(std::int64_t(*f.maxCredibility)) + ")");
    }
    Statement s = d->db->prepare(c.sql());
    c.bind(s);
    std::vector<EventId> ids;
    while (s.step())
        ids.emplace_back(s.int64(0));
    return ids;
}

} // namespace dateline
