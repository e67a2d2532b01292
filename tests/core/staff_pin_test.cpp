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
    CHECK(attemptStaffPin(*db, "1234", BootInstant{"boot-1", std::chrono::seconds(60)}).ok);
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
    // The lockout reads only the boot clock: these are moments of one boot.
    auto at = [](Millis sinceBoot) { return BootInstant{"boot-1", 60s + sinceBoot}; };
    {
        auto db = storage::Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        CHECK(attemptStaffPin(*db, "471147", at(0s)).noPinSet);
        REQUIRE(setStaffPin(*db, "471147").ok());
        CHECK(attemptStaffPin(*db, "0000", at(0s)).retryAfter == 0s);
        CHECK(attemptStaffPin(*db, "0001", at(0s)).retryAfter == 0s);
        auto third = attemptStaffPin(*db, "0002", at(0s));
        CHECK_FALSE(third.ok);
        CHECK(third.failures == 3);
        CHECK(third.retryAfter == 5s);
        // Locked: even the right PIN is not looked at.
        auto early = attemptStaffPin(*db, "471147", at(1s));
        CHECK_FALSE(early.ok);
        CHECK(early.refusedLocked);
        CHECK(early.retryAfter == 4s);
    }
    {
        // The kiosk restarted in the same boot: still locked, still counting.
        auto db = storage::Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        CHECK(attemptStaffPin(*db, "471147", at(2s)).refusedLocked);
        auto fourth = attemptStaffPin(*db, "0003", at(5s));
        CHECK(fourth.failures == 4);
        CHECK(fourth.retryAfter == 10s);
        auto right = attemptStaffPin(*db, "471147", at(15s));
        CHECK(right.ok);
        CHECK(right.failures == 0);
        CHECK(attemptStaffPin(*db, "0000", at(16s)).retryAfter == 0s);  // the count started again
    }
}

TEST_CASE("a power cut neither ends a PIN lockout nor stretches it, whatever the wall clock says") {
    using namespace std::chrono_literals;
    test::TempDir dir;
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    REQUIRE(setStaffPin(*db, "471147").ok());
    const BootInstant evening{"boot-1", 3h};
    for (const char* wrong : {"0000", "0001", "0002"})
        attemptStaffPin(*db, wrong, evening);
    const PinAttempt last = attemptStaffPin(*db, "0003", BootInstant{"boot-1", 3h + 5s});
    REQUIRE(last.retryAfter == 10s);

    // The plug pulled 3 s later; the next boot starts its clock at zero (and
    // its wall clock at 1970). Pulling the plug must not open the lock, and
    // the new boot cannot know how long the board was off: the wait starts again.
    const BootInstant reboot{"boot-2", 20s};
    auto after = attemptStaffPin(*db, "471147", reboot);
    CHECK(after.refusedLocked);
    CHECK(after.retryAfter == 10s);
    CHECK(attemptStaffPin(*db, "471147", BootInstant{"boot-2", 25s}).retryAfter == 5s);
    CHECK(attemptStaffPin(*db, "471147", BootInstant{"boot-2", 30s}).ok);

    // A lock an older build kept in wall time ("until 2061", from a clock
    // that was decades off) does not lock anyone out; the count carries over.
    storage::settings::set(*db, "staff.pinLockedUntil", "2061-01-01T00:00:00.000Z");
    auto fresh = attemptStaffPin(*db, "0000", BootInstant{"boot-3", 20s});
    CHECK_FALSE(fresh.refusedLocked);
    CHECK(fresh.failures == 1);
    CHECK_FALSE(storage::settings::get(*db, "staff.pinLockedUntil"));

    // A stored lock is capped at the longest lockout, however it was written.
    storage::settings::set(*db, "staff.pinLock", "boot-3 999999999999 999999999999");
    auto capped = attemptStaffPin(*db, "471147", BootInstant{"boot-3", 21s});
    CHECK(capped.refusedLocked);
    CHECK(capped.retryAfter == kMaxLockout);
}
