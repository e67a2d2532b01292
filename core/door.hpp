#pragma once
// The rules of the door. One Door per thread that checks people in; it owns
// no connection, it borrows the thread's Database.
//
// Every door action is one IMMEDIATE transaction covering the attendance row,
// the loyalty record and their outbox entries; it is committed (and, with
// synchronous=FULL, on disk) before checkin() returns. A refusal writes nothing.
//
// Its times come from a TrustedClock over the clock it is given: a time it
// writes while the clock is untrusted is noted in the same transaction
// (storage/clock_stamps), to be re-stamped once a true time is known.

#include "common/clock.hpp"
#include "common/result.hpp"
#include "core/checkin_result.hpp"
#include "core/door_mode.hpp"
#include "core/door_policy.hpp"
#include "core/event_choice.hpp"
#include "core/trusted_clock.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>

namespace credopass {

struct CheckinRequest {
    std::string memberId{};
    std::optional<std::string> eventId{};  // pinned by staff (or --event); otherwise chosen by time
    DoorMode mode = DoorMode::Auto;
    bool overrideCapacity = false;  // staff let one more in past capacity
    // The event came from the member's pass, not from staff: it admits only
    // while it is open now (a pass for next week's event is no ticket tonight).
    bool eventFromPass = false;
};

class Door {
public:
    Door(storage::Database& db, const Clock& clock, DoorPolicy policy = {});

    // Errors: "unknown_event" (a pinned id that is not in the database), and
    // storage errors (disk_full, read_only, corrupt, io, busy). On error,
    // nothing was written.
    Result<CheckinResult> checkin(const CheckinRequest& request);

    // The event a scan would go to now, and why (for the staff dashboard).
    Result<EventChoice> currentEvent(const std::optional<std::string>& pinnedEventId);

    const DoorPolicy& policy() const { return policy_; }
    TrustedClock& clock() { return clock_; }
    const TrustedClock& clock() const { return clock_; }

private:
    Result<EventChoice> chooseAt(const std::optional<std::string>& pinnedEventId, TimePoint now);
    Result<EventChoice> chooseForPass(const std::string& eventId, TimePoint now);
    CheckinResult decide(const CheckinRequest& request, const Member& member, const Event& event, TimePoint now);
    // Whether a member inside an event that no longer admits may still check
    // out of it (within the late check-out window of its end).
    bool mayLeave(const CheckinRequest& request, const Member& member, const Event& event, TimePoint now);

    // The time of a door action, with an untrusted one kept above every stored record.
    ClockReading readClock();

    storage::Database& db_;
    TrustedClock clock_;
    bool floorLoaded_ = false;
    DoorPolicy policy_;
};

}  // namespace credopass
