// What the idle screen says, for each state of the door.
#include "words/idle_view.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::words;

namespace {

TimePoint at(const char* iso) {
    return *parseIso(iso);
}

Event event(const char* name, const char* start, EventStatus status = EventStatus::Scheduled) {
    Event e;
    e.id = "d87d2b28-ff03-5d2c-b58f-21d90199c062";
    e.name = name;
    e.status = status;
    e.startTime = at(start);
    e.endTime = e.startTime + std::chrono::hours(2);
    return e;
}

DoorStatus open(const Event& e) {
    DoorStatus s;
    s.event = e;
    s.admits = true;
    return s;
}

}  // namespace

TEST_CASE("an open door asks for the badge and names its event") {
    auto v = describeIdle(open(event("Friday Jazz Night", "2026-01-17T12:00:00Z")), true, CameraState::Working,
                          at("2026-01-17T12:10:00Z"));
    CHECK(v.headline == "Scan your badge");
    CHECK(v.eventLine == "Friday Jazz Night");
    CHECK(v.detail.empty());
    CHECK(v.cameraHint.empty());
}

TEST_CASE("with no event the door says it is closed, and when the next one starts") {
    DoorStatus s;
    const TimePoint now = at("2026-01-17T12:00:00Z");
    s.next = event("Brunch", "2026-01-17T12:30:00Z");
    auto today = describeIdle(s, true, CameraState::None, now);
    CHECK(today.headline == "Doors closed");
    CHECK(today.eventLine == "No event right now");
    CHECK(today.detail == "Next: Brunch, today at " + formatLocalHourMinute(s.next->startTime));
    s.next = event("Brunch", "2026-01-24T12:30:00Z");
    CHECK(describeIdle(s, true, CameraState::None, now).detail ==
          "Next: Brunch, " + formatLocalDayTime(s.next->startTime));
    s.next.reset();
    auto nothing = describeIdle(s, true, CameraState::None, now);
    CHECK(nothing.headline == "Doors closed");
    CHECK(nothing.detail.empty());
}

TEST_CASE("an event pinned by staff that admits nobody is a closed door; one that admits says pinned") {
    auto s = open(event("Friday Jazz Night", "2026-01-17T12:00:00Z", EventStatus::Cancelled));
    s.admits = false;
    s.pinnedEventId = s.event->id;
    auto closed = describeIdle(s, true, CameraState::Working, at("2026-01-17T12:10:00Z"));
    CHECK(closed.headline == "Doors closed");
    CHECK(closed.eventLine == "Friday Jazz Night \xC2\xB7 pinned by staff");
    s.admits = true;
    CHECK(describeIdle(s, true, CameraState::Working, at("2026-01-17T12:10:00Z")).headline == "Scan your badge");
}

TEST_CASE("an exit-only or entrance-only door says so") {
    auto s = open(event("Friday Jazz Night", "2026-01-17T12:00:00Z"));
    s.mode = DoorMode::OutOnly;
    auto out = describeIdle(s, true, CameraState::Working, at("2026-01-17T12:10:00Z"));
    CHECK(out.headline == "Scan your badge to leave");
    CHECK(out.detail == "Exit only");
    s.mode = DoorMode::InOnly;
    CHECK(describeIdle(s, true, CameraState::Working, at("2026-01-17T12:10:00Z")).detail == "Entrance only");
}

TEST_CASE("without a working camera the idle screen points to the scanner") {
    DoorStatus s;
    CHECK(describeIdle(s, true, CameraState::None, {}).cameraHint == "Hold your badge to the scanner");
    CHECK(describeIdle(s, true, CameraState::Unavailable, {}).cameraHint == "Camera unavailable: use the scanner");
}

TEST_CASE("before the door's first answer the idle screen claims nothing about events") {
    auto v = describeIdle(DoorStatus{}, false, CameraState::Working, {});
    CHECK(v.headline == "Scan your badge");
    CHECK(v.eventLine.empty());
    CHECK(v.detail.empty());
}

TEST_CASE("the idle screen marks a clock the door cannot trust, and only then") {
    DoorStatus s;
    s.clock.trust = ClockTrust{false, ClockSource::None, std::nullopt};
    CHECK(describeIdle(s, true, CameraState::Working, {}).clockMark == "Clock not set");
    CHECK(describeIdle(s, false, CameraState::Working, {}).clockMark.empty());  // no claims before the first answer
    for (ClockSource source : {ClockSource::Ntp, ClockSource::Hq, ClockSource::Staff}) {
        s.clock.trust = ClockTrust{true, source, Millis{0}};
        CHECK(describeIdle(s, true, CameraState::Working, {}).clockMark.empty());
    }
}
