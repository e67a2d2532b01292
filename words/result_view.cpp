#include "words/result_view.hpp"

namespace credopass::words {
namespace {

std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string loyaltyLine(const CheckinResult& r) {
    std::string line = capitalised(toString(r.tier)) + " member \xC2\xB7 " + std::to_string(r.points) + " points";
    if (r.pointsAwarded > 0) line += " (+" + std::to_string(r.pointsAwarded) + ")";
    return line;
}

// With more than one event open tonight, a success says which one it was for.
std::string eventPrefix(const CheckinResult& r) {
    return r.severalEvents && r.event ? r.event->name + " \xC2\xB7 " : std::string();
}

// One line: "Welcome, Jane", "Already checked in at 18:55", ...
std::string headline(const CheckinResult& r) {
    std::string first = r.member ? r.member->firstName : std::string();
    switch (r.outcome) {
        case Outcome::CheckedIn: return "Welcome, " + first;
        case Outcome::BackIn: return "Welcome back, " + first;
        case Outcome::CheckedOut:
            return "Goodbye, " + first + (r.stayed ? " \xE2\x80\x94 " + formatDuration(*r.stayed) : std::string());
        case Outcome::AlreadyCheckedIn:
            return "Already checked in" +
                   (r.checkInTime ? " at " + formatLocalHourMinute(*r.checkInTime) : std::string());
        case Outcome::AlreadyCheckedOut:
            return "Already checked out" +
                   (r.checkOutTime ? " at " + formatLocalHourMinute(*r.checkOutTime) : std::string());
        case Outcome::NotCheckedIn: return "Not checked in";
        case Outcome::UnknownMember: return "Badge not recognised";
        case Outcome::NoEvent: return "No event right now";
        case Outcome::EventNotOpen:
            if (r.reason == Refusal::WrongEvent) return "This pass is for another event";
            return "Event not open";
        case Outcome::EventFull: return "Event full";
        case Outcome::InvalidBadge:
            if (r.reason == Refusal::Expired) return "Badge expired";
            if (r.reason == Refusal::Revoked) return "Badge revoked";
            if (r.reason == Refusal::NotYetValid) return "Badge not valid yet";
            return "Badge not recognised";
    }
    return "";
}

// What to do next.
std::string advice(const CheckinResult& r) {
    switch (r.outcome) {
        case Outcome::CheckedIn:
        case Outcome::BackIn: return "Enjoy the event";
        case Outcome::CheckedOut: return "See you next time";
        case Outcome::AlreadyCheckedIn: return "You can go in";
        case Outcome::AlreadyCheckedOut: return "You are already signed out";
        case Outcome::NotCheckedIn: return "Please use the entrance, or see a member of staff";
        case Outcome::NoEvent: return "Check-in opens shortly before the event starts";
        case Outcome::UnknownMember:
        case Outcome::EventNotOpen:
        case Outcome::EventFull: return "Please see a member of staff";
        case Outcome::InvalidBadge:
            if (r.reason == Refusal::Expired) return "Please ask staff for a new badge";
            return "Try again, or see a member of staff";
    }
    return "";
}

}  // namespace

ResultView describe(const CheckinResult& r) {
    ResultView v;
    v.title = headline(r);
    v.advice = advice(r);
    switch (r.outcome) {
        case Outcome::CheckedIn:
        case Outcome::BackIn:
            v.tone = Tone::Success;
            v.icon = Icon::Check;
            v.sound = Sound::Success;
            v.detail = eventPrefix(r) + loyaltyLine(r);
            break;
        case Outcome::CheckedOut:
            v.tone = Tone::Info;
            v.icon = Icon::Wave;
            v.sound = Sound::Success;
            v.detail = eventPrefix(r) + loyaltyLine(r);
            break;
        case Outcome::AlreadyCheckedIn:
        case Outcome::AlreadyCheckedOut:
            v.tone = Tone::Warning;
            v.icon = Icon::Clock;
            v.sound = Sound::Warning;
            if (r.member) v.detail = r.member->fullName();
            break;
        case Outcome::NoEvent:
        case Outcome::EventNotOpen:
            v.tone = Tone::Error;
            v.icon = Icon::Calendar;
            v.sound = Sound::Error;
            // The pass's own event, with its date: the member sees which night it is for.
            if (r.event && r.reason == Refusal::WrongEvent)
                v.detail = r.event->name + " \xC2\xB7 " + formatLocalDateTime(r.event->startTime);
            else if (r.event)
                v.detail = r.event->name;
            break;
        case Outcome::EventFull:
            v.tone = Tone::Error;
            v.icon = Icon::People;
            v.sound = Sound::Error;
            if (r.event && r.event->capacity)
                v.detail = r.event->name + " \xC2\xB7 capacity " + std::to_string(*r.event->capacity) + " reached";
            break;
        case Outcome::NotCheckedIn:
        case Outcome::UnknownMember:
        case Outcome::InvalidBadge:
            v.tone = Tone::Error;
            v.icon = Icon::Cross;
            v.sound = Sound::Error;
            break;
    }
    return v;
}

ResultView describeFailure(const Error& error) {
    ResultView v;
    v.tone = Tone::Error;
    v.icon = Icon::Cross;
    v.sound = Sound::Error;
    v.title = "Check-in failed";
    v.detail = std::string(error.name());  // the code only: messages may hold paths
    v.advice = "Please see a member of staff";
    return v;
}

}  // namespace credopass::words
