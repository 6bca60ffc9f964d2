#pragma once

#include "core/extract/proposedevent.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/timex.h"

#include <QString>

#include <vector>

namespace dateline::extract {

// Links proposals the text relates: "a follow-up to" and "in response to" an earlier dated event
// (ProposedEvent::relations of the later one).
void linkRelations(const QString &text, const std::vector<Timex> &timexes, std::vector<ProposedEvent> &events);

// Drops what the headline proposes when the story proposes it again: "Minister's visit to Singapore
// (June 4-6, 2025)" above "The Minister will pay an official visit to Singapore from 4-6 June 2025"
// is one visit, and the story's sentence says more of it. The headline is the text's first line
// when it is a line of its own that does not end as a sentence does. A headline's vaguer date that
// holds the story's ("Talks to resume next week" above "will resume on Nov. 21") is a repeat when the
// two titles share a word of four letters or more.
void dropHeadlineRepeats(const QString &text, const std::vector<Sentence> &sentences, std::vector<ProposedEvent> &events);

// Joins a sentence's start and end of one thing into one proposal: "The meeting began at 10:05 a.m. and
// ended at 10:40 a.m." is the meeting, from 10:05 to 10:40 (the two titles: the same subject, then
// began, started or opened, and ended, closed or concluded).
void joinStartAndEnd(std::vector<ProposedEvent> &events);

} // namespace dateline::extract
