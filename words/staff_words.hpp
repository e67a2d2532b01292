#pragma once
// What staff read about the door, in their language: why this event was
// chosen, an event's status, the door mode. Beside the members' words
// (result_view, idle_view) so every word of the door is translated in one place.

#include "core/door_mode.hpp"
#include "core/door_status.hpp"

#include <string>

namespace credopass::words {

std::string whyChosen(const DoorStatus& status);   // "pinned by staff", "scheduled 18:00–23:00, doors open at 17:30"
const char* eventStatusWords(EventStatus status);  // "cancelled"
const char* doorModeWords(DoorMode mode);          // "Auto", "Entrance only", "Exit only"

}  // namespace credopass::words
