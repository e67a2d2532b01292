// The rules of the door, with an injected clock and a real database file.
#include "core/record_ids.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "tests/core/door_fixture.hpp"
#include "words/result_view.hpp"

#include <catch2/catch.hpp>

#include <csignal>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace credopass;
using namespace credopass::test;
using namespace std::chrono_literals;

TEST_CASE_METHOD(DoorFixture, "auto mode: in, repeat, out, back in") {
    auto in = scan(jane.id);
    CHECK(in.outcome == Outcome::CheckedIn);
    CHECK(in.member->firstName == "Jane");
    CHECK(in.event->id == jazz.id);
    CHECK(in.checkInTime == clock.now());
    CHECK_FALSE(in.checkOutTime);

    clock.advance(90s);  // inside the 2-minute window: a repeat, nothing written
    auto outboxBefore = countRows("outbox");
    auto repeat = scan(jane.id);
    CHECK(repeat.outcome == Outcome::AlreadyCheckedIn);
    CHECK(repeat.checkInTime == at("2026-01-17T18:55:00.000Z"));
    CHECK(countRows("outbox") == outboxBefore);

    clock.set(at("2026-01-17T20:50:00.000Z"));
    auto out = scan(jane.id);
    CHECK(out.outcome == Outcome::CheckedOut);
    CHECK(out.checkOutTime == clock.now());
    CHECK(out.stayed == Millis(1h + 55min));
    CHECK(words::describe(out).title == "Goodbye, Jane \xE2\x80\x94 1 h 55 min");

    clock.advance(5min);
    auto back = scan(jane.id);
    CHECK(back.outcome == Outcome::BackIn);
    CHECK(back.checkInTime == at("2026-01-17T18:55:00.000Z"));  // the first check-in is kept
    CHECK_FALSE(back.checkOutTime);

    auto row = storage::attendance::find(db, jazz.id, jane.id);
    REQUIRE(row);
    CHECK(row->attended);
    CHECK(row->checkInTime == at("2026-01-17T18:55:00.000Z"));
    CHECK_FALSE(row->checkOutTime);
    CHECK(countRows("attendance") == 1);
}

TEST_CASE_METHOD(DoorFixture, "the repeat window counts from the latest door action, in or out") {
    scan(jane.id);
    clock.advance(3min);
    CHECK(scan(jane.id).outcome == Outcome::CheckedOut);
    const auto outboxAfterExit = countRows("outbox");
    clock.advance(1min);  // the badge shown again on the way out: a repeat, not a return
    auto twice = scan(jane.id);
    CHECK(twice.outcome == Outcome::AlreadyCheckedOut);
    CHECK(twice.checkOutTime == clock.now() - 1min);
    CHECK(countRows("outbox") == outboxAfterExit);
    CHECK(storage::attendance::countInside(db, jazz.id) == 0);
    clock.advance(2min);
    CHECK(scan(jane.id).outcome == Outcome::BackIn);
    clock.advance(1min);  // a minute after coming back in
    CHECK(scan(jane.id).outcome == Outcome::AlreadyCheckedIn);
    clock.advance(2min);
    CHECK(scan(jane.id).outcome == Outcome::CheckedOut);
}

TEST_CASE_METHOD(DoorFixture, "in-only doors never check out") {
    CHECK(scan(jane.id, DoorMode::InOnly).outcome == Outcome::CheckedIn);
    clock.advance(1h);
    CHECK(scan(jane.id, DoorMode::InOnly).outcome == Outcome::AlreadyCheckedIn);
    CHECK(scan(jane.id, DoorMode::Auto).outcome == Outcome::CheckedOut);
    CHECK(scan(jane.id, DoorMode::InOnly).outcome == Outcome::BackIn);
}

TEST_CASE_METHOD(DoorFixture, "out-only doors never check in") {
    auto never = scan(jane.id, DoorMode::OutOnly);
    CHECK(never.outcome == Outcome::NotCheckedIn);
    CHECK_FALSE(never.admitted());
    CHECK(countRows("attendance") == 0);
    scan(jane.id);
    CHECK(scan(jane.id, DoorMode::OutOnly).outcome == Outcome::CheckedOut);  // no repeat window on an exit
    CHECK(scan(jane.id, DoorMode::OutOnly).outcome == Outcome::AlreadyCheckedOut);
}

TEST_CASE_METHOD(DoorFixture, "unknown members are refused and nothing is written") {
    auto r = scan("00000000-0000-4000-8000-000000000000");
    CHECK(r.outcome == Outcome::UnknownMember);
    CHECK(words::describe(r).title == "Badge not recognised");
    CHECK(countRows("attendance") + countRows("loyalty") + countRows("outbox") == 0);
}

TEST_CASE_METHOD(DoorFixture, "outside any event's window there is no event") {
    clock.set(at("2026-01-17T18:29:59.999Z"));  // grace opens at 18:30
    CHECK(scan(jane.id).outcome == Outcome::NoEvent);
    clock.set(at("2026-01-17T18:30:00.000Z"));
    CHECK(scan(jane.id).outcome == Outcome::CheckedIn);
    clock.set(at("2026-01-17T21:00:00.001Z"));
    CHECK(scan(john.id).outcome == Outcome::NoEvent);
    CHECK(countRows("attendance") == 1);
}

TEST_CASE_METHOD(DoorFixture, "after the event ends, members still inside can check out but nobody enters") {
    scan(jane.id);
    clock.set(at("2026-01-17T23:59:00.000Z"));  // within 3 hours of the 21:00 end
    CHECK(scan(john.id).outcome == Outcome::NoEvent);
    CHECK(scan(jane.id, DoorMode::InOnly).outcome == Outcome::NoEvent);
    auto out = scan(jane.id);
    CHECK(out.outcome == Outcome::CheckedOut);
    CHECK(out.event->id == jazz.id);
    CHECK(scan(jane.id).outcome == Outcome::NoEvent);  // no back in after the end

    scan(john.id, DoorMode::Auto, jazz.id);     // pinned: John comes in late
    clock.set(at("2026-01-18T00:00:00.001Z"));  // more than 3 hours after the end
    CHECK(scan(john.id).outcome == Outcome::NoEvent);
}

TEST_CASE_METHOD(DoorFixture, "draft, cancelled and completed events never admit") {
    for (EventStatus status : {EventStatus::Draft, EventStatus::Cancelled, EventStatus::Completed}) {
        Event e = jazz;
        e.status = status;
        storage::events::upsert(db, e);
        CHECK(scan(jane.id).outcome == Outcome::NoEvent);
        auto pinned = scan(jane.id, DoorMode::Auto, jazz.id);
        CHECK(pinned.outcome == Outcome::EventNotOpen);
        CHECK(pinned.reason == refusalFor(status));
    }
    CHECK(countRows("attendance") == 0);
}

TEST_CASE_METHOD(DoorFixture, "members inside an event cancelled mid-evening can still leave, and only leave") {
    for (EventStatus status : {EventStatus::Cancelled, EventStatus::Completed, EventStatus::Draft}) {
        INFO("status " << toString(status));
        Event e = jazz;
        e.status = EventStatus::Ongoing;
        storage::events::upsert(db, e);
        REQUIRE(scan(jane.id).outcome == Outcome::CheckedIn);
        clock.advance(5min);
        e.status = status;  // HQ changes it while Jane is inside
        storage::events::upsert(db, e);

        // Pinned by staff or chosen by the clock, the way out stays open.
        auto pinnedOut = scan(jane.id, DoorMode::Auto, jazz.id);
        CHECK(pinnedOut.outcome == Outcome::CheckedOut);
        clock.advance(5min);
        CHECK(scan(jane.id, DoorMode::Auto, jazz.id).outcome == Outcome::EventNotOpen);  // but not back in
        CHECK(scan(jane.id).outcome == Outcome::NoEvent);
        CHECK(scan(john.id, DoorMode::Auto, jazz.id).outcome == Outcome::EventNotOpen);

        storage::attendance::save(db, AttendanceRecord{attendanceId(jazz.id, jane.id), jazz.id, jane.id, true,
                                                       clock.now(), std::nullopt, clock.now()});
        clock.advance(5min);
        CHECK(scan(jane.id).outcome == Outcome::CheckedOut);  // unpinned: the late check-out path
        storage::attendance::save(db, AttendanceRecord{attendanceId(jazz.id, jane.id), jazz.id, jane.id, false,
                                                       std::nullopt, std::nullopt, std::nullopt});
        clock.advance(5min);
    }
}

TEST_CASE_METHOD(DoorFixture, "a pinned event wins over the clock") {
    Event tomorrow = makeEvent("e87d2b28-ff03-5d2c-b58f-21d90199c062", "Sunday Book Club", EventStatus::Scheduled,
                               at("2026-01-18T10:00:00.000Z"), at("2026-01-18T12:00:00.000Z"));
    storage::events::upsert(db, tomorrow);
    auto r = scan(jane.id, DoorMode::Auto, tomorrow.id);
    CHECK(r.outcome == Outcome::CheckedIn);
    CHECK(r.event->id == tomorrow.id);
    auto unknown = door.checkin(CheckinRequest{jane.id, "f87d2b28-ff03-5d2c-b58f-21d90199c062"});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == InputErrc::UnknownEvent);
}

TEST_CASE_METHOD(DoorFixture, "of several open events, the one that started last wins") {
    Event early = makeEvent("a87d2b28-ff03-5d2c-b58f-21d90199c062", "All-day fair", EventStatus::Ongoing,
                            at("2026-01-17T08:00:00.000Z"), at("2026-01-17T23:00:00.000Z"));
    storage::events::upsert(db, early);
    CHECK(scan(jane.id).event->id == jazz.id);
    clock.set(at("2026-01-17T22:00:00.000Z"));  // jazz is over; the fair is still ongoing
    CHECK(scan(john.id).event->id == early.id);
}

TEST_CASE_METHOD(DoorFixture, "a full event refuses entry until staff override or someone leaves") {
    Event small = jazz;
    small.capacity = 1;
    storage::events::upsert(db, small);
    CHECK(scan(jane.id).outcome == Outcome::CheckedIn);
    auto full = scan(john.id);
    CHECK(full.outcome == Outcome::EventFull);
    CHECK_FALSE(full.admitted());
    CHECK(storage::attendance::countInside(db, jazz.id) == 1);

    auto overridden = scan(john.id, DoorMode::Auto, std::nullopt, true);
    CHECK(overridden.outcome == Outcome::CheckedIn);
    CHECK(storage::attendance::countInside(db, jazz.id) == 2);

    clock.advance(10min);
    CHECK(scan(jane.id).outcome == Outcome::CheckedOut);
    CHECK(scan(john.id).outcome == Outcome::CheckedOut);
    clock.advance(3min);  // past the repeat window of their check-outs
    CHECK(scan(jane.id).outcome == Outcome::BackIn);
    CHECK(scan(john.id).outcome == Outcome::EventFull);  // back in is an entry too
}

TEST_CASE_METHOD(DoorFixture, "an RSVP row from HQ keeps its id when the member arrives") {
    AttendanceRecord rsvp{
        "0a8163ca-d183-4e45-a3c8-1fa32c70eae2", jazz.id, jane.id, false, std::nullopt, std::nullopt, std::nullopt};
    storage::attendance::save(db, rsvp);
    CHECK(scan(jane.id).outcome == Outcome::CheckedIn);
    auto row = storage::attendance::find(db, jazz.id, jane.id);
    CHECK(row->id == rsvp.id);
    CHECK(row->attended);
    auto queued = storage::outbox::all(db);
    REQUIRE(queued.size() == 2);
    CHECK(queued[0].entityId == rsvp.id);
    CHECK(queued[0].op == "update");  // HQ has the row already
}

TEST_CASE_METHOD(DoorFixture, "each door action queues its changes for HQ in the same transaction") {
    scan(jane.id);
    auto queued = storage::outbox::all(db);
    REQUIRE(queued.size() == 2);
    CHECK(queued[0].entity == "attendance");
    CHECK(queued[0].op == "create");
    CHECK(queued[0].entityId == attendanceId(jazz.id, jane.id));
    CHECK(queued[1].entity == "loyalty");
    CHECK_THAT(queued[0].payload, Catch::Contains("\"checkInTime\":\"2026-01-17T18:55:00.000Z\""));
    CHECK_THAT(queued[0].payload, Catch::Contains("\"checkOutTime\":null"));

    clock.advance(1h);
    scan(jane.id);
    queued = storage::outbox::all(db);
    REQUIRE(queued.size() == 3);
    CHECK(queued[2].op == "update");
    CHECK_THAT(queued[2].payload, Catch::Contains("\"checkOutTime\":\"2026-01-17T19:55:00.000Z\""));
}

TEST_CASE_METHOD(DoorFixture, "a storage that refuses writes is an error value, and nothing is half-written") {
    // A child process whose every file write fails as on a full disk
    // (RLIMIT_FSIZE 0: the kernel refuses writes with EFBIG).
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        signal(SIGXFSZ, SIG_IGN);
        rlimit none{0, 0};
        setrlimit(RLIMIT_FSIZE, &none);
        std::string answer = "opened";
        if (auto childDb = storage::Database::open(dir.file("kiosk.db"))) {
            Door childDoor(*childDb, clock);
            auto r = childDoor.checkin(CheckinRequest{jane.id});
            answer = r.ok() ? "acknowledged" : std::string(r.error().name()) + ": " + r.error().message;
        }
        ssize_t ignored = write(fds[1], answer.data(), answer.size());
        (void)ignored;
        _exit(0);
    }
    close(fds[1]);
    char buf[512] = {};
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(n > 0);
    // The kernel's EFBIG reaches SQLite as a failed write (io); a real ENOSPC as disk_full.
    std::string answer(buf);
    CHECK((answer.rfind("disk_full: ", 0) == 0 || answer.rfind("io: ", 0) == 0));
    CHECK_THAT(answer, Catch::Contains("nothing was written"));
    CHECK(countRows("attendance") == 0);
    CHECK(countRows("loyalty") == 0);
    CHECK(countRows("outbox") == 0);
    CHECK(db.integrityCheck() == "ok");
    CHECK(scan(jane.id).outcome == Outcome::CheckedIn);  // and the door works again once there is room
}

TEST_CASE_METHOD(DoorFixture, "the current event and why it was chosen") {
    auto choice = door.currentEvent(std::nullopt);
    REQUIRE(choice.ok());
    REQUIRE(choice->event);
    CHECK(choice->event->id == jazz.id);
    CHECK_THAT(choice->why, Catch::Contains("scheduled"));
    auto pinned = door.currentEvent(jazz.id);
    CHECK(pinned->why == "pinned by staff");
}
