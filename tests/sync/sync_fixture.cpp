#include "tests/sync/sync_fixture.hpp"

#include "core/door.hpp"
#include "storage/outbox.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>

namespace credopass::test {

sync::SyncConfig testConfig(const std::string& url) {
    sync::SyncConfig c;
    c.hqUrl = url;
    c.connectTimeout = Millis{500};
    c.requestTimeout = Millis{400};
    c.pullTimeout = Millis{20000};
    c.backoffBase = Millis{5};
    c.backoffCap = Millis{60};
    c.pushInterval = Millis{50};
    c.pullInterval = std::chrono::hours(1);
    return c;
}

void pullInto(const std::string& path, const sync::SyncConfig& config) {
    SystemClock clock;
    auto engine = sync::SyncEngine::open(config, path, clock);
    REQUIRE(engine.ok());
    auto report = engine->round(true);
    INFO((report.error ? report.error->message : std::string()));
    REQUIRE(report.completed);
    REQUIRE(report.pull);
}

std::int64_t checkInMembers(const std::string& path, const std::string& eventId, int count, TimePoint start,
                            int checkoutEvery) {
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    std::vector<std::string> ids;
    {
        auto q = db->query("SELECT id FROM users ORDER BY email LIMIT ?1");
        q->bind(1, count);
        while (q->step())
            ids.push_back(q->text(0));
    }
    REQUIRE(static_cast<int>(ids.size()) == count);
    ManualClock clock(start);
    Door door(*db, clock);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        clock.set(start + std::chrono::seconds(static_cast<int>(i)));
        auto r = door.checkin(CheckinRequest{ids[i], eventId, DoorMode::InOnly, false});
        REQUIRE(r.ok());
        REQUIRE(r->outcome == Outcome::CheckedIn);
    }
    if (checkoutEvery > 0) {
        for (std::size_t i = 0; i < ids.size(); i += static_cast<std::size_t>(checkoutEvery)) {
            clock.set(start + std::chrono::hours(1) + std::chrono::seconds(static_cast<int>(i)));
            auto r = door.checkin(CheckinRequest{ids[i], eventId, DoorMode::OutOnly, false});
            REQUIRE(r.ok());
            REQUIRE(r->outcome == Outcome::CheckedOut);
        }
    }
    return storage::outbox::counts(*db).waiting;
}

DrainResult syncUntilDrained(const std::string& path, const sync::SyncConfig& config, int maxRounds,
                             const Clock* clock) {
    SystemClock system;
    auto engine = sync::SyncEngine::open(config, path, clock ? *clock : system);
    DrainResult result;
    // No Catch2 assertion here: two_kiosks_test drains two kiosks on two
    // threads, and Catch2 v2's assertions are not thread-safe (ThreadSanitizer
    // sees the race). The caller's checks on `waiting` fail instead.
    if (!engine) {
        result.waiting = -1;
        result.lastError = "the sync engine could not open " + path + ": " + engine.error().message;
        return result;
    }
    for (; result.rounds < maxRounds; ++result.rounds) {
        auto report = engine->round(false);
        result.confirmed += report.confirmed;
        if (report.error) ++result.failedRounds;
        if (report.completed && engine->status().waiting == 0) break;
        // The back-off the engine chose (milliseconds in tests) is the behaviour under test.
        std::this_thread::sleep_for(engine->nextDelay());
    }
    result.waiting = engine->status().waiting;
    result.poison = static_cast<std::int64_t>(engine->status().poison.size());
    result.lastError = engine->status().lastError.value_or("");
    return result;
}

namespace {
const std::string kIso = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'";
std::string iso(const std::string& c) {
    return "to_char(" + c + " AT TIME ZONE 'UTC', " + kIso + ")";
}
}  // namespace

std::vector<AttendanceRow> hqAttendance(HqDatabase& hq) {
    std::vector<AttendanceRow> out;
    for (auto& r : hq.query("SELECT \"id\", \"eventId\", \"patronId\", \"attended\", " + iso("\"checkInTime\"") + ", " +
                            iso("\"checkOutTime\"") + " FROM \"attendance\" ORDER BY \"id\""))
        out.push_back(AttendanceRow{*r[0], *r[1], *r[2], *r[3] == "t", r[4], r[5]});
    return out;
}

std::vector<LoyaltyRow> hqLoyalty(HqDatabase& hq) {
    std::vector<LoyaltyRow> out;
    for (auto& r : hq.query("SELECT \"id\", \"patronId\", \"description\", \"points\"::text, " + iso("\"issuedAt\"") +
                            " FROM \"loyalty\" ORDER BY \"id\""))
        out.push_back(LoyaltyRow{*r[0], *r[1], *r[2], r[3], *r[4]});
    return out;
}

std::vector<AttendanceRow> kioskAttendance(storage::Database& db) {
    std::vector<AttendanceRow> out;
    auto q = db.query("SELECT id, eventId, patronId, attended, checkInTime, checkOutTime FROM attendance ORDER BY id");
    while (q->step())
        out.push_back(AttendanceRow{q->text(0), q->text(1), q->text(2), q->integer(3) != 0, q->optionalText(4),
                                    q->optionalText(5)});
    return out;
}

std::vector<LoyaltyRow> kioskLoyalty(storage::Database& db) {
    std::vector<LoyaltyRow> out;
    auto q = db.query("SELECT id, patronId, description, CAST(points AS TEXT), issuedAt FROM loyalty ORDER BY id");
    while (q->step())
        out.push_back(LoyaltyRow{q->text(0), q->text(1), q->text(2), q->optionalText(3), q->text(4)});
    return out;
}

}  // namespace credopass::test
