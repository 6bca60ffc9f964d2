// The libFuzzer entry points of fuzz_<name>: the check named by DATELINE_FUZZ_TARGET, with a
// failed property turned into a crash so libFuzzer saves the input.
#include "fuzz/fuzzchecks.h"

#include <cstdint>
#include <cstdio>

namespace {
dateline::fuzz::Check g_check = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    dateline::fuzz::quietQt();
    const dateline::fuzz::Target *target = dateline::fuzz::target(QStringLiteral(DATELINE_FUZZ_TARGET));
    if (!target) {
        std::fprintf(stderr, "no fuzz check named %s\n", DATELINE_FUZZ_TARGET);
        std::abort();
    }
    g_check = target->check;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A real copy: the bytes sit in a heap block of their own size (plus Qt's NUL), as a file read gives them.
    const QString failure = g_check(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "property violated: %s\n", qPrintable(failure));
        std::fflush(stderr);
        __builtin_trap();
    }
    return 0;
}
