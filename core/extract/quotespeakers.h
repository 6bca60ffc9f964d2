#pragma once

#include "core/extract/quotefinder.h"

#include <QSet>
#include <QString>

#include <vector>

// Who speaks a quotation (internal to QuoteFinder). Each rule returns the index of the speaker's
// mention in actors (sorted by start), or -1 when it names nobody; QuoteFinder::find tries them in
// order. q is the quotation (its inner text), close the position of its closing mark, [sStart, sEnd)
// the sentence around it.
namespace dateline::extract::speakers {

// Whether c opens a quotation: straight or curly double marks, curly single ones, guillemets, low marks.
bool isOpen(QChar c);
// "said", "told", "added" …
const QSet<QString> &speechVerbs();
// The word starting at p (letters only), lower-cased; p is moved past it.
QString wordAt(const QString &text, int &p);

int speakerAfter(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
                 const QuoteMention &q, int close, int sEnd);
int quotedAsSpeaker(const QString &text, const std::vector<ActorMention> &actors, const QuoteMention &q, int close,
                    int sStart, int sEnd);
int accordingToSpeaker(const QString &text, const std::vector<ActorMention> &actors, int sStart, int sEnd);
int relativeSpeaker(const QString &text, const std::vector<ActorMention> &actors, int from, int open);
int subjectSpeaker(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
                   int sStart, int open);
int sameVoice(const QString &text, const std::vector<Sentence> &sentences, const std::vector<ActorMention> &actors,
              const QuoteMention &q, const QuoteMention &before);

} // namespace dateline::extract::speakers
