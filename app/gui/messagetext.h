#pragma once

#include <QString>

namespace dateline {

// Pieces of the messages the app shows.

// "1 quote" or "3 quotes": one when n is 1, else many with n for its %1 (%L1 for the locale's
// digits). Qt's tr("%n quote(s)", nullptr, n) prints "(s)" unless a translation gives the forms,
// and the app ships no translation.
QString countText(qint64 n, const QString &one, const QString &many);

// A message from the core ("cannot write a.png: …", made for the command line's
// "dateline-cli: cannot write …") as a sentence of its own: the first letter capitalised.
QString asSentence(const QString &message);

} // namespace dateline
