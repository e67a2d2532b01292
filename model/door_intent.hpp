#pragma once
// One door action the member has been answered for, as the door's intent
// log keeps it (storage/intent_log) until its records are written
// (core/door_records): what happened, to whom, at which event and when, and
// what it awarded. Writing it again from this alone gives the same records,
// so an entry found after a crash is written as the door would have.

#include "common/clock.hpp"
#include "common/time.hpp"
#include "model/records.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace credopass {

enum class DoorAction { CheckIn, BackIn, CheckOut };
std::string_view toString(DoorAction a);
std::optional<DoorAction> parseDoorAction(std::string_view s);

struct DoorIntent {
    std::string id;  // a random UUID: the entry's identity in the log and in the database's applied list
    DoorAction action = DoorAction::CheckIn;
    std::string eventId;
    std::string memberId;
    TimePoint at{};
    std::optional<LoyaltyRecord> award;    // the points of a first check-in
    std::optional<BootInstant> untrusted;  // `at` came from an untrusted clock, at this instant of its boot
};

}  // namespace credopass
