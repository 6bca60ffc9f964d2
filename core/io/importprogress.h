#pragma once

#include <QtGlobal>

#include <functional>

namespace dateline {

// Told how far a long read or write has got; returning false asks it to stop (cancel). Readers
// then return fatal content saying it was cancelled; nothing has been written.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace dateline
