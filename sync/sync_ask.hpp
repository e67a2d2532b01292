#pragma once
// What staff can ask of the sync thread from the door's sync screen. kioskctl
// asks the same of one round: `sync --once --retry-poison`, `--accept-removals`.

namespace credopass::sync {

enum class SyncAsk {
    Now,              // a round now, pushing and pulling
    RetryHeld,        // give every record held for staff another go, then a round
    ApplyHeldRoster,  // staff checked HQ: apply the held pull once, then a round
};

}  // namespace credopass::sync
