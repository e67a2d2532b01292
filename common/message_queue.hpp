#pragma once
// How threads talk: a small queue of values. The camera, decoder, door and
// sync threads post messages; the receiver drains them (the UI once per frame).
// Nothing else is shared between threads.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace credopass {

template <class T>
class MessageQueue {
public:
    // capacity 0 = unbounded. When bounded and full, the oldest message is
    // dropped: for live data (camera frames) the newest is what matters.
    explicit MessageQueue(std::size_t capacity = 0) : capacity_(capacity) {}

    void push(T value) {
        {
            std::lock_guard lock(mutex_);
            if (closed_) return;
            if (capacity_ != 0 && items_.size() >= capacity_) {
                items_.pop_front();
                ++dropped_;
            }
            items_.push_back(std::move(value));
        }
        ready_.notify_one();
    }

    std::optional<T> tryPop() {
        std::lock_guard lock(mutex_);
        if (items_.empty()) return std::nullopt;
        T value = std::move(items_.front());
        items_.pop_front();
        return value;
    }

    // Waits up to `timeout` for a message; nullopt on timeout or when closed and empty.
    template <class Rep, class Period>
    std::optional<T> popFor(std::chrono::duration<Rep, Period> timeout) {
        std::unique_lock lock(mutex_);
        ready_.wait_for(lock, timeout, [&] { return !items_.empty() || closed_; });
        if (items_.empty()) return std::nullopt;
        T value = std::move(items_.front());
        items_.pop_front();
        return value;
    }

    // Everything queued now, oldest first.
    std::vector<T> drain() {
        std::lock_guard lock(mutex_);
        std::vector<T> out(std::make_move_iterator(items_.begin()), std::make_move_iterator(items_.end()));
        items_.clear();
        return out;
    }

    // Wakes every waiter; later pushes are ignored.
    void close() {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        ready_.notify_all();
    }

    bool closed() const {
        std::lock_guard lock(mutex_);
        return closed_;
    }
    std::size_t size() const {
        std::lock_guard lock(mutex_);
        return items_.size();
    }
    std::size_t dropped() const {
        std::lock_guard lock(mutex_);
        return dropped_;
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<T> items_;
    std::size_t capacity_;
    std::size_t dropped_ = 0;
    bool closed_ = false;
};

}  // namespace credopass
