#include "core/demo_data.hpp"
#include "core/door.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::test;

TEST_CASE("the demo works at any time of day and can be loaded twice") {
    TempDir dir;
    auto db = std::move(storage::Database::open(dir.file("demo.db"))).value();
    ManualClock clock(at("2026-03-04T03:17:42.000Z"));
    auto first = demo::load(db, clock.now(), 50);
    REQUIRE(first.ok());
    auto second = demo::load(db, clock.now(), 50);
    REQUIRE(second.ok());
    CHECK(first->members == 52);
    CHECK(second->members == 52);

    auto jane = storage::members::find(db, first->janeId);
    REQUIRE(jane);
    CHECK(jane->fullName() == "Jane Smith");
    CHECK(tierForPoints(storage::loyalty::unexpiredPoints(db, first->johnId, clock.now())) == Tier::Gold);
    CHECK(tierForPoints(storage::loyalty::unexpiredPoints(db, first->janeId, clock.now())) == Tier::Silver);

    Door door(db, clock);
    auto r = door.checkin(CheckinRequest{first->janeId});
    REQUIRE(r.ok());
    CHECK(r->outcome == Outcome::CheckedIn);
    CHECK(r->event->id == first->tonightEventId);
    CHECK(r->event->name == "Friday Jazz Night");
}
