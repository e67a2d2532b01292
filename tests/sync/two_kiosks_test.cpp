// Two kiosks check the same members into the same event while HQ is down,
// then both sync at once: HQ ends with one attendance row and one loyalty
// record per member, with the earliest check-in time of the two.
#include "storage/outbox.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

#include <catch2/catch.hpp>

#include <thread>

namespace credopass::test {

TEST_CASE("two kiosks offline, same members and event: one row each at HQ, earliest check-in", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    std::string eventId = hq.seedEventWithMembers(200, "twin");
    TempDir dir;
    std::string a = dir.file("kiosk-a.db");
    std::string b = dir.file("kiosk-b.db");
    pullInto(a, testConfig());
    pullInto(b, testConfig());

    // HQ is down while the doors work.
    refuseConnections(60000);
    TimePoint start = SystemClock().now() - std::chrono::hours(1);
    // Kiosk B's clock runs 40 s behind for the same order of members, so for
    // each member B's check-in is earlier; A also checks out every 4th member.
    REQUIRE(checkInMembers(a, eventId, 200, start, 4) == 450);
    REQUIRE(checkInMembers(b, eventId, 200, start - std::chrono::seconds(40)) == 400);
    {
        auto offline = syncUntilDrained(a, testConfig(), 2);
        CHECK(offline.waiting == 450);  // nothing gets through while HQ refuses
        CHECK(offline.failedRounds == 2);
    }
    refuseConnections(0);

    DrainResult ra, rb;
    std::thread ta([&] { ra = syncUntilDrained(a, testConfig()); });
    std::thread tb([&] { rb = syncUntilDrained(b, testConfig()); });
    ta.join();
    tb.join();
    INFO("A: " << ra.lastError << " after " << ra.rounds << " rounds; B: " << rb.lastError);
    CHECK(ra.waiting == 0);
    CHECK(rb.waiting == 0);

    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 200);
    CHECK(hq.count("SELECT count(*) FROM (SELECT 1 FROM \"attendance\" GROUP BY \"eventId\", \"patronId\" HAVING "
                   "count(*) > 1) d") == 0);
    CHECK(hq.count("SELECT count(*) FROM \"loyalty\"") == 200);
    CHECK(hq.count("SELECT count(*) FROM (SELECT 1 FROM \"loyalty\" GROUP BY \"patronId\" HAVING count(*) > 1) d") ==
          0);

    // Each member's HQ row has B's (earlier) check-in, and A's check-out where A checked out.
    auto dbA = storage::Database::open(a);
    auto dbB = storage::Database::open(b);
    REQUIRE(dbA.ok());
    REQUIRE(dbB.ok());
    auto rowsA = kioskAttendance(*dbA);
    auto rowsB = kioskAttendance(*dbB);
    auto rowsHq = hqAttendance(hq);
    REQUIRE(rowsA.size() == 200);
    REQUIRE(rowsB.size() == 200);
    REQUIRE(rowsHq.size() == 200);
    int checkedOut = 0;
    for (std::size_t i = 0; i < rowsHq.size(); ++i) {
        REQUIRE(rowsA[i].id == rowsHq[i].id);  // both kiosks minted the same ids
        REQUIRE(rowsB[i].id == rowsHq[i].id);
        CHECK(rowsHq[i].checkInTime == rowsB[i].checkInTime);
        CHECK(rowsHq[i].attended);
        if (rowsHq[i].checkOutTime) ++checkedOut;
    }
    CHECK(checkedOut == 50);

    // One more pull each: both kiosks now hold what HQ holds (B's earlier
    // check-ins, A's check-outs), and HQ needed no more corrections.
    SystemClock clock;
    for (const std::string* path : {&a, &b}) {
        auto engine = sync::SyncEngine::open(testConfig(), *path, clock);
        REQUIRE(engine.ok());
        auto report = engine->round(true);
        REQUIRE(report.pull);
        CHECK(report.pull->attendance.corrected == 0);
    }
    auto dbA2 = storage::Database::open(a);
    auto dbB2 = storage::Database::open(b);
    REQUIRE(dbA2.ok());
    REQUIRE(dbB2.ok());
    CHECK(kioskAttendance(*dbA2) == hqAttendance(hq));
    CHECK(kioskAttendance(*dbB2) == hqAttendance(hq));
}

}  // namespace credopass::test
