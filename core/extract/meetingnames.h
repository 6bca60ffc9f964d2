#pragma once

#include "core/extract/token.h"

#include <functional>
#include <utility>
#include <vector>

namespace dateline::extract {

// Names without a title that a meeting shows to be people: the subjects of a meeting's verb ("Xi
// Jinping and Shinzo Abe hold their first formal talks", "Narendra Modi met …") and its object ("…
// met with Anthony Albanese in Sydney", "held talks with Olaf Scholz"). Who meets, telephones or
// visits is a person or a state; a name here is two or three capitalised words, and `mayBeName`
// (tokens [from, to)) rules out states, bodies and firms. Returns the names' token ranges.
std::vector<std::pair<int, int>> meetingNames(const std::vector<Token> &t, const std::function<bool(int from, int to)> &mayBeName);

} // namespace dateline::extract
