#pragma once
// Puts HQ's copy of the kiosk's confirmed attendance right when another
// writer changed it. HQ's check-in shortcut (staff at a desk, the web app)
// overwrites `checkInTime` of an existing row with HQ's own, later clock,
// and the kiosk would otherwise look again only when it has a change of its
// own to push. At each pull, for the events in SyncConfig::reconcileWindow,
// every row both sides hold under the same id is merged (earliest check-in,
// latest check-out, attended stays true): HQ gets a PUT where its copy
// differs, the kiosk's row takes what HQ knew better (another kiosk's
// earlier check-in). Rows with changes still in the outbox are left to the
// push.

#include "common/result.hpp"
#include "model/records.hpp"
#include "sync/http_client.hpp"

#include <span>
#include <string>
#include <unordered_set>
#include <vector>

namespace credopass::sync {

struct Correction {
    AttendanceRecord before;    // the kiosk's row as compared
    AttendanceRecord merged;    // what both sides hold after it
    bool hqChanged = false;     // HQ was sent a PUT and confirmed it
    bool localChanged = false;  // the kiosk's row must take `merged`
};

// `local` and `hq` are one event's rows. Errors: a transport failure (the
// pull stops there; corrections already made stand).
Result<std::vector<Correction>> reconcileEvent(HttpClient& http, std::span<const AttendanceRecord> local,
                                               std::span<const AttendanceRecord> hq,
                                               const std::unordered_set<std::string>& queued);

}  // namespace credopass::sync
