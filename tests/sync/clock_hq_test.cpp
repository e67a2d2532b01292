// A kiosk that boots without a clock battery and without network: the door
// admits on a clock that says 1970, and HQ still ends with true times, from
// HQ's own clock (GET /api/health) carried forward on the boot clock.
#include "core/door_service.hpp"
#include "storage/database.hpp"
#include "tests/support/closed_port.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

#include <catch2/catch.hpp>

namespace credopass::test {
namespace {

using namespace std::chrono_literals;

// HQ's time of a row, for comparing with the kiosk's clock.
TimePoint hqCheckIn(HqDatabase& hq, const std::string& patronId) {
    auto rows = hq.query(
        "SELECT to_char(\"checkInTime\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
        " FROM \"attendance\" WHERE \"patronId\" = $1::uuid",
        {patronId});
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0][0]);
    auto t = parseIso(*rows[0][0]);
    REQUIRE(t);
    return *t;
}

}  // namespace

TEST_CASE("after a cold boot without network, HQ ends with true times for every check-in", "[sync][hq][clock]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    const std::string eventId = hq.seedEventWithMembers(3, "cold");
    auto id = [&](const char* email) {
        return *hq.query("SELECT \"id\"::text FROM \"users\" WHERE \"email\" = $1", {email}).at(0).at(0);
    };
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());

    // The power came back; the board's clock says 1970 and there is no network.
    SystemClock system;
    ManualClock board(system.now());
    board.reboot(*parseIso("1970-01-01T00:00:31.000Z"));
    DoorServiceOptions options;
    options.dbPath = path;
    auto door = DoorService::open(options, board);
    REQUIRE(door);
    DoorAsk tonight;
    tonight.eventId = eventId;
    auto first = door->manualCheckin(id("cold1@example.org"), tonight);
    REQUIRE(first);
    CHECK(first->outcome == Outcome::CheckedIn);
    board.advance(2min);
    REQUIRE(door->manualCheckin(id("cold2@example.org"), tonight));

    {
        ClosedPort offline;
        auto unreachable = syncUntilDrained(path, testConfig(offline.url()), 2, &board);
        CHECK(unreachable.waiting > 0);
    }
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 0);

    // Ten minutes on, HQ answers: its clock re-stamps the records before they go.
    board.advance(10min);
    const TimePoint before = system.now();
    auto drained = syncUntilDrained(path, testConfig(), 50, &board);
    const TimePoint after = system.now();
    CHECK(drained.waiting == 0);
    // cold1 came 12 minutes of boot clock before HQ's reading, cold2 10 minutes.
    // HQ read its clock between `before` and `after` (and the rounds take no board time).
    const TimePoint one = hqCheckIn(hq, id("cold1@example.org"));
    CHECK(one >= before - 12min - 1s);
    CHECK(one <= after - 12min + 1s);
    const TimePoint two = hqCheckIn(hq, id("cold2@example.org"));
    CHECK(two - one == 2min);

    // Now trusted (HQ's clock, this boot): a check-in goes with its true time at once.
    board.advance(5min);
    auto state = door->clockState();
    REQUIRE(state);
    CHECK(state->trust.source == ClockSource::Hq);
    REQUIRE(door->manualCheckin(id("cold3@example.org"), tonight));
    CHECK(syncUntilDrained(path, testConfig(), 50, &board).waiting == 0);
    CHECK(hqCheckIn(hq, id("cold3@example.org")) - one == 17min);
}

}  // namespace credopass::test
