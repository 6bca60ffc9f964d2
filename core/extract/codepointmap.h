#pragma once

#include <QString>

#include <vector>

namespace dateline::extract {

// Converts UTF-16 positions in a QString to Unicode code point offsets (what the CLI and JSON
// report: a character outside the Basic Multilingual Plane counts once, not twice).
class CodePointMap {
public:
    explicit CodePointMap(const QString &text);
    int toCodePoint(int utf16Offset) const;

private:
    std::vector<int> m_surrogatesBefore; // low surrogates before each position; empty when none
};

} // namespace dateline::extract
