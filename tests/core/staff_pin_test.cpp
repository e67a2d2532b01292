#include "core/staff_pin.hpp"

#include "storage/settings.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;

TEST_CASE("a PIN is 6 to 12 digits") {
    CHECK(validPinFormat("123456"));
    CHECK(validPinFormat("123456789012"));
    CHECK_FALSE(validPinFormat("12345"));
    CHECK_FALSE(validPinFormat("1234567890123"));
    CHECK_FALSE(validPinFormat("12a456"));
    CHECK_FALSE(validPinFormat(""));
    CHECK_FALSE(hashPin("12").ok());
}

TEST_CASE("a new PIN shorter than six digits is refused with its own code; old short PINs still unlock") {
    test::TempDir dir;
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    auto four = setStaffPin(*db, "1234");
    REQUIRE_FALSE(four.ok());
    CHECK(four.error().code == InputErrc::PinTooShort);
    CHECK(four.error().name() == "pin_too_short");
    CHECK(four.error().message.find('6') != std::string::npos);
    CHECK_FALSE(hasStaffPin(*db));
    CHECK(setStaffPin(*db, "12345a").error().code == InputErrc::InvalidPin);  // not short: not a PIN
    CHECK(setStaffPin(*db, "").error().code == InputErrc::InvalidPin);
    CHECK(setStaffPin(*db, "1234567890123").error().code == InputErrc::InvalidPin);
    REQUIRE(setStaffPin(*db, "123456").ok());

    // A kiosk set up before the rule keeps working with the PIN it has.
    // What an older build stored for "1234" (same Argon2id cost); hashPin refuses to make it now.
    const std::string oldHash =
        "$argon2id$v=19$m=32768,t=3,p=1$4O56Hi5ZeWMDE+U/oRjRgg$3mI9GK6HGntD0OhQArdmcV29gh1iokM6k7W2HjFnxoI";
    storage::settings::set(*db, "staff.pinHash", oldHash);
    CHECK(checkStaffPin(*db, "1234"));
    CHECK(attemptStaffPin(*db, "1234", *parseIso("2026-01-16T18:00:00Z")).ok);
}

TEST_CASE("the PIN is stored only as an Argon2id hash") {
    test::TempDir dir;
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    CHECK_FALSE(hasStaffPin(*db));
    CHECK_FALSE(checkStaffPin(*db, "471147"));
    REQUIRE(setStaffPin(*db, "471147").ok());
    auto stored = storage::settings::get(*db, "staff.pinHash");
    REQUIRE(stored);
    CHECK(stored->rfind("$argon2id$", 0) == 0);
    CHECK(stored->find("471147") == std::string::npos);
    CHECK(checkStaffPin(*db, "471147"));
    CHECK_FALSE(checkStaffPin(*db, "471148"));
    CHECK_FALSE(checkStaffPin(*db, ""));
    CHECK_FALSE(pinMatches("not a hash", "471147"));
}

TEST_CASE("wrong PINs lock out with growing delays that survive a restart") {
    using namespace std::chrono_literals;
    test::TempDir dir;
    TimePoint t = *parseIso("2026-01-16T18:00:00Z");
    {
        auto db = storage::Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        CHECK(attemptStaffPin(*db, "471147", t).noPinSet);
        REQUIRE(setStaffPin(*db, "471147").ok());
        CHECK(attemptStaffPin(*db, "0000", t).retryAfter == 0s);
        CHECK(attemptStaffPin(*db, "0001", t).retryAfter == 0s);
        auto third = attemptStaffPin(*db, "0002", t);
        CHECK_FALSE(third.ok);
        CHECK(third.failures == 3);
        CHECK(third.retryAfter == 5s);
        // Locked: even the right PIN is not looked at.
        auto early = attemptStaffPin(*db, "471147", t + 1s);
        CHECK_FALSE(early.ok);
        CHECK(early.refusedLocked);
        CHECK(early.retryAfter == 4s);
    }
    {
        // The plug pulled and put back: still locked, still counting.
        auto db = storage::Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        CHECK(attemptStaffPin(*db, "471147", t + 2s).refusedLocked);
        auto fourth = attemptStaffPin(*db, "0003", t + 5s);
        CHECK(fourth.failures == 4);
        CHECK(fourth.retryAfter == 10s);
        auto right = attemptStaffPin(*db, "471147", t + 15s);
        CHECK(right.ok);
        CHECK(right.failures == 0);
        CHECK(attemptStaffPin(*db, "0000", t + 16s).retryAfter == 0s);  // the count started again
    }
}
