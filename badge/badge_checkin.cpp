#include "badge/badge_checkin.hpp"

#include "badge/trust_store.hpp"
#include "storage/audit.hpp"
#include "storage/sqlite_error.hpp"

namespace credopass::badge {

Result<BadgeVerdict> verifyBadgeText(storage::Database& db, const Clock& clock, std::string_view text) {
    try {
        BadgePolicy policy = loadPolicy(db);
        BadgeTrust trust = trust_store::loadTrust(db);
        return checkBadge(text, policy, trust, clock.now());
    } catch (const storage::StorageError& e) {
        return e.error();
    }
}

Result<CheckinResult> checkinBadge(Door& door, storage::Database& db, const Clock& clock, const BadgeScan& scan) {
    auto verdict = verifyBadgeText(db, clock, scan.text);
    if (!verdict) return verdict.error();
    if (!verdict->accepted()) {
        CheckinResult refused;
        refused.outcome = Outcome::InvalidBadge;
        refused.reason = std::string(toString(*verdict->rejection));
        refused.at = clock.now();
        try {
            std::string detail = "reason=" + refused.reason + " length=" + std::to_string(scan.text.size());
            if (verdict->badge) detail += " format=" + std::string(toString(verdict->badge->format));
            storage::audit::append(db, refused.at, scan.actor, "badge_refused", detail);
        } catch (const storage::StorageError&) {
            // The refusal stands even when the log cannot be written (disk full).
        }
        return refused;
    }
    CheckinRequest request;
    request.memberId = verdict->memberId();
    bool eventFromBadge = !scan.eventId && verdict->eventId();
    request.eventId = eventFromBadge ? verdict->eventId() : scan.eventId;
    request.mode = scan.mode;
    request.overrideCapacity = scan.overrideCapacity;
    auto result = door.checkin(request);
    if (!result && eventFromBadge && result.error().code == InputErrc::UnknownEvent) {
        // A pass for an event this kiosk has never heard of is the member's
        // problem to sort out with staff, not a kiosk failure.
        CheckinResult refused;
        refused.outcome = Outcome::NoEvent;
        refused.reason = "badge_event_unknown";
        refused.at = clock.now();
        return refused;
    }
    return result;
}

}  // namespace credopass::badge
