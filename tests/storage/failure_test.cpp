// Full disk and read-only storage: a clear error and no half-written record.
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "storage/sqlite_error.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::storage;

namespace {
const TimePoint kT0 = *parseIso("2026-01-17T18:00:00.000Z");

Member numbered(int i) {
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
    return Member{id, "m" + std::to_string(i) + "@example.org", std::string(200, 'A'), "B", std::nullopt, kT0, kT0};
}
}  // namespace

TEST_CASE("a full disk fails the whole transaction with disk_full") {
    test::TempDir dir;
    auto db = std::move(Database::open(dir.file("kiosk.db"))).value();
    auto pages = [&] {
        auto q = db.query("PRAGMA page_count");
        q->step();
        return q->integer(0);
    };
    db.limitPageCount(pages() + 3);
    std::optional<Error> failure;
    int committed = 0;
    for (int batch = 0; batch < 100 && !failure; ++batch) {
        try {
            Transaction tx(db);
            for (int i = 0; i < 10; ++i) {
                members::upsert(db, numbered(batch * 10 + i));
                outbox::enqueue(db, "attendance", std::to_string(batch * 10 + i), "create", "{}", kT0);
            }
            tx.commit();
            committed += 10;
        } catch (const StorageError& e) {
            failure = e.error();
        }
    }
    REQUIRE(failure);
    CHECK(failure->code == StorageErrc::DiskFull);
    CHECK_THAT(failure->message, Catch::Contains("nothing was written"));
    // Every committed batch is whole; the failed one left nothing.
    CHECK(members::count(db) == committed);
    CHECK(outbox::counts(db).waiting == committed);
    CHECK(db.integrityCheck() == "ok");
}

TEST_CASE("a read-only database refuses writes with read_only") {
    test::TempDir dir;
    { REQUIRE(Database::open(dir.file("kiosk.db")).ok()); }
    auto db = Database::open(dir.file("kiosk.db"), OpenOptions{.readOnly = true});
    REQUIRE(db.ok());
    try {
        members::upsert(*db, numbered(1));
        FAIL("write to a read-only database succeeded");
    } catch (const StorageError& e) {
        CHECK(e.error().code == StorageErrc::ReadOnly);
    }
    CHECK(members::count(*db) == 0);
}
