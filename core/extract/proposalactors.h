#pragma once

#include "core/extract/actorrecognizer.h"
#include "core/extract/proposedevent.h"
#include "core/extract/quotefinder.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/timex.h"

#include <QSet>
#include <QString>

#include <vector>

// Who takes part in a proposed event, and where it happens (the proposer's helpers).
namespace dateline::extract {

// The one person named in [from, to) (by any of their names), or null when none or several are.
const ActorMention *onlyPerson(const std::vector<ActorMention> &actors, int from, int to);

// A title opening with "His" or "Her" ("His meeting with Trump") with the name of the one person the
// sentence [from, to) named before that phrase instead ("Zelenskyy’s meeting with Trump"); the
// title as it was when there is no such person.
QString withOwnerNamed(const QString &title, const QString &text, const std::vector<ActorMention> &actors, int from, int to);

// A title opening with "He" or "She" with the person it stands for, where the text says who:
// "Runge … said she would brief the Council on Friday" (the person the sentence opened with), "“…,”
// he told reporters on Sunday" (the quotation's speaker), "Blinken has arrived in Cairo, where he will
// meet al-Sisi" (the one person named before the clause), "… Robert Fico had held up the package. He
// said on Wednesday that he had received assurances" (the one person the sentence before named, when
// the sentence opens with the same pronoun). Elsewhere a pronoun is as often someone no rule here can
// name, and a wrong name would make a false statement. Returns that person (null when none); title
// is changed. s: the sentence; window: the part of it read for the title; clauseStart: where the
// title's clause starts.
const ActorMention *namePronounSubject(QString &title, const QString &text, const std::vector<Sentence> &sentences,
                                       const Sentence &s, const Sentence &window, int clauseStart, const Timex &timex,
                                       const std::vector<ActorMention> &actors, const std::vector<QuoteMention> &quotes);

// Where a title drawn from a clause after a subordinator ("since", "after", "when" …) starts in text
// [from, to): "Lee took office" in "… at their first summit since Lee took office in June"; -1 when
// the title is no such clause.
int subordinateClauseAt(const QString &text, const QString &title, int from, int to);

// Adds the actors mentioned in [from, to), places apart, each once (seen holds their keys).
void addActors(ProposedEvent &e, const std::vector<ActorMention> &actors, int from, int to, QSet<QString> &seen);

// Adds the actors of a sentence soon after `sentence` that takes up the event's noun with a
// demonstrative ("That meeting, which included …").
void addTakenUpActors(ProposedEvent &e, const QString &text, const std::vector<Sentence> &sentences, int sentence,
                      const std::vector<ActorMention> &actors, QSet<QString> &seen);

// A place [from, to) names that is no capital: "the Black Sea resort of Sochi", "met in Geneva":
// capitalised words after "in", "at" or "resort of" that are no actor and no date. Empty when none.
QString namedPlace(const QString &text, int from, int to, const std::vector<ActorMention> &actors,
                   const std::vector<Timex> &timexes);

} // namespace dateline::extract
