#include "words/result_view.hpp"

#include "words/local_format.hpp"
#include "words/translate.hpp"

namespace credopass::words {
namespace {

const char* tierMember(Tier t) {
    switch (t) {
        case Tier::Bronze: return tr("Bronze member");
        case Tier::Silver: return tr("Silver member");
        case Tier::Gold: return tr("Gold member");
        case Tier::Platinum: return tr("Platinum member");
    }
    return "";
}

// With more than one event open tonight, a success says which one it was for.
std::string eventPrefix(const CheckinResult& r) {
    return r.severalEvents && r.event ? r.event->name + " \xC2\xB7 " : std::string();
}

// One line: "Welcome, Jane", "Already checked in at 18:55", ...
std::string headline(const CheckinResult& r) {
    const std::string first = r.member ? r.member->firstName : std::string();
    switch (r.outcome) {
        case Outcome::CheckedIn: return fill(tr("Welcome, {name}"), {{"name", first}});
        case Outcome::BackIn: return fill(tr("Welcome back, {name}"), {{"name", first}});
        case Outcome::CheckedOut:
            if (r.stayed)
                return fill(tr("Goodbye, {name} \xE2\x80\x94 {duration}"),
                            {{"name", first}, {"duration", duration(*r.stayed)}});
            return fill(tr("Goodbye, {name}"), {{"name", first}});
        case Outcome::AlreadyCheckedIn:
            if (r.checkInTime) return fill(tr("Already checked in at {time}"), {{"time", timeOfDay(*r.checkInTime)}});
            return tr("Already checked in");
        case Outcome::AlreadyCheckedOut:
            if (r.checkOutTime)
                return fill(tr("Already checked out at {time}"), {{"time", timeOfDay(*r.checkOutTime)}});
            return tr("Already checked out");
        case Outcome::NotCheckedIn: return tr("Not checked in");
        case Outcome::UnknownMember: return tr("Badge not recognised");
        case Outcome::NoEvent: return tr("No event right now");
        case Outcome::EventNotOpen:
            if (r.reason == Refusal::WrongEvent) return tr("This pass is for another event");
            return tr("Event not open");
        case Outcome::EventFull: return tr("Event full");
        case Outcome::InvalidBadge:
            if (r.reason == Refusal::Expired) return tr("Badge expired");
            if (r.reason == Refusal::Revoked) return tr("Badge revoked");
            if (r.reason == Refusal::NotYetValid) return tr("Badge not valid yet");
            return tr("Badge not recognised");
    }
    return "";
}

// What to do next.
std::string advice(const CheckinResult& r) {
    switch (r.outcome) {
        case Outcome::CheckedIn:
        case Outcome::BackIn: return tr("Enjoy the event");
        case Outcome::CheckedOut: return tr("See you next time");
        case Outcome::AlreadyCheckedIn: return tr("You can go in");
        case Outcome::AlreadyCheckedOut: return tr("You are already signed out");
        case Outcome::NotCheckedIn: return tr("Please use the entrance, or see a member of staff");
        case Outcome::NoEvent: return tr("Check-in opens shortly before the event starts");
        case Outcome::UnknownMember:
        case Outcome::EventNotOpen:
        case Outcome::EventFull: return tr("Please see a member of staff");
        case Outcome::InvalidBadge:
            if (r.reason == Refusal::Expired) return tr("Please ask staff for a new badge");
            return tr("Try again, or see a member of staff");
    }
    return "";
}

}  // namespace

std::string loyaltyLine(const CheckinResult& r) {
    std::string line = std::string(tierMember(r.tier)) + " \xC2\xB7 " + trn("{n} point", "{n} points", r.points);
    if (r.pointsAwarded > 0) line += " (+" + number(r.pointsAwarded) + ")";
    return line;
}

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
                v.detail = r.event->name + " \xC2\xB7 " + dayAndTime(r.event->startTime);
            else if (r.event)
                v.detail = r.event->name;
            break;
        case Outcome::EventFull:
            v.tone = Tone::Error;
            v.icon = Icon::People;
            v.sound = Sound::Error;
            if (r.event && r.event->capacity)
                v.detail = r.event->name + " \xC2\xB7 " +
                           fill(tr("capacity {n} reached"), {{"n", number(*r.event->capacity)}});
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
    v.title = tr("Check-in failed");
    v.detail = std::string(error.name());  // the code only: messages may hold paths
    v.advice = tr("Please see a member of staff");
    return v;
}

}  // namespace credopass::words
