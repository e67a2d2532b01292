#pragma once
// How the kiosk reaches HQ. Filled by the front end (kioskctl options, the
// kiosk's configuration file); the sync code never reads files or the
// environment itself.

#include "common/time.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace credopass::sync {

struct SyncConfig {
    std::string hqUrl;                       // "https://api.example.org" (no trailing /api)
    std::optional<std::string> bearerToken;  // sent as "Authorization: Bearer ..."; never logged
    std::optional<std::string> caFile;       // PEM bundle that replaces the system CAs
    // Plain http:// is for an HQ on this machine (127.0.0.0/8, ::1, localhost).
    // To another host it sends the token and every member's name in clear,
    // and lets anyone on the way answer for HQ: refused unless this is set.
    bool allowInsecureHttp = false;
    // Ask for gzip on reads (lists). Unset: yes, except on loopback, where
    // compressing only costs time. Either way the size limits below apply to
    // the decoded bytes.
    std::optional<bool> acceptGzip;

    Millis connectTimeout{3000};
    Millis requestTimeout{10000};  // whole request; a 100,000-member roster must fit in pullTimeout
    Millis pullTimeout{60000};

    Millis pushInterval{2000};       // look for new outbox entries this often when idle
    Millis pullInterval{5 * 60000};  // refresh members, events and loyalty this often
    Millis backoffBase{1000};        // first retry after a failure, doubling ...
    Millis backoffCap{5 * 60000};    // ... up to this (with jitter)
    int batchSize = 200;             // outbox entries read (and confirmations written) at a time
    // Requests to HQ in flight at once while pushing, each on a keep-alive
    // connection of its own (sync/push_lanes.hpp); 1 sends one at a time.
    int pushConnections = 4;
    // A pull that would remove more than this share of the kiosk's members
    // (beyond a handful), or every member, event or loyalty record, is held
    // for staff: an empty or partial roster from HQ (a staging server, a
    // proxy, a restore) must not wipe the door.
    int maxRemovalPercent = 20;
    // Attendance of events that ended this recently (or are open) is compared
    // with HQ's at every pull, and HQ's copy corrected where another writer
    // (HQ's check-in shortcut stamps its own clock) changed a record the kiosk
    // had confirmed.
    Millis reconcileWindow = std::chrono::hours(24 * 7);

    // The most the kiosk reads of one answer (decoded). Beyond it the
    // transfer is stopped and the request fails (NetErrc::Protocol), so a
    // body without end, or a small gzip that unpacks to gigabytes, costs at
    // most this much memory.
    std::size_t maxListBytes = 64u << 20;   // a 2xx list (the roster: ~5 MB for 22,000 members)
    std::size_t maxRecordBytes = 1u << 20;  // a 2xx single record (GET by id, the answer to POST/PUT)
    std::size_t maxErrorBytes = 64u << 10;  // any other status: the first this many bytes are kept, the rest unread
};

}  // namespace credopass::sync
