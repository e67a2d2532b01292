#pragma once
// The door's timing and loyalty rules, as configured.

#include "common/time.hpp"

#include <chrono>
#include <cstdint>
#include <optional>

namespace credopass {

struct DoorPolicy {
    Millis grace = std::chrono::minutes(30);       // doors open this long before startTime
    Millis dedupWindow = std::chrono::minutes(2);  // a repeat scan inside it is "already checked in"
    std::int64_t pointsPerAttendance = 10;
    // Points awarded at the door expire this long after (unset: never, as
    // the schema says of a record without expiresAt). HQ's own /points
    // counts a record without expiresAt as 0 (docs/sync.md): a venue that
    // wants HQ's totals to agree sets this.
    std::optional<Millis> pointsExpireAfter{};
    // Members still inside when an event ends can check out for this long after.
    Millis lateCheckout = std::chrono::hours(3);
};

}  // namespace credopass
