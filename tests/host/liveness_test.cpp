#include "host/liveness.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace std::chrono_literals;

TEST_CASE("liveness: pings systemd only while the worker answers", "[host]") {
    const SteadyTime t0{};
    host::Liveness live(5s, 10s, t0);
    CHECK(live.shouldAsk(t0));
    live.asked(t0);
    CHECK_FALSE(live.shouldAsk(t0 + 6s));  // one question at a time
    CHECK(live.pingDue(t0 + 1s));
    live.pinged(t0 + 1s);
    CHECK_FALSE(live.pingDue(t0 + 2s));  // not every loop turn
    live.answered(t0 + 2s);
    CHECK(live.shouldAsk(t0 + 6s));
    live.asked(t0 + 6s);
    // The worker is stuck from here: no answer to the second question.
    CHECK(live.alive(t0 + 11s));
    CHECK(live.pingDue(t0 + 11s));
    live.pinged(t0 + 11s);
    CHECK_FALSE(live.alive(t0 + 12s));
    CHECK_FALSE(live.pingDue(t0 + 20s));  // systemd's watchdog fires
    live.answered(t0 + 21s);              // unstuck before it did
    CHECK(live.pingDue(t0 + 21s));
}

TEST_CASE("liveness: from the unit's period, ask four times a period, stale after half", "[host]") {
    auto live = host::Liveness::forWatchdog(20s);
    const auto now = std::chrono::steady_clock::now();
    CHECK(live.alive(now));
    CHECK_FALSE(live.alive(now + 11s));
}
