// The audit log's pruning: by the time each entry was recorded, to the millisecond.
#include "storage/audit.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::storage;
using namespace std::chrono_literals;

TEST_CASE("removeBefore deletes the entries recorded before the cutoff, and only those") {
    test::TempDir dir;
    auto db = Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    const TimePoint cutoff = *parseIso("2026-01-17T18:00:00.000Z");
    audit::append(*db, cutoff - std::chrono::days(400), "staff", "unlock");
    audit::append(*db, cutoff - 1ms, "staff", "export_csv");
    audit::append(*db, cutoff, "staff", "door_mode");
    audit::append(*db, cutoff + 1ms, "kioskctl", "pin_set");
    // Across a year boundary and a month of fewer digits: text order must be time order.
    audit::append(*db, *parseIso("2025-12-31T23:59:59.999Z"), "staff", "lock");

    CHECK(audit::removeBefore(*db, cutoff) == 3);
    auto log = audit::recent(*db, 10);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "pin_set");
    CHECK(log[1].action == "door_mode");
    CHECK(audit::removeBefore(*db, cutoff) == 0);  // nothing left to remove
}
