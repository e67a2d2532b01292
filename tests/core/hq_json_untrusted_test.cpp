// What HQ sends is untrusted: texts are cleaned and capped, odd times are
// refused (so the row is skipped, not stored unreadable), bodies nested too
// deep are refused before they are parsed.
#include "core/hq_json.hpp"

#include "common/text.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using nlohmann::json;

namespace {

json user() {
    return json{{"id", "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"},
                {"email", "jane@example.com"},
                {"firstName", "Jane"},
                {"lastName", "Smith"},
                {"phone", nullptr},
                {"createdAt", "2026-01-11T10:00:00.000Z"},
                {"updatedAt", "2026-01-11T10:00:00.000Z"}};
}

json event() {
    return json{{"id", "d87d2b28-ff03-5d2c-b58f-21d90199c062"},
                {"name", "Jazz"},
                {"description", nullptr},
                {"status", "ongoing"},
                {"startTime", "2026-01-17T19:00:00.000Z"},
                {"endTime", "2026-01-17T21:00:00.000Z"},
                {"location", "Hall"},
                {"capacity", 500},
                {"hostId", "c8d29186-85f7-5b02-8ac2-0f121fb7c38e"},
                {"createdAt", "2026-01-11T10:00:00.000Z"},
                {"updatedAt", "2026-01-11T10:00:00.000Z"}};
}

}  // namespace

TEST_CASE("names from HQ lose terminal escapes, controls and bidi overrides, and are capped", "[hqjson]") {
    auto j = user();
    j["firstName"] = "\x1b[2J\x1b[31mJane\x07";
    j["lastName"] = "Smith\u202Egpj.exe\nroot";
    j["phone"] = "+44\t20 7946 0000";
    auto m = hqjson::memberFromJson(j);
    REQUIRE(m.ok());
    CHECK(m->firstName == "[2J[31mJane");
    CHECK(m->lastName == "Smithgpj.exe root");
    CHECK(m->phone == "+44 20 7946 0000");

    j = user();
    std::string longName;
    for (int i = 0; i < 500; ++i)
        longName += "é";  // 1000 bytes
    j["firstName"] = longName;
    m = hqjson::memberFromJson(j);
    REQUIRE(m.ok());
    CHECK(m->firstName.size() <= hqjson::kMaxNameBytes);
    CHECK(m->firstName.ends_with("..."));
    CHECK(isValidUtf8(m->firstName));

    auto e = event();
    e["name"] = "Jazz\x1b]8;;https://evil.example\x1b\\night";
    e["location"] = std::string(10000, 'L');
    e["description"] = std::string(100000, 'D');
    auto ev = hqjson::eventFromJson(e);
    REQUIRE(ev.ok());
    CHECK(ev->name == "Jazz]8;;https://evil.example\\night");
    CHECK(ev->location.size() <= hqjson::kMaxShortTextBytes);
    CHECK(ev->description->size() <= hqjson::kMaxLongTextBytes);
}

TEST_CASE("an email that would need cleaning or cutting is refused, not changed", "[hqjson]") {
    auto j = user();
    j["email"] = "jane\x1b[0m@example.com";
    CHECK(hqjson::memberFromJson(j).error().message == "user field 'email' is not a plausible email address");
    j["email"] = std::string(300, 'a') + "@example.com";
    CHECK_FALSE(hqjson::memberFromJson(j).ok());
    j["email"] = "zoë@example.com";
    CHECK(hqjson::memberFromJson(j).ok());
}

TEST_CASE("times from HQ outside 1970..8999 are refused, so the row is skipped instead of stored unreadable",
          "[hqjson]") {
    for (const char* t : {"0000-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "9999-12-31T00:00:00.000Z",
                          "9000-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z"}) {
        INFO(t);
        auto e = event();
        e["endTime"] = t;
        auto parsed = hqjson::eventFromJson(e);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == NetErrc::Protocol);
        CHECK_THAT(parsed.error().message, Catch::Contains("endTime"));
    }
    auto e = event();
    e["startTime"] = "1970-01-01T00:00:00.000Z";
    e["endTime"] = "8999-12-31T23:59:59.999Z";
    CHECK(hqjson::eventFromJson(e).ok());

    json attendance{
        {"id", "0b7f3a52-1f0e-5b7a-9a62-3f1c2a3b4c5d"},       {"eventId", "d87d2b28-ff03-5d2c-b58f-21d90199c062"},
        {"patronId", "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"}, {"attended", true},
        {"checkInTime", "0000-01-01T00:00:00+01:00"},         {"checkOutTime", nullptr}};
    CHECK_FALSE(hqjson::attendanceFromJson(attendance).ok());
    json loyalty{{"id", "0b7f3a52-1f0e-5b7a-9a62-3f1c2a3b4c5d"},
                 {"patronId", "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"},
                 {"description", "Attended Jazz"},
                 {"tier", nullptr},
                 {"points", 10},
                 {"reward", nullptr},
                 {"issuedAt", "2026-01-17T19:00:00.000Z"},
                 {"expiresAt", "9999-12-31T23:00:00-05:00"}};
    CHECK_FALSE(hqjson::loyaltyFromJson(loyalty).ok());
}

TEST_CASE("parseBody refuses nesting deeper than the limit before parsing", "[hqjson]") {
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    auto refused = hqjson::parseBody(deep);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == NetErrc::Protocol);
    CHECK_THAT(refused.error().message, Catch::Contains("deeper than 32"));

    auto limit = std::string(32, '[') + std::string(32, ']');
    CHECK(hqjson::parseBody(limit).ok());
    CHECK_FALSE(hqjson::parseBody("[" + limit + "]").ok());
    // Brackets inside strings are text, not nesting.
    CHECK(hqjson::parseBody(R"({"error":")" + std::string(100, '[') + R"(\"["})").ok());
    CHECK(hqjson::parseBody("not json").error().message == "HQ's answer is not JSON");
    CHECK(hqjson::parseBody("[1, 2]")->size() == 2);
}

TEST_CASE("rawMember finds a top-level value's text as HQ wrote it", "[hqjson]") {
    const std::string body =
        R"({"error":"Validation failed", "x":{"details":1}, "details" : [{"path":"points"}, "a,b]"] })";
    CHECK(hqjson::rawMember(body, "details") == R"([{"path":"points"}, "a,b]"])");
    CHECK(hqjson::rawMember(body, "error") == R"("Validation failed")");
    CHECK_FALSE(hqjson::rawMember(body, "path"));
    CHECK_FALSE(hqjson::rawMember("[1]", "details"));
    CHECK_FALSE(hqjson::rawMember(R"({"error":"details"})", "details"));
    // A body cut short: what there is.
    CHECK(hqjson::rawMember(R"({"error":"x","details":[[[1,)", "details") == "[[[1,");
    CHECK(hqjson::rawMember(R"({"a":"\"details\"","details":2})", "details") == "2");
}

TEST_CASE("a negative capacity is refused, so that event is skipped rather than full for everyone", "[hqjson]") {
    auto e = event();
    e["capacity"] = -1;
    auto negative = hqjson::eventFromJson(e);
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().message == "event field 'capacity' is negative");
    e["capacity"] = 18446744073709551615ull;  // read as int64 it would wrap to -1
    CHECK_FALSE(hqjson::eventFromJson(e).ok());
    e["capacity"] = 0;
    CHECK(hqjson::eventFromJson(e).ok());
    e["capacity"] = nullptr;
    CHECK(hqjson::eventFromJson(e).ok());
}
