#include "core/edit/editor.h"

#include "core/edit/entitystates.h"
#include "core/store/bulkimport.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/writeerror.h"

#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>

namespace dateline {

namespace {

// Runs a step, undo or redo; what the disk, the file system or another program refused comes out
// as a message for people that names the file (core/store/writeerror.h), and so does a refusal
// of a read-only document.
template <typename Step>
void withPlainErrors(const Document &document, Step &&step)
{
    try {
        store::withPlainWriteErrors(document.path(), QStringLiteral("Nothing was changed"), step);
    } catch (const store::PlainWriteError &) {
        throw;
    } catch (const StoreError &error) {
        if (!document.isReadOnly() || error.sqliteCode() != 0)
            throw;
        const QString name = document.path().isEmpty() ? QStringLiteral("the document")
                                                       : QStringLiteral("\u201c%1\u201d").arg(QFileInfo(document.path()).fileName());
        throw store::PlainWriteError(QStringLiteral("Nothing was changed: %1 is open read-only. Save a copy in a folder "
                                                    "you can write to and edit that.")
                                         .arg(name)
                                         .toStdString(),
                                     0);
    }
}

bool holds(const std::vector<EntityRef> &sorted, EntityRef ref)
{
    return std::binary_search(sorted.begin(), sorted.end(), ref);
}

// The notice for a document that went from one set of states to another (over the same refs).
DocumentChange describe(const EntityStates &from, const EntityStates &to)
{
    DocumentChange change;
    const std::vector<EntityRef> fromAbsent = [&] {
        auto v = from.absent;
        std::sort(v.begin(), v.end());
        return v;
    }();
    const std::vector<EntityRef> toAbsent = [&] {
        auto v = to.absent;
        std::sort(v.begin(), v.end());
        return v;
    }();
    std::vector<EntityRef> refs = to.refs();
    const std::vector<EntityRef> fromRefs = from.refs();
    refs.insert(refs.end(), fromRefs.begin(), fromRefs.end());
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    std::set<std::int64_t> listed;
    for (const EntityRef &ref : refs) {
        change.kinds.insert(ref.kind);
        if (ref.kind != EntityKind::Event)
            continue;
        listed.insert(ref.id);
        const bool wasThere = !holds(fromAbsent, ref);
        const bool isThere = !holds(toAbsent, ref);
        if (!wasThere && isThere)
            change.eventsAdded.push_back(EventId(ref.id));
        else if (wasThere && !isThere)
            change.eventsRemoved.push_back(EventId(ref.id));
        else
            change.eventsChanged.push_back(EventId(ref.id));
    }
    // A quote linked or unlinked changes its events' quote counts (drawn as markers).
    for (const EntityStates *states : {&from, &to}) {
        for (const Quote &q : states->present.quotes) {
            for (EventId e : q.events) {
                if (listed.insert(e.value).second)
                    change.eventsChanged.push_back(e);
            }
        }
    }
    return change;
}

} // namespace

struct Editor::Recording {
    std::map<EntityRef, bool> touched; // -> created by this step
    std::vector<EntityRef> changing;   // refs whose "before" must be read, in touch order
    EntityStates before;
    std::size_t created = 0;
};

Editor::Editor(Document &document) : m_document(document) {}

Editor::~Editor()
{
    if (m_recording)
        m_document.setTouchObserver({});
}

void Editor::touched(EntityKind kind, const std::vector<std::int64_t> &ids, bool created)
{
    Recording &r = *m_recording;
    std::vector<EntityRef> fresh;
    for (std::int64_t id : ids) {
        const EntityRef ref{kind, id};
        if (r.touched.emplace(ref, created).second)
            fresh.push_back(ref);
    }
    if (created) {
        r.created += fresh.size();
        r.before.absent.insert(r.before.absent.end(), fresh.begin(), fresh.end());
        return;
    }
    // Read now: the write that touched them has not changed them yet.
    EntityStates state = captureStates(m_document, fresh);
    EntityStates &b = r.before;
    b.absent.insert(b.absent.end(), state.absent.begin(), state.absent.end());
    if (state.hasTitle) {
        b.hasTitle = true;
        b.present.title = state.present.title;
    }
    if (state.hasViews) {
        b.hasViews = true;
        b.present.views = std::move(state.present.views);
    }
    if (state.hasBookmarks) {
        b.hasBookmarks = true;
        b.present.bookmarks = std::move(state.present.bookmarks);
    }
    auto move = [](auto &from, auto &to) { std::move(from.begin(), from.end(), std::back_inserter(to)); };
    move(state.present.actors, b.present.actors);
    move(state.present.places, b.present.places);
    move(state.present.sources, b.present.sources);
    move(state.present.events, b.present.events);
    move(state.present.quotes, b.present.quotes);
    move(state.present.relations, b.present.relations);
    move(state.present.eras, b.present.eras);
}

void Editor::perform(const StepInfo &info, const std::function<void()> &change)
{
    // Disk full, read-only, locked: a message for people (the step rolled back whole).
    withPlainErrors(m_document, [&] {
        if (m_recording) { // a command made of commands: one step
            change();
            return;
        }
        Document::BulkEdit edit(m_document);
        m_recording = std::make_unique<Recording>();
        m_document.setTouchObserver([this](EntityKind kind, const std::vector<std::int64_t> &ids, Touch how) {
            touched(kind, ids, how == Touch::Created);
        });
        auto stopRecording = qScopeGuard([this] {
            m_document.setTouchObserver({});
            m_recording.reset();
        });
        change();
        if (m_recording->touched.empty()) {
            edit.commit(); // nothing the journal tracks changed: keep whatever did, record no step
            return;
        }
        const DocumentChange notice = recordStep(info);
        edit.commit();
        stopRecording.dismiss();
        m_recording.reset();
        notify(notice);
    });
}

DocumentChange Editor::recordStep(const StepInfo &info)
{
    m_document.setTouchObserver({});
    const bool recordAfter = m_recording->created <= kMaxRecordedCreations;
    std::vector<EntityRef> afterRefs;
    for (const auto &[ref, created] : m_recording->touched) {
        if (recordAfter || !created)
            afterRefs.push_back(ref);
    }
    const EntityStates after = captureStates(m_document, afterRefs);
    const EntityStates &before = m_recording->before;
    DocumentChange notice = recordAfter ? describe(before, after) : DocumentChange{{}, {}, {}, {}, true};
    if (!recordAfter)
        notice.kinds = {EntityKind::Event};

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray afterJson = recordAfter ? encodeStates(after) : QByteArray();
    const bool hadRedo = canRedo();
    m_document.dropUndoneJournal();
    bool merged = false;
    if (!info.mergeKey.isEmpty() && !hadRedo) {
        const auto head = m_document.newestJournalEntry(JournalState::Done);
        if (head && head->mergeKey == info.mergeKey && head->time.secsTo(now) <= kMergeWindowSeconds) {
            const auto full = m_document.journalEntry(head->seq);
            const auto headBefore = full ? decodeStates(full->before, nullptr) : std::nullopt;
            if (headBefore && headBefore->refs() == before.refs() && !full->after.isEmpty()) {
                m_document.replaceJournalStates(head->seq, info.label, full->before, afterJson, now);
                merged = true;
            }
        }
    }
    if (!merged)
        m_document.appendJournal({0, now, info.command, info.label, info.mergeKey, encodeStates(before), afterJson, false});
    return notice;
}

void Editor::performBulk(const StepInfo &info, const std::function<void()> &change)
{
    // Disk full, read-only, locked: a message for people (the step rolled back whole).
    withPlainErrors(m_document, [&] {
        if (m_recording) { // inside another step: the BulkImport is a savepoint of it, recorded there
            change();
            return;
        }
        m_recording = std::make_unique<Recording>();
        m_document.setTouchObserver([this](EntityKind kind, const std::vector<std::int64_t> &ids, Touch how) {
            touched(kind, ids, how == Touch::Created);
        });
        std::optional<DocumentChange> notice;
        m_document.setBulkObserver([&](const BulkImportSummary &added) {
            const std::int64_t count = added.actors.count + added.places.count + added.sources.count
                                       + added.events.count + added.quotes.count + added.relations.count
                                       + added.eras.count;
            // Past the limit only the ids are recorded (recordStep): they go straight to the "absent"
            // list, without an entry per id in the touched map (a million-row import would spend
            // seconds and hundreds of MB on it). The ids are new: nothing else touched them.
            const bool idsOnly = m_recording->created + std::size_t(count) > kMaxRecordedCreations;
            auto addRange = [this, idsOnly](EntityKind kind, const IdRange &range) {
                if (range.isEmpty())
                    return;
                Recording &r = *m_recording;
                auto add = [&](std::int64_t id) {
                    if (idsOnly) {
                        r.before.absent.push_back({kind, id});
                        ++r.created;
                    } else {
                        touched(kind, {id}, true);
                    }
                };
                if (range.last - range.first + 1 == range.count) {
                    for (std::int64_t id = range.first; id < range.last; ++id) // not past last: INT64_MAX
                        add(id);
                    add(range.last);
                    return;
                }
                // Ids kept from a file, with gaps: the range holds no other rows, so read its rows.
                Statement rows = m_document.database().prepare(
                    QByteArray("SELECT id FROM ") + entityListName(kind) + " WHERE id BETWEEN ?1 AND ?2 ORDER BY id");
                rows.bind(1, range.first).bind(2, range.last);
                while (rows.step())
                    add(rows.int64(0));
            };
            addRange(EntityKind::Actor, added.actors);
            addRange(EntityKind::Place, added.places);
            addRange(EntityKind::Source, added.sources);
            addRange(EntityKind::Event, added.events);
            addRange(EntityKind::Quote, added.quotes);
            addRange(EntityKind::Relation, added.relations);
            addRange(EntityKind::Era, added.eras);
            if (!m_recording->touched.empty() || !m_recording->before.absent.empty())
                notice = recordStep(info);
        });
        auto stopRecording = qScopeGuard([this] {
            m_document.setTouchObserver({});
            m_document.setBulkObserver({});
            m_recording.reset();
        });
        change();
        stopRecording.dismiss();
        m_document.setTouchObserver({});
        m_document.setBulkObserver({});
        m_recording.reset();
        if (notice) {
            notice->everything = true;
            notify(*notice);
        }
    });
}

bool Editor::canUndo() const
{
    return !m_document.isReadOnly() && m_document.newestJournalEntry(JournalState::Done).has_value();
}

bool Editor::canRedo() const
{
    return !m_document.isReadOnly() && m_document.newestJournalEntry(JournalState::Undone).has_value();
}

QString Editor::undoLabel() const
{
    const auto entry = m_document.newestJournalEntry(JournalState::Done);
    return entry && !m_document.isReadOnly() ? entry->label : QString();
}

QString Editor::redoLabel() const
{
    const auto entry = m_document.newestJournalEntry(JournalState::Undone);
    return entry && !m_document.isReadOnly() ? entry->label : QString();
}

void Editor::undo()
{
    // Disk full, read-only, locked: a message for people (the step rolled back whole).
    withPlainErrors(m_document, [&] {
        if (const auto head = m_document.newestJournalEntry(JournalState::Done)) {
            if (const auto entry = m_document.journalEntry(head->seq))
                replay(*entry, true);
        }
    });
}

void Editor::redo()
{
    // Disk full, read-only, locked: a message for people (the step rolled back whole).
    withPlainErrors(m_document, [&] {
        if (const auto head = m_document.newestJournalEntry(JournalState::Undone)) {
            if (const auto entry = m_document.journalEntry(head->seq))
                replay(*entry, false);
        }
    });
}

void Editor::replay(const JournalEntry &entry, bool undo)
{
    if (!undo && entry.after.isEmpty()) {
        throw StoreError(QStringLiteral("\u201c%1\u201d created too many entities to be redone; run it again instead")
                             .arg(entry.label)
                             .toStdString());
    }
    QString error;
    const auto target = decodeStates(undo ? entry.before : entry.after, &error);
    if (!target) {
        throw StoreError(QStringLiteral("Cannot %1 \u201c%2\u201d: %3")
                             .arg(undo ? QStringLiteral("undo") : QStringLiteral("redo"), entry.label, error)
                             .toStdString());
    }
    const QByteArray &otherJson = undo ? entry.after : entry.before;
    const std::optional<EntityStates> other =
        otherJson.isEmpty() ? std::optional<EntityStates>(EntityStates{}) : decodeStates(otherJson, nullptr);
    Document::BulkEdit edit(m_document);
    applyStates(m_document, *target);
    m_document.setJournalUndone(entry.seq, undo);
    edit.commit();
    DocumentChange notice = other ? describe(*other, *target) : DocumentChange{};
    if (!other || otherJson.isEmpty())
        notice.everything = true;
    notify(notice);
}

int Editor::addListener(std::function<void(const DocumentChange &)> listener)
{
    const int id = m_nextListener++;
    m_listeners.emplace_back(id, std::move(listener));
    return id;
}

void Editor::removeListener(int id)
{
    std::erase_if(m_listeners, [id](const auto &entry) { return entry.first == id; });
}

void Editor::notify(const DocumentChange &change)
{
    const auto listeners = m_listeners; // a listener may remove itself
    for (const auto &[id, listener] : listeners)
        listener(change);
}

} // namespace dateline
