#pragma once

#include "core/extract/actorrecognizer.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/timex.h"

#include <QString>

#include <functional>
#include <vector>

// The parts of a news article around the start of its story, which the proposer reads apart from
// the story's dated sentences.
namespace dateline::extract {

// A byline that carries the page's dates: "By Jane Roe and John Doe | March 3, 2008 · Updated 2 hours
// ago" (the names before a mark or the line's end; not "By Monday, the troops had left").
bool isByline(const QString &text, const Sentence &s, const std::vector<Timex> &timexes);

// The story's first sentence, its lead: the first of the text's first dozen sentences that ends as
// a sentence does (a headline, a date line, a label such as "Kremlin readout: …" do not) and has six
// words or more, past a byline and what skip (a page's furniture) says to pass. nullptr when none.
const Sentence *leadSentence(const QString &text, const std::vector<Sentence> &sentences,
                             const std::vector<Timex> &timexes, const std::function<bool(int)> &skip);

// The clause a lead opens with when it says plainly who did what: a subject that is a name or holds
// an actor ("Vladimir Putin", "Russia's foreign minister", "Sergei Lavrov, Russia's foreign minister,")
// then a verb in the past ("had", "met", "has launched", "were killed"). The title is the subject
// (without its apposition) and the words from the verb to the clause's end. Empty when the lead opens
// otherwise: with a subordinate clause ("After talks in Geneva, …"), a pronoun, a quotation, a verb in
// the present or the future.
struct LeadClause {
    QString title;
    int start = -1, end = -1; // the clause, from the subject
    bool isEmpty() const { return title.isEmpty(); }
};
LeadClause leadClause(const QString &text, const Sentence &s, const std::vector<ActorMention> &actors);

} // namespace dateline::extract
