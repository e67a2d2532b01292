#pragma once
// Growing delays after wrong PINs. The first kFreeAttempts failures cost
// nothing (fat fingers); each one after that doubles the wait, from 5 s up to
// 15 min. A right PIN clears the count.
//
// The count lives in the database (kiosk/app/staff_pin.hpp), so pulling the
// plug does not reset it; the door worker applies it and tells the screen
// how long to wait (PinReply::retryAfter), which PinLockout here only shows.

#include <chrono>
#include <optional>

namespace credopass::kiosk {

using Instant = std::chrono::steady_clock::time_point;

class PinLockout {
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr std::chrono::seconds kFirstDelay{5};
    static constexpr std::chrono::seconds kMaxDelay{15 * 60};

    // The delay imposed after `failures` consecutive failures.
    static std::chrono::seconds delayAfter(int failures);

    // When the next attempt is allowed, if not now.
    std::optional<Instant> lockedUntil(Instant now) const;
    void lockFor(Instant now, std::chrono::milliseconds wait) { until_ = now + wait; }
    void clear() { until_ = {}; }

private:
    Instant until_{};
};

}  // namespace credopass::kiosk
