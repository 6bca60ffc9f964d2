#pragma once

#include <QString>

namespace dateline {

// Untrusted text (titles, quotes, labels, file names) in places Qt reads as HTML when the text
// looks like it: tooltips (Qt::mightBeRichText decides) and our own rich-text tooltips.

// A piece of untrusted text inside HTML we build: escaped, cut to maxChars (a 100 kB title is
// not a tooltip), bidi-isolated (U+2068 ... U+2069) so that a right-to-left override in it
// cannot reorder the text around it, and given a zero-width space every 40 characters of a
// word so that a long word wraps rather than widen the tooltip past the screen.
QString htmlPiece(const QString &text, qsizetype maxChars = 500);

// A tooltip that shows text literally, line breaks kept, cut to maxChars; isolated and
// breakable as htmlPiece().
QString plainToolTip(const QString &text, qsizetype maxChars = 2000);

} // namespace dateline
