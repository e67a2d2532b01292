#include "core/hq_json.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::test;
using nlohmann::json;

TEST_CASE("attendance JSON has the six keys POST /api/attendance requires") {
    AttendanceRecord a{"f94a88f6-bd92-5d74-aa8a-c09b9c6571e1", "d87d2b28-ff03-5d2c-b58f-21d90199c062",
                       "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", true,
                       at("2026-01-17T18:55:00.000Z"),         std::nullopt,
                       at("2026-01-17T18:55:00.000Z")};
    json j = hqjson::toJson(a);
    CHECK(j.size() == 6);
    CHECK(j["attended"] == true);
    CHECK(j["checkOutTime"].is_null());
    CHECK(j["checkInTime"] == "2026-01-17T18:55:00.000Z");
    CHECK_FALSE(j.contains("lastInTime"));  // kiosk-only
    auto back = hqjson::attendanceFromJson(j);
    REQUIRE(back.ok());
    CHECK(back->checkInTime == a.checkInTime);
}

TEST_CASE("loyalty JSON has every key POST /api/loyalty requires") {
    LoyaltyRecord l{"a1ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b",
                    "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b",
                    "Attended",
                    Tier::Gold,
                    10,
                    std::nullopt,
                    at("2026-01-17T18:55:00.000Z"),
                    std::nullopt};
    json j = hqjson::toJson(l);
    for (const char* key : {"id", "patronId", "description", "tier", "points", "reward", "issuedAt", "expiresAt"})
        CHECK(j.contains(key));
    CHECK(j["tier"] == "gold");
    auto back = hqjson::loyaltyFromJson(j);
    REQUIRE(back.ok());
    CHECK(back->tier == Tier::Gold);
}

TEST_CASE("HQ records are read strictly, with the field named") {
    json user{{"id", "B0EC1BFD-BFF0-5DC6-90F0-ABF1BF9D6A5B"},
              {"email", "jane@example.com"},
              {"firstName", "Jane"},
              {"lastName", "Smith"},
              {"phone", nullptr},
              {"createdAt", "2026-01-11T10:00:00.000Z"},
              {"updatedAt", "2026-01-11T10:00:00.000Z"}};
    auto m = hqjson::memberFromJson(user);
    REQUIRE(m.ok());
    CHECK(m->id == "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b");

    auto bad = user;
    bad["id"] = "not-a-uuid";
    CHECK(hqjson::memberFromJson(bad).error().message == "user field 'id' is not a valid UUID");
    bad = user;
    bad.erase("email");
    CHECK(hqjson::memberFromJson(bad).error().message == "user field 'email' is missing");
    bad = user;
    bad["createdAt"] = "2026-01-11 10:00";
    CHECK(hqjson::memberFromJson(bad).error().code == NetErrc::Protocol);
    CHECK_FALSE(hqjson::memberFromJson(json::array()).ok());
    CHECK_FALSE(hqjson::memberFromJson(json("garbage")).ok());

    json event{{"id", "d87d2b28-ff03-5d2c-b58f-21d90199c062"},
               {"name", "Jazz"},
               {"description", nullptr},
               {"status", "postponed"},
               {"startTime", "2026-01-17T19:00:00.000Z"},
               {"endTime", "2026-01-17T21:00:00.000Z"},
               {"location", "Hall"},
               {"capacity", 500},
               {"hostId", "c8d29186-85f7-5b02-8ac2-0f121fb7c38e"},
               {"createdAt", "2026-01-11T10:00:00.000Z"},
               {"updatedAt", "2026-01-11T10:00:00.000Z"}};
    CHECK(hqjson::eventFromJson(event).error().message == "event field 'status' is not a known event status");
    event["status"] = "ongoing";
    REQUIRE(hqjson::eventFromJson(event).ok());
    CHECK(hqjson::eventFromJson(event)->capacity == 500);
    event["capacity"] = "many";
    CHECK_FALSE(hqjson::eventFromJson(event).ok());
}
