#include "core/store/heapadvice.h"

#include <cstdlib> // defines __GLIBC__ with glibc

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>

#include <QElapsedTimer>
#include <QLatin1StringView>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace dateline::store {

namespace {

// glibc's defaults (mallopt(3)), restored when the last advice ends. (Any mallopt of these ends
// glibc's sliding mmap threshold for the process: it stays at the documented 128 KiB afterwards.)
constexpr int kDefaultTrimThreshold = 128 * 1024;
constexpr int kDefaultTopPad = 128 * 1024;
constexpr int kDefaultMmapThreshold = 128 * 1024;
// While advised: the heap grows 64 MiB at a time and is never trimmed, and blocks up to 32 MiB
// (glibc's limit) come from the heap rather than from a mapping of their own, unmapped when freed.
constexpr int kTopPad = 64 * 1024 * 1024;
constexpr int kMmapThreshold = 32 * 1024 * 1024;
constexpr unsigned long kHugePage = 2UL * 1024 * 1024;
constexpr auto kInterval = std::chrono::milliseconds(20);

using Range = std::pair<unsigned long, unsigned long>;

// Advises the anonymous private mappings of at least a huge page that `advised` does not list
// yet: the main heap, the threads' heaps (glibc maps 64 MiB each and opens them up as they grow;
// the part not yet open is advised too) and blocks with mappings of their own. Reads
// /proc/self/maps, a few hundred lines.
void adviseMappings(std::vector<Range> &advised)
{
    FILE *maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long start = 0, end = 0, offset = 0, inode = 0;
        char perms[5] = {};
        unsigned major = 0, minor = 0;
        int pathAt = 0;
        if (std::sscanf(line, "%lx-%lx %4s %lx %x:%x %lu %n", &start, &end, perms, &offset, &major, &minor, &inode,
                        &pathAt) < 7)
            continue;
        const char *path = line + pathAt;
        const bool anonymous = inode == 0 && (*path == '\n' || *path == '\0' || std::strncmp(path, "[heap]", 6) == 0);
        if (!anonymous || perms[3] != 'p' || end - start < kHugePage)
            continue;
        const Range range{start, end};
        if (std::find(advised.begin(), advised.end(), range) != advised.end())
            continue;
        madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE);
        advised.push_back(range);
    }
    std::fclose(maps);
}

// One advising thread and one set of malloc settings for the whole process, however many
// advices are alive.
struct Advisor {
    std::mutex mutex;
    std::condition_variable wake;
    int users = 0;
    bool stop = false;
    std::thread thread;

    void run()
    {
        std::vector<Range> advised;
        std::unique_lock lock(mutex);
        while (!stop) {
            lock.unlock();
            adviseMappings(advised);
            lock.lock();
            wake.wait_for(lock, kInterval, [this] { return stop; });
        }
    }
};

Advisor &advisor()
{
    static Advisor a;
    return a;
}

} // namespace

HeapAdvice::HeapAdvice()
{
    static const bool off = qEnvironmentVariable("DATELINE_HEAP_ADVICE") == QLatin1StringView("0");
    if (off)
        return;
    m_on = true;
    Advisor &a = advisor();
    std::lock_guard lock(a.mutex);
    if (a.users++ > 0)
        return;
    mallopt(M_TRIM_THRESHOLD, INT_MAX);
    mallopt(M_TOP_PAD, kTopPad);
    mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
    a.stop = false;
    try {
        a.thread = std::thread([&a] { a.run(); });
    } catch (const std::system_error &) {
        // no thread to spare: the malloc settings alone still save some of the faults
    }
}

HeapAdvice::~HeapAdvice()
{
    if (!m_on)
        return;
    Advisor &a = advisor();
    std::unique_lock lock(a.mutex);
    if (--a.users > 0)
        return;
    a.stop = true;
    lock.unlock();
    a.wake.notify_one();
    if (a.thread.joinable())
        a.thread.join();
    mallopt(M_MMAP_THRESHOLD, kDefaultMmapThreshold);
    mallopt(M_TOP_PAD, kDefaultTopPad);
    mallopt(M_TRIM_THRESHOLD, kDefaultTrimThreshold);
    QElapsedTimer clock;
    clock.start();
    malloc_trim(0); // what the import freed goes back to the kernel now
    if (qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0)
        std::fprintf(stderr, "bulk import: memory returned in %.0f ms\n", double(clock.nsecsElapsed()) / 1e6);
}

} // namespace dateline::store

#else

namespace dateline::store {

HeapAdvice::HeapAdvice() = default;
HeapAdvice::~HeapAdvice() = default;

} // namespace dateline::store

#endif
