#pragma once
// Why the door said no, as a machine code. The names are an interface:
// kioskctl's JSON `reason` carries them, and docs/reasons.md lists them.
// What a person reads is decided by words/, never here.

#include "badge/rejection.hpp"
#include "model/records.hpp"

#include <string_view>

namespace credopass {

enum class Refusal {
    // the member or the event
    UnknownMember,      // "unknown_member": no such member on this kiosk
    NoEvent,            // "no_event": nothing open now
    BadgeEventUnknown,  // "badge_event_unknown": a pass for an event this kiosk does not know
    WrongEvent,         // "wrong_event": a pass for an event that is not open now
    EventDraft,         // "draft", "scheduled", "ongoing", "completed", "cancelled":
    EventScheduled,     //   the status of an event that does not admit now
    EventOngoing,
    EventCompleted,
    EventCancelled,
    // the member's state at this event
    AlreadyCheckedIn,   // "already_checked_in"
    AlreadyCheckedOut,  // "already_checked_out"
    NotCheckedIn,       // "not_checked_in"
    CapacityReached,    // "capacity_reached"
    // the badge (badge::Rejection, same names)
    NotABadge,
    BadSignature,
    Expired,
    NotYetValid,
    UnknownKey,
    Revoked,
    FormatNotAllowed,
};

std::string_view toString(Refusal r);
Refusal refusalFor(badge::Rejection r);
Refusal refusalFor(EventStatus s);  // the event does not admit in this status

}  // namespace credopass
