#include "kiosk/app/pin_lockout.hpp"

#include <catch2/catch.hpp>

using namespace credopass::kiosk;
using namespace std::chrono_literals;

TEST_CASE("wrong PINs cost nothing at first, then ever longer waits, capped") {
    CHECK(PinLockout::delayAfter(1) == 0s);
    CHECK(PinLockout::delayAfter(2) == 0s);
    CHECK(PinLockout::delayAfter(3) == 5s);
    CHECK(PinLockout::delayAfter(4) == 10s);
    CHECK(PinLockout::delayAfter(5) == 20s);
    CHECK(PinLockout::delayAfter(12) == 15min);
    CHECK(PinLockout::delayAfter(1000) == 15min);
}

TEST_CASE("the screen's lockout holds until the time it was told") {
    PinLockout lock;
    Instant t0{};
    CHECK_FALSE(lock.lockedUntil(t0));
    lock.lockFor(t0, 5s);
    REQUIRE(lock.lockedUntil(t0 + 4s));
    CHECK(*lock.lockedUntil(t0 + 4s) == t0 + 5s);
    CHECK_FALSE(lock.lockedUntil(t0 + 5s));
    lock.lockFor(t0, 10s);
    lock.clear();
    CHECK_FALSE(lock.lockedUntil(t0));
}
