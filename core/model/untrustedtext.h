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

// The text as a piece of a line we compose ("title, date", "— speaker", "“quote”"): wrapped in
// U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE, so that its direction is its
// own and an override or embedding in it ends with it. Without it an Arabic or Hebrew title
// made the whole line right-to-left ("Mar 2008 2 ,عنوان") and a U+202E reversed what followed.
// A U+2069 in the text that closes no isolate of its own would close ours early: it is dropped;
// an isolate the text opens and leaves open is closed before ours.
// Text with nothing right-to-left and no bidi controls comes back as it is (it can neither be
// reordered nor reorder its neighbours), so copying a label of Latin text copies no invisible
// characters.
QString isolated(const QString &text);

// A line composed of isolated pieces, laid out left to right where Qt takes a paragraph's
// direction from its first letter: QTextBlock (QLabel, rich text) does not skip isolates, so a
// line opening with an Arabic quote or name turned right-to-left and its quote marks, dash and
// brackets changed sides. A U+200E LEFT-TO-RIGHT MARK goes first when that letter is
// right-to-left; any other line comes back as it is.
QString leftToRight(const QString &line);

// The text with the bidi embeddings, overrides and isolates it leaves open closed at its end
// (U+202C, U+2069), for plain-text output where the pieces stand side by side (dateline-cli's
// columns): an unclosed U+202E in a title reversed the actors printed after it. Text that
// closes what it opens comes back unchanged, with no invisible characters added.
QString closedBidi(const QString &text);

} // namespace dateline
