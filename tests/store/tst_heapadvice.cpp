// HeapAdvice: while one lives, the heaps are advised for transparent huge pages and freed memory
// stays in the process; when the last one ends, that memory goes back to the kernel.
#include "core/store/heapadvice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#define HAVE_GLIBC_LINUX 1
#endif
// AddressSanitizer brings its own allocator: glibc's heap, which HeapAdvice tunes, is not used.
#if defined(__SANITIZE_ADDRESS__)
#define ALLOCATOR_REPLACED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ALLOCATOR_REPLACED 1
#endif
#endif

using dateline::store::HeapAdvice;

namespace {

constexpr std::size_t kBlock = 256 * 1024; // below the advised mmap threshold: from the heap
constexpr std::size_t kBlocks = 600;       // 150 MiB

// Allocates and touches kBlocks blocks, then frees them all.
void churn()
{
    std::vector<void *> blocks;
    for (std::size_t i = 0; i < kBlocks; ++i) {
        void *p = std::malloc(kBlock);
        QVERIFY(p);
        std::memset(p, 1, kBlock);
        blocks.push_back(p);
    }
    for (void *p : blocks)
        std::free(p);
}

// Resident memory of this process, in bytes.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : -1;
}

// Whether the main heap's mapping carries the huge page advice ("hg" among its VmFlags).
bool heapAdvised()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return false;
    bool inHeap = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (!line.isEmpty() && line.front() != 'V' && line.contains('-') && line.contains(' '))
            inHeap = line.endsWith("[heap]");
        if (inHeap && line.startsWith("VmFlags:") && line.split(' ').contains("hg"))
            return true;
    }
    return false;
}

} // namespace

class TestHeapAdvice : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
#ifndef HAVE_GLIBC_LINUX
        QSKIP("HeapAdvice does something on Linux with glibc only");
#endif
#ifdef ALLOCATOR_REPLACED
        QSKIP("AddressSanitizer's allocator replaces glibc's heap, which HeapAdvice tunes");
#endif
    }

    void advisesTheGrowingHeap()
    {
        HeapAdvice advice;
        std::vector<std::unique_ptr<char[]>> keep;
        for (int i = 0; i < 64; ++i) // 16 MiB, so that the heap has grown past a huge page
            keep.push_back(std::make_unique<char[]>(kBlock));
        QTRY_VERIFY_WITH_TIMEOUT(heapAdvised(), 2000);
    }

    void keepsFreedMemoryUntilTheLastAdviceEnds()
    {
#ifdef HAVE_GLIBC_LINUX
        malloc_trim(0);
        std::optional<HeapAdvice> outer(std::in_place);
        {
            HeapAdvice inner;
            churn();
        }
        // The inner advice ended, the outer lives: the freed blocks are still the process's.
        QVERIFY2(mallinfo2().fordblks >= kBlocks * kBlock / 2, "freed memory was given back too early");
        const qint64 before = residentBytes();
        outer.reset();
        QVERIFY2(residentBytes() < before - qint64(kBlocks * kBlock / 2), "freed memory was kept after the last advice");
#endif
    }
};

QTEST_GUILESS_MAIN(TestHeapAdvice)
#include "tst_heapadvice.moc"
