#pragma once
// What one sync round did, as values a front end can print: pushed, retried,
// refused, and what a pull changed.

#include "common/result.hpp"
#include "common/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace credopass::sync {

struct PullCounts {
    std::int64_t received = 0;   // valid records in HQ's answer
    std::int64_t written = 0;    // new or changed here
    std::int64_t removed = 0;    // gone at HQ, removed here
    std::int64_t skipped = 0;    // malformed, or referring to something we do not have
    std::int64_t kept = 0;       // gone at HQ, kept here: records in the outbox still name them
    bool unchanged = false;      // HQ's answer was byte for byte the last one applied: not parsed
    bool held = false;           // not applied: it would have removed too much (PullReport::held)
    std::int64_t corrected = 0;  // attendance: HQ's copy put right (PUT) where another writer changed it
    // Where the time went (for the benchmark and the log).
    Millis download{0};  // request until the whole answer is in
    Millis parse{0};     // JSON to records, and the comparison with the local table
    Millis apply{0};     // the one write transaction
};

struct PullReport {
    PullCounts members;
    PullCounts events;
    PullCounts loyalty;
    PullCounts attendance;  // of events open around now only
    // For staff: each kind not applied because it looked like a wipe (an
    // empty or partial list from HQ), and what would have gone.
    std::vector<std::string> held;
};

struct RoundReport {
    std::int64_t confirmed = 0;  // records HQ confirmed (they left the outbox)
    std::int64_t retried = 0;    // records put back to wait (HQ up but did not store them)
    std::int64_t poisoned = 0;   // records HQ refused
    std::int64_t merged = 0;     // confirmed by merging into HQ's own row for the same visit
    std::optional<PullReport> pull;
    bool completed = false;      // HQ answered throughout (nothing left due, pull done if due)
    std::optional<Error> error;  // why not
};

}  // namespace credopass::sync
