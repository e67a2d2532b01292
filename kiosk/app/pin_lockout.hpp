#pragma once
// Growing delays after wrong PINs. The first kFreeAttempts failures cost
// nothing (fat fingers); each one after that doubles the wait, from 5 s up to
// 15 min. A right PIN clears the count. Pure: time is passed in.

#include <chrono>
#include <optional>

namespace credopass::kiosk {

using Instant = std::chrono::steady_clock::time_point;

class PinLockout {
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr std::chrono::seconds kFirstDelay{5};
    static constexpr std::chrono::seconds kMaxDelay{15 * 60};

    // When the next attempt is allowed, if not now.
    std::optional<Instant> lockedUntil(Instant now) const;
    void recordFailure(Instant now);
    void recordSuccess();

    int failures() const { return failures_; }
    // The delay imposed after `failures` consecutive failures.
    static std::chrono::seconds delayAfter(int failures);

private:
    int failures_ = 0;
    Instant until_{};
};

}  // namespace credopass::kiosk
