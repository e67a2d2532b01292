// Poison records, credentials, members deleted at HQ, status persistence.
#include "core/door.hpp"
#include "core/hq_json.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "sync/sync_status.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

#include <catch2/catch.hpp>

namespace credopass::test {
namespace {

struct Kiosk {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    std::string eventId;

    explicit Kiosk(HqDatabase& hq, int members = 20) {
        hq.reset();
        eventId = hq.seedEventWithMembers(members, "rule");
        pullInto(path, testConfig());
    }
    storage::Database open() const {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        return std::move(db).value();
    }
};

}  // namespace

TEST_CASE("a record HQ refuses (400) is kept with HQ's reason and does not hold back the rest", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq);
    std::string patron;
    {
        auto db = kiosk.open();
        auto q = db.query("SELECT id FROM users ORDER BY email LIMIT 1");
        REQUIRE(q->step());
        patron = q->text(0);
        // Negative points: our parser takes any integer, HQ wants >= 0.
        LoyaltyRecord bad{"6f1d7c1e-9a1b-4c55-8d3e-0a1b2c3d4e5f",
                          patron,
                          "Refund",
                          std::nullopt,
                          -5,
                          std::nullopt,
                          SystemClock().now(),
                          std::nullopt};
        storage::outbox::enqueue(db, "loyalty", bad.id, "create", hqjson::toJson(bad).dump(), SystemClock().now());
    }
    checkInMembers(kiosk.path, kiosk.eventId, 10, SystemClock().now());

    auto result = syncUntilDrained(kiosk.path, testConfig());
    CHECK(result.waiting == 0);
    CHECK(result.poison == 1);
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 10);
    CHECK(hq.count("SELECT count(*) FROM \"loyalty\"") == 10);

    auto db = kiosk.open();
    auto status = sync::loadStatus(db);
    REQUIRE(status.poison.size() == 1);
    CHECK(status.poison[0].entityId == "6f1d7c1e-9a1b-4c55-8d3e-0a1b2c3d4e5f");
    CHECK_THAT(status.poison[0].reason,
               Catch::Contains("400") && Catch::Contains("Validation failed") && Catch::Contains("points"));
}

TEST_CASE("401/403: credentials shown to staff, records kept, token never shown", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq);
    checkInMembers(kiosk.path, kiosk.eventId, 5, SystemClock().now());
    const std::string secret = "s3cret-token-ABC";
    StandinProcess proxy({"--require-token", secret});

    auto config = testConfig(proxy.url());
    const bool wrongToken = GENERATE(false, true);  // no token: 401; a wrong one: 403
    if (wrongToken) config.bearerToken = "wrong-token-XYZ";
    SystemClock clock;
    auto engine = sync::SyncEngine::open(config, kiosk.path, clock);
    REQUIRE(engine.ok());
    auto report = engine->round(false);
    CHECK_FALSE(report.completed);
    CHECK(engine->status().connection == sync::Connection::CredentialsRejected);
    CHECK(engine->status().waiting == 10);
    CHECK(engine->nextDelay() == config.backoffCap);  // retry slowly
    REQUIRE(engine->status().lastError);
    CHECK_THAT(*engine->status().lastError, !Catch::Contains(secret) && !Catch::Contains("wrong-token"));
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 0);

    // Persisted for `kioskctl status`, still without the token.
    auto db = kiosk.open();
    auto saved = sync::loadStatus(db);
    CHECK(saved.connection == sync::Connection::CredentialsRejected);
    CHECK(saved.waiting == 10);
    CHECK_THAT(sync::toJson(saved).dump(), !Catch::Contains(secret));

    // Fixed configuration: everything goes through.
    config.bearerToken = secret;
    auto fixed = syncUntilDrained(kiosk.path, config);
    CHECK(fixed.waiting == 0);
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 5);
}

TEST_CASE("once HQ answers again, the error from when it did not is gone, mid-drain too", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq, 60);
    checkInMembers(kiosk.path, kiosk.eventId, 60, SystemClock().now());
    SystemClock clock;
    auto config = testConfig();
    config.batchSize = 20;  // a backlog of 120 is then worth a progress bar
    auto engine = sync::SyncEngine::open(config, kiosk.path, clock);
    REQUIRE(engine.ok());

    setFault({{"mode", "drop"}, {"every", 1}, {"scope", "all"}});  // every connection closed unanswered
    auto down = engine->round(false);
    clearFaults();
    CHECK_FALSE(down.completed);
    CHECK(engine->status().connection == sync::Connection::Offline);
    CHECK(engine->status().lastError);
    CHECK(engine->status().waiting == 120);

    // HQ is back but slow: 120 records at 10 ms or more each drain for over a
    // second, so the drain reports progress (every 200 ms) on the way. Each
    // report after HQ confirmed a record says "online" and no longer carries
    // "cannot reach HQ".
    setFault({{"mode", "slow"}, {"delayMs", 10}, {"every", 1}});
    std::vector<sync::SyncStatus> progress;
    auto back = engine->round(false, [&](const sync::SyncStatus& s) { progress.push_back(s); });
    clearFaults();
    CHECK(back.completed);
    std::erase_if(progress, [](const sync::SyncStatus& s) { return !s.draining || s.draining->sent == 0; });
    REQUIRE_FALSE(progress.empty());
    for (const auto& s : progress) {
        CHECK(s.connection == sync::Connection::Online);
        CHECK_FALSE(s.lastError);
    }
    CHECK(engine->status().waiting == 0);
    auto db = kiosk.open();
    CHECK_FALSE(sync::loadStatus(db).lastError);  // nor in `kioskctl status`
}

TEST_CASE("members deleted at HQ disappear unless records still name them; those records are held for staff",
          "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq, 30);
    checkInMembers(kiosk.path, kiosk.eventId, 10, SystemClock().now());  // first 10 by email, not synced yet
    auto gone = hq.query("SELECT \"id\", \"email\" FROM \"users\" WHERE \"email\" = 'rule10@example.org'");
    REQUIRE(gone.size() == 1);
    const std::string goneId = *gone[0][0];
    {
        auto db = kiosk.open();
        auto q = db.query("SELECT count(*) FROM attendance WHERE patronId = ?1");
        q->bind(1, goneId);
        REQUIRE(q->step());
        REQUIRE(q->integer(0) == 1);
    }
    // rule10 sorts among the first ten: it was checked in. HQ deletes it, and one not checked in.
    hq.exec("DELETE FROM \"users\" WHERE \"email\" IN ('rule10@example.org', 'rule9@example.org')");

    // One round: the push cannot store the deleted member's records (HQ: 500,
    // then 404 for the record and 404 for the member by id): they are held
    // for staff. The pull that follows removes the member nothing refers to,
    // and keeps the one the held records name.
    SystemClock clock;
    auto engine = sync::SyncEngine::open(testConfig(), kiosk.path, clock);
    REQUIRE(engine.ok());
    auto report = engine->round(true);
    INFO("last error: " << engine->status().lastError.value_or("none"));
    REQUIRE(report.pull);
    CHECK(report.pull->members.removed == 1);
    CHECK(report.pull->members.kept == 1);
    CHECK(report.poisoned == 2);  // attendance + loyalty

    auto db = kiosk.open();
    CHECK(storage::members::find(db, goneId));
    auto status = sync::loadStatus(db);
    CHECK(status.waiting == 0);
    REQUIRE(status.poison.size() == 2);
    for (const auto& p : status.poison)
        CHECK_THAT(p.reason, Catch::Contains("member " + goneId) && Catch::Contains("deleted there"));
    // The payload snapshot is kept: nothing lost.
    for (const auto& e : storage::outbox::poison(db))
        CHECK_THAT(e.payload, Catch::Contains(goneId));
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 9);
}

}  // namespace credopass::test

namespace credopass::test {

TEST_CASE("attendance of open events is pulled: an RSVP keeps HQ's id, a member in elsewhere is already in",
          "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    std::string eventId = hq.seedEventWithMembers(3, "rsvp");
    auto id = [&](const char* email) {
        return *hq.query("SELECT \"id\"::text FROM \"users\" WHERE \"email\" = $1", {email}).at(0).at(0);
    };
    const std::string rsvp = id("rsvp1@example.org");
    const std::string elsewhere = id("rsvp2@example.org");
    hq.exec(
        "INSERT INTO \"attendance\" (\"id\", \"eventId\", \"patronId\", \"attended\") VALUES"
        " ('8b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3', $1::uuid, $2::uuid, false)",
        {eventId, rsvp});
    hq.exec(
        "INSERT INTO \"attendance\" (\"id\", \"eventId\", \"patronId\", \"attended\", \"checkInTime\") VALUES"
        " ('9b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3', $1::uuid, $2::uuid, true, now() - interval '5 minutes')",
        {eventId, elsewhere});
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());
    {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        SystemClock clock;
        Door door(*db, clock);
        auto in = door.checkin(CheckinRequest{rsvp, eventId, DoorMode::InOnly, false});
        REQUIRE(in.ok());
        CHECK(in->outcome == Outcome::CheckedIn);
        auto again = door.checkin(CheckinRequest{elsewhere, eventId, DoorMode::InOnly, false});
        REQUIRE(again.ok());
        CHECK(again->outcome == Outcome::AlreadyCheckedIn);
    }
    auto result = syncUntilDrained(path, testConfig());
    CHECK(result.waiting == 0);
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 2);  // no second row for the RSVP
    auto rows = hq.query(
        "SELECT \"attended\"::text, \"checkInTime\" IS NOT NULL FROM \"attendance\""
        " WHERE \"id\" = '8b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3'");
    REQUIRE(rows.size() == 1);
    CHECK(*rows[0][0] == "true");
    CHECK(*rows[0][1] == "t");
}

}  // namespace credopass::test

namespace credopass::test {

TEST_CASE("the pull copes with members swapping emails at HQ (emails are unique)", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    hq.seedEventWithMembers(3, "swap");
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    pullInto(path, testConfig());
    hq.exec("UPDATE \"users\" SET \"email\" = 'tmp@example.org' WHERE \"email\" = 'swap2@example.org'");
    hq.exec("UPDATE \"users\" SET \"email\" = 'swap2@example.org' WHERE \"email\" = 'swap3@example.org'");
    hq.exec("UPDATE \"users\" SET \"email\" = 'swap3@example.org' WHERE \"email\" = 'tmp@example.org'");
    pullInto(path, testConfig());
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    auto q = db->query("SELECT firstName FROM users WHERE email = 'swap2@example.org'");
    REQUIRE(q->step());
    CHECK(q->text(0) == "First3");
}

}  // namespace credopass::test
