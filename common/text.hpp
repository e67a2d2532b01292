#pragma once
// Small text helpers shared by the front ends.

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace credopass {

std::string toLower(std::string_view s);
std::string_view trim(std::string_view s);
// One CSV field per RFC 4180, and neutralised against spreadsheet formula injection.
std::string csvField(std::string_view s);

// Text from outside the kiosk (HQ's names, HQ's error bodies) made safe to
// store, print to a terminal and draw: always valid UTF-8 (each invalid byte
// becomes U+FFFD), without control characters (C0 including ESC, DEL, C1) or
// the bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069)
// that reorder what follows them; tabs and line breaks become spaces. At most
// `maxBytes` bytes, cut on a character boundary, ending in "..." when cut
// (maxBytes below 3 cuts without it).
std::string cleanText(std::string_view s, std::size_t maxBytes = std::numeric_limits<std::size_t>::max());

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code
// points above U+10FFFF).
bool isValidUtf8(std::string_view s);

// The code points of `s`, each distinct one once, in ascending order; an
// invalid byte is skipped. What the door's fonts must draw for a text.
std::u32string distinctCodePoints(std::string_view s);

// The longest prefix of `s` of at most `maxBytes` bytes that does not end
// inside a UTF-8 character.
std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes);

}  // namespace credopass
