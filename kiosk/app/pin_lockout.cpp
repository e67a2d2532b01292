#include "kiosk/app/pin_lockout.hpp"

#include <algorithm>

namespace credopass::kiosk {

std::chrono::seconds PinLockout::delayAfter(int failures) {
    if (failures < kFreeAttempts) return std::chrono::seconds(0);
    int doublings = std::min(failures - kFreeAttempts, 20);  // 5 s << 20 is far past the cap
    return std::min(std::chrono::seconds(kFirstDelay.count() << doublings), kMaxDelay);
}

std::optional<Instant> PinLockout::lockedUntil(Instant now) const {
    if (now < until_) return until_;
    return std::nullopt;
}

}  // namespace credopass::kiosk
