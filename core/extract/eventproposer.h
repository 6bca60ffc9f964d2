#pragma once

#include "core/extract/htmltext.h"
#include "core/extract/proposedevent.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/timex.h"

#include <QRegularExpressionMatch>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline::extract {

// Turns dated sentences into proposed events: one per temporal expression that names a day,
// a range of days, a week or a month (not durations, sets or vague "recently"). The title comes
// from the clause ("the March 17-18 meeting in Moscow" -> "Meeting in Moscow"; "… to discuss
// bilateral issues at Sochi on April 6" -> "Discuss bilateral issues at Sochi"); the status from
// the clause's wording and the date (planned after the creation date or with "will", "plans to";
// reported for "said to have", "reportedly"; denied for "denied"); actors from the sentence (from
// the noun phrase when the date modifies one and it names any, plus those of a following sentence
// that takes it up: "That meeting, which included …");
// quotes from the sentence, else its paragraph; a paragraph without a date of its own gives its
// quotes to the event proposed last before it; "a follow-up to <dated event>" and "in response to
// <dated event>" relate the proposal before the cue to the one it names; a headline's event that the
// story tells again is proposed once, from the story. Dates in an HTML page's furniture (HtmlText)
// propose nothing. The story's lead, when no date of its own dates it and it plainly tells of a past
// event (articleparts.h), is proposed at the creation date, uncertain ("2025-07-01?", timex -1).
class EventProposer {
public:
    explicit EventProposer(std::int64_t creationDay);

    std::vector<ProposedEvent> propose(const QString &text, const std::vector<Timex> &timexes,
                                       const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
                                       const std::vector<QuoteMention> &quotes,
                                       const std::vector<TextSpan> &furniture = {}) const;

private:
    friend struct ProposalPass; // the run of propose() over one text (proposalpass.h)

    // The words that name the event a date belongs to (proposaltitle.cpp), and the clause they
    // come from.
    struct TitleChoice {
        QString text;
        int clauseStart = 0, clauseEnd = 0;
        bool nounPhrase = false; // the date modifies a noun ("the March 17-18 meeting between …"), which the title is
        bool ownDoer = false;    // the phrase names who did it ("the damage caused by Typhoon Gaemi in July")
        bool plan = false;       // the noun a schedule dates ("the summit planned for June 15")
        bool statement = false;  // the date modifies a reporting verb ("The Kremlin said on Monday it …")
        bool repeat = false;     // another instance of the event before ("on Friday, and again in March")
        bool statementDate = false; // the date is when what the title says was said ("X will …, Y said on
                                    // Monday", "Y said on Monday X will …")
        // "… a state visit to Viet Nam from April 14 to 15, and to Malaysia from April 15": the previous
        // clause's verb with another object after this preposition (text holds the object); an adverb
        // may come before it ("again in")
        QString elidedPreposition;
    };
    // after: where a report date before this one ends ("Hamas said on Saturday it had received …"):
    // the clause starts after it, and its reporting verb still names the speaker. sentenceStart: where
    // the whole sentence starts, when the clause starts after an earlier date of it.
    TitleChoice title(const QString &text, const Timex &timex, const Sentence &sentence, int after = -1,
                      int sentenceStart = -1) const;
    // What title() knows of the clause as it applies its rules in turn (titledraft.h).
    struct TitleDraft;
    // The part of title() for a date that modifies or schedules a noun (proposalnountitle.cpp).
    std::optional<TitleChoice> nounTitle(const QString &text, const Timex &timex, const Sentence &sentence) const;
    // (proposalstatementtitle.cpp) "X said on Friday that …", "…, Qatar said on Monday": the statement;
    // p is where the date's clause goes on, head the words between the last boundary and the date
    std::optional<TitleChoice> statementTitle(const QString &text, const Sentence &sentence, int p, const QString &head,
                                              const QRegularExpressionMatch &lastBoundary, int start,
                                              int previousStart) const;
    // (proposalsetofftitle.cpp) "…, when X met Y", "During the visit on …, X will …"
    std::optional<TitleChoice> setOffTitle(const QString &text, const Timex &timex, const Sentence &sentence,
                                           int sentenceStart) const;
    // (proposalstatus.cpp) planned, reported, denied or occurred, from the clause's words and its date
    EventStatus status(const QString &clause, const Timex &timex) const;
    // Whether a date is inside what a denial's "that" governs ("denied … that Putin had met him in February",
    // "dismissed as \"fiction\" a report that its negotiators had held talks last month").
    static bool governedByDenial(const QString &text, int sentenceStart, int dateStart);

    std::int64_t m_dct;
};

} // namespace dateline::extract
