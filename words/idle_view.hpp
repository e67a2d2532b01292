#pragma once
// What the idle screen says the door will do: open or closed (and when it
// opens next), entrance or exit only, a pinned event, and what to do when the
// camera is not working. Members read this from two metres away, before they
// reach the door; the words live here beside the result's, for one place to
// translate.

#include "core/door_status.hpp"

#include <string>

namespace credopass::words {

enum class CameraState {
    None,         // no camera configured: badges come from a scanner
    Working,      // frames arriving
    Unavailable,  // configured, but unplugged or frozen (no frame for a while)
};

struct IdleView {
    std::string eventLine;   // header: "Friday Jazz Night", "… · pinned by staff", "No event right now"
    std::string headline;    // "Scan your badge", "Doors closed", "Scan your badge to leave"
    std::string detail;      // under the headline: "Next: Brunch, today at 10:00", "Exit only", ""
    std::string cameraHint;  // where the camera picture would be, when there is none
    // A small mark while the door cannot trust its clock (no NTP, HQ or staff
    // time this boot): the shown time may be wrong, and staff should know.
    std::string clockMark;
};

// `statusKnown`: the door worker answered at least once (until then, no claims).
IdleView describeIdle(const DoorStatus& status, bool statusKnown, CameraState camera, TimePoint now);

}  // namespace credopass::words
