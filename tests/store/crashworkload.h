#pragma once

// What the crash-safety child process does to a document, and how the test checks it afterwards.
// Shared by tst_crashsafety (which replays it to know what the document must hold) and
// dateline-crashchild (which runs it until it is killed). Everything follows from the seed.

#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"
#include "core/store/document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace dateline::crash {

using namespace Qt::StringLiterals;

// Import batch k of a run: "b<k>/<i>" titles, new actors, tags and quotes. Every fifth batch is
// large (so that BulkImport drops and rebuilds the indexes), the others small.
inline int batchSize(quint32 seed, int k)
{
    QRandomGenerator rng(seed * 7919u + quint32(k));
    return k % 5 == 4 ? 2000 + int(rng.bounded(1000)) : 20 + int(rng.bounded(300));
}

inline QString batchName(int k)
{
    return u"batch %1"_s.arg(k);
}

inline NativeJsonContent importBatch(quint32 seed, int k)
{
    QRandomGenerator rng(seed * 104729u + quint32(k));
    NativeJsonContent content;
    const int actors = 3;
    for (int a = 0; a < actors; ++a) {
        Actor actor;
        actor.id = ActorId(a + 1);
        actor.label = u"b%1 actor %2"_s.arg(k).arg(a);
        content.actors.push_back(actor);
    }
    const int n = batchSize(seed, k);
    for (int i = 0; i < n; ++i) {
        Event e;
        e.id = EventId(i + 1);
        e.title = u"b%1/%2"_s.arg(k).arg(i);
        e.date = FuzzyDate::fromEdtf(u"%1-%2-%3"_s.arg(1900 + rng.bounded(120))
                                         .arg(1 + rng.bounded(12), 2, 10, QChar(u'0'))
                                         .arg(1 + rng.bounded(28), 2, 10, QChar(u'0')));
        e.actors = {{ActorId(1 + rng.bounded(actors)), ActorRole(rng.bounded(5))}};
        e.tags = {u"t%1"_s.arg(rng.bounded(4))};
        content.events.push_back(e);
        if (i % 10 == 0) {
            Quote q;
            q.id = QuoteId(i / 10 + 1);
            q.text = u"quote of b%1/%2"_s.arg(k).arg(i);
            q.events = {e.id};
            content.quotes.push_back(q);
        }
    }
    return content;
}

// One step of an edit burst: commands as the app makes them, undo and redo included.
inline void editStep(Editor &editor, QRandomGenerator &rng, int step)
{
    Document &doc = editor.document();
    const std::vector<EventId> ids = doc.eventIdsInTimeOrder();
    auto anyEvent = [&] { return *doc.event(ids[rng.bounded(int(ids.size()))]); };
    const QString word = u"s%1"_s.arg(step);
    switch (ids.size() < 4 ? 0 : rng.bounded(10)) {
    case 0: {
        Event e;
        e.title = u"Event "_s + word;
        e.date = FuzzyDate::fromEdtf(u"%1-%2"_s.arg(1990 + rng.bounded(30)).arg(1 + rng.bounded(12), 2, 10, QChar(u'0')));
        e.tags = {u"burst"_s};
        const std::vector<Actor> actors = doc.actors();
        if (!actors.empty())
            e.actors = {{actors[rng.bounded(int(actors.size()))].id, ActorRole::Participant}};
        commands::addEvent(editor, e);
        break;
    }
    case 1: { // a drag of three events: one step, all or none moved
        std::vector<Event> moved{anyEvent(), anyEvent(), anyEvent()};
        const QString date = u"%1-0%2-1%3"_s.arg(1950 + rng.bounded(70)).arg(1 + rng.bounded(9)).arg(rng.bounded(9));
        for (Event &e : moved)
            e.date = FuzzyDate::fromEdtf(date);
        if (moved[0].id != moved[1].id && moved[1].id != moved[2].id && moved[0].id != moved[2].id)
            commands::updateEvents(editor, moved, u"Move"_s);
        break;
    }
    case 2: commands::removeEvents(editor, {anyEvent().id, anyEvent().id}); break;
    case 3: commands::duplicateEvents(editor, {anyEvent().id}); break;
    case 4: commands::addTag(editor, {anyEvent().id, anyEvent().id}, u"tag%1"_s.arg(rng.bounded(3))); break;
    case 5: {
        Quote q;
        q.text = u"Quote "_s + word;
        q.events = {anyEvent().id};
        commands::addQuote(editor, q);
        break;
    }
    case 6: commands::setStatus(editor, {anyEvent().id}, EventStatus(rng.bounded(5))); break;
    case 7: {
        Event e = anyEvent();
        e.title = u"Renamed "_s + word;
        commands::updateEvent(editor, e);
        break;
    }
    case 8:
        if (editor.canUndo())
            editor.undo();
        break;
    default:
        if (editor.canRedo())
            editor.redo();
        break;
    }
}

namespace detail {
inline QJsonValue withoutStamps(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutStamps(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() != u"created" && it.key() != u"updated" && it.key() != u"exported")
            out.insert(it.key(), withoutStamps(it.value()));
    }
    return out;
}
} // namespace detail

// The document's content and its journal (steps, labels, undone flags) without time stamps:
// equal for two runs of the same steps.
inline QByteArray contentDigest(const Document &doc)
{
    const QJsonValue content = detail::withoutStamps(QJsonDocument::fromJson(exportNativeJson(doc)).object());
    QByteArray digest = QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact);
    for (const JournalEntry &entry : doc.journal(0, 1 << 20))
        digest += '\n' + entry.command.toUtf8() + '|' + entry.label.toUtf8() + '|' + (entry.undone ? '1' : '0');
    return digest;
}

} // namespace dateline::crash
