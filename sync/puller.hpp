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
#include "sync/round_report.hpp"

#include <atomic>
#include <cstdint>

namespace credopass::sync {

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
