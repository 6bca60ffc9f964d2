#pragma once

// Memory advice for the length of a bulk import (BulkImport holds one; importers may widen it).

namespace dateline::store {

// A large import touches gigabytes of memory it has just allocated (page cache, sorter runs, the
// parser's tables, the full-text worker's buffers). Every first touch of a 4 KiB page is a page
// fault, and on a virtual machine a fault can cost several microseconds: a 2M-row GDELT import
// took 600,000 of them, about a quarter of its time on the machines we measure on (docs/gdelt.md,
// "Page faults").
//
// While any HeapAdvice lives (glibc on Linux; elsewhere it does nothing), freed memory stays with
// the process instead of going back to the kernel and faulting in again, and a thread asks every
// few milliseconds for transparent huge pages on the heaps that appeared or grew (one fault per
// 2 MiB where there were 512). When the last one ends, the free memory goes back to the kernel.
// They nest: an importer can hold one across its import and what follows (the time index
// snapshot) while BulkImport holds its own.
class HeapAdvice {
public:
    HeapAdvice();
    ~HeapAdvice();
    HeapAdvice(const HeapAdvice &) = delete;
    HeapAdvice &operator=(const HeapAdvice &) = delete;

private:
    bool m_on = false; // DATELINE_HEAP_ADVICE=0 turns it off (to measure what it is worth)
};

} // namespace dateline::store
