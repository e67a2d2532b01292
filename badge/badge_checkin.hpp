#pragma once
// A scanned text at the door: verify it as a badge, then let the rules of the
// door decide. The door screen and `kioskctl checkin` both go through here,
// so a badge is judged the same way everywhere.
//
// A refused badge gives a CheckinResult with Outcome::InvalidBadge and
// `reason` set to the Rejection's name; nothing is written to the attendance
// tables. The refusal is noted in the audit log by reason and length only:
// the scanned bytes are never echoed (they may be anything).

#include "badge/verifier.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "core/checkin_result.hpp"
#include "core/door.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>

namespace credopass::badge {

struct BadgeScan {
    std::string text;  // exactly as scanned or typed
    // The event staff chose (pinned or given); when unset, an event named by
    // the badge is used (one this kiosk does not know gives Outcome::NoEvent,
    // reason "badge_event_unknown"), and otherwise the door chooses by time.
    std::optional<std::string> eventId;
    DoorMode mode = DoorMode::Auto;
    bool overrideCapacity = false;
    std::string actor = "door";  // for the audit log ("door", "kioskctl")
};

// Loads the policy and trust from `db` (this thread's connection) and the
// time from `clock`. Errors are the door's (storage failures, unknown_event).
Result<CheckinResult> checkinBadge(Door& door, storage::Database& db, const Clock& clock, const BadgeScan& scan);

// The verdict alone, with policy and trust read from `db` (for `scan`, previews).
// Errors: storage failures.
Result<BadgeVerdict> verifyBadgeText(storage::Database& db, const Clock& clock, std::string_view text);

}  // namespace credopass::badge
