#include "words/idle_view.hpp"

#include "words/local_format.hpp"
#include "words/translate.hpp"

namespace credopass::words {
namespace {

// "today at 19:00" or "Sat 24 Jan 10:00": a member can tell tonight from next week.
std::string when(TimePoint t, TimePoint now) {
    if (sameLocalDay(t, now)) return fill(tr("today at {time}"), {{"time", timeOfDay(t)}});
    return dayAndTime(t);
}

std::string cameraHintFor(CameraState camera) {
    switch (camera) {
        case CameraState::None: return tr("Hold your badge to the scanner");
        case CameraState::Unavailable: return tr("Camera unavailable: use the scanner");
        case CameraState::Working: return "";
    }
    return "";
}

}  // namespace

IdleView describeIdle(const DoorStatus& status, bool statusKnown, CameraState camera, TimePoint now) {
    IdleView v;
    v.cameraHint = cameraHintFor(camera);
    v.headline = tr("Scan your badge");
    if (!statusKnown) return v;  // the first answer comes within a frame or two
    if (!status.clock.trust.trusted) v.clockMark = tr("Clock not set");
    if (status.event) {
        v.eventLine = status.event->name;
        if (status.pinnedEventId) v.eventLine += std::string(" \xC2\xB7 ") + tr("pinned by staff");
    } else {
        v.eventLine = tr("No event right now");
    }
    if (!status.event || !status.admits) {
        v.headline = tr("Doors closed");
        if (status.next)
            v.detail = fill(tr("Next: {event}, {when}"),
                            {{"event", status.next->name}, {"when", when(status.next->startTime, now)}});
        return v;
    }
    switch (status.mode) {
        case DoorMode::Auto: break;
        case DoorMode::InOnly: v.detail = tr("Entrance only"); break;
        case DoorMode::OutOnly:
            v.headline = tr("Scan your badge to leave");
            v.detail = tr("Exit only");
            break;
    }
    return v;
}

}  // namespace credopass::words
