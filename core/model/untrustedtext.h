#pragma once

#include <QString>

namespace dateline {

// Untrusted text (titles, names, quotes, citations) in the lines and labels the program draws
// or composes: the timeline, the exports, the detail pane, dateline-cli.

// The text as one line, for a label: line breaks (CR, LF, U+2028/2029, NEL), tabs and other
// control characters become spaces. A newline drawn in a single-line label joined two words
// ("Line oneLine two"), a tab left a gap as wide as a tab stop, a NUL or an escape a box.
// Returns the text itself (no copy) when there is nothing to replace.
QString oneLine(const QString &text);

} // namespace dateline
