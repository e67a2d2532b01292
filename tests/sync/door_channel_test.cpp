// What the door and the sync process tell each other through the database
// they share: the status the door shows (every field it needs, read back as
// written) and staff's asks (posted, served, settled, never lost).
#include "storage/database.hpp"
#include "storage/settings.hpp"
#include "sync/ask_channel.hpp"
#include "sync/sync_link.hpp"
#include "sync/sync_status.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>

namespace credopass::test {
namespace {

storage::Database openDb(const std::string& path) {
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    return std::move(db).value();
}

// The next status the door's link posts, within a bound that only keeps a bug
// from hanging the test (the link looks once a second).
sync::SyncStatus next(MessageQueue<sync::SyncStatus>& q) {
    auto s = q.popFor(std::chrono::seconds(30));
    REQUIRE(s);
    return *s;
}

}  // namespace

TEST_CASE("the door reads every part of the sync status it shows from the database", "[sync]") {
    TempDir dir;
    auto db = openDb(dir.file("k.db"));
    sync::SyncStatus s;
    s.connection = sync::Connection::Offline;
    s.lastError = "Couldn't connect to server (curl 7)";
    s.lastErrorCode = NetErrc::Connect;
    s.lastErrorAt = parseIso("2026-01-17T19:01:00.000Z");
    s.draining = sync::DrainProgress{120, 600};
    s.pulling = true;
    s.pullHeld = {"members: HQ lists 0 of 10"};
    sync::saveStatus(db, s);

    auto loaded = sync::loadStatus(db);
    CHECK(loaded.lastErrorCode == std::optional<ErrorCode>(NetErrc::Connect));
    REQUIRE(loaded.draining);
    CHECK(*loaded.draining == sync::DrainProgress{120, 600});
    CHECK(loaded.pulling);
    CHECK(loaded.pullHeld == s.pullHeld);
    CHECK_FALSE(loaded.asked);

    s.lastErrorCode = StorageErrc::DiskFull;
    s.draining.reset();
    s.pulling = false;
    sync::saveStatus(db, s);
    loaded = sync::loadStatus(db);
    CHECK(loaded.lastErrorCode == std::optional<ErrorCode>(StorageErrc::DiskFull));
    CHECK_FALSE(loaded.draining);
    CHECK_FALSE(loaded.pulling);

    // Rows no build of ours wrote read as nothing, not as a wrong value.
    storage::settings::set(db, "sync.lastErrorCode", "net.no_such_code");
    storage::settings::set(db, "sync.draining", "700/600");
    loaded = sync::loadStatus(db);
    CHECK_FALSE(loaded.lastErrorCode);
    CHECK_FALSE(loaded.draining);
    storage::settings::set(db, "sync.draining", "12/x");
    CHECK_FALSE(sync::loadStatus(db).draining);
}

TEST_CASE("an ask made again while its round runs is served once more", "[sync]") {
    TempDir dir;
    auto db = openDb(dir.file("k.db"));
    CHECK(sync::pendingAsks(db).empty());
    sync::postAsk(db, sync::SyncAsk::Now);
    sync::postAsk(db, sync::SyncAsk::ApplyHeldRoster);
    auto taken = sync::pendingAsks(db);
    REQUIRE(taken.size() == 2);
    CHECK(taken[0].ask == sync::SyncAsk::Now);
    CHECK(taken[1].ask == sync::SyncAsk::ApplyHeldRoster);
    CHECK(sync::loadStatus(db).asked);

    sync::postAsk(db, sync::SyncAsk::Now);  // staff tapped again during the round
    sync::settleAsks(db, taken);
    auto left = sync::pendingAsks(db);
    REQUIRE(left.size() == 1);
    CHECK(left[0].ask == sync::SyncAsk::Now);
    sync::settleAsks(db, left);
    CHECK(sync::pendingAsks(db).empty());
    CHECK_FALSE(sync::loadStatus(db).asked);
}

TEST_CASE("the door's link shows the status when it changes and writes staff's asks", "[sync][thread]") {
    TempDir dir;
    const std::string path = dir.file("k.db");
    auto db = openDb(path);  // the sync process's side, in this test
    MessageQueue<sync::SyncStatus> shown;
    sync::SyncLink link(path, shown);
    link.start();
    auto first = next(shown);  // at once, not after a second
    CHECK(first.connection == sync::Connection::Unknown);
    CHECK_FALSE(first.asked);

    link.ask(sync::SyncAsk::RetryHeld);
    CHECK(next(shown).asked);  // "Syncing..." from the moment it is written
    auto taken = sync::pendingAsks(db);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].ask == sync::SyncAsk::RetryHeld);

    sync::SyncStatus online;
    online.connection = sync::Connection::Online;
    sync::saveStatus(db, online);
    sync::settleAsks(db, taken);
    sync::SyncStatus now = next(shown);
    while (now.asked || now.connection != sync::Connection::Online)
        now = next(shown);  // the two writes may be read apart
    CHECK(now.connection == sync::Connection::Online);
    // Nothing changes: nothing more is posted.
    CHECK_FALSE(shown.popFor(std::chrono::milliseconds(1500)));

    link.ask(sync::SyncAsk::Now);
    link.stop();  // asks made just before closing are still written
    auto last = sync::pendingAsks(db);
    REQUIRE_FALSE(last.empty());
    CHECK(last.back().ask == sync::SyncAsk::Now);
}

}  // namespace credopass::test
