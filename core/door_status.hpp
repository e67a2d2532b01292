#pragma once
// What the door worker reports about the door for the idle header and the
// staff screens: a snapshot value, rebuilt on request.

#include "common/time.hpp"
#include "core/door_mode.hpp"
#include "core/event_choice.hpp"
#include "core/trusted_clock.hpp"
#include "model/records.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace credopass {

struct Arrivals {
    TimePoint firstBinStart{};
    std::vector<int> perTenMinutes;  // oldest bin first
};

// Check-in times in 10-minute bins, aligned to the wall clock (18:00, 18:10...),
// ending with the bin that holds `now`; at most `maxBins` bins (older ones dropped).
Arrivals binArrivals(std::span<const TimePoint> checkIns, TimePoint now, int maxBins);

// The first event still to start (scheduled or ongoing, starting after `now`):
// what a closed door tells the member to come back for.
std::optional<Event> nextEvent(std::span<const Event> events, TimePoint now);

// What the door knows of its time, for the idle mark, the device screen and `status --json`.
struct ClockState {
    ClockTrust trust;
    TimePoint now{};           // the door's time (trusted, or the floored wall clock)
    std::int64_t waiting = 0;  // times this boot wrote untrusted: re-stamped once the time is known
    std::int64_t held = 0;     // times from earlier boots that never learned the time: staff release them
};

struct DoorStatus {
    std::optional<Event> event;
    std::string why;                     // why this event was chosen, in English (or what failed when none could be)
    std::optional<ChoiceReason> reason;  // the same as data; none when choosing failed
    TimePoint doorsOpen{};               // ChoiceReason::Scheduled: when its doors open
    bool admits = false;
    std::optional<std::string> pinnedEventId;
    DoorMode mode = DoorMode::Auto;
    std::int64_t attended = 0;
    std::int64_t inside = 0;
    std::int64_t members = 0;
    Arrivals arrivals;
    std::vector<Event> events;  // to pin another one
    std::int64_t waiting = 0;   // outbox records not confirmed by HQ
    std::vector<PoisonRecord> poison;
    bool pinSet = false;
    // The door accepts member ids or event passes, which carry no signature:
    // staff see a standing note while the configuration allows it.
    bool unsignedAccepted = false;
    std::optional<Event> next;  // nextEvent() of the kiosk's events
    ClockState clock;
    // Every character beyond ASCII in the members' and events' names, once
    // each, ascending: the door's fonts are built to draw them ("Nguyễn", "王芳").
    std::u32string nameGlyphs;
};

}  // namespace credopass
