#pragma once

// A queue between one producing and one consuming thread that holds at most a few items, so a
// fast producer waits instead of filling memory.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace dateline {

template<typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Waits for room. False when the queue was stopped (the item is dropped).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_items.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // Waits for an item. Nothing once the producer has finished and all was taken, or when stopped.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_finished || !m_items.empty(); });
        if (m_stopped || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return item;
    }

    // The producer has pushed everything.
    void finish() { set(m_finished); }
    // Either side gives up: waiting pushes and pops return at once.
    void stop() { set(m_stopped); }

private:
    void set(bool &flag)
    {
        {
            std::lock_guard lock(m_mutex); // no lost wake-up between a waiter's check and its wait
            flag = true;
        }
        m_changed.notify_all();
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace dateline
