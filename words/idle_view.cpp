#include "words/idle_view.hpp"

namespace credopass::words {
namespace {

// "today at 19:00" or "Sat 24 Jan 10:00": a member can tell tonight from next week.
std::string when(TimePoint t, TimePoint now) {
    if (formatLocalDateTime(t).substr(0, 10) == formatLocalDateTime(now).substr(0, 10))
        return "today at " + formatLocalHourMinute(t);
    return formatLocalDayTime(t);
}

std::string cameraHintFor(CameraState camera) {
    switch (camera) {
        case CameraState::None: return "Hold your badge to the scanner";
        case CameraState::Unavailable: return "Camera unavailable: use the scanner";
        case CameraState::Working: return "";
    }
    return "";
}

}  // namespace

IdleView describeIdle(const DoorStatus& status, bool statusKnown, CameraState camera, TimePoint now) {
    IdleView v;
    v.cameraHint = cameraHintFor(camera);
    v.headline = "Scan your badge";
    if (!statusKnown) return v;  // the first answer comes within a frame or two
    if (status.event) {
        v.eventLine = status.event->name;
        if (status.pinnedEventId) v.eventLine += " \xC2\xB7 pinned by staff";
    } else {
        v.eventLine = "No event right now";
    }
    if (!status.event || !status.admits) {
        v.headline = "Doors closed";
        if (status.next) v.detail = "Next: " + status.next->name + ", " + when(status.next->startTime, now);
        return v;
    }
    switch (status.mode) {
        case DoorMode::Auto: break;
        case DoorMode::InOnly: v.detail = "Entrance only"; break;
        case DoorMode::OutOnly:
            v.headline = "Scan your badge to leave";
            v.detail = "Exit only";
            break;
    }
    return v;
}

}  // namespace credopass::words
