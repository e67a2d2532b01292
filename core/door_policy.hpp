#pragma once
// The door's timing and loyalty rules, as configured.

#include "common/time.hpp"

#include <chrono>
#include <cstdint>

namespace credopass {

struct DoorPolicy {
    Millis grace = std::chrono::minutes(30);       // doors open this long before startTime
    Millis dedupWindow = std::chrono::minutes(2);  // a repeat scan inside it is "already checked in"
    std::int64_t pointsPerAttendance = 10;
    // Members still inside when an event ends can check out for this long after.
    Millis lateCheckout = std::chrono::hours(3);
};

}  // namespace credopass
