// Every fault the stand-in can inject, each against the same backlog of
// 1,100 records (500 check-ins with their loyalty records, 100 check-outs).
// After each: HQ holds exactly the kiosk's records (same ids, same times,
// nothing twice) and the outbox is empty.
#include "storage/outbox.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace credopass::test {
namespace {

using nlohmann::json;

struct Backlog {
    TempDir dir;
    std::string templatePath = dir.file("template.db");
    std::string eventId;
    std::int64_t records = 0;
};

// Built once per run of this test case (its sections run one after another).
Backlog& backlog(HqDatabase& hq) {
    static std::unique_ptr<Backlog> b;
    if (!b) {
        b = std::make_unique<Backlog>();
        hq.reset();
        b->eventId = hq.seedEventWithMembers(500, "fault");
        pullInto(b->templatePath, testConfig());
        b->records = checkInMembers(b->templatePath, b->eventId, 500, SystemClock().now() - std::chrono::hours(2), 5);
    }
    return *b;
}

void checkHqMatchesKiosk(HqDatabase& hq, const std::string& path) {
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    auto counts = storage::outbox::counts(*db);
    CHECK(counts.waiting == 0);
    CHECK(counts.poison == 0);
    auto localAttendance = kioskAttendance(*db);
    auto localLoyalty = kioskLoyalty(*db);
    REQUIRE(localAttendance.size() == 500);
    REQUIRE(localLoyalty.size() == 500);
    CHECK(hqAttendance(hq) == localAttendance);
    CHECK(hqLoyalty(hq) == localLoyalty);
    CHECK(hq.count("SELECT count(*) FROM (SELECT 1 FROM \"attendance\" GROUP BY \"eventId\", \"patronId\" HAVING "
                   "count(*) > 1) d") == 0);
}

}  // namespace

TEST_CASE("sync survives every fault mode with 1,000+ records", "[sync][hq][faults]") {
    HqDatabase hq(hqEndpoints().pg);
    Backlog& b = backlog(hq);
    REQUIRE(b.records == 1100);

    struct Scenario {
        const char* name;
        json plan;
        int refuseMs = 0;
    };
    const std::vector<Scenario> scenarios{
        {"no fault", {{"mode", "none"}}},
        {"500 before storing, every 3rd write", {{"mode", "status"}, {"status", 500}, {"every", 3}}},
        {"500 after storing, every 3rd write",
         {{"mode", "status"}, {"status", 500}, {"every", 3}, {"afterCommit", true}}},
        {"503 on every 4th request, reads too", {{"mode", "status"}, {"status", 503}, {"every", 4}, {"scope", "all"}}},
        {"hang past the client's timeout after storing",
         {{"mode", "hang"}, {"delayMs", 1200}, {"every", 60}, {"count", 8}, {"afterCommit", true}}},
        {"hang past the client's timeout, storing afterwards",
         {{"mode", "hang"}, {"delayMs", 1200}, {"every", 60}, {"count", 8}}},
        {"connection closed after storing, before answering", {{"mode", "drop"}, {"every", 7}, {"afterCommit", true}}},
        {"connection closed without storing", {{"mode", "drop"}, {"every", 7}, {"scope", "all"}}},
        {"garbage JSON after storing, reads too",
         {{"mode", "garbage"}, {"every", 5}, {"afterCommit", true}, {"scope", "all"}}},
        {"slow answers", {{"mode", "slow"}, {"delayMs", 30}, {"every", 25}, {"scope", "all"}}},
        {"connections refused for a while", {{"mode", "none"}}, 700},
    };
    const auto which = static_cast<std::size_t>(GENERATE(range(0, 11)));
    REQUIRE(which < scenarios.size());
    const Scenario& scenario = scenarios[which];
    const json& plan = scenario.plan;
    const int refuseMs = scenario.refuseMs;
    INFO("fault: " << scenario.name);

    hq.exec("TRUNCATE \"attendance\", \"loyalty\"");
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    std::filesystem::copy_file(b.templatePath, path);

    auto before = faultStats();
    setFault(plan);
    if (refuseMs) refuseConnections(refuseMs);
    auto result = syncUntilDrained(path, testConfig());
    clearFaults();
    auto after = faultStats();

    INFO("rounds " << result.rounds << ", failed rounds " << result.failedRounds);
    if (plan["mode"] != "none") {
        // The fault really happened: a test that cannot fail proves nothing.
        CHECK(after["faultsInjected"].get<std::int64_t>() > before["faultsInjected"].get<std::int64_t>());
    }
    if (refuseMs) CHECK(result.failedRounds > 0);
    CHECK(result.waiting == 0);
    CHECK(result.confirmed >= 1100);
    checkHqMatchesKiosk(hq, path);
}

}  // namespace credopass::test
