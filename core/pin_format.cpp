#include "core/pin_format.hpp"

#include <algorithm>
#include <string>

namespace credopass {

Status checkPinFormat(std::string_view pin) {
    const bool digits = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::string range = std::to_string(kMinPinDigits) + " to " + std::to_string(kMaxPinDigits) + " digits";
    // "Too short" only for digits: "12ab" or nothing at all is not a short PIN, it is no PIN.
    if (pin.empty() || !digits || pin.size() > kMaxPinDigits)
        return Error{InputErrc::InvalidPin, "a staff PIN is " + range};
    if (pin.size() < kMinPinDigits)
        return Error{InputErrc::PinTooShort, "a staff PIN needs at least " + std::to_string(kMinPinDigits) +
                                                 " digits and this one has " + std::to_string(pin.size()) +
                                                 ": choose a longer one (" + range + ")"};
    return {};
}

bool validPinFormat(std::string_view pin) {
    return checkPinFormat(pin).ok();
}

}  // namespace credopass
