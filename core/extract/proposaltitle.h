#pragma once

#include <QString>

// Helpers for proposal titles (proposaltitle.cpp, where EventProposer::title lives too).
namespace dateline::extract {

// Simplified, stripped of leading conjunctions and relative words, cut to maxWords, without a
// trailing preposition, article or pronoun, capitalised.
QString tidy(QString s, int maxWords);

// The subject a sentence opens with, when it is a name or "the" and a noun right before a clear
// verb ("Johnson met …", "The meeting began …"); empty otherwise.
QString sentenceSubject(const QString &text, int start, int end);

// Wire and page furniture rather than a sentence (see the definition).
bool looksLikeFurniture(const QString &title);

} // namespace dateline::extract
