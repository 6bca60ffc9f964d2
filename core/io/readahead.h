#pragma once

#include "core/store/boundedqueue.h"

#include <exception>
#include <functional>
#include <thread>

namespace dateline {

// Reads on a worker thread while the calling thread writes, so that an export costs about the
// larger of the two instead of their sum. produce runs on the worker and hands each item to its
// push argument (false: stop producing); consume runs on the calling thread, item by item, and
// returns false to stop both. A few items wait in between at most (depth), so memory stays
// bounded. While this runs only produce may use the document (a Document is used by one thread at
// a time). An exception thrown by produce is rethrown here, after the items before it were
// consumed. Returns false when consume stopped.
template <typename T>
bool readAhead(const std::function<void(const std::function<bool(T)> &push)> &produce,
               const std::function<bool(T &)> &consume, std::size_t depth = 2)
{
    BoundedQueue<T> queue(depth);
    std::exception_ptr failure;
    std::thread reader([&] {
        try {
            produce([&queue](T item) { return queue.push(std::move(item)); });
        } catch (...) {
            failure = std::current_exception();
        }
        queue.finish();
    });
    bool complete = true;
    try {
        while (std::optional<T> item = queue.pop()) {
            if (!consume(*item)) {
                complete = false;
                break;
            }
        }
    } catch (...) {
        queue.stop();
        reader.join();
        throw;
    }
    queue.stop(); // a producer waiting for room gives up
    reader.join();
    if (failure)
        std::rethrow_exception(failure);
    return complete;
}

} // namespace dateline
