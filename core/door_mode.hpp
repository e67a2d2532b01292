#pragma once

#include <optional>
#include <string_view>

namespace credopass {

// auto: first scan in, a later one out, the next back in.
// in-only / out-only: doors that are only an entrance or only an exit.
enum class DoorMode { Auto, InOnly, OutOnly };

std::string_view toString(DoorMode m);  // "auto", "in-only", "out-only"
std::optional<DoorMode> parseDoorMode(std::string_view s);

}  // namespace credopass
