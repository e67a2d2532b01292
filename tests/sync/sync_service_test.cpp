// The sync process's thread: publishes status values, drains a backlog beside
// the door, serves staff's asks made at the door (through the database, by
// the door's SyncLink), and stops within a second even in the middle of a
// hung request.
#include "sync/sync_service.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "sync/sync_link.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

namespace credopass::test {
namespace {

// Waits for a status matching `pred`, up to `timeout`. It returns as soon as one
// matches, so the bound is generous: draining 600 records under ThreadSanitizer
// on a busy 2-core machine has taken over 30 s.
template <class Pred>
std::optional<sync::SyncStatus> waitFor(MessageQueue<sync::SyncStatus>& q, Pred pred,
                                        std::chrono::milliseconds timeout = std::chrono::seconds(180)) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        auto s = q.popFor(deadline - std::chrono::steady_clock::now());
        if (s && pred(*s)) return s;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("the sync thread drains a backlog and reports progress and status", "[sync][hq][thread]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    std::string eventId = hq.seedEventWithMembers(300, "svc");
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());
    checkInMembers(path, eventId, 300, SystemClock().now());

    MessageQueue<sync::SyncStatus> statuses;
    SystemClock clock;
    sync::SyncService service(testConfig(), path, clock, statuses);
    REQUIRE(service.start());
    bool sawProgress = false;
    auto done = waitFor(statuses, [&](const sync::SyncStatus& s) {
        if (s.draining && s.draining->total >= 600) sawProgress = true;
        return s.connection == sync::Connection::Online && s.waiting == 0 && s.lastSuccess && !s.draining;
    });
    REQUIRE(done);
    CHECK(sawProgress);
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 300);

    // "Sync now" at the door runs a round (with a pull) at once: a member
    // added at HQ arrives, and the door sees its ask served.
    hq.exec(
        "INSERT INTO \"users\" (\"email\", \"firstName\", \"lastName\") VALUES ('late@example.org', 'Late', 'Comer')");
    MessageQueue<sync::SyncStatus> atDoor;
    sync::SyncLink door(path, atDoor);
    door.start();
    door.ask(sync::SyncAsk::Now);
    auto asked = waitFor(atDoor, [](const sync::SyncStatus& s) { return s.asked; });
    REQUIRE(asked);
    auto served = waitFor(atDoor, [](const sync::SyncStatus& s) { return !s.asked; });
    REQUIRE(served);
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    auto q = db->query("SELECT count(*) FROM users WHERE email = 'late@example.org'");
    CHECK((q->step() && q->integer(0) == 1));
    door.stop();
    service.stop();
}

TEST_CASE("stop() returns within a second in the middle of a hung request, losing nothing", "[sync][hq][thread]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    std::string eventId = hq.seedEventWithMembers(5, "stop");
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());
    checkInMembers(path, eventId, 5, SystemClock().now());

    auto config = testConfig();
    config.requestTimeout = std::chrono::seconds(30);  // only stop() can end the wait
    setFault({{"mode", "hang"}, {"delayMs", 20000}, {"scope", "all"}});
    auto before = faultStats()["faultsInjected"].get<std::int64_t>();
    MessageQueue<sync::SyncStatus> statuses;
    SystemClock clock;
    sync::SyncService service(config, path, clock, statuses);
    REQUIRE(service.start());
    // Wait until the stand-in holds our first request (polling; the bound only keeps a bug from hanging the test).
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (faultStats()["faultsInjected"].get<std::int64_t>() == before && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(faultStats()["faultsInjected"].get<std::int64_t>() > before);

    auto t0 = std::chrono::steady_clock::now();
    service.stop();
    auto took = std::chrono::steady_clock::now() - t0;
    CHECK(took < std::chrono::seconds(1));
    clearFaults();

    {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        CHECK(storage::outbox::counts(*db).waiting == 10);  // nothing lost, nothing wrongly confirmed
    }
    // The hung POST is stored by HQ after its delay or not at all; either way
    // the next sync reconciles to exactly one copy.
    auto result = syncUntilDrained(path, testConfig());
    CHECK(result.waiting == 0);
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 5);
    CHECK(hq.count("SELECT count(*) FROM \"loyalty\"") == 5);
}

TEST_CASE("staff at the door ask the sync process to apply a held roster", "[sync][hq][thread]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    hq.seedEventWithMembers(10, "ask");
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());
    hq.exec("DELETE FROM \"users\"");  // HQ really was emptied: staff checked and accept it

    MessageQueue<sync::SyncStatus> statuses;
    SystemClock clock;
    sync::SyncService service(testConfig(), path, clock, statuses);
    REQUIRE(service.start());
    auto held = waitFor(statuses, [](const sync::SyncStatus& s) { return !s.pullHeld.empty(); });
    REQUIRE(held);
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    CHECK(storage::members::count(*db) == 10);

    MessageQueue<sync::SyncStatus> atDoor;
    sync::SyncLink door(path, atDoor);
    door.start();
    auto seen = waitFor(atDoor, [](const sync::SyncStatus& s) { return !s.pullHeld.empty(); });
    REQUIRE(seen);  // the door shows the held roster from the database
    door.ask(sync::SyncAsk::ApplyHeldRoster);
    auto applied = waitFor(statuses, [](const sync::SyncStatus& s) { return s.pullHeld.empty() && s.lastSuccess; });
    REQUIRE(applied);
    CHECK(storage::members::count(*db) == 0);
    auto shown = waitFor(atDoor, [](const sync::SyncStatus& s) { return s.pullHeld.empty() && !s.asked; });
    CHECK(shown);
    door.stop();
    service.stop();
}

TEST_CASE("a sync process that cannot work says why at start", "[sync][thread]") {
    TempDir dir;
    auto config = testConfig();
    config.hqUrl = "ftp://127.0.0.1/";  // not HTTP(S): refused before any thread starts
    MessageQueue<sync::SyncStatus> statuses;
    SystemClock clock;
    sync::SyncService service(config, dir.file("kiosk.db"), clock, statuses);
    auto started = service.start();
    REQUIRE_FALSE(started);
    CHECK(started.error().as<ConfigErrc>() == ConfigErrc::Bad);
}

}  // namespace credopass::test
