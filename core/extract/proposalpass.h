#pragma once

#include "core/extract/eventproposer.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

// One run of EventProposer::propose over a text (internal to the proposer). Each date is looked at in
// text order: dates that name no event of their own are passed over, the rest become proposals or
// extend the one before. Split by stage: proposalpass.cpp (which dates propose, and joins with the
// proposal before), proposalpasstitle.cpp (a proposal's title), proposalpassstatus.cpp (its status),
// proposalfurnish.cpp (its evidence, actors, place and quotations).
namespace dateline::extract {

// A sentence longer than this (a page without full stops) is read only around each date, so that the
// searches for one date's title, actors and quotations do not each run over all of it.
inline constexpr int kHugeSentence = 2400;
inline constexpr int kAroundClause = 600;

struct ProposalPass {
    ProposalPass(const EventProposer &proposer, std::int64_t creationDay, const QString &text,
                 const std::vector<Timex> &timexes, const std::vector<Sentence> &sentences,
                 const std::vector<ActorMention> &actors, const std::vector<QuoteMention> &allQuotes,
                 const std::vector<TextSpan> &furniture);

    std::vector<ProposedEvent> run();

    const EventProposer &proposer;
    const std::int64_t dct;
    const QString &text;
    const std::vector<Timex> &timexes;
    const std::vector<Sentence> &sentences;
    const std::vector<ActorMention> &actors;
    const std::vector<TextSpan> &furniture;
    std::vector<QuoteMention> quotes;                // in text order, none in the page's furniture
    std::vector<int> paragraphOfQuote;               // per quote, -1 outside any sentence
    QHash<int, std::vector<int>> quotesOfParagraph;  // indexes into quotes
    std::vector<ProposedEvent> events;               // in text order
    std::vector<int> paragraphOfEvent;               // per event
    const Sentence *readerChecked = nullptr;         // the last sentence looked at for advertising
    bool addressesReader = false;                    // it addresses the reader, or asks a question

    // One date's proposal in the making.
    struct Dated {
        Dated(int k, const Timex &t, const Sentence &s)
            : k(k), t(t), s(s), window(s)
        {
        }
        int k;                 // the date's index in timexes
        const Timex &t;
        const Sentence &s;     // its sentence
        bool spanEnd = false;  // the second year of "between 2019 and 2021"
        bool onlyIfPlanned = false;
        bool timed = false;    // a time of day follows: "on Thursday at 10:00"
        Sentence window;       // the sentence, or the part around the date of a huge one
        int clauseStart = 0;   // where the date's clause starts (after an earlier date of the sentence)
        bool repeat = false;   // "… and again in June"
        EventProposer::TitleChoice choice;
        bool nounPhrase = false;
        const ActorMention *pronounSubject = nullptr; // who "he" or "she" opening the title is
    };

    // proposalpass.cpp: which dates propose
    bool inFurniture(int pos) const;
    const Sentence *sentenceOf(int pos) const;
    void proposeAt(int k);
    void append(ProposedEvent &&e, const Sentence &s, int cs, int ce, bool nounPhrase);
    bool proposeCounted(int k);
    bool sameMomentAgain(int k) const;
    bool timeOfDay(int day, int time) const;
    bool notNews(const Sentence &s);
    bool comparedFigure(const Timex &t, const Sentence &s) const;
    static int datelineEnds(const Timex &d, const Sentence &s);
    bool datelineOfDatedSentence(int k, const Sentence &s) const;
    bool quotationOfProposedDay(const Timex &t) const;
    bool reportBesideEvent(int k, const Sentence &s) const;
    bool extendsPrevious(int k, const Sentence &s);
    bool boundOrBaseline(int k, const Sentence &s) const;
    bool movedFrom(const Timex &d, const Sentence &s) const;
    bool givenUp(int k, const Sentence &s) const;
    bool movesPreviousPlan(int k, const Sentence &s);
    void proposeLead();
    void cutHugeEvidence();

    // proposalpasstitle.cpp: the title
    void chooseTitle(ProposedEvent &e, Dated &date) const;
    void titleBesidePrevious(ProposedEvent &e, const Dated &date) const;
    void titleWithoutOtherDates(ProposedEvent &e, const Dated &date) const;
    void titleWithPeople(ProposedEvent &e, Dated &date) const;
    bool statementTitle(ProposedEvent &e, const Dated &date) const;
    bool saysNothing(const ProposedEvent &e, const Dated &date) const;

    // proposalpassstatus.cpp: the status, and what the status changes
    QString statusWords(const Dated &date) const;
    void setStatus(ProposedEvent &e, const Dated &date) const;
    bool settlePlan(ProposedEvent &e, const Dated &date) const;
    void dropFramingPrevious(const ProposedEvent &e, const Dated &date);
    bool joinsPreviousDays(const ProposedEvent &e, const Dated &date);

    // proposalfurnish.cpp
    void furnish(ProposedEvent &e, const Sentence &s, int cs, int ce, bool nounPhrase, ProposedEvent *before,
                 int beforeParagraph) const;
    void addParagraphQuotes(ProposedEvent &e, const Sentence &s, ProposedEvent *before, int beforeParagraph) const;
};

} // namespace dateline::extract
