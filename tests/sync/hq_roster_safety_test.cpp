// What HQ does that the kiosk did not write, against the real HQ: an empty
// or partial roster must not wipe the door, a host deleted at HQ (and with
// it the event) settles the records that named it, and a list HQ answers
// unchanged is not parsed again.
#include "storage/events.hpp"
#include "storage/members.hpp"
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

    explicit Kiosk(HqDatabase& hq, int members) {
        hq.reset();
        eventId = hq.seedEventWithMembers(members, "safe");
        pullInto(path, testConfig());
    }
    storage::Database open() const {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        return std::move(db).value();
    }
    std::int64_t members() const {
        auto db = open();
        return storage::members::count(db);
    }
};

}  // namespace

TEST_CASE("an empty roster from HQ is held for staff, not applied, until staff accept it", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq, 20);
    REQUIRE(kiosk.members() == 20);
    hq.exec("DELETE FROM \"users\"");  // a staging HQ, a restore gone wrong: the cascade takes events too

    SystemClock clock;
    auto engine = sync::SyncEngine::open(testConfig(), kiosk.path, clock);
    REQUIRE(engine.ok());
    auto report = engine->round(true);
    REQUIRE(report.pull);
    CHECK(report.completed);
    CHECK(report.pull->members.held);
    CHECK(report.pull->events.held);
    REQUIRE(report.pull->held.size() == 2);
    CHECK_THAT(report.pull->held[0], Catch::Contains("would remove 20 of the 20 members"));
    CHECK(kiosk.members() == 20);
    {
        auto db = kiosk.open();
        CHECK(storage::events::find(db, kiosk.eventId));
        auto status = sync::loadStatus(db);  // what staff see, after a restart too
        REQUIRE(status.pullHeld.size() == 2);
        CHECK(sync::toJson(status)["pullHeld"].size() == 2);
    }

    // Held again next time: nothing changed at HQ.
    CHECK(engine->round(true).pull->members.held);
    CHECK(kiosk.members() == 20);

    engine->acceptRemovals();
    auto accepted = engine->round(true);
    REQUIRE(accepted.pull);
    CHECK_FALSE(accepted.pull->members.held);
    CHECK(accepted.pull->members.removed == 20);
    CHECK(kiosk.members() == 0);
    auto db = kiosk.open();
    CHECK(sync::loadStatus(db).pullHeld.empty());
}

TEST_CASE("a partial roster is held above the limit; a few removals go through", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq, 30);
    SystemClock clock;
    auto config = testConfig();
    auto engine = sync::SyncEngine::open(config, kiosk.path, clock);
    REQUIRE(engine.ok());

    // Three of thirty (10%): HQ's real change.
    hq.exec(
        "DELETE FROM \"users\" WHERE \"email\" IN ('safe28@example.org', 'safe29@example.org', "
        "'safe30@example.org')");
    auto few = engine->round(true);
    REQUIRE(few.pull);
    CHECK_FALSE(few.pull->members.held);
    CHECK(few.pull->members.removed == 3);
    CHECK(kiosk.members() == 27);

    // Ten more of 27 (37%, above the 20% limit): held.
    hq.exec("DELETE FROM \"users\" WHERE \"email\" LIKE 'safe1_@example.org'");
    auto many = engine->round(true);
    REQUIRE(many.pull);
    CHECK(many.pull->members.held);
    CHECK_FALSE(many.pull->events.held);
    CHECK(kiosk.members() == 27);
}

TEST_CASE("members and events that unsent records name are never removed by a pull", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq, 20);
    checkInMembers(kiosk.path, kiosk.eventId, 2, SystemClock().now());  // safe10 and safe11 (by email), not synced
    hq.exec("DELETE FROM \"users\" WHERE \"email\" IN ('safe10@example.org', 'safe12@example.org')");
    std::string safe10;
    {
        auto db = kiosk.open();
        auto q = db.query("SELECT id FROM users WHERE email = 'safe10@example.org'");
        REQUIRE(q->step());
        safe10 = q->text(0);
    }

    // The pull alone, as after a push that could not settle them yet.
    auto http = sync::HttpClient::create(testConfig());
    REQUIRE(http.ok());
    auto db = kiosk.open();
    sync::PullMemo memo;
    auto pulled = sync::pullFromHq(*http, db, sync::PullOptions{}, SystemClock().now(), memo);
    REQUIRE(pulled.ok());
    CHECK(pulled->members.removed == 1);  // safe12: nothing refers to it
    CHECK(pulled->members.kept == 1);     // safe10: its check-in waits to be sent
    CHECK(storage::members::find(db, safe10));
    CHECK(storage::members::count(db) == 19);
}

TEST_CASE("a host deleted at HQ takes the event with it: the records that named them are held, with why",
          "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq, 10);
    checkInMembers(kiosk.path, kiosk.eventId, 3, SystemClock().now());  // safe10, safe1 (the host), safe2, by email
    hq.exec("DELETE FROM \"users\" WHERE \"email\" = 'safe1@example.org'");  // cascades to the event
    REQUIRE(hq.count("SELECT count(*) FROM \"events\"") == 0);

    SystemClock clock;
    auto engine = sync::SyncEngine::open(testConfig(), kiosk.path, clock);
    REQUIRE(engine.ok());
    auto report = engine->round(true);
    INFO("last error: " << engine->status().lastError.value_or("none"));
    CHECK(report.completed);
    CHECK(report.poisoned == 4);   // three check-ins (their event is gone), the host's points (the host is gone)
    CHECK(report.confirmed == 2);  // the other two members' points
    REQUIRE(report.pull);
    CHECK(report.pull->events.kept == 1);
    CHECK(report.pull->members.kept == 1);

    auto db = kiosk.open();
    auto status = sync::loadStatus(db);
    CHECK(status.waiting == 0);  // settled: not "waiting 3" for ever
    REQUIRE(status.poison.size() == 4);
    int eventGone = 0, memberGone = 0;
    for (const auto& p : status.poison) {
        if (p.reason.find("event " + kiosk.eventId + " no longer exists at HQ") != std::string::npos) ++eventGone;
        if (p.reason.find("member ") == 0 && p.reason.find("no longer exists at HQ") != std::string::npos) ++memberGone;
    }
    CHECK(eventGone == 3);
    CHECK(memberGone == 1);
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 0);

    // Staff may give them another go (here HQ still has neither: held again).
    auto retried = engine->retryPoison();
    REQUIRE(retried);
    CHECK(*retried == 4);
    auto again = engine->round(false);
    CHECK(again.poisoned == 4);
}

TEST_CASE("a list HQ answers byte for byte as before is not parsed again", "[sync][hq]") {
    HqDatabase hq(hqEndpoints().pg);
    Kiosk kiosk(hq, 5);
    SystemClock clock;
    auto engine = sync::SyncEngine::open(testConfig(), kiosk.path, clock);
    REQUIRE(engine.ok());
    auto first = engine->round(true);
    REQUIRE(first.pull);
    CHECK_FALSE(first.pull->members.unchanged);  // a new engine has seen nothing
    auto second = engine->round(true);
    REQUIRE(second.pull);
    CHECK(second.pull->members.unchanged);
    CHECK(second.pull->events.unchanged);
    CHECK(second.pull->members.received == 0);

    hq.exec("UPDATE \"users\" SET \"firstName\" = 'Łukasz' WHERE \"email\" = 'safe2@example.org'");
    auto third = engine->round(true);
    REQUIRE(third.pull);
    CHECK_FALSE(third.pull->members.unchanged);
    CHECK(third.pull->members.written == 1);
    CHECK_FALSE(third.pull->events.unchanged);  // looked at again: what it is compared with changed
}

}  // namespace credopass::test
