#pragma once
// Kiosk databases against the real HQ (PostgreSQL + stand-in): a kiosk that
// pulled HQ's roster and checked members in (while not syncing), syncing it
// until its outbox drains, and comparing HQ's rows with the kiosk's.

#include "common/clock.hpp"
#include "storage/database.hpp"
#include "sync/config.hpp"
#include "sync/sync_engine.hpp"
#include "tests/hq/testkit/hq_testkit.hpp"

#include <string>
#include <vector>

namespace credopass::test {

// Short timeouts and back-offs, so fault tests finish quickly.
sync::SyncConfig testConfig(const std::string& url = hqEndpoints().url);

// Pulls HQ's roster into a new kiosk database at `path` (one sync round).
void pullInto(const std::string& path, const sync::SyncConfig& config);

// Checks in the first `count` members (by email) at `eventId`, one check-in
// per member at start + i seconds; every `checkoutEvery`-th also checks out
// an hour later (an update record). Returns the number of outbox entries.
std::int64_t checkInMembers(const std::string& path, const std::string& eventId, int count, TimePoint start,
                            int checkoutEvery = 0);

struct DrainResult {
    int rounds = 0;
    int failedRounds = 0;  // rounds that ended on an HQ failure
    std::int64_t confirmed = 0;
    std::int64_t waiting = 0;
    std::int64_t poison = 0;
    std::string lastError;
};
// Sync rounds (waiting out each round's back-off) until nothing waits or
// `maxRounds`, on `clock` (the system's when none). Safe on several threads at
// once: it asserts nothing (waiting is -1 when the kiosk could not be opened).
DrainResult syncUntilDrained(const std::string& path, const sync::SyncConfig& config, int maxRounds = 400,
                             const Clock* clock = nullptr);

struct AttendanceRow {
    std::string id, eventId, patronId;
    bool attended = false;
    std::optional<std::string> checkInTime, checkOutTime;
    bool operator==(const AttendanceRow&) const = default;
};
struct LoyaltyRow {
    std::string id, patronId, description;
    std::optional<std::string> points;
    std::string issuedAt;
    bool operator==(const LoyaltyRow&) const = default;
};
// Sorted by id; times as ISO 8601 UTC with milliseconds.
std::vector<AttendanceRow> hqAttendance(HqDatabase& hq);
std::vector<LoyaltyRow> hqLoyalty(HqDatabase& hq);
std::vector<AttendanceRow> kioskAttendance(storage::Database& db);
std::vector<LoyaltyRow> kioskLoyalty(storage::Database& db);

}  // namespace credopass::test
