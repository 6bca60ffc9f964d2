#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>

namespace dateline {

// One row of a document's edit journal: an undoable step with the state of everything it
// touched before and after it, as native-JSON fragments (see core/edit/entitystates.h).
struct JournalEntry {
    std::int64_t seq = 0;
    QDateTime time;       // UTC, when the step was made (or last merged into)
    QString command;      // stable machine name: "add-event", "move-events", "import"
    QString label;        // for people: "Move \u201c2+2 meeting\u201d"
    QString mergeKey;     // consecutive steps with the same key fold into one row; empty: never
    QByteArray before;
    QByteArray after;
    bool undone = false;
};

// Which end of the journal: the newest step still done (undo takes it) or the oldest undone
// step (redo takes it).
enum class JournalState : std::uint8_t { Done, Undone };

} // namespace dateline
