// The pure parts: merging, back-off, configuration checks, status values.
#include "storage/outbox.hpp"
#include "sync/backoff.hpp"
#include "sync/http_client.hpp"
#include "sync/merge.hpp"
#include "sync/sync_status.hpp"
#include "tests/support/closed_port.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

namespace credopass::test {
namespace {

TimePoint t(const char* iso) {
    return *parseIso(iso);
}

AttendanceRecord record(std::optional<TimePoint> in, std::optional<TimePoint> out, bool attended = true) {
    return AttendanceRecord{"id", "event", "patron", attended, in, out, std::nullopt};
}

}  // namespace

TEST_CASE("merge: earliest check-in, latest check-out, attended stays true", "[sync]") {
    auto ours = record(t("2026-01-17T19:00:00.000Z"), std::nullopt);
    auto hq = record(t("2026-01-17T18:55:00.000Z"), t("2026-01-17T21:00:00.000Z"));
    auto m = sync::mergeAttendance(ours, hq);
    CHECK(m.checkInTime == t("2026-01-17T18:55:00.000Z"));
    CHECK(m.checkOutTime == t("2026-01-17T21:00:00.000Z"));
    CHECK(m.attended);
    CHECK(sync::attendanceChanges(m, hq).empty());

    auto later = record(t("2026-01-17T18:50:00.000Z"), t("2026-01-17T22:00:00.000Z"));
    auto rsvp = record(std::nullopt, std::nullopt, false);
    auto m2 = sync::mergeAttendance(later, rsvp);
    auto changes = sync::attendanceChanges(m2, rsvp);
    CHECK(changes == nlohmann::json{{"attended", true},
                                    {"checkInTime", "2026-01-17T18:50:00.000Z"},
                                    {"checkOutTime", "2026-01-17T22:00:00.000Z"}});
    // HQ's attended=true is never undone by an RSVP-like local copy.
    CHECK(sync::mergeAttendance(rsvp, hq).attended);
}

TEST_CASE("back-off doubles from base to cap, with jitter in the upper half", "[sync]") {
    sync::Backoff b(Millis{100}, Millis{1000}, 42);
    for (int i = 0; i < 50; ++i) {
        auto d1 = b.delayFor(1);
        CHECK((d1 >= Millis{50} && d1 <= Millis{100}));
        auto d3 = b.delayFor(3);
        CHECK((d3 >= Millis{200} && d3 <= Millis{400}));
        auto d40 = b.delayFor(40);  // capped, and no overflow
        CHECK((d40 >= Millis{500} && d40 <= Millis{1000}));
    }
    CHECK(b.fail() <= Millis{100});
    CHECK(b.failures() == 1);
    b.succeed();
    CHECK(b.failures() == 0);
}

TEST_CASE("HTTP client configuration: https, or http only for this machine when a token is set", "[sync]") {
    sync::SyncConfig c;
    c.hqUrl = "ftp://example.org";
    CHECK(sync::HttpClient::create(c).error().code == ConfigErrc::Bad);
    c.hqUrl = "http://api.example.org";
    c.bearerToken = "secret";
    auto refused = sync::HttpClient::create(c);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, !Catch::Contains("secret"));
    c.hqUrl = "http://127.0.0.1:9/";
    CHECK(sync::HttpClient::create(c).ok());
    c.hqUrl = "https://api.example.org";
    CHECK(sync::HttpClient::create(c).ok());
}

TEST_CASE("a refused connection is a 'connect' error, nothing sent", "[sync]") {
    ClosedPort closed;
    sync::SyncConfig c;
    c.hqUrl = closed.url();
    c.connectTimeout = Millis{500};
    auto client = sync::HttpClient::create(c);
    REQUIRE(client.ok());
    auto r = client->get("/api/health");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == NetErrc::Connect);
}

TEST_CASE("status survives a restart: saved in the settings table, counts from the outbox", "[sync]") {
    TempDir dir;
    auto db = storage::Database::open(dir.file("k.db"));
    REQUIRE(db.ok());
    storage::outbox::enqueue(*db, "attendance", "a1", "create", "{}", t("2026-01-17T19:00:00.000Z"));
    storage::outbox::enqueue(*db, "loyalty", "l1", "create", "{}", t("2026-01-17T19:00:00.000Z"));
    storage::outbox::markPoison(*db, 2, "HQ answered 400 (Validation failed)");
    sync::SyncStatus s;
    s.connection = sync::Connection::Offline;
    s.lastSuccess = t("2026-01-17T18:00:00.000Z");
    s.lastError = "cannot reach HQ";
    s.lastErrorAt = t("2026-01-17T19:01:00.000Z");
    sync::saveStatus(*db, s);

    auto loaded = sync::loadStatus(*db);
    CHECK(loaded.connection == sync::Connection::Offline);
    CHECK(loaded.lastSuccess == s.lastSuccess);
    CHECK(loaded.lastError == s.lastError);
    CHECK(loaded.lastErrorAt == s.lastErrorAt);
    CHECK(loaded.waiting == 1);
    REQUIRE(loaded.poison.size() == 1);
    CHECK(loaded.poison[0].entityId == "l1");
    auto j = sync::toJson(loaded);
    CHECK(j["waiting"] == 1);
    CHECK(j["poison"][0]["reason"] == "HQ answered 400 (Validation failed)");
    CHECK(j["connection"] == "offline");

    s.lastError.reset();
    sync::saveStatus(*db, s);
    CHECK_FALSE(sync::loadStatus(*db).lastError);
}

}  // namespace credopass::test
