// Commands on quote links and relations.
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline::commands {

namespace {

QString eventTitle(const Document &document, EventId id)
{
    const auto e = document.event(id);
    return labels::quoted(e ? e->title : QString());
}

} // namespace

void linkQuote(Editor &editor, QuoteId quote, EventId event)
{
    Document &document = editor.document();
    std::optional<Quote> q = document.quote(quote);
    if (!q || std::find(q->events.begin(), q->events.end(), event) != q->events.end())
        return;
    q->events.push_back(event);
    editor.perform({u"link-quote"_s, u"Attach quote %1 to %2"_s.arg(labels::quoted(q->text), eventTitle(document, event))},
                   [&] { document.updateQuote(*q); });
}

void unlinkQuote(Editor &editor, QuoteId quote, EventId event)
{
    Document &document = editor.document();
    std::optional<Quote> q = document.quote(quote);
    if (!q || std::erase(q->events, event) == 0)
        return;
    editor.perform({u"unlink-quote"_s, u"Detach quote %1 from %2"_s.arg(labels::quoted(q->text), eventTitle(document, event))},
                   [&] { document.updateQuote(*q); });
}

RelationId addRelation(Editor &editor, const Relation &relation)
{
    Document &document = editor.document();
    RelationId id;
    editor.perform({u"add-relation"_s, u"Relate %1 to %2"_s.arg(eventTitle(document, relation.from),
                                                               eventTitle(document, relation.to))},
                   [&] { id = document.addRelation(relation); });
    return id;
}

void updateRelation(Editor &editor, const Relation &relation)
{
    Document &document = editor.document();
    editor.perform({u"update-relation"_s, u"Change relation of %1 to %2"_s.arg(eventTitle(document, relation.from),
                                                                             eventTitle(document, relation.to))},
                   [&] { document.updateRelation(relation); });
}

void removeRelation(Editor &editor, RelationId id)
{
    Document &document = editor.document();
    const auto old = document.relation(id);
    if (!old)
        return;
    editor.perform({u"remove-relation"_s, u"Remove relation of %1 to %2"_s.arg(eventTitle(document, old->from),
                                                                              eventTitle(document, old->to))},
                   [&] { document.removeRelation(id); });
}

} // namespace dateline::commands
