#pragma once

#include <QString>

#include <vector>

namespace dateline::extract {

struct Sentence {
    int start = 0;     // UTF-16 offsets, end exclusive, surrounding spaces trimmed
    int end = 0;
    int paragraph = 0; // counts blank-line separated paragraphs from 0
    // Where the story's wire dateline ends ("MOSCOW, March 5 (Reuters) - "), in the sentence that
    // opens with it (findWireDateline); -1 in every other.
    int datelineEnd = -1;
};

// Splits English prose into sentences and paragraphs: a sentence ends at . ! ? (and a closing
// quote after them) followed by a space and a capital, a digit or an opening quote, unless the
// full stop ends an abbreviation ("Mr.", "U.S.", "Gen.", "Sept."); a line break also ends one
// and a blank line ends the paragraph (in text without blank lines, every line is a paragraph; a
// list item's line is one too). The sentence that opens with the story's wire dateline knows where
// it ends.
class SentenceSplitter {
public:
    static std::vector<Sentence> split(const QString &text);
    // The sentence containing position pos (binary search; sentences are in text order), or
    // nullptr when pos lies between sentences. slack widens each sentence's end.
    static const Sentence *at(const std::vector<Sentence> &sentences, int pos, int slack = 0);
    // Where the headings on lines of their own start ("12.10 GMT" in a live blog, "What happens
    // next?" is none): short lines after a blank line that do not end as a sentence does.
    static std::vector<int> headingLines(const QString &text);
};

} // namespace dateline::extract
