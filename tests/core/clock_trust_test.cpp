// A Raspberry Pi without a clock battery: the door admits whatever its clock
// says, knows when not to believe it, and HQ ends with true times.
#include "core/clock_settle.hpp"
#include "core/door_service.hpp"
#include "storage/attendance.hpp"
#include "storage/clock_stamps.hpp"
#include "storage/events.hpp"
#include "storage/outbox.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace std::chrono_literals;

namespace {

// Tonight, in truth: the event runs 19:00-23:00 in 2030, after this build.
const TimePoint kTrueEvening = *parseIso("2030-03-01T19:30:00.000Z");

struct ColdBoot : test::DoorFixture {
    Event tonight = test::makeEvent("0b7e3a44-3c1e-5d8e-9f27-0c1c8f6c2a10", "Spring Social", EventStatus::Scheduled,
                                    test::at("2030-03-01T19:00:00.000Z"), test::at("2030-03-01T23:00:00.000Z"));
    ManualClock box{kTrueEvening};
    DoorService service = openService();

    ColdBoot() {
        storage::events::upsert(db, tonight);
        // Staff pin the event: with a clock they cannot trust, the door cannot choose by time.
        REQUIRE(service.pinEvent(tonight.id).ok());
    }
    DoorService openService() {
        DoorServiceOptions o;
        o.dbPath = db.path();
        o.create = false;
        auto s = DoorService::open(o, box);
        REQUIRE(s);
        return std::move(*s);
    }
    CheckinResult checkin(const Member& m) {
        auto r = service.manualCheckin(m.id, {});
        REQUIRE(r);
        return *r;
    }
    TimePoint checkInTime(const Member& m) {
        auto row = storage::attendance::find(db, tonight.id, m.id);
        REQUIRE(row);
        REQUIRE(row->checkInTime);
        return *row->checkInTime;
    }
    std::vector<std::string> duePayloads() {
        std::vector<std::string> out;
        for (const auto& e : storage::outbox::due(db, test::at("2100-01-01T00:00:00Z"), 100))
            out.push_back(e.payload);
        return out;
    }
    ClockState clockState() {
        auto s = service.clockState();
        REQUIRE(s);
        return *s;
    }
};

}  // namespace

TEST_CASE("a clock that says 1970 admits, holds its records, and re-stamps them once HQ's time is known") {
    ColdBoot f;
    f.box.reboot(test::at("1970-01-01T00:00:12.000Z"));  // power cut; no network yet

    auto jane = f.checkin(f.jane);
    CHECK(jane.outcome == Outcome::CheckedIn);  // members still get in
    // Never 1970: no true time is earlier than this build.
    CHECK(jane.at > buildTime());
    CHECK(f.clockState().trust.trusted == false);
    CHECK(f.clockState().trust.source == ClockSource::None);
    CHECK(f.clockState().waiting == 1);
    CHECK(f.duePayloads().empty());  // held from HQ

    f.box.advance(90s);
    auto john = f.checkin(f.john);
    CHECK(john.at > jane.at);

    // Twenty minutes on, the sync process reads HQ's clock: 19:52 of the true evening.
    f.box.advance(20min);
    const TimePoint hqSays = kTrueEvening + 22min;
    REQUIRE(f.service.audit("test", "").ok());  // any call will do: the service reads the anchor when asked
    {
        TrustedClock syncSide(f.box);
        saveAnchor(f.db, syncSide, ClockAnchor{f.box.boot(), hqSays, ClockSource::Hq});
    }
    auto state = f.clockState();
    CHECK(state.trust.trusted);
    CHECK(state.trust.source == ClockSource::Hq);
    CHECK(state.waiting == 0);
    // Re-stamped from the boot clock: Jane came 21.5 min before HQ's reading, John 20 min before.
    CHECK(f.checkInTime(f.jane) == hqSays - 21min - 30s);
    CHECK(f.checkInTime(f.john) == hqSays - 20min);
    auto due = f.duePayloads();
    REQUIRE(due.size() >= 2);
    CHECK(due[0].find(formatIso(hqSays - 21min - 30s)) != std::string::npos);
    CHECK(due[0].find("1970") == std::string::npos);
    // And the door's time now is HQ's, not the board's.
    CHECK(f.service.clock().now() == hqSays);
}

TEST_CASE("a clock left at last week by fake-hwclock never writes below the newest record") {
    ColdBoot f;
    auto before = f.checkin(f.jane);  // a trusted check-in, tonight
    REQUIRE(before.outcome == Outcome::CheckedIn);
    f.box.advance(1h);
    f.box.reboot(kTrueEvening - std::chrono::days(7));  // the board restored last week's time

    DoorService again = f.openService();
    auto r = again.manualCheckin(f.john.id, {});
    REQUIRE(r);
    CHECK(r->outcome == Outcome::CheckedIn);
    CHECK(r->at > before.at);  // above the newest record, not last week
    CHECK(storage::clock_stamps::held(f.db).size() == 1);
}

TEST_CASE("the wall clock jumping mid-evening moves no time once the clock is trusted") {
    ColdBoot f;
    f.box.reboot(test::at("1970-01-01T00:00:12.000Z"));
    REQUIRE(f.service.setClock(kTrueEvening).ok());  // staff set the time on the device screen
    CHECK(f.clockState().trust.source == ClockSource::Staff);

    f.box.advance(10min);
    f.box.set(test::at("2031-06-01T00:00:00.000Z"));  // forwards a year
    CHECK(f.checkin(f.jane).at == kTrueEvening + 10min);
    f.box.advance(5min);
    f.box.set(test::at("1999-12-31T23:59:00.000Z"));  // and backwards
    auto john = f.checkin(f.john);
    CHECK(john.at == kTrueEvening + 15min);
    CHECK(f.clockState().waiting == 0);
    CHECK(f.duePayloads().size() >= 2);
}

TEST_CASE("records from a boot that never learned the time wait for staff, who release them") {
    ColdBoot f;
    f.box.reboot(test::at("1970-01-01T00:00:12.000Z"));
    f.checkin(f.jane);
    f.box.advance(2h);
    f.box.reboot(test::at("1970-01-01T00:00:12.000Z"));  // cut again before any network came
    f.box.setSynchronised(true);                         // this boot, NTP answers

    DoorService again = f.openService();
    auto state = again.clockState();
    REQUIRE(state);
    CHECK(state->trust.source == ClockSource::Ntp);
    CHECK(state->held == 1);  // no way to know the true time of that boot
    CHECK(state->waiting == 0);
    CHECK(f.duePayloads().empty());

    auto released = again.releaseHeldTimes();
    REQUIRE(released);
    CHECK(*released == 1);
    CHECK(f.duePayloads().size() == 2);  // her attendance and her points
    auto after = again.clockState();
    REQUIRE(after);
    CHECK(after->held == 0);
}

TEST_CASE("NTP answering re-stamps the times this boot wrote before it") {
    ColdBoot f;
    f.box.reboot(test::at("2029-01-01T00:00:00.000Z"));  // a wrong clock, but past the floor
    const TimePoint wrong = f.checkin(f.jane).at;
    CHECK(wrong == test::at("2029-01-01T00:00:00.000Z"));
    f.box.advance(3min);
    f.box.set(kTrueEvening);  // timesyncd steps the clock...
    f.box.setSynchronised(true);
    auto state = f.clockState();  // ...and the next call of the door notices
    CHECK(state.trust.source == ClockSource::Ntp);
    CHECK(state.waiting == 0);
    CHECK(f.checkInTime(f.jane) == kTrueEvening - 3min);
}

TEST_CASE("a clock anchor is read strictly") {
    const ClockAnchor a{{"3f1c-boot", 12'345ms}, test::at("2030-03-01T19:30:00.000Z"), ClockSource::Hq};
    auto back = parseAnchor(formatAnchor(a));
    REQUIRE(back);
    CHECK(back->at.bootId == a.at.bootId);
    CHECK(back->at.sinceBoot == a.at.sinceBoot);
    CHECK(back->trueTime == a.trueTime);
    CHECK(back->source == ClockSource::Hq);
    for (const char* bad : {"", "boot", "boot 12 2030-03-01T19:30:00Z", "boot -1 2030-03-01T19:30:00Z hq",
                            "boot 12x 2030-03-01T19:30:00Z hq", "boot 12 yesterday hq",
                            "boot 12 2030-03-01T19:30:00Z none", "boot 12 2030-03-01T19:30:00Z sundial"})
        CHECK_FALSE(parseAnchor(bad));
}
