#pragma once
// What a staff PIN may be. Every way of setting one (credopass-kiosk
// --set-pin, kioskctl pin, the demo) goes through setStaffPin, which checks
// this; the header has no storage in it so front ends can show the limits.
//
// Six digits at least: the PIN is the only thing between a member at the
// door and the staff screens (every member's name, exports, exit to the
// system). Once the lockout (core/pin_attempt.hpp) is at its cap, a patient
// guesser at an unattended door gets one try per 15 minutes: all four-digit
// PINs in about 100 days, all six-digit ones in about 28 years. PINs stored
// before this rule still unlock: only setting a new one is refused.

#include "common/result.hpp"

#include <cstddef>
#include <string_view>

namespace credopass {

inline constexpr std::size_t kMinPinDigits = 6;
inline constexpr std::size_t kMaxPinDigits = 12;

// Errors: InputErrc::PinTooShort (fewer than kMinPinDigits digits),
// InputErrc::InvalidPin (anything but digits, or more than kMaxPinDigits).
Status checkPinFormat(std::string_view pin);
bool validPinFormat(std::string_view pin);

}  // namespace credopass
