#pragma once
// How the kiosk reaches HQ. Filled by the front end (kioskctl options, the
// kiosk's configuration file); the sync code never reads files or the
// environment itself.

#include "common/time.hpp"

#include <optional>
#include <string>

namespace credopass::sync {

struct SyncConfig {
    std::string hqUrl;                       // "https://api.example.org" (no trailing /api)
    std::optional<std::string> bearerToken;  // sent as "Authorization: Bearer ..."; never logged
    std::optional<std::string> caFile;       // PEM bundle that replaces the system CAs

    Millis connectTimeout{3000};
    Millis requestTimeout{10000};  // whole request; a 100,000-member roster must fit in pullTimeout
    Millis pullTimeout{60000};

    Millis pushInterval{2000};       // look for new outbox entries this often when idle
    Millis pullInterval{5 * 60000};  // refresh members, events and loyalty this often
    Millis backoffBase{1000};        // first retry after a failure, doubling ...
    Millis backoffCap{5 * 60000};    // ... up to this (with jitter)
    int batchSize = 200;             // outbox entries read (and confirmations written) at a time
};

}  // namespace credopass::sync
