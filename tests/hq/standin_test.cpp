// The stand-in behaves like the deployed HQ, quirks included
// (../shared/credopass-api.md): these are the behaviours the kiosk relies on
// meeting, so a stand-in that drifted would make the sync tests meaningless.
#include "tests/hq/testkit/hq_testkit.hpp"

#include <httplib.h>
#include <catch2/catch.hpp>

namespace credopass::test {
namespace {

using nlohmann::json;

struct Api {
    httplib::Client client;
    Api() : client(hqEndpoints().url) { client.set_read_timeout(10); }
    std::pair<int, json> call(const std::string& method, const std::string& path, const json& body = nullptr) {
        httplib::Result r = method == "GET"   ? client.Get(path)
                            : method == "PUT" ? client.Put(path, body.dump(), "application/json")
                                              : client.Post(path, body.dump(), "application/json");
        REQUIRE(r);
        return {r->status, json::parse(r->body, nullptr, false)};
    }
};

json attendance(const std::string& id, const std::string& eventId, const std::string& patronId) {
    return {{"id", id},
            {"eventId", eventId},
            {"patronId", patronId},
            {"attended", true},
            {"checkInTime", "2026-01-17T19:55:00.5+01:00"},
            {"checkOutTime", nullptr}};
}

}  // namespace

TEST_CASE("stand-in: client-chosen ids, 500 on a duplicate, no (eventId, patronId) constraint", "[hq]") {
    HqDatabase db(hqEndpoints().pg);
    db.reset();
    std::string eventId = db.seedEventWithMembers(2, "quirk");
    std::string patron = *db.query("SELECT \"id\" FROM \"users\" WHERE \"email\" = 'quirk2@example.org'").at(0).at(0);
    Api api;

    auto [created, row] =
        api.call("POST", "/api/attendance", attendance("0e4d1c6a-1b2c-4d5e-8f90-0123456789ab", eventId, patron));
    CHECK(created == 201);
    CHECK(row["id"] == "0e4d1c6a-1b2c-4d5e-8f90-0123456789ab");
    CHECK(row["checkInTime"] == "2026-01-17T18:55:00.500Z");  // UTC with milliseconds, whatever was sent
    CHECK(row["checkOutTime"].is_null());

    auto [again, error] =
        api.call("POST", "/api/attendance", attendance("0e4d1c6a-1b2c-4d5e-8f90-0123456789ab", eventId, patron));
    CHECK(again == 500);
    CHECK(error["error"] == "Failed to create attendance record");

    auto [second, ignored] =
        api.call("POST", "/api/attendance", attendance("7a1b2c3d-4e5f-4a6b-9c7d-0123456789ab", eventId, patron));
    CHECK(second == 201);
    CHECK(db.count("SELECT count(*) FROM \"attendance\" WHERE \"patronId\" = $1::uuid", {patron}) == 2);

    auto [unknownEvent, e2] =
        api.call("POST", "/api/attendance",
                 attendance("1a1b2c3d-4e5f-4a6b-9c7d-0123456789ab", "2a1b2c3d-4e5f-4a6b-9c7d-0123456789ab", patron));
    CHECK(unknownEvent == 500);  // the same 500 as a duplicate

    auto [got, one] = api.call("GET", "/api/attendance/0e4d1c6a-1b2c-4d5e-8f90-0123456789ab");
    CHECK(got == 200);
    CHECK(one["patronId"] == patron);
    auto [missing, nf] = api.call("GET", "/api/attendance/3a1b2c3d-4e5f-4a6b-9c7d-0123456789ab");
    CHECK(missing == 404);

    auto [emptyPut, ep] = api.call("PUT", "/api/attendance/0e4d1c6a-1b2c-4d5e-8f90-0123456789ab", json::object());
    CHECK(emptyPut == 500);  // HQ's quirk: an empty PUT is a 500, not a 400
    CHECK(api.call("GET", "/api/attendance/not-a-uuid").first == 500);
    auto notJson = api.client.Post("/api/attendance", "{not json", "application/json");
    REQUIRE(notJson);
    CHECK(notJson->status == 500);
    auto [put, updated] = api.call("PUT", "/api/attendance/0e4d1c6a-1b2c-4d5e-8f90-0123456789ab",
                                   {{"checkOutTime", "2026-01-17T21:00:00Z"}, {"ignored", 1}});
    CHECK(put == 200);
    CHECK(updated["checkOutTime"] == "2026-01-17T21:00:00.000Z");
    CHECK(updated["checkInTime"] == "2026-01-17T18:55:00.500Z");
    auto [putMissing, pm] =
        api.call("PUT", "/api/attendance/3a1b2c3d-4e5f-4a6b-9c7d-0123456789ab", {{"attended", true}});
    CHECK(putMissing == 404);
}

TEST_CASE("stand-in: every key required, strict UUIDs, validation details", "[hq]") {
    HqDatabase db(hqEndpoints().pg);
    db.reset();
    std::string eventId = db.seedEventWithMembers(1, "strict");
    std::string patron = *db.query("SELECT \"id\" FROM \"users\"").at(0).at(0);
    Api api;

    auto body = attendance("4a1b2c3d-4e5f-4a6b-9c7d-0123456789ab", eventId, patron);
    body.erase("checkOutTime");
    auto [status, error] = api.call("POST", "/api/attendance", body);
    CHECK(status == 400);
    CHECK(error["error"] == "Validation failed");
    CHECK(error["details"].dump().find("checkOutTime") != std::string::npos);

    // A random 128-bit value formatted as a UUID: version 0, or variant 11xx.
    CHECK(api.call("POST", "/api/attendance", attendance("4a1b2c3d-4e5f-0a6b-9c7d-0123456789ab", eventId, patron))
              .first == 400);
    CHECK(api.call("POST", "/api/attendance", attendance("4a1b2c3d-4e5f-4a6b-cc7d-0123456789ab", eventId, patron))
              .first == 400);

    json loyalty{{"id", "5a1b2c3d-4e5f-4a6b-9c7d-0123456789ab"},
                 {"patronId", patron},
                 {"description", "Bonus"},
                 {"tier", "gold"},
                 {"points", 10},
                 {"reward", nullptr},
                 {"issuedAt", "2026-01-17T19:00:00Z"},
                 {"expiresAt", nullptr}};
    json noReward = loyalty;
    noReward.erase("reward");
    CHECK(api.call("POST", "/api/loyalty", noReward).first == 400);
    json badTier = loyalty;
    badTier["tier"] = "diamond";
    CHECK(api.call("POST", "/api/loyalty", badTier).first == 400);
    json negative = loyalty;
    negative["points"] = -1;
    CHECK(api.call("POST", "/api/loyalty", negative).first == 400);
    CHECK(api.call("POST", "/api/loyalty", loyalty).first == 201);
    CHECK(api.call("POST", "/api/loyalty", loyalty).first == 500);

    auto [listed, list] = api.call("GET", "/api/loyalty?patronId=" + patron);
    CHECK(listed == 200);
    REQUIRE(list.is_array());
    CHECK(list.size() == 1);
    CHECK(list[0]["issuedAt"] == "2026-01-17T19:00:00.000Z");
    auto [byId, one] = api.call("GET", "/api/loyalty/5a1b2c3d-4e5f-4a6b-9c7d-0123456789ab");
    CHECK(byId == 200);
    CHECK(one["points"] == 10);
    CHECK(api.call("GET", "/api/loyalty/6a1b2c3d-4e5f-4a6b-9c7d-0123456789ab").first == 404);
    // HQ's counting: a record without expiresAt counts 0, and HQ's own tier bands.
    auto [pointsStatus, points] = api.call("GET", "/api/loyalty/patron/" + patron + "/points");
    CHECK(pointsStatus == 200);
    CHECK(points["totalPoints"] == 0);
    json lasting = loyalty;
    lasting["id"] = "7a1b2c3d-4e5f-4a6b-9c7d-0123456789ab";
    lasting["points"] = 2500;
    lasting["expiresAt"] = "2999-01-01T00:00:00Z";
    CHECK(api.call("POST", "/api/loyalty", lasting).first == 201);
    auto [tierStatus, tier] = api.call("GET", "/api/loyalty/patron/" + patron + "/tier");
    CHECK(tierStatus == 200);
    CHECK(tier["totalPoints"] == 2500);
    CHECK(tier["tier"] == "silver");  // platinum by the schema's bands
    auto [users, all] = api.call("GET", "/api/users");
    CHECK(users == 200);
    CHECK(all.size() == 1);  // one unpaginated list
}

TEST_CASE("stand-in: faults are injected on request and only then", "[hq]") {
    Api api;
    clearFaults();
    auto before = faultStats()["faultsInjected"].get<std::int64_t>();
    CHECK(api.call("GET", "/api/health").first == 200);
    setFault({{"mode", "status"}, {"status", 503}, {"scope", "read"}, {"count", 1}});
    CHECK(api.call("GET", "/api/health").first == 503);
    CHECK(api.call("GET", "/api/health").first == 200);  // count 1: only once
    CHECK(faultStats()["faultsInjected"].get<std::int64_t>() == before + 1);
    setFault({{"mode", "garbage"}, {"scope", "read"}, {"count", 1}});
    auto [status, body] = api.call("GET", "/api/health");
    CHECK(body.is_discarded());
    clearFaults();
}

}  // namespace credopass::test
