#pragma once
// Whether a worker thread is still answering, for a watchdog: the owner's loop
// asks the worker a question it answers at once (the door worker's Ping) at
// most every `askEvery`, notes each answer, and pings systemd only while the
// last answer is younger than `staleAfter`. A worker stuck in a call (a
// database, a camera ioctl) stops answering; the pings stop; systemd restarts.
// A value, driven by the caller's steady time: tests step it by hand.

#include "common/clock.hpp"
#include "common/time.hpp"

#include <optional>

namespace credopass::host {

class Liveness {
public:
    // From the unit's watchdog period: ask four times a period, stale after half.
    static Liveness forWatchdog(Millis period);
    Liveness(Millis askEvery, Millis staleAfter, SteadyTime start);

    // True when a question is due: none is outstanding and the last was
    // asked askEvery ago. The caller then asks (and calls asked()).
    bool shouldAsk(SteadyTime now) const;
    void asked(SteadyTime now);
    void answered(SteadyTime now);
    // The worker answered within staleAfter (counting from `start` at first).
    bool alive(SteadyTime now) const;
    // Time to tell systemd all is well: alive, and askEvery since the last
    // time (a loop turning 30 times a second pings four times a period).
    bool pingDue(SteadyTime now) const;
    void pinged(SteadyTime now) { lastPing_ = now; }

private:
    Millis askEvery_;
    Millis staleAfter_;
    SteadyTime lastAnswer_;
    std::optional<SteadyTime> lastAsked_;
    std::optional<SteadyTime> lastPing_;
    bool outstanding_ = false;
};

}  // namespace credopass::host
