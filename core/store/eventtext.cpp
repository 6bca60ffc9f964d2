#include "core/store/eventtext.h"

#include "core/store/database.h"
#include "core/store/listedids.h"
#include "core/store/statement.h"

#include <sqlite3.h>

namespace dateline::store {

namespace {

// Quotes are joined with a private-use character (U+E000), which the tokenizer keeps as a word of
// its own: a "phrase" cannot run from one quote into the next. Names are joined with line breaks
// only (a separator word costs index space in every event). Documents indexed by earlier versions
// hold exactly these separators.
constexpr char kQuoteSeparator[] = " \xEE\x80\x80 ";

// The rows read: ids in (?1, ?2], or those in temp.listed_ids (ListedIds).
enum class Rows : std::uint8_t { Range, Listed };

QByteArray filter(const char *column, Rows rows)
{
    return QByteArray(column) + (rows == Rows::Range ? QByteArray(" > ?1 AND ") + column + " <= ?2"
                                                     : QByteArray(" IN (") + ListedIds::kSelect + ")");
}

// CROSS JOIN keeps each stream in the order of its first table, so that none is sorted.
QByteArray eventsSql(Rows rows)
{
    return "SELECT e.id, k.key, e.title, e.description, e.place_id FROM events e "
           "CROSS JOIN search_keys k ON k.event_id = e.id WHERE "
        + filter("e.id", rows) + " ORDER BY e.id";
}
QByteArray actorsSql(Rows rows)
{
    return QByteArray("SELECT ea.event_id, ") + kActorNames
        + " FROM event_actors ea CROSS JOIN actors a ON a.id = ea.actor_id WHERE " + filter("ea.event_id", rows)
        + " ORDER BY ea.event_id, ea.position";
}
QByteArray quotesSql(Rows rows)
{
    // the speaker's entry as an actor's (kActorNames over a)
    return QByteArray("SELECT qe.event_id, q.text, s.title, ") + kActorNames
        + " FROM quote_events qe CROSS JOIN quotes q ON q.id = qe.quote_id LEFT JOIN sources s ON s.id = q.source_id "
          "LEFT JOIN actors a ON a.id = q.speaker_id WHERE "
        + filter("qe.event_id", rows) + " ORDER BY qe.event_id";
}

void append(std::string &to, const Statement &s, int column)
{
    // text before bytes: the length of the UTF-8 form
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s.handle(), column));
    if (text)
        to.append(text, std::size_t(sqlite3_column_bytes(s.handle(), column)));
}

void assign(std::string &to, const Statement &s, int column)
{
    to.clear();
    append(to, s, column);
}

// One of the link streams, positioned on its first row for the event asked for.
class LinkStream {
public:
    LinkStream(Statement &s, Rows rows, std::int64_t after, std::int64_t upTo) : m_s(s)
    {
        if (rows == Rows::Range)
            m_s.bind(1, after).bind(2, upTo);
        m_more = m_s.step();
    }
    ~LinkStream() { m_s.reset(); }
    LinkStream(const LinkStream &) = delete;
    LinkStream &operator=(const LinkStream &) = delete;

    // True while the current row belongs to eventId (rows of lower ids, events without a key,
    // are skipped).
    bool at(std::int64_t eventId)
    {
        while (m_more && m_s.int64(0) < eventId)
            m_more = m_s.step();
        return m_more && m_s.int64(0) == eventId;
    }
    void next() { m_more = m_s.step(); }
    const Statement &row() const { return m_s; }

private:
    Statement &m_s;
    bool m_more = false;
};

} // namespace

const std::string *EntityNames::actor(std::int64_t actorId)
{
    auto found = m_actors.find(actorId);
    if (found == m_actors.end()) {
        static const QByteArray sql = QByteArray("SELECT ") + kActorNames + " FROM actors a WHERE a.id = ?1";
        Statement &s = m_db.cached(sql);
        std::optional<std::string> names;
        if (s.bind(1, actorId).step())
            append(names.emplace(), s, 0);
        s.reset();
        found = m_actors.emplace(actorId, std::move(names)).first;
    }
    return found->second ? &*found->second : nullptr;
}

const std::string &EntityNames::place(std::int64_t placeId)
{
    auto found = m_places.find(placeId);
    if (found != m_places.end())
        return found->second;
    Statement &s = m_db.cached("SELECT name FROM places WHERE id = ?1");
    std::string name;
    if (s.bind(1, placeId).step())
        append(name, s, 0);
    s.reset();
    return m_places.emplace(placeId, std::move(name)).first->second;
}

void EventTextReader::read(std::int64_t after, std::int64_t upTo, const std::function<void(const EventText &)> &each)
{
    if (upTo <= after)
        return;
    static const QByteArray events = eventsSql(Rows::Range), actors = actorsSql(Rows::Range),
                            quotes = quotesSql(Rows::Range);
    Statement &s = m_db.cached(events);
    s.bind(1, after).bind(2, upTo);
    readRows(s, m_db.cached(actors), m_db.cached(quotes), after, upTo, each);
}

void EventTextReader::readListed(const std::function<void(const EventText &)> &each)
{
    static const QByteArray events = eventsSql(Rows::Listed), actors = actorsSql(Rows::Listed),
                            quotes = quotesSql(Rows::Listed);
    readRows(m_db.cached(events), m_db.cached(actors), m_db.cached(quotes), 0, 0, each);
}

void EventTextReader::readRows(Statement &events, Statement &actorRows, Statement &quoteRows, std::int64_t after,
                               std::int64_t upTo, const std::function<void(const EventText &)> &each)
{
    const Rows rows = upTo > after ? Rows::Range : Rows::Listed;
    LinkStream actors(actorRows, rows, after, upTo);
    LinkStream quotes(quoteRows, rows, after, upTo);
    const bool speakers = m_quoteNames == QuoteNames::SourcesAndSpeakers;
    EventText text;
    try {
        while (events.step()) {
            text.eventId = events.int64(0);
            text.key = events.int64(1);
            assign(text.title, events, 2);
            assign(text.body, events, 3);
            NamesColumn names(text.names);
            for (; actors.at(text.eventId); actors.next())
                append(names.nextActor(), actors.row(), 1);
            names.place(events.isNull(4) ? std::string_view() : m_names.place(events.int64(4)));
            for (; quotes.at(text.eventId); quotes.next()) {
                text.body += kQuoteSeparator;
                append(text.body, quotes.row(), 1);
                if (!quotes.row().isNull(2))
                    append(names.nextQuoteName(), quotes.row(), 2);
                if (speakers && !quotes.row().isNull(3)) // NULL: no speaker
                    append(names.nextQuoteName(), quotes.row(), 3);
            }
            each(text);
        }
    } catch (...) {
        events.reset();
        throw;
    }
    events.reset();
}

} // namespace dateline::store
