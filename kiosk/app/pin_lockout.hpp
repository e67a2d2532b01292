#pragma once
// The PIN screen's view of the lockout. The rule (core/staff_pin.hpp) and the
// failure count live with the door service, in the database, so pulling the
// plug does not reset them; the service says how long to wait after each
// attempt (PinAttempt::retryAfter), which PinLockout here only shows.

#include "common/clock.hpp"

#include <chrono>
#include <optional>

namespace credopass::kiosk {

class PinLockout {
public:
    // When the next attempt is allowed, if not now.
    std::optional<SteadyTime> lockedUntil(SteadyTime now) const;
    // Whole seconds until the next attempt (rounded up), if locked now.
    std::optional<std::int64_t> secondsLeft(SteadyTime now) const;
    void lockFor(SteadyTime now, std::chrono::milliseconds wait) { until_ = now + wait; }
    void clear() { until_ = {}; }
    SteadyTime until() const { return until_; }  // past (or unset) when not locked

private:
    SteadyTime until_{};
};

}  // namespace credopass::kiosk
