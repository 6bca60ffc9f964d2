#pragma once
// One check per fuzz target: feeds an input to one reader the way the app does and returns the
// property that failed (empty when the reader behaved). The other way to fail is a crash or a
// sanitizer report. The libFuzzer targets (fuzzmain.cpp) and the regression test
// (tests/fuzz/tst_fuzzregressions.cpp) share these checks.
#include <QByteArray>
#include <QString>
#include <QStringView>

#include <span>

namespace dateline::fuzz {

using Check = QString (*)(const QByteArray &input);

struct Target {
    const char *name; // fuzz_<name>, fuzz/corpus/<name>/, tests/fuzz/data/<name>/
    Check check;
};

// Every target, in the order scripts/fuzz.sh runs them.
std::span<const Target> targets();
const Target *target(QStringView name);

// Drops Qt's debug and warning output (a warning per input slows fuzzing to a crawl); qFatal
// still aborts.
void quietQt();

} // namespace dateline::fuzz
