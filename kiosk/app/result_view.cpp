#include "kiosk/app/result_view.hpp"

namespace credopass::kiosk {
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

}  // namespace

ResultView describe(const CheckinResult& r) {
    ResultView v;
    v.title = r.headline();
    v.advice = r.advice();
    switch (r.outcome) {
        case Outcome::CheckedIn:
        case Outcome::BackIn:
            v.tone = Tone::Success;
            v.icon = Icon::Check;
            v.sound = Sound::Success;
            v.detail = loyaltyLine(r);
            break;
        case Outcome::CheckedOut:
            v.tone = Tone::Info;
            v.icon = Icon::Wave;
            v.sound = Sound::Success;
            v.detail = loyaltyLine(r);
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
            if (r.event) v.detail = r.event->name;
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

std::string_view toString(Tone t) {
    switch (t) {
        case Tone::Success: return "success";
        case Tone::Info: return "info";
        case Tone::Warning: return "warning";
        case Tone::Error: return "error";
    }
    return "";
}

std::string_view toString(Icon i) {
    switch (i) {
        case Icon::Check: return "check";
        case Icon::Wave: return "wave";
        case Icon::Clock: return "clock";
        case Icon::Cross: return "cross";
        case Icon::Calendar: return "calendar";
        case Icon::People: return "people";
    }
    return "";
}

}  // namespace credopass::kiosk
