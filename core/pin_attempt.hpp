#pragma once
// The staff PIN's lockout rule and what one attempt answers.

#include "common/time.hpp"

#include <chrono>

namespace credopass {

// Growing delays after wrong PINs: the first kFreePinAttempts failures cost
// nothing (fat fingers); each one after that doubles the wait, from 5 s up to
// 15 min. A right PIN clears the count.
inline constexpr int kFreePinAttempts = 3;
inline constexpr std::chrono::seconds kFirstLockout{5};
inline constexpr std::chrono::seconds kMaxLockout{15 * 60};
std::chrono::seconds lockoutDelayAfter(int failures);

// One PIN attempt with the lockout applied, the count kept in the settings
// table so a restart does not reset it. While locked the PIN is not even
// checked. `retryAfter` is how long until the next attempt is allowed.
struct PinAttempt {
    bool ok = false;
    bool noPinSet = false;
    bool refusedLocked = false;  // not checked: still locked from earlier failures
    int failures = 0;            // consecutive, after this attempt
    Millis retryAfter{0};
};

}  // namespace credopass
