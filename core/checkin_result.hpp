#pragma once
// One door answer, complete enough for a screen to show as it is.

#include "common/time.hpp"
#include "core/outcome.hpp"
#include "storage/records.hpp"

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
    std::string reason;  // refusals: machine-readable detail
    TimePoint at{};      // when the door answered

    bool admitted() const { return isAdmission(outcome); }
    // One line for people: "Welcome, Jane Smith", "Already checked in at 18:55", ...
    std::string headline() const;
    // What to do next, for refusals ("Please see a member of staff").
    std::string advice() const;
};

}  // namespace credopass
