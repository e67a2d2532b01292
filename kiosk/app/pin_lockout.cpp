#include "kiosk/app/pin_lockout.hpp"

namespace credopass::kiosk {

std::optional<SteadyTime> PinLockout::lockedUntil(SteadyTime now) const {
    if (now < until_) return until_;
    return std::nullopt;
}

std::optional<std::int64_t> PinLockout::secondsLeft(SteadyTime now) const {
    if (now >= until_) return std::nullopt;
    return std::chrono::ceil<std::chrono::seconds>(until_ - now).count();
}

}  // namespace credopass::kiosk
