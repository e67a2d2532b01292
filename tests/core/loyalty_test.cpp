#include "storage/loyalty.hpp"
#include "core/record_ids.hpp"
#include "storage/outbox.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::test;
using namespace std::chrono_literals;

TEST_CASE("tiers follow the schema document's bands") {
    CHECK(tierForPoints(0) == Tier::Bronze);
    CHECK(tierForPoints(99) == Tier::Bronze);
    CHECK(tierForPoints(100) == Tier::Silver);
    CHECK(tierForPoints(499) == Tier::Silver);
    CHECK(tierForPoints(500) == Tier::Gold);
    CHECK(tierForPoints(999) == Tier::Gold);
    CHECK(tierForPoints(1000) == Tier::Platinum);
    CHECK(tierForPoints(-5) == Tier::Bronze);  // spent more than earned
}

TEST_CASE_METHOD(DoorFixture, "the first check-in earns points once per member and event") {
    auto in = scan(jane.id);
    CHECK(in.pointsAwarded == 10);
    CHECK(in.points == 10);
    CHECK(in.tier == Tier::Bronze);
    auto record = storage::loyalty::findById(db, attendanceLoyaltyId(jazz.id, jane.id));
    REQUIRE(record);
    CHECK(record->description == "Attended Friday Jazz Night");
    CHECK(record->points == 10);
    CHECK(record->issuedAt == at("2026-01-17T18:55:00.000Z"));
    CHECK_FALSE(record->expiresAt);

    clock.advance(1h);
    auto out = scan(jane.id);
    clock.advance(1h);
    auto back = scan(jane.id);
    CHECK(out.pointsAwarded == 0);
    CHECK(back.pointsAwarded == 0);
    CHECK(back.points == 10);
    CHECK(countRows("loyalty") == 1);
}

TEST_CASE_METHOD(DoorFixture, "points are configurable and the tier counts unexpired points only") {
    storage::loyalty::save(db, LoyaltyRecord{"a1ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jane.id, "Welcome", Tier::Silver,
                                             480, std::nullopt, at("2025-01-01T00:00:00.000Z"), std::nullopt});
    storage::loyalty::save(
        db, LoyaltyRecord{"a2ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jane.id, "Lapsed", std::nullopt, 900, std::nullopt,
                          at("2025-01-01T00:00:00.000Z"), at("2026-01-01T00:00:00.000Z")});
    Door generous(db, clock, DoorPolicy{.pointsPerAttendance = 25});
    auto r = generous.checkin(CheckinRequest{jane.id});
    REQUIRE(r.ok());
    CHECK(r->points == 505);
    CHECK(r->tier == Tier::Gold);
    CHECK(storage::loyalty::findById(db, attendanceLoyaltyId(jazz.id, jane.id))->tier == Tier::Gold);
}

TEST_CASE_METHOD(DoorFixture, "a policy of zero points writes no loyalty record") {
    Door noPoints(db, clock, DoorPolicy{.pointsPerAttendance = 0});
    REQUIRE(noPoints.checkin(CheckinRequest{jane.id})->outcome == Outcome::CheckedIn);
    CHECK(countRows("loyalty") == 0);
    CHECK(storage::outbox::all(db).size() == 1);
}

TEST_CASE_METHOD(DoorFixture, "awarded points can be set to expire; by default they never do") {
    Door expiring(db, clock, DoorPolicy{.pointsExpireAfter = Millis(24h * 365)});
    auto r = expiring.checkin(CheckinRequest{jane.id});
    REQUIRE(r.ok());
    auto record = storage::loyalty::findById(db, attendanceLoyaltyId(jazz.id, jane.id));
    REQUIRE(record);
    CHECK(record->expiresAt == at("2027-01-17T18:55:00.000Z"));
    CHECK(r->points == 10);
    clock.set(at("2027-01-17T18:55:00.001Z"));
    CHECK(storage::loyalty::unexpiredPoints(db, jane.id, clock.now()) == 0);
    auto queued = storage::outbox::all(db);
    REQUIRE_FALSE(queued.empty());
    CHECK_THAT(queued.back().payload, Catch::Contains("\"expiresAt\":\"2027-01-17T18:55:00.000Z\""));
}
