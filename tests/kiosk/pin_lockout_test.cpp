#include "kiosk/app/pin_lockout.hpp"
#include "core/staff_pin.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;
using namespace std::chrono_literals;

TEST_CASE("wrong PINs cost nothing at first, then ever longer waits, capped") {
    CHECK(lockoutDelayAfter(1) == 0s);
    CHECK(lockoutDelayAfter(2) == 0s);
    CHECK(lockoutDelayAfter(3) == 5s);
    CHECK(lockoutDelayAfter(4) == 10s);
    CHECK(lockoutDelayAfter(5) == 20s);
    CHECK(lockoutDelayAfter(12) == 15min);
    CHECK(lockoutDelayAfter(1000) == 15min);
}

TEST_CASE("the screen's lockout holds until the time it was told") {
    PinLockout lock;
    SteadyTime t0{};
    CHECK_FALSE(lock.lockedUntil(t0));
    lock.lockFor(t0, 5s);
    REQUIRE(lock.lockedUntil(t0 + 4s));
    CHECK(*lock.lockedUntil(t0 + 4s) == t0 + 5s);
    CHECK_FALSE(lock.lockedUntil(t0 + 5s));
    lock.lockFor(t0, 10s);
    lock.clear();
    CHECK_FALSE(lock.lockedUntil(t0));
}
