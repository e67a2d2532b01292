#pragma once
// One door answer, as data: words/ turns it into what a person reads.

#include "common/time.hpp"
#include "core/outcome.hpp"
#include "core/refusal.hpp"
#include "model/records.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace credopass {

struct CheckinResult {
    Outcome outcome = Outcome::UnknownMember;
    std::optional<Member> member;
    std::optional<Event> event;
    std::optional<TimePoint> checkInTime;  // the first check-in at this event
    std::optional<TimePoint> checkOutTime;
    std::optional<Millis> stayed;  // on check-out: this visit's length
    std::int64_t points = 0;       // unexpired total after this action
    Tier tier = Tier::Bronze;
    std::int64_t pointsAwarded = 0;
    std::optional<Refusal> reason;  // set on every refusal
    TimePoint at{};                 // when the door answered
    bool severalEvents = false;     // more than one event open now: say which one this was

    bool admitted() const { return isAdmission(outcome); }
};

}  // namespace credopass
