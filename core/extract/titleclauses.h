#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <initializer_list>
#include <span>

// The clause reading behind proposal titles (titleclauses.cpp, titlewords.cpp and titlesubjects.cpp,
// where each is described with its examples); EventProposer::title in proposaltitle.cpp puts them
// together.
namespace dateline::extract::clauses {

// Title patterns read names: \w and \b with Unicode properties, so an accent does not end a word
// ("Foz do Iguaçu", "Sánchez's visit").
inline constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;

// Whether text holds one of words: a cheap test before a pattern that cannot match without one of
// them (the title rules run for every date, most of them to no avail, and a pattern tried at every
// position of a sentence costs far more than a plain search for its key words). For a
// case-insensitive pattern, text is folded with QString::toCaseFolded() and words are in lower case:
// Qt folds as the pattern matches ("\u017F" is "s").
bool holdsAnyOf(QStringView text, std::initializer_list<QLatin1String> words);
bool holdsAnyOf(QStringView text, std::span<const QStringView> words); // (a word list in UTF-16)
// re.match(subject), for a long subject: PCRE2 checks that a subject is valid UTF-16 before each
// match, reading all of it (a clause's stop is searched for up to its sentence's end, for every
// date); a subject without surrogates is valid, which a quicker look finds, and the check is skipped.
QRegularExpressionMatch matchLong(const QRegularExpression &re, QStringView subject);

// Word classes
const QSet<QString> &trailingWords();        // on, in, the, and …: no title ends with one
bool isBareSubject(const QString &title);    // "President Bush", "The U.N. Security Council"
bool isDescribedName(const QString &title);  // "Kremlin spokesman Peskov"
bool isPersonName(const QString &words);     // "Jens Stoltenberg", "Sheikh Mohammed bin Abdulrahman Al Thani"
bool isPossessiveBody(const QString &title); // "Israel's military"
bool isNounPhrase(const QString &phrase, int maxWords);
bool isFiniteVerb(const QString &verb);      // a past in "-ed", said, met, will, has …
bool opensNounPhrase(const QString &w);      // the, a, its, their …
bool isPersonalPronoun(const QString &word); // he, they, I (any case)
bool isContentless(const QString &title);    // "Or next", "And then", "It is": function words only
QString withoutHonorifics(const QString &name); // "H.E. Mr. Emmanuel Macron" -> "Emmanuel Macron"
QString shortBody(const QString &body);         // "the Ministers of the … Nations (ASEAN)" -> "the Ministers of ASEAN"
QString nameList(const QString &items);         // "Emmanuel Macron, Olaf Scholz," -> the same; "" if not names
// What may stand in brackets inside a clause without ending it, and goes from a title: an acronym
// after the name it stands for ("(RSF)"), an amount in another currency ("($54 billion)"). The
// pattern of the bracket's contents, without the brackets.
const QString &bracketedAside();
bool isNounSubject(const QString &title, const QString &text, int p, int end);
bool startsWithVerb(const QString &text, int p, int end);

// Clause boundaries
// Where the words after a date ending at dateEnd start, past its "'s" ("Tuesday's meeting" reads
// like "the Tuesday meeting"); possessive tells whether there was one.
int afterDate(const QString &text, int dateEnd, int limit, bool &possessive);
bool joinsNames(const QString &text, int comma, int clauseStart); // a comma in a list or a place
int clauseStop(const QString &text, int from, int limit);
int clauseAfterDate(const QString &text, int sentenceStart, int sentenceEnd, int dateStart, int from, bool &entry);

// Speakers, clauses and the words that bound a date
// The speaker before a reporting verb: a name, a described name, "the ministry's spokesman"; also a
// plain noun phrase with "the" when nounPhrase ("The three countries have said they will …": the
// pronoun after the verb becomes it; a statement's own title keeps "The president said …" out).
QString speakerBefore(const QString &text, int sentenceStart, const QRegularExpressionMatch &boundary,
                      bool nounPhrase = false);
QString trailingNounPhrase(const QString &clause);
// The count of times a clause ends with before "most recently …": " three times in the past two
// months", " twice this year".
const QRegularExpression &instanceCount();
// "Kissinger mediated two agreements, in January 1974 and September 1975.", "The sheikh met Emmanuel
// Macron, the French president, on Monday.": the clause a date set off at the sentence's end (after the
// comma at `comma`; the part before it starts at previousStart) dates; empty when there is none.
QString clauseBeforeSetOffDate(const QString &text, int sentenceStart, int previousStart, int comma, int dateEnd, int sentenceEnd);
// The subject before the comma (at `comma`; the clause starts after it, head is the clause up to its
// date) when the clause opens with its verb or "and": a name that renames an office ("The alliance's
// secretary-general, Jens Stoltenberg, will hand over …"), a name before its office ("H.E. Mr. Emmanuel
// Macron, President of …, will pay …"), a list of names ("Emmanuel Macron, Olaf Scholz, and Giorgia
// Meloni met …"). On a match head and clauseStart take the subject in. previousStart: where the part
// before the comma starts; after: no earlier than this; bodyStart: the sentence after its dateline.
bool takeSubjectBeforeComma(const QString &text, int sentenceStart, int bodyStart, int comma, int previousStart, int after,
                            QString &head, int &clauseStart);
QString subordinateClause(const QString &head);
QString deedThankedFor(const QString &head);
// A verb of saying or deciding that ends a clause ("Turkey denied", "the council demanded", "told
// reporters"; "wrote on Truth Social", whose medium, captured 1, goes from a title).
const QRegularExpression &statementVerbAtEnd();
// What was stated after a clause that ends with such a verb: the words after the "that" at `at`
// (past spaces) up to where that clause stops, which `end` is set to; after a listener the words
// themselves when a subject and its auxiliary open them ("told reporters he would …"). Empty when
// the clause ends with no such verb or no "that" follows.
QString statedAfter(const QString &clause, const QString &text, int at, int limit, int &end);
QString gerundSince(const QString &head);
const QString &eventParticiples();
const QRegularExpression &dateModifier(bool before);
QString withInfinitiveSubject(const QString &before, const QString &infinitive);
QString withSpeaker(const QString &title, const QString &speaker);

} // namespace dateline::extract::clauses
