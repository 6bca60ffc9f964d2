#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

// Helpers for proposal titles that the proposer uses too (tidy() in titlelength.cpp, sentenceSubject()
// in titlesubjects.cpp, the others in titleclauses.cpp; EventProposer::title is in proposaltitle.cpp,
// proposalopeningtitle.cpp and proposalnountitle.cpp).
namespace dateline::extract {

// Simplified, stripped of leading conjunctions and relative words, cut to maxWords, without a
// trailing preposition, article or pronoun, capitalised.
QString tidy(QString s, int maxWords);

// The subject a sentence opens with, when it is a name or "the" and a noun right before a clear
// verb ("Johnson met …", "The meeting began …"); empty otherwise.
QString sentenceSubject(const QString &text, int start, int end);

// A title that opens with "It" or "They" as its sentence does, with the previous sentence's subject
// in the pronoun's place when that is a noun phrase of the same number ("The resolution passed 13-0.
// It keeps the office open until July 2026." -> "The resolution keeps the office open"); the title as
// it was otherwise (a person is "he" or "she", a dummy "it is …" stands for nothing).
QString withAntecedent(const QString &title, const QString &text, int previousStart, int previousEnd);

// What the proposer does to a title once a clause gave it (titleedits.cpp): the second name of "X
// in <previousDate> and Y" ("followed by Morocco in December 2020 and Sudan" dated January 2021 is
// Sudan's); a lead-in that is not the event dropped ("Building on President Trump's meeting …" ->
// "President Trump's meeting …"; also "Following", "Amid", "Despite" before a noun phrase); what the
// words after the date say became of a plan ("… were postponed" -> "… (postponed)").
QString withSecondOfPair(const QString &title, const QString &previousDate);
QString withoutLeadIn(const QString &title);
// A title that opens with the main verb after a relative clause set off after the subject, or an
// aside between dashes, with that subject: "The package, which will be adopted later on Thursday, bans
// LNG imports … from January 1, 2027" is "The package bans LNG imports …". The title's clause starts at clauseStart in text, the
// sentence (or the part of it read) at sentenceStart.
QString withRelativeSubject(const QString &title, const QString &text, int sentenceStart, int clauseStart);
QString withPlanOutcome(const QString &title, QStringView after);

// In a transcript, the speaker whose turn holds position pos: the label that opens its line
// ("CHANCELLOR SCHOLZ: …", "Mao Ning: …"), in ordinary case; empty when there is none.
QString transcriptSpeaker(const QString &text, int pos);

// A title in the first person with the speaker's name: "I will travel to Kyiv" -> "Chancellor Scholz
// will travel to Kyiv", "My foreign minister was …" -> "Chancellor Scholz’s foreign minister was …".
QString withFirstPerson(const QString &title, const QString &speaker);

// Wire and page furniture rather than a sentence (see the definition).
bool looksLikeFurniture(const QString &title);

// The words of four letters or more that say what a title or sentence is about, in lower case and
// without a plural's "s" ("Talks to resume" -> talk, resume): two texts that share one tell of the
// same thing. Function words ("with", "after", "that") are left out, and with withoutNames,
// capitalised words too (a name both mention says less than "meeting").
QSet<QString> contentWords(QStringView text, bool withoutNames = false);

} // namespace dateline::extract
