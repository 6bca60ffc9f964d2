#pragma once

#include "core/extract/actorrecognizer.h"
#include "core/extract/sentencesplitter.h"

#include <QString>

#include <vector>

namespace dateline::extract {

// A quotation in text: the words between the quotation marks (UTF-16 offsets of the inner text)
// and, when the text says who, the speaker.
struct QuoteMention {
    int start = 0;
    int end = 0;
    QString text;
    int speakerMention = -1; // index into the actor mentions given to find(); -1 = unknown
    QString speaker;         // the speaker's label, empty when unknown
    ActorId speakerId;
};

// Finds quotations in straight ("...") or curly (“...”) double quotes within one paragraph, two
// words or more (single-word scare quotes such as "2+2" are terms, not quotes), and their speaker:
// "…," X said / "…," said X / X said: "…" / according to X, or else the sentence's subject
// (a pronoun standing for the last person named before it).
class QuoteFinder {
public:
    static std::vector<QuoteMention> find(const QString &text, const std::vector<Sentence> &sentences,
                                          const std::vector<ActorMention> &actors);
};

} // namespace dateline::extract
