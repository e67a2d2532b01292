#pragma once
// What a person's typing does to a one-line text field (the member search,
// a member id typed at the door). Text arrives as the scanner splitter lets
// it through: UTF-8 bytes, '\n' for Enter; a scanner's codes never get here.

#include <string>
#include <string_view>

namespace credopass::kiosk {

// Appends the printable part of `typed` to `field` (Enter and other control
// characters are not part of a name or an id). Returns true when it changed.
bool appendTyped(std::string& field, std::string_view typed);

// Backspace: removes the last whole UTF-8 character, never half of one.
// Returns true when there was one.
bool eraseLastCharacter(std::string& field);

}  // namespace credopass::kiosk
