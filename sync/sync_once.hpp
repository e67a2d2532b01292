#pragma once
// One sync round on the calling thread, for `credopass-kioskctl sync --once`:
// opens its own connection and HTTP client, pushes what is due, pulls, and
// answers with what happened and the status after.

#include "common/clock.hpp"
#include "common/result.hpp"
#include "sync/config.hpp"
#include "sync/round_report.hpp"
#include "sync/sync_status.hpp"

#include <string>

namespace credopass::sync {

struct OnceResult {
    RoundReport report;
    SyncStatus status;
    std::int64_t poisonRetried = 0;
};

// What staff asked of this one round, beyond push and pull.
struct OnceOptions {
    bool retryPoison = false;     // give every poison record another go first
    bool acceptRemovals = false;  // apply a pull held for removing too much
};

// Errors: the database or the HQ URL cannot be opened; HQ's failures are in
// report.error.
Result<OnceResult> syncOnce(const SyncConfig& config, const std::string& dbPath, const Clock& clock,
                            const OnceOptions& options = {});

}  // namespace credopass::sync
