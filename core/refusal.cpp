#include "core/refusal.hpp"

namespace credopass {

std::string_view toString(Refusal r) {
    switch (r) {
        case Refusal::UnknownMember: return "unknown_member";
        case Refusal::NoEvent: return "no_event";
        case Refusal::BadgeEventUnknown: return "badge_event_unknown";
        case Refusal::WrongEvent: return "wrong_event";
        case Refusal::EventDraft: return "draft";
        case Refusal::EventScheduled: return "scheduled";
        case Refusal::EventOngoing: return "ongoing";
        case Refusal::EventCompleted: return "completed";
        case Refusal::EventCancelled: return "cancelled";
        case Refusal::AlreadyCheckedIn: return "already_checked_in";
        case Refusal::AlreadyCheckedOut: return "already_checked_out";
        case Refusal::NotCheckedIn: return "not_checked_in";
        case Refusal::CapacityReached: return "capacity_reached";
        case Refusal::NotABadge: return "not_a_badge";
        case Refusal::BadSignature: return "bad_signature";
        case Refusal::Expired: return "expired";
        case Refusal::NotYetValid: return "not_yet_valid";
        case Refusal::UnknownKey: return "unknown_key";
        case Refusal::Revoked: return "revoked";
        case Refusal::FormatNotAllowed: return "format_not_allowed";
    }
    return "refused";
}

Refusal refusalFor(badge::Rejection r) {
    switch (r) {
        case badge::Rejection::NotABadge: return Refusal::NotABadge;
        case badge::Rejection::BadSignature: return Refusal::BadSignature;
        case badge::Rejection::Expired: return Refusal::Expired;
        case badge::Rejection::NotYetValid: return Refusal::NotYetValid;
        case badge::Rejection::UnknownKey: return Refusal::UnknownKey;
        case badge::Rejection::Revoked: return Refusal::Revoked;
        case badge::Rejection::FormatNotAllowed: return Refusal::FormatNotAllowed;
    }
    return Refusal::NotABadge;
}

Refusal refusalFor(EventStatus s) {
    switch (s) {
        case EventStatus::Draft: return Refusal::EventDraft;
        case EventStatus::Scheduled: return Refusal::EventScheduled;
        case EventStatus::Ongoing: return Refusal::EventOngoing;
        case EventStatus::Completed: return Refusal::EventCompleted;
        case EventStatus::Cancelled: return Refusal::EventCancelled;
    }
    return Refusal::EventDraft;
}

}  // namespace credopass
