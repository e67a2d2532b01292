#include "kiosk/app/staff_pin.hpp"

#include "storage/settings.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;

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
