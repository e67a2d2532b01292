#pragma once
// Pulls members, events and loyalty records from HQ into the local tables.
//
// Each kind is applied in one short write transaction, so the door never sees
// a half-updated roster: the download, the parsing and the comparison with
// what the kiosk already holds happen outside it, and only the rows that
// differ are written. The door's own connection keeps checking people in
// meanwhile (WAL lets it read; it waits only for that one commit).
//
// Members (or events) deleted at HQ disappear locally. Their records that HQ
// has not confirmed yet cannot be sent any more (HQ would refuse the unknown
// member); they stay in the outbox, marked with the reason, for staff to see.

#include "common/result.hpp"
#include "storage/database.hpp"
#include "sync/http_client.hpp"

#include <atomic>
#include <cstdint>

namespace credopass::sync {

struct PullCounts {
    std::int64_t received = 0;  // valid records in HQ's answer
    std::int64_t written = 0;   // new or changed here
    std::int64_t removed = 0;   // gone at HQ, removed here
    std::int64_t skipped = 0;   // malformed, or referring to something we do not have
    // Where the time went (for the benchmark and the log).
    Millis download{0};  // request until the whole answer is in
    Millis parse{0};     // JSON to records, and the comparison with the local table
    Millis apply{0};     // the one write transaction
};

struct PullReport {
    PullCounts members;
    PullCounts events;
    PullCounts loyalty;
    PullCounts attendance;             // of events open around now only
    std::int64_t orphanedRecords = 0;  // unsent records whose member or event HQ deleted
};

// Attendance is pulled for events open around now (HQ lists every record
// ever, unpaginated), and only rows the kiosk does not have are added: an RSVP
// row (attended = false) then keeps HQ's id when the member checks in, and a
// member checked in at another kiosk is "already checked in" here. Rows the
// kiosk already holds are its own truth and are left alone.
//
// Errors: transport errors of HttpClient, "credentials" (401/403), "hq_error"
// (another status, or an answer that is not a JSON list), storage errors.
// A failed kind leaves the local tables as they were.
Result<PullReport> pullFromHq(HttpClient& http, storage::Database& db, Millis timeout, TimePoint now);

}  // namespace credopass::sync
