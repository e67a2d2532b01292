#include "core/record_ids.hpp"
#include "common/uuid.hpp"

#include <catch2/catch.hpp>

using namespace credopass;

TEST_CASE("record ids are name-based UUIDs HQ accepts, the same on every kiosk") {
    const std::string event = "d87d2b28-ff03-5d2c-b58f-21d90199c062";
    const std::string jane = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";
    auto id = attendanceId(event, jane);
    auto parsed = parseStrictUuid(id);
    REQUIRE(parsed);
    CHECK(parsed->version() == 5);
    CHECK(id == attendanceId(event, jane));
    CHECK(id == attendanceId("D87D2B28-FF03-5D2C-B58F-21D90199C062", jane));
    // Pinned: changing the derivation would split deployed kiosks' records.
    CHECK(id == Uuid::nameBased(credopassNamespace(), "attendance:" + event + ":" + jane).toString());
    CHECK(id != attendanceId(jane, event));
    CHECK(attendanceLoyaltyId(event, jane) != id);
    CHECK(parseStrictUuid(attendanceLoyaltyId(event, jane)));
}
