#pragma once
// How wide a text is on a terminal: kioskctl's tables line up with names in
// any script. A character takes two columns when East Asian Wide or
// Fullwidth (王, 김), none when it is a combining mark or a zero-width
// format character, one otherwise. ICU's character properties, not a table
// of our own.

#include <cstddef>
#include <string>
#include <string_view>

namespace credopass {

std::size_t terminalColumns(std::string_view utf8);
// `utf8` followed by spaces up to `columns` (nothing added when it is wider).
std::string padColumns(std::string_view utf8, std::size_t columns);

}  // namespace credopass
