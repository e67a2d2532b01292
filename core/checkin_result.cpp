#include "core/checkin_result.hpp"

namespace credopass {

std::string CheckinResult::headline() const {
    std::string first = member ? member->firstName : std::string();
    switch (outcome) {
        case Outcome::CheckedIn: return "Welcome, " + first;
        case Outcome::BackIn: return "Welcome back, " + first;
        case Outcome::CheckedOut:
            return "Goodbye, " + first + (stayed ? " \xE2\x80\x94 " + formatDuration(*stayed) : std::string());
        case Outcome::AlreadyCheckedIn:
            return "Already checked in" + (checkInTime ? " at " + formatLocalHourMinute(*checkInTime) : std::string());
        case Outcome::AlreadyCheckedOut:
            return "Already checked out" +
                   (checkOutTime ? " at " + formatLocalHourMinute(*checkOutTime) : std::string());
        case Outcome::NotCheckedIn: return "Not checked in";
        case Outcome::UnknownMember: return "Badge not recognised";
        case Outcome::NoEvent: return "No event right now";
        case Outcome::EventNotOpen: return "Event not open";
        case Outcome::EventFull: return "Event full";
        case Outcome::InvalidBadge:
            if (reason == "expired") return "Badge expired";
            if (reason == "revoked") return "Badge revoked";
            if (reason == "not_yet_valid") return "Badge not valid yet";
            return "Badge not recognised";
    }
    return "";
}

std::string CheckinResult::advice() const {
    switch (outcome) {
        case Outcome::CheckedIn:
        case Outcome::BackIn: return "Enjoy the event";
        case Outcome::CheckedOut: return "See you next time";
        case Outcome::AlreadyCheckedIn: return "You can go in";
        case Outcome::AlreadyCheckedOut: return "You are already signed out";
        case Outcome::NotCheckedIn: return "Please use the entrance, or see a member of staff";
        case Outcome::UnknownMember: return "Please see a member of staff";
        case Outcome::NoEvent: return "Check-in opens shortly before the event starts";
        case Outcome::EventNotOpen: return "Please see a member of staff";
        case Outcome::EventFull: return "Please see a member of staff";
        case Outcome::InvalidBadge:
            if (reason == "expired") return "Please ask staff for a new badge";
            return "Try again, or see a member of staff";
    }
    return "";
}

}  // namespace credopass
