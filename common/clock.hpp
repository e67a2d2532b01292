#pragma once
// Time is injected: the rules of the door are tested with a clock the test sets.

#include "common/time.hpp"

#include <atomic>
#include <chrono>

namespace credopass {

// The one monotonic time: for durations and deadlines on this machine (a
// result's display time, the latency of a scan), never for records.
using SteadyTime = std::chrono::steady_clock::time_point;

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override;
};

// A clock that only moves when told to; safe to read from several threads.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start) : now_(start.time_since_epoch().count()) {}
    TimePoint now() const override { return TimePoint(Millis(now_.load())); }
    void set(TimePoint t) { now_ = t.time_since_epoch().count(); }
    void advance(Millis d) { now_ += d.count(); }

private:
    std::atomic<Millis::rep> now_;
};

}  // namespace credopass
