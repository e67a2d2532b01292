#pragma once
// Sends one outbox entry to HQ and decides its fate. Talks HTTP only; the
// caller applies the verdict to the outbox.
//
// HQ answers 500 for a duplicate id as for a real fault, and a timeout or a
// dropped connection says nothing either, so after any ambiguous answer we ask
// HQ (GET) before deciding. A record HQ already holds under the same id is
// merged (earliest check-in, latest check-out, attended stays true), never
// sent twice. An update always reads HQ's copy first, so a later check-in time
// from this kiosk never overwrites an earlier one from another.

#include "storage/outbox.hpp"
#include "sync/hq_event_rows.hpp"
#include "sync/http_client.hpp"

#include <optional>
#include <string>

namespace credopass::sync {

enum class PushVerdict {
    Confirmed,            // HQ holds the record (as merged): it may leave the outbox
    Retry,                // HQ is up but did not store it: try this record again later
    Poison,               // HQ refused it (400): keep it, show staff, go on with the rest
    Unavailable,          // HQ unreachable or failing: stop the round, back off
    CredentialsRejected,  // 401/403: stop, tell staff, keep everything
    Stopped,              // shutdown interrupted the exchange
};

struct PushOutcome {
    PushVerdict verdict = PushVerdict::Retry;
    std::string reason;  // for staff and the log; never holds the token
    // Confirmed by merging into a row HQ already held for the same visit
    // (created by HQ's check-in shortcut): the kiosk's record takes this id.
    std::optional<std::string> adoptedId;
};

// `rows` holds HQ's rows of the events this round has looked at; one per round.
PushOutcome pushEntry(HttpClient& http, const storage::outbox::Entry& entry, HqEventRows& rows);

}  // namespace credopass::sync
