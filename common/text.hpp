#pragma once
// Small text helpers shared by the front ends.

#include <string>
#include <string_view>

namespace credopass {

std::string toLower(std::string_view s);
std::string_view trim(std::string_view s);
// One CSV field per RFC 4180, and neutralised against spreadsheet formula injection.
std::string csvField(std::string_view s);

}  // namespace credopass
