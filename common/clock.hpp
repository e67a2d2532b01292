#pragma once
// Time is injected: the rules of the door are tested with a clock the test sets.
//
// A clock says three things: the wall time, where this boot is (the kernel's
// boot id and the time since boot, which no one can set), and whether the
// operating system says its wall time is synchronised. A Raspberry Pi has no
// clock battery: until NTP answers, its wall time is 1970 or whatever
// fake-hwclock saved at the last clean shutdown. core/trusted_clock decides
// what the door may believe from these.

#include "common/time.hpp"

#include <atomic>
#include <chrono>
#include <string>

namespace credopass {

// The one monotonic time: for durations and deadlines on this machine (a
// result's display time, the latency of a scan), never for records.
using SteadyTime = std::chrono::steady_clock::time_point;

// A moment of this boot: it orders events within one boot whatever the wall
// clock did, and is meaningless in another boot.
struct BootInstant {
    std::string bootId;   // /proc/sys/kernel/random/boot_id
    Millis sinceBoot{0};  // CLOCK_BOOTTIME: counts through suspend, never jumps
};

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
    virtual BootInstant boot() const = 0;
    // The kernel's wall clock is synchronised (NTP, or timesyncd said so).
    virtual bool synchronised() const = 0;
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override;
    BootInstant boot() const override;
    bool synchronised() const override;
};

// A clock that only moves when told to; safe to read from several threads.
// advance() is time passing (wall and boot clocks together); set() is the
// wall clock jumping (NTP stepping it, someone setting it); reboot() starts a
// new boot with the wall clock wherever the board's lack of a battery left it.
// Synchronised unless told otherwise, so tests of the door rules see their
// times as given.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start) : now_(start.time_since_epoch().count()) {}
    TimePoint now() const override { return TimePoint(Millis(now_.load())); }
    BootInstant boot() const override { return {"boot-" + std::to_string(boot_.load()), Millis(sinceBoot_.load())}; }
    bool synchronised() const override { return synchronised_; }

    void set(TimePoint t) { now_ = t.time_since_epoch().count(); }
    void advance(Millis d) {
        now_ += d.count();
        sinceBoot_ += d.count();
    }
    void setSynchronised(bool on) { synchronised_ = on; }
    void reboot(TimePoint wallAtBoot) {
        ++boot_;
        sinceBoot_ = 0;
        synchronised_ = false;
        set(wallAtBoot);
    }

private:
    std::atomic<Millis::rep> now_;
    std::atomic<Millis::rep> sinceBoot_{10'000};  // a boot is some seconds old when the kiosk starts
    std::atomic<int> boot_{1};
    std::atomic<bool> synchronised_{true};
};

}  // namespace credopass
