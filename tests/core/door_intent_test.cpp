// The door answers once an action is in its intent log; the records follow.
#include "storage/attendance.hpp"
#include "storage/intent_log.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace credopass;
using namespace credopass::test;

namespace {

std::vector<storage::LoggedIntent> logged(const DoorFixture& f) {
    auto log = storage::IntentLog::open(f.db.path());
    REQUIRE(log.ok());
    return log->all();
}

storage::Database otherConnection(const DoorFixture& f, int busyTimeoutMs = 5000) {
    storage::OpenOptions how;
    how.busyTimeoutMs = busyTimeoutMs;
    auto db = storage::Database::open(f.db.path(), how);
    REQUIRE(db.ok());
    return std::move(db).value();
}

CheckinResult checkin(Door& door, const std::string& memberId) {
    auto r = door.checkin(CheckinRequest{memberId});
    REQUIRE(r.ok());
    return *r;
}

}  // namespace

TEST_CASE("an answered check-in is in the intent log first, and settle() writes its records once") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    Door door(f.db, f.clock, {}, Door::Records::AfterAnswer);
    const CheckinResult r = checkin(door, f.jane.id);
    CHECK(r.outcome == Outcome::CheckedIn);
    CHECK(r.pointsAwarded == 10);
    CHECK(r.points == 10);  // the award counts in the answer before it is written
    CHECK(door.owesRecords());
    CHECK_FALSE(storage::attendance::find(f.db, f.jazz.id, f.jane.id));
    CHECK(logged(f).size() == 1);

    REQUIRE(door.settle().ok());
    auto row = storage::attendance::find(f.db, f.jazz.id, f.jane.id);
    REQUIRE(row);
    CHECK(row->checkInTime == at("2026-01-17T19:05:00.000Z"));
    CHECK(storage::outbox::all(f.db).size() == 2);  // attendance and loyalty
    // Written, not yet waited for on the disk: the log keeps the action.
    CHECK(door.owesRecords());
    CHECK(logged(f).size() == 1);
    REQUIRE(door.syncRecords().ok());
    CHECK_FALSE(door.owesRecords());
    CHECK(logged(f).empty());
    REQUIRE(door.settle().ok());  // nothing owed: nothing written again
    CHECK(storage::outbox::all(f.db).size() == 2);
}

TEST_CASE("between quiet moments the door syncs its records itself once enough members wait") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    std::vector<Member> members;
    for (std::size_t i = 0; i < Door::kMostUnsynced; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012zu", i);
        members.push_back(makeMember(id, "Member", std::to_string(i)));
        storage::members::upsert(f.db, members.back());
    }
    Door door(f.db, f.clock, {}, Door::Records::AfterAnswer);
    for (std::size_t i = 0; i + 1 < members.size(); ++i) {
        CHECK(checkin(door, members[i].id).outcome == Outcome::CheckedIn);
        REQUIRE(door.settle().ok());
    }
    CHECK(logged(f).size() == Door::kMostUnsynced - 1);
    CHECK(checkin(door, members.back().id).outcome == Outcome::CheckedIn);
    REQUIRE(door.settle().ok());
    CHECK(logged(f).empty());
    CHECK_FALSE(door.owesRecords());
}

TEST_CASE("a door that stops cleanly leaves its intent log empty") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    {
        Door door(f.db, f.clock, {}, Door::Records::AfterAnswer);
        CHECK(checkin(door, f.jane.id).outcome == Outcome::CheckedIn);
        REQUIRE(door.settle().ok());
        CHECK(logged(f).size() == 1);
    }
    CHECK(logged(f).empty());
    CHECK(storage::attendance::find(f.db, f.jazz.id, f.jane.id));
}

TEST_CASE("the next scan sees the records the door still owes") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    Door door(f.db, f.clock, {}, Door::Records::AfterAnswer);
    CHECK(checkin(door, f.jane.id).outcome == Outcome::CheckedIn);
    f.clock.advance(std::chrono::seconds(5));
    CHECK(checkin(door, f.jane.id).outcome == Outcome::AlreadyCheckedIn);
    f.clock.advance(std::chrono::minutes(30));
    CHECK(checkin(door, f.jane.id).outcome == Outcome::CheckedOut);
    REQUIRE(door.settle().ok());
    auto row = storage::attendance::find(f.db, f.jazz.id, f.jane.id);
    REQUIRE(row);
    CHECK(row->checkOutTime == at("2026-01-17T19:35:05.000Z"));
}

TEST_CASE("the door answers while another connection holds the database's write lock") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    storage::Database doorDb = otherConnection(f, 50);
    Door door(doorDb, f.clock, {}, Door::Records::AfterAnswer);
    REQUIRE(door.settle().ok());  // the log's leftovers (none) taken before the lock
    {
        // As the sync process does while it applies a chunk of a pulled roster.
        storage::Transaction pull(f.db);
        CHECK(checkin(door, f.jane.id).outcome == Outcome::CheckedIn);
        auto written = door.settle();
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().code == StorageErrc::Busy);
        CHECK(door.owesRecords());
        CHECK(logged(f).size() == 1);  // the answered check-in is safe meanwhile
        pull.commit();
    }
    REQUIRE(door.syncRecords().ok());
    CHECK(storage::attendance::find(f.db, f.jazz.id, f.jane.id));
    CHECK(logged(f).empty());
}

TEST_CASE("what a crash left in the intent log is written by the next door, exactly once") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    std::vector<storage::LoggedIntent> answered;
    {
        Door crashed(f.db, f.clock, {}, Door::Records::AfterAnswer);
        CHECK(checkin(crashed, f.jane.id).outcome == Outcome::CheckedIn);
        answered = logged(f);
        // The next scan writes what is owed first: Jane's records, then John is answered.
        CHECK(checkin(crashed, f.john.id).outcome == Outcome::CheckedIn);
        CHECK(storage::attendance::countInside(f.db, f.jazz.id) == 1);
    }  // gone before writing John's records, as a killed process is
    const auto left = logged(f);
    REQUIRE(left.size() == 1);
    answered.push_back(left.front());

    Door next(f.db, f.clock, {}, Door::Records::AfterAnswer);
    CHECK(next.owesRecords());  // until it has looked at the log
    REQUIRE(next.settle().ok());
    CHECK(storage::attendance::countInside(f.db, f.jazz.id) == 2);
    CHECK(storage::outbox::all(f.db).size() == 4);

    // A power cut can lose the log's "forget" after the records were written:
    // the same entries come back, and are taken as already written.
    {
        auto log = storage::IntentLog::open(f.db.path());
        REQUIRE(log.ok());
        for (const auto& e : answered)
            log->append(*e.intent);
    }
    Door afterPowerCut(f.db, f.clock, {}, Door::Records::AfterAnswer);
    REQUIRE(afterPowerCut.syncRecords().ok());
    CHECK(storage::outbox::all(f.db).size() == 4);
    CHECK(logged(f).empty());
}

TEST_CASE("records written after the answer keep what the sync process changed meanwhile") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    Door door(f.db, f.clock, {}, Door::Records::AfterAnswer);
    // Jane's RSVP row from HQ, with HQ's own id.
    const std::string hqId = "0d4cbd6e-9c5e-4bde-8f52-3f3c4a1d2e10";
    storage::attendance::save(
        f.db, AttendanceRecord{hqId, f.jazz.id, f.jane.id, false, std::nullopt, std::nullopt, std::nullopt});
    CHECK(checkin(door, f.jane.id).outcome == Outcome::CheckedIn);
    REQUIRE(door.settle().ok());
    auto row = storage::attendance::find(f.db, f.jazz.id, f.jane.id);
    REQUIRE(row);
    CHECK(row->id == hqId);
    CHECK(row->attended);
}

TEST_CASE("an intent reads back from the log as it was written") {
    TempDir dir;
    auto log = storage::IntentLog::open(dir.file("kiosk.db"));
    REQUIRE(log.ok());
    DoorIntent i;
    i.id = "5b0c2f55-6a49-4c1a-9a55-8c3c7fd1d0aa";
    i.action = DoorAction::CheckIn;
    i.eventId = "d87d2b28-ff03-5d2c-b58f-21d90199c062";
    i.memberId = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";
    i.at = at("2026-01-17T20:00:00.000Z");
    i.award = LoyaltyRecord{"0b9f5a1e-7a4a-5b52-9d1c-35a0c1f9e001",
                            i.memberId,
                            "Attended Friday Jazz Night",
                            Tier::Silver,
                            10,
                            std::nullopt,
                            i.at,
                            at("2027-01-17T20:00:00.000Z")};
    i.untrusted = BootInstant{"boot-1", Millis(1234)};
    const std::int64_t first = log->append(i);
    i.action = DoorAction::CheckOut;
    i.award.reset();
    i.untrusted.reset();
    CHECK(log->append(i) > first);

    const auto back = log->all();
    REQUIRE(back.size() == 2);
    REQUIRE(back[0].intent);
    const DoorIntent& in = *back[0].intent;
    CHECK(in.action == DoorAction::CheckIn);
    CHECK(in.at == i.at);
    REQUIRE(in.award);
    CHECK(in.award->tier == Tier::Silver);
    CHECK(in.award->points == 10);
    CHECK(in.award->expiresAt == at("2027-01-17T20:00:00.000Z"));
    CHECK(in.award->patronId == i.memberId);
    REQUIRE(in.untrusted);
    CHECK(in.untrusted->sinceBoot == Millis(1234));
    REQUIRE(back[1].intent);
    CHECK(back[1].intent->action == DoorAction::CheckOut);
    CHECK_FALSE(back[1].intent->award);
    CHECK_FALSE(back[1].intent->untrusted);
}

TEST_CASE("an entry the door cannot read never stops it") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    {
        REQUIRE(storage::IntentLog::open(f.db.path()).ok());  // creates the table
        storage::OpenOptions how;
        how.schema = storage::OpenOptions::Schema::Own;
        auto raw = storage::Database::open(storage::IntentLog::pathFor(f.db.path()), how);
        REQUIRE(raw.ok());
        raw->exec("INSERT INTO intents (id, action, eventId, memberId, at) VALUES ('x', 'dance', 'e', 'm', 'never')");
    }
    Door door(f.db, f.clock, {}, Door::Records::AfterAnswer);
    CHECK(checkin(door, f.jane.id).outcome == Outcome::CheckedIn);
    REQUIRE(door.syncRecords().ok());
    CHECK(storage::attendance::find(f.db, f.jazz.id, f.jane.id));
    CHECK(logged(f).size() == 1);  // kept for an engineer to look at
}

TEST_CASE("an answer stands when its records cannot be written yet, even when the door writes them with it") {
    DoorFixture f;
    f.clock.set(at("2026-01-17T19:05:00.000Z"));
    storage::Database doorDb = otherConnection(f, 50);
    Door door(doorDb, f.clock);  // Records::WithAnswer, as kioskctl runs it
    REQUIRE(door.settle().ok());
    {
        storage::Transaction pull(f.db);
        CHECK(checkin(door, f.jane.id).outcome == Outcome::CheckedIn);  // acknowledged: never an error now
        CHECK(door.owesRecords());
        pull.commit();
    }
    CHECK(checkin(door, f.jane.id).outcome == Outcome::AlreadyCheckedIn);  // owed records written first
    CHECK_FALSE(door.owesRecords());
    CHECK(storage::attendance::find(f.db, f.jazz.id, f.jane.id));
}
