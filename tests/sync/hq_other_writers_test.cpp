// HQ is written by others too: staff at a desk and the web app use HQ's
// check-in shortcut, which creates rows under HQ's own id and overwrites
// `checkInTime` with HQ's clock. Against the real HQ (PostgreSQL + stand-in).
#include "core/record_ids.hpp"
#include "sync/sync_status.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

#include <httplib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace credopass::test {
namespace {

using namespace std::chrono_literals;

// A member checked in at HQ's desk: POST /api/attendance/check-in.
void deskCheckIn(const std::string& eventId, const std::string& patronId) {
    httplib::Client hq(hqEndpoints().url);
    auto r = hq.Post("/api/attendance/check-in", nlohmann::json{{"eventId", eventId}, {"patronId", patronId}}.dump(),
                     "application/json");
    REQUIRE(r);
    REQUIRE(r->status == 200);
}

std::string firstMember(HqDatabase& hq) {
    return *hq.query("SELECT \"id\"::text FROM \"users\" ORDER BY \"email\" LIMIT 1").at(0).at(0);
}

std::int64_t rowsOf(HqDatabase& hq, const std::string& eventId, const std::string& patronId) {
    return hq.count("SELECT count(*) FROM \"attendance\" WHERE \"eventId\" = $1::uuid AND \"patronId\" = $2::uuid",
                    {eventId, patronId});
}

}  // namespace

TEST_CASE("a member checked in at HQ's desk first: the kiosk merges into HQ's row, one row at HQ", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    const std::string eventId = hq.seedEventWithMembers(3, "desk");
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());
    const std::string member = firstMember(hq);

    // The kiosk saw the member half an hour ago (offline), in and out; HQ's
    // desk checked them in since, under HQ's own id and clock.
    const TimePoint start = SystemClock().now() - 30min;
    checkInMembers(path, eventId, 1, start, 1);
    deskCheckIn(eventId, member);
    REQUIRE(rowsOf(hq, eventId, member) == 1);
    const std::string hqId = *hq.query("SELECT \"id\"::text FROM \"attendance\"").at(0).at(0);
    REQUIRE(hqId != attendanceId(eventId, member));

    auto drained = syncUntilDrained(path, testConfig());
    INFO("last error: " << drained.lastError);
    CHECK(drained.waiting == 0);
    CHECK(drained.poison == 0);
    CHECK(rowsOf(hq, eventId, member) == 1);  // before: two rows, the member counted twice
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    auto ours = kioskAttendance(*db);
    REQUIRE(ours.size() == 1);
    CHECK(ours[0].id == hqId);                       // HQ's id is kept, here too
    CHECK(ours[0].checkInTime == formatIso(start));  // the earliest check-in: the kiosk's
    REQUIRE(ours[0].checkOutTime);
    CHECK(hqAttendance(hq) == ours);
}

TEST_CASE("a check-in time overwritten at HQ after the kiosk's record was confirmed is put right at the next pull",
          "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    const std::string eventId = hq.seedEventWithMembers(3, "late");
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());
    const std::string member = firstMember(hq);
    const TimePoint start = SystemClock().now() - 20min;
    checkInMembers(path, eventId, 1, start);
    REQUIRE(syncUntilDrained(path, testConfig()).waiting == 0);

    deskCheckIn(eventId, member);  // overwrites checkInTime with HQ's clock: now, not 20 minutes ago
    auto overwritten = hqAttendance(hq);
    REQUIRE(overwritten.size() == 1);
    REQUIRE(overwritten[0].checkInTime != formatIso(start));

    SystemClock clock;
    auto engine = sync::SyncEngine::open(testConfig(), path, clock);
    REQUIRE(engine.ok());
    auto report = engine->round(true);
    REQUIRE(report.pull);
    CHECK(report.pull->attendance.corrected == 1);
    auto fixed = hqAttendance(hq);
    REQUIRE(fixed.size() == 1);
    CHECK(fixed[0].checkInTime == formatIso(start));
    CHECK(engine->status().correctedAtHq == 1);

    auto again = engine->round(true);  // nothing left to correct
    REQUIRE(again.pull);
    CHECK(again.pull->attendance.corrected == 0);
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    CHECK(sync::loadStatus(*db).correctedAtHq == 1);
    CHECK(sync::toJson(sync::loadStatus(*db))["correctedAtHq"] == 1);
}

}  // namespace credopass::test
