#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace dateline::extract {

// One token of running text. Offsets are UTF-16 indexes into the text the tokenizer was given
// (QString positions); callers convert to code points at the API boundary.
struct Token {
    enum class Kind : std::uint8_t { Word, Number, Punct };
    int begin = 0;
    int end = 0;
    Kind kind = Kind::Punct;
    bool spaceBefore = false;  // whitespace separates it from the previous token
    bool paragraphBefore = false; // a blank line (or more) before it
    bool lineBefore = false;      // a line break (or more) before it, or the text's start
    bool capitalised = false;  // a word starting with an upper-case letter
    int digits = 0;            // Number: how many digits
    std::int64_t number = 0;   // Number: its value (saturated)
    QString lower;             // Word: lower-cased; Number: the digits; Punct: the character

    bool isWord() const { return kind == Kind::Word; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isPunct(char16_t c) const { return kind == Kind::Punct && lower.size() == 1 && lower.at(0) == QChar(c); }
    bool is(QStringView word) const { return kind == Kind::Word && lower == word; }
};

// Splits text into words (letters), numbers (digit runs) and single punctuation characters.
// "1990s" is a number and a word with no space between; "Sept." a word and a full stop.
std::vector<Token> tokenize(const QString &text);

} // namespace dateline::extract
