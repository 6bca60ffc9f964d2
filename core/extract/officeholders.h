#pragma once

#include "core/extract/actorrecognizer.h"

#include <QString>

#include <vector>

// People named by their office alone: "the prime minister", once the text has named "Prime Minister
// Narendra Modi".
namespace dateline::extract {

// The person the text last named, before `before`, with the office written in text [from, to)
// ("prime minister", "the Russian foreign minister": a leading country word is not part of the
// office, and the holder must be said to be of that country); the index of that mention in actors (sorted by start), or -1 when there is none. The whole
// office must end the title written before the name: "the vice president" is not "President Trump",
// "the minister" is "Foreign Minister Sergei Lavrov".
int officeHolder(const QString &text, const std::vector<ActorMention> &actors, int from, int to, int before);

// Adds to actors (sorted by start, and kept so) a mention of the holder for each "the <office>" that
// names no one itself ("the Prime Minister will visit Muscat", "the Prime Minister's first visit"),
// where officeHolder() finds one. An office followed by a name, by "of" ("the president of the
// Commission"), by a hyphen ("president-elect") or by where it serves ("the ambassador to
// Venezuela") is left alone.
void addOfficeHolders(const QString &text, std::vector<ActorMention> &actors);

} // namespace dateline::extract
