#include "core/door_mode.hpp"

namespace credopass {

std::string_view toString(DoorMode m) {
    switch (m) {
        case DoorMode::Auto: return "auto";
        case DoorMode::InOnly: return "in-only";
        case DoorMode::OutOnly: return "out-only";
    }
    return "auto";
}

std::optional<DoorMode> parseDoorMode(std::string_view s) {
    if (s == "auto") return DoorMode::Auto;
    if (s == "in-only") return DoorMode::InOnly;
    if (s == "out-only") return DoorMode::OutOnly;
    return std::nullopt;
}

}  // namespace credopass
