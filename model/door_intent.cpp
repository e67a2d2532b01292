#include "model/door_intent.hpp"

namespace credopass {

std::string_view toString(DoorAction a) {
    switch (a) {
        case DoorAction::CheckIn: return "check_in";
        case DoorAction::BackIn: return "back_in";
        case DoorAction::CheckOut: return "check_out";
    }
    return "check_in";
}

std::optional<DoorAction> parseDoorAction(std::string_view s) {
    for (DoorAction a : {DoorAction::CheckIn, DoorAction::BackIn, DoorAction::CheckOut})
        if (s == toString(a)) return a;
    return std::nullopt;
}

}  // namespace credopass
