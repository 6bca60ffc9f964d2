#pragma once

#include "core/model/ids.h"

#include <QString>

#include <memory>

namespace dateline {

class Document;

// A small real .dateline document for the GUI tests, built through the Document API: five
// events of the March 2008 story, three actors, one source, two quotes and one relation.
struct TestDocument {
    std::unique_ptr<Document> document;
    EventId meeting, pressConference, invitation, interview, summit;
    ActorId lavrov, rice, bush;
    SourceId article;

    // Creates the file at path (which must not exist); fails the calling test on error.
    static TestDocument create(const QString &path);
};

// A document of count untitled-looking events ("Event 0", "Event 1" …), 40 a day from 1 January
// 2010, written at path through the bulk path (for tests of steps on thousands of events);
// returns false with error set when it cannot be written.
bool writeManyEvents(const QString &path, int count, QString *error);

// Points QSettings and QStandardPaths at throw-away test locations and empties both.
void useTestSettings(const QString &applicationName);

} // namespace dateline
