#include "core/staff_pin.hpp"

#include "storage/settings.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;

TEST_CASE("a PIN is 4 to 12 digits") {
    CHECK(validPinFormat("1234"));
    CHECK(validPinFormat("123456789012"));
    CHECK_FALSE(validPinFormat("123"));
    CHECK_FALSE(validPinFormat("1234567890123"));
    CHECK_FALSE(validPinFormat("12a4"));
    CHECK_FALSE(hashPin("12").ok());
}

TEST_CASE("the PIN is stored only as an Argon2id hash") {
    test::TempDir dir;
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    CHECK_FALSE(hasStaffPin(*db));
    CHECK_FALSE(checkStaffPin(*db, "4711"));
    REQUIRE(setStaffPin(*db, "4711").ok());
    auto stored = storage::settings::get(*db, "staff.pinHash");
    REQUIRE(stored);
    CHECK(stored->rfind("$argon2id$", 0) == 0);
    CHECK(stored->find("4711") == std::string::npos);
    CHECK(checkStaffPin(*db, "4711"));
    CHECK_FALSE(checkStaffPin(*db, "4712"));
    CHECK_FALSE(checkStaffPin(*db, ""));
    CHECK_FALSE(pinMatches("not a hash", "4711"));
}

TEST_CASE("wrong PINs lock out with growing delays that survive a restart") {
    using namespace std::chrono_literals;
    test::TempDir dir;
    TimePoint t = *parseIso("2026-01-16T18:00:00Z");
    {
        auto db = storage::Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        CHECK(attemptStaffPin(*db, "4711", t).noPinSet);
        REQUIRE(setStaffPin(*db, "4711").ok());
        CHECK(attemptStaffPin(*db, "0000", t).retryAfter == 0s);
        CHECK(attemptStaffPin(*db, "0001", t).retryAfter == 0s);
        auto third = attemptStaffPin(*db, "0002", t);
        CHECK_FALSE(third.ok);
        CHECK(third.failures == 3);
        CHECK(third.retryAfter == 5s);
        // Locked: even the right PIN is not looked at.
        auto early = attemptStaffPin(*db, "4711", t + 1s);
        CHECK_FALSE(early.ok);
        CHECK(early.refusedLocked);
        CHECK(early.retryAfter == 4s);
    }
    {
        // The plug pulled and put back: still locked, still counting.
        auto db = storage::Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        CHECK(attemptStaffPin(*db, "4711", t + 2s).refusedLocked);
        auto fourth = attemptStaffPin(*db, "0003", t + 5s);
        CHECK(fourth.failures == 4);
        CHECK(fourth.retryAfter == 10s);
        auto right = attemptStaffPin(*db, "4711", t + 15s);
        CHECK(right.ok);
        CHECK(right.failures == 0);
        CHECK(attemptStaffPin(*db, "0000", t + 16s).retryAfter == 0s);  // the count started again
    }
}
