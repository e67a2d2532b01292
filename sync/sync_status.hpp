#pragma once
// What the sync thread tells the rest of the kiosk, as plain values: the door
// screen shows them, `credopass-kioskctl status` prints them. The part that
// must survive a restart (connection, last success, last error) is kept in the
// settings table; waiting and poison counts come from the outbox itself.

#include "common/error.hpp"
#include "common/time.hpp"
#include "model/records.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::storage {
class Database;  // the sync's own connection; front ends never see one
}

namespace credopass::sync {

enum class Connection {
    Unknown,              // not tried yet
    Online,               // the last exchange with HQ worked
    Offline,              // HQ unreachable or failing (5xx, timeouts): records wait
    CredentialsRejected,  // 401/403: the token is wrong; staff must fix the configuration
};
std::string_view toString(Connection c);

struct DrainProgress {
    std::int64_t sent = 0;   // confirmed by HQ since the drain began
    std::int64_t total = 0;  // waiting when it began (plus any added since)
};

struct SyncStatus {
    Connection connection = Connection::Unknown;
    std::int64_t waiting = 0;  // records not yet confirmed by HQ (poison excluded)
    std::vector<PoisonRecord> poison;
    std::optional<TimePoint> lastSuccess;  // last round in which HQ confirmed everything it was sent
    std::optional<std::string> lastError;
    std::optional<ErrorCode> lastErrorCode;  // what kind of failure (not persisted: a restart shows the text only)
    std::optional<TimePoint> lastErrorAt;
    std::optional<DrainProgress> draining;  // set while a backlog drains
    bool pulling = false;                   // a roster pull is in progress
    std::optional<TimePoint> nextAttemptAt;
    // Pulls not applied because they would have removed too much (see
    // PullReport::held); empty once a pull applies.
    std::vector<std::string> pullHeld;
    // Attendance records HQ's other writers had changed, put right at HQ
    // (SyncConfig::reconcileWindow), since this kiosk was set up.
    std::int64_t correctedAtHq = 0;
};

// Reads the persisted fields and the outbox counts.
SyncStatus loadStatus(storage::Database& db);
// Persists connection, lastSuccess, lastError, lastErrorAt (one short transaction).
void saveStatus(storage::Database& db, const SyncStatus& status);

nlohmann::json toJson(const SyncStatus& status);

}  // namespace credopass::sync
