#pragma once
// RFC 4648 base32 without padding. Signed badges use it because its alphabet
// (A-Z, 2-7) is inside QR's alphanumeric mode, which packs a character into
// 5.5 bits instead of 8: the same badge needs a smaller QR code than base64.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::badge {

std::string base32Encode(std::span<const std::uint8_t> bytes);
// Either case (a keyboard-wedge scanner may send lower case with Caps Lock on).
// Returns nullopt on any character outside the alphabet or non-canonical trailing bits.
std::optional<std::vector<std::uint8_t>> base32Decode(std::string_view text);

}  // namespace credopass::badge
