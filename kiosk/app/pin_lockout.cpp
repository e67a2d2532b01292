#include "kiosk/app/pin_lockout.hpp"

namespace credopass::kiosk {

std::optional<SteadyTime> PinLockout::lockedUntil(SteadyTime now) const {
    if (now < until_) return until_;
    return std::nullopt;
}

}  // namespace credopass::kiosk
