#pragma once

#include "core/extract/eventproposer.h"

#include <QRegularExpressionMatch>
#include <QString>

// What EventProposer::title() knows of one date's clause as it applies its rules in turn (private to
// proposaltitle.cpp and proposalopeningtitle.cpp).
namespace dateline::extract {

struct EventProposer::TitleDraft {
    TitleDraft(const QString &text, const Timex &timex, const Sentence &s, int after, int sentenceStart);

    // The rules, in the order title() applies them. Those that return bool return true when c is the
    // title; the others move the clause's start or narrow head (the words before the date) or t.
    void findClauseStart();            // the last boundary before the date: a comma, "said", "that" …
    bool timeQuotation(const QRegularExpressionMatch &m) const; // (the boundary opens “no later than <date>”)
    void startAtAnnouncedParticiple(); // "a plan announced on Monday would …": no reporting verb
    void openClause();                 // head from the clause's start, with a subject set off before it
    bool startingDateTitle();          // "…, starting on 14 May, Bessent said"
    void takeInfinitive();             // "accepted an invitation … to discuss"
    void takeDeedOrDoing();            // what someone is thanked for, a gerund after "since"
    void readInstance();               // "most recently in June", "on 22 and 24 April", ", in January 1974"
    void takeReducedRelative();        // "the fourth round, held in Brussels"
    void takeApposition();             // "Runge, a German former diplomat who took up the post"
    void takeNounParticiple();         // "the contacts held in Riyadh"
    void takeNounAheadOrAfter();       // "ahead of the Cairo conference", "after its attack"
    void dropCoordination();           // the words before "and" that are not this date's
    bool elidedVerbTitle();            // "met in Abu Dhabi in July and again in Istanbul"
    void takeLastTime();               // "The last time Trump and Putin met … was"
    void takeSubjectOfRelative();      // "The package, which the Senate passed", "X, who …, changed"
    bool subjectRelativeTitle();       // "The assault, which began on Friday, is …"
    void takeSpeaker();                // "Saddam said he will …": the pronoun is the speaker
    bool datedTitle();                 // "The agreement dated 05.03.2025 was signed"
    bool subjectBeforeDateTitle();     // "President Bush on Tuesday ordered …"
    bool verbGoesOnTitle();            // "Blinken met today with …"
    bool statedAfterVerbTitle();       // "Turkey denied on Thursday that …"
    bool conjunctSubjectTitle();       // "… and is due back there later this week"
    // proposalopeningtitle.cpp: a date that opens the sentence or a chronology's entry (t has a word
    // at most)
    bool openingDateTitle();
    bool entryLabelTitle();            // "Jan. 16, 2016 — Implementation Day: …"
    void readOpeningAsides();          // "On 24 February 2025, on the third anniversary of …,"
    bool saidAfterDateTitle();         // "Earlier today, the … office said …"
    bool relativeAfterSubjectTitle();  // "On Monday, Tufan Erhürman, who favours …, won"
    bool insertedDateTitle();          // "Its last summit, in Paris in December 2019, produced"
    bool dateAfterClauseTitle();       // "Sadat was assassinated in Cairo, on 6 October 1981, by …"
    bool statedAfterClauseTitle();     // "On Monday, the ministry announced that …"
    void takeSpeakerOfClause();        // "The Kremlin said on Monday it …"

    const QString &text;
    const Timex &timex;
    const Sentence &s;
    const int after;         // where a report date before this one ends, or -1 (see title())
    const int sentenceStart; // where the whole sentence starts, or -1 (see title())
    const QString before;    // the sentence up to the date
    int p = 0;               // where the words after the date start
    int start;               // where the date's clause starts
    int previousStart;       // where the clause before the last boundary starts
    QRegularExpressionMatch lastBoundary; // in before
    int quotedTime = -1;     // the opening mark of a quotation that holds only the date, within the clause
    QString head;            // the clause up to the date, as the rules narrow it
    QRegularExpressionMatch last; // the last infinitive in head
    bool conjunct = false;   // head goes on the sentence's subject after "and" or "but"
    QString t;               // the title so far, from head
    bool objectAdded = false; // the object relative's noun follows its verb in t
    TitleChoice c;
    // a date that opens the sentence
    int from = 0;            // where the clause after the date starts
    bool entry = false;      // the date opens a chronology's entry
    bool opens = false;      // only the date's words stand before it in the sentence
    QString setOffSubject;   // a noun phrase set off too: "…, Truman's secretary of state, Dean Acheson, signed …"
};

} // namespace dateline::extract
