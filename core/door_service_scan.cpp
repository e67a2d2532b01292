// The door service at the door: a scan verified once, then the rules.
#include "core/door_service_impl.hpp"
#include "storage/members.hpp"

#include <algorithm>

namespace credopass {
namespace {

CheckinResult refusal(Outcome outcome, Refusal reason, TimePoint at) {
    CheckinResult r;
    r.outcome = outcome;
    r.reason = reason;
    r.at = at;
    return r;
}

bool isStaff(const DoorServiceOptions& o, const std::string& memberId) {
    return std::find(o.staffMembers.begin(), o.staffMembers.end(), memberId) != o.staffMembers.end();
}

}  // namespace

Result<badge::BadgeVerdict> DoorService::verify(std::string_view text) {
    return guarded([&]() -> Result<badge::BadgeVerdict> {
        const auto& loaded = impl_->current();
        return badge::checkBadge(text, loaded.policy, loaded.trust, impl_->clock.now());
    });
}

Result<ScanAnswer> DoorService::scan(const Scan& scan, const DoorAsk& ask) {
    return guarded([&]() -> Result<ScanAnswer> {
        const auto& loaded = impl_->current();
        const TimePoint now = impl_->clock.now();
        const badge::BadgeVerdict verdict = badge::checkBadge(scan.text, loaded.policy, loaded.trust, now);
        if (!verdict.accepted()) {
            // The scanned bytes are never echoed to the log (they may be anything).
            std::string detail =
                "reason=" + std::string(toString(*verdict.rejection)) + " length=" + std::to_string(scan.text.size());
            if (verdict.badge) detail += " format=" + std::string(toString(verdict.badge->format));
            impl_->noteQuietly(impl_->options.actor, "badge_refused", detail);
            return ScanAnswer{refusal(Outcome::InvalidBadge, refusalFor(*verdict.rejection), now)};
        }
        // Staff mode opens only for a signed badge read by a camera or a
        // scanner: member ids are not secret, and a keyboard is not a badge.
        if (verdict.badge->format == badge::BadgeFormat::Signed && scan.origin != ScanOrigin::Keyboard &&
            isStaff(impl_->options, verdict.memberId())) {
            auto member = storage::members::find(impl_->db, verdict.memberId());
            impl_->note(impl_->staffActor(), "unlock", "staff badge");
            return ScanAnswer{StaffBadge{member ? member->fullName() : std::string("staff")}};
        }
        CheckinRequest request;
        request.memberId = verdict.memberId();
        const auto& chosen = ask.eventId ? ask.eventId : loaded.pinnedEventId;
        const bool eventFromBadge = !chosen && verdict.eventId();
        request.eventId = eventFromBadge ? verdict.eventId() : chosen;
        request.eventFromPass = eventFromBadge;
        request.mode = ask.mode.value_or(loaded.mode);
        request.overrideCapacity = ask.overrideCapacity;
        auto result = impl_->door.checkin(request);
        if (!result && eventFromBadge && result.error().code == InputErrc::UnknownEvent) {
            // A pass for an event this kiosk has never heard of is the member's
            // problem to sort out with staff, not a kiosk failure.
            return ScanAnswer{refusal(Outcome::NoEvent, Refusal::BadgeEventUnknown, now)};
        }
        if (!result) return result.error();
        return ScanAnswer{std::move(*result)};
    });
}

Result<CheckinResult> DoorService::manualCheckin(const std::string& memberId, const DoorAsk& ask) {
    return guarded([&]() -> Result<CheckinResult> {
        const auto& loaded = impl_->current();
        CheckinRequest request;
        request.memberId = memberId;
        request.eventId = ask.eventId ? ask.eventId : loaded.pinnedEventId;
        request.mode = ask.mode.value_or(loaded.mode);
        request.overrideCapacity = ask.overrideCapacity;
        auto result = impl_->door.checkin(request);
        std::string detail = memberId;
        detail += ' ';
        detail += result ? toString(result->outcome) : std::string_view("failed");
        // Past capacity is its own entry: who let one more in is what staff ask later.
        const char* action = request.mode == DoorMode::OutOnly ? "manual_checkout"
                             : request.overrideCapacity        ? "admit_over_capacity"
                                                               : "manual_checkin";
        impl_->note(impl_->staffActor(), action, detail);
        return result;
    });
}

}  // namespace credopass
