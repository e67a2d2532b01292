#pragma once
// Pulls members, events and loyalty records from HQ into the local tables.
//
// Each kind is applied in one short write transaction, so the door never sees
// a half-updated roster: the download, the parsing and the comparison with
// what the kiosk already holds happen outside it, and only the rows that
// differ are written. The door's own connection keeps checking people in
// meanwhile (WAL lets it read; it waits only for that one commit).
//
// HQ's answer is not trusted to be whole: a staging HQ, a proxy or a restore
// can answer an empty or partial roster. A pull that would remove every
// local row of a kind, or more than SyncConfig::maxRemovalPercent of the
// members, is held (nothing of that kind is applied; PullReport::held says
// why) until HQ's answer looks sound again or staff accept it. A member or
// event that records still in the outbox refer to is never removed: whether
// it is really gone is for the pusher to learn from HQ (a 404 by id), which
// then marks those records poison with the reason.

#include "common/result.hpp"
#include "storage/database.hpp"
#include "sync/http_client.hpp"
#include "sync/pull_memo.hpp"
#include "sync/round_report.hpp"

namespace credopass::sync {

struct PullOptions {
    Millis timeout{60000};                                // the whole pull
    int maxRemovalPercent = 20;                           // SyncConfig::maxRemovalPercent
    bool acceptRemovals = false;                          // staff confirmed a held pull: apply it once
    Millis reconcileWindow = std::chrono::hours(24 * 7);  // SyncConfig::reconcileWindow
};

// Attendance is pulled for events open around now (HQ lists every record
// ever, unpaginated), and only rows the kiosk does not have are added: an RSVP
// row (attended = false) then keeps HQ's id when the member checks in, and a
// member checked in at another kiosk is "already checked in" here. Rows the
// kiosk already holds are its own truth and are left alone.
//
// `memo` remembers the bodies of the last pull applied: a list HQ answers
// byte for byte as before is not parsed again.
//
// Errors: transport errors of HttpClient, NetErrc::Credentials (401/403),
// NetErrc::HttpStatus (another status, or an answer that is not a JSON
// list), storage errors. A failed kind leaves the local tables as they were.
Result<PullReport> pullFromHq(HttpClient& http, storage::Database& db, const PullOptions& options, TimePoint now,
                              PullMemo& memo);

}  // namespace credopass::sync
