#include "sync/pusher.hpp"

#include "common/text.hpp"
#include "core/hq_json.hpp"
#include "sync/merge.hpp"
#include "sync/transfer_fate.hpp"

#include <variant>

namespace credopass::sync {
namespace {

using nlohmann::json;

PushOutcome outcome(PushVerdict v, std::string reason = {}) {
    return PushOutcome{v, std::move(reason), std::nullopt};
}

// The longest reason kept from one answer of HQ's (bytes).
constexpr std::size_t kMaxReasonBytes = 400;

// HQ's own words from an error body ("Validation failed: [...]"), kept short.
// Never re-serialised (HQ's JSON may nest a million deep; dump() recurses):
// the error text and a slice of the raw "details", or a slice of the raw
// body, cleaned (valid UTF-8, no terminal escapes) and cut on a character
// boundary.
std::string hqReason(const HttpResponse& r) {
    std::string text;
    if (auto body = hqjson::parseBody(r.body); body && body->is_object()) {
        auto error = body->find("error");
        if (error != body->end() && error->is_string()) {
            text = cleanText(error->get_ref<const std::string&>(), kMaxReasonBytes);
            if (auto details = hqjson::rawMember(r.body, "details"))
                text += ": " + cleanText(*details, kMaxReasonBytes);
        }
    }
    if (text.empty()) text = cleanText(r.body, kMaxReasonBytes);
    text = cleanText(text, kMaxReasonBytes);
    if (r.truncated && !text.ends_with("...")) text += "...";
    return "HQ answered " + std::to_string(r.status) + (text.empty() ? "" : " (" + text + ")");
}

bool isAuth(long status) {
    return status == 401 || status == 403;
}
bool isSuccess(long status) {
    return status >= 200 && status < 300;
}

// A 2xx whose body is the record we sent: anything else (a proxy's error page)
// leaves the outcome open.
bool confirmsRecord(const HttpResponse& r, const std::string& id) {
    if (!isSuccess(r.status)) return false;
    auto body = hqjson::parseBody(r.body);
    if (!body || !body->is_object()) return false;
    auto hqId = body->find("id");
    return hqId != body->end() && hqId->is_string() && toLower(hqId->get_ref<const std::string&>()) == id;
}

// A transport failure: nothing learned about the record.
PushOutcome transportFailure(const Error& e) {
    if (fateOf(e) == TransferFate::Stopped) return outcome(PushVerdict::Stopped, e.message);
    return outcome(PushVerdict::Unavailable, e.message);
}

// A write that failed in transport: nothing sent means HQ is unavailable (the
// whole round waits); anything else leaves the record's fate open.
bool nothingSent(const Error& e) {
    switch (fateOf(e)) {
        case TransferFate::NotSent:
        case TransferFate::Stopped: return true;
        case TransferFate::Ambiguous:
        case TransferFate::Refused: return false;
    }
    return false;
}

// The answer to a write that did not clearly succeed or fail.
std::optional<PushOutcome> definiteAnswer(const HttpResponse& r) {
    if (r.status == 400) return outcome(PushVerdict::Poison, hqReason(r));
    if (isAuth(r.status)) return outcome(PushVerdict::CredentialsRejected, hqReason(r));
    return std::nullopt;
}

// POSTs a new record: either a settled outcome, or why HQ's answer left it
// open (500, timeout, dropped connection), in which case we must ask HQ.
std::variant<PushOutcome, std::string> postNew(HttpClient& http, const std::string& path, const std::string& payload,
                                               const std::string& id) {
    auto r = http.post(path, payload);
    if (r) {
        if (confirmsRecord(*r, id)) return outcome(PushVerdict::Confirmed);
        if (auto d = definiteAnswer(*r)) return *d;
        return hqReason(*r);
    }
    if (nothingSent(r.error())) return transportFailure(r.error());
    return r.error().message;
}

// Whether what a record refers to is gone at HQ. Deleting a user at HQ
// deletes their attendance and loyalty and every event they host (ON DELETE
// CASCADE), and HQ then answers a record naming them with a 500 like any
// other fault: no retry can succeed. Only HQ's 404 for the id is taken as
// proof; any other answer (or none) leaves the record to be retried.
enum class Referent { Event, Member };

std::optional<PushOutcome> goneAtHq(HttpClient& http, Referent kind, const std::string& id) {
    const bool event = kind == Referent::Event;
    auto g = http.get((event ? "/api/events/" : "/api/users/") + id, Millis{0}, BodyKind::Record);
    if (!g || g->status != 404) return std::nullopt;
    return outcome(PushVerdict::Poison,
                   std::string(event ? "event " : "member ") + id + " no longer exists at HQ (deleted there" +
                       (event ? ", or with its host" : "") + "): HQ cannot store this record; it is kept on the kiosk");
}

// A record HQ did not store and does not hold: gone for good, or worth another try.
PushOutcome notStored(HttpClient& http, const AttendanceRecord& ours, std::string why) {
    if (auto gone = goneAtHq(http, Referent::Event, ours.eventId)) return *gone;
    if (auto gone = goneAtHq(http, Referent::Member, ours.patronId)) return *gone;
    return outcome(PushVerdict::Retry, std::move(why));
}

PushOutcome postAttendance(HttpClient& http, const AttendanceRecord& ours) {
    auto r = http.post("/api/attendance", hqjson::toJson(ours).dump());
    if (!r)
        return nothingSent(r.error()) ? transportFailure(r.error()) : outcome(PushVerdict::Retry, r.error().message);
    if (confirmsRecord(*r, ours.id)) return outcome(PushVerdict::Confirmed);
    if (auto d = definiteAnswer(*r)) return *d;
    // Ambiguous again: the next attempt starts with a GET.
    return notStored(http, ours, hqReason(*r));
}

// Asks HQ what it holds under our id, then settles: merge, create, or retry.
PushOutcome reconcileAttendance(HttpClient& http, const AttendanceRecord& ours, bool createIfMissing,
                                const std::string& whyAsking) {
    auto g = http.get("/api/attendance/" + ours.id, Millis{0}, BodyKind::Record);
    if (!g) return transportFailure(g.error());
    if (isAuth(g->status)) return outcome(PushVerdict::CredentialsRejected, hqReason(*g));
    if (g->status == 404) {
        if (createIfMissing) return postAttendance(http, ours);
        return notStored(http, ours, whyAsking + ", and HQ does not hold the record");
    }
    if (g->status != 200) return outcome(PushVerdict::Unavailable, hqReason(*g));
    auto body = hqjson::parseBody(g->body);
    if (!body) return outcome(PushVerdict::Unavailable, body.error().message);
    auto hq = hqjson::attendanceFromJson(*body);
    // One row HQ holds badly (a time out of range) must not stop every other
    // record behind it, round after round: this one waits, the others go on.
    if (!hq) return outcome(PushVerdict::Retry, "HQ's copy is unreadable: " + hq.error().message);

    AttendanceRecord merged = mergeAttendance(ours, *hq);
    json changes = attendanceChanges(merged, *hq);
    if (changes.empty()) return outcome(PushVerdict::Confirmed);
    auto p = http.put("/api/attendance/" + ours.id, changes.dump());
    if (!p)
        return nothingSent(p.error()) ? transportFailure(p.error()) : outcome(PushVerdict::Retry, p.error().message);
    if (confirmsRecord(*p, ours.id)) return outcome(PushVerdict::Confirmed);
    if (auto d = definiteAnswer(*p)) return *d;
    return outcome(PushVerdict::Retry, hqReason(*p));  // a PUT is idempotent: simply redo the reconciliation
}

// HQ already holds a row for this visit under its own id (a desk check-in
// through HQ's shortcut): merge into it rather than add a second row that
// HQ's counts would take as a second member.
PushOutcome adoptHqRow(HttpClient& http, const AttendanceRecord& ours, const AttendanceRecord& hq) {
    AttendanceRecord merged = mergeAttendance(ours, hq);
    json changes = attendanceChanges(merged, hq);
    PushOutcome settled = outcome(PushVerdict::Confirmed);
    settled.adoptedId = hq.id;
    if (changes.empty()) return settled;
    auto p = http.put("/api/attendance/" + hq.id, changes.dump());
    if (!p)
        return nothingSent(p.error()) ? transportFailure(p.error()) : outcome(PushVerdict::Retry, p.error().message);
    if (confirmsRecord(*p, hq.id)) return settled;
    if (auto d = definiteAnswer(*p)) return *d;
    return outcome(PushVerdict::Retry, hqReason(*p));  // the next try looks again
}

PushOutcome pushAttendance(HttpClient& http, const storage::outbox::Entry& entry, const AttendanceRecord& ours,
                           HqEventRows& rows) {
    if (entry.op == "update") return reconcileAttendance(http, ours, true, "");
    auto other = rows.otherRow(http, ours.eventId, ours.patronId, ours.id);
    if (!other) {
        const auto code = other.error().as<NetErrc>();
        if (code == NetErrc::Credentials) return outcome(PushVerdict::CredentialsRejected, other.error().message);
        // HQ answered, but not with a list we can read (a proxy's page, a
        // list over its size limit): go on without it. A second row at HQ is
        // possible then, a lost record is not. No answer at all stops the round.
        if (code != NetErrc::HttpStatus && code != NetErrc::Protocol) return transportFailure(other.error());
    } else if (*other) {
        return adoptHqRow(http, ours, **other);
    }
    auto posted = postNew(http, "/api/attendance", entry.payload, ours.id);
    if (auto* settled = std::get_if<PushOutcome>(&posted)) return *settled;
    return reconcileAttendance(http, ours, false, std::get<std::string>(posted));
}

PushOutcome pushLoyalty(HttpClient& http, const storage::outbox::Entry& entry, const LoyaltyRecord& ours) {
    auto posted = postNew(http, "/api/loyalty", entry.payload, ours.id);
    if (auto* settled = std::get_if<PushOutcome>(&posted)) return *settled;
    const std::string& why = std::get<std::string>(posted);
    // Ask for ours by id (one record, not the member's whole history).
    auto g = http.get("/api/loyalty/" + ours.id, Millis{0}, BodyKind::Record);
    if (!g) return transportFailure(g.error());
    if (isAuth(g->status)) return outcome(PushVerdict::CredentialsRejected, hqReason(*g));
    if (confirmsRecord(*g, ours.id)) return outcome(PushVerdict::Confirmed);  // loyalty records never change
    if (g->status != 404) return outcome(PushVerdict::Unavailable, hqReason(*g));
    if (auto gone = goneAtHq(http, Referent::Member, ours.patronId)) return *gone;
    return outcome(PushVerdict::Retry, why + ", and HQ does not hold the record");
}

PushOutcome pushOne(HttpClient& http, const storage::outbox::Entry& entry, HqEventRows& rows) {
    auto payload = json::parse(entry.payload, nullptr, false);
    if (entry.entity == "attendance") {
        auto ours = hqjson::attendanceFromJson(payload);
        if (!ours) return outcome(PushVerdict::Poison, "the kiosk's record is malformed: " + ours.error().message);
        return pushAttendance(http, entry, *ours, rows);
    }
    if (entry.entity == "loyalty") {
        auto ours = hqjson::loyaltyFromJson(payload);
        if (!ours) return outcome(PushVerdict::Poison, "the kiosk's record is malformed: " + ours.error().message);
        return pushLoyalty(http, entry, *ours);
    }
    return outcome(PushVerdict::Poison, "unknown record kind '" + entry.entity + "'");
}

}  // namespace

PushOutcome pushEntry(HttpClient& http, const storage::outbox::Entry& entry, HqEventRows& rows) {
    // Whatever HQ answered, a bad answer is a verdict, never an exception
    // unwinding the sync thread (an allocation that failed, a JSON surprise).
    try {
        return pushOne(http, entry, rows);
    } catch (const std::exception& e) {
        return outcome(PushVerdict::Retry, "the kiosk could not handle HQ's answer (" + cleanText(e.what(), 200) + ")");
    }
}

}  // namespace credopass::sync
