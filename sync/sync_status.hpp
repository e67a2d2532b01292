#pragma once
// What the sync process tells the rest of the kiosk, as plain values: the door
// screen shows them, `credopass-kioskctl status` prints them. Everything but
// nextAttemptAt is kept in the settings table, since the door (a process of
// its own) reads the status from there; waiting and poison counts come from
// the outbox itself.

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
    bool operator==(const DrainProgress&) const = default;
};

struct SyncStatus {
    Connection connection = Connection::Unknown;
    std::int64_t waiting = 0;  // records not yet confirmed by HQ (poison excluded)
    std::vector<PoisonRecord> poison;
    std::optional<TimePoint> lastSuccess;  // last round in which HQ confirmed everything it was sent
    std::optional<std::string> lastError;
    std::optional<ErrorCode> lastErrorCode;  // what kind of failure (kept for network and storage failures)
    std::optional<TimePoint> lastErrorAt;
    std::optional<DrainProgress> draining;   // set while a backlog drains (saved about once a second)
    bool pulling = false;                    // a roster pull is in progress
    std::optional<TimePoint> nextAttemptAt;  // not kept: the sync process's own plan
    // Staff asked for something (sync now, retry, apply) that the sync process
    // has not finished yet (sync/ask_channel.hpp). Read only: asks are rows of their own.
    bool asked = false;
    // Pulls not applied because they would have removed too much (see
    // PullReport::held); empty once a pull applies.
    std::vector<std::string> pullHeld;
    // Attendance records HQ's other writers had changed, put right at HQ
    // (SyncConfig::reconcileWindow), since this kiosk was set up.
    std::int64_t correctedAtHq = 0;

    bool operator==(const SyncStatus&) const = default;
};

// Reads the persisted fields, the outbox counts and whether an ask waits.
SyncStatus loadStatus(storage::Database& db);
// Persists every field but waiting, poison, nextAttemptAt and asked (one short transaction).
void saveStatus(storage::Database& db, const SyncStatus& status);

nlohmann::json toJson(const SyncStatus& status);

}  // namespace credopass::sync
