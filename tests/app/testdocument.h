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

// Points QSettings and QStandardPaths at throw-away test locations and empties the settings.
void useTestSettings(const QString &applicationName);

} // namespace dateline
