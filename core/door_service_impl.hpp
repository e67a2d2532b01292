#pragma once
// Inside the door service (core only): its connection, the door, and what it
// keeps loaded between calls.

#include "core/door.hpp"
#include "core/door_service.hpp"
#include "storage/database.hpp"
#include "storage/sqlite_error.hpp"

namespace credopass {

struct DoorService::Impl {
    Impl(DoorServiceOptions o, const Clock& c, storage::Database d)
        : options(std::move(o)),
          db(std::move(d)),
          door(db, c, options.policy,
               options.recordsAfterAnswer ? Door::Records::AfterAnswer : Door::Records::WithAnswer),
          clock(door.clock()) {}

    DoorServiceOptions options;
    storage::Database db;
    Door door;
    TrustedClock& clock;  // the door's: every time this service writes or compares is the trusted one

    // Loaded once; reloaded when another connection committed (data_version
    // moved) or this one changed them (stale).
    struct Loaded {
        badge::BadgePolicy policy;
        badge::BadgeTrust trust;
        std::optional<std::string> pinnedEventId;
        DoorMode mode = DoorMode::Auto;
    };
    Loaded loaded;
    std::int64_t dataVersion = -1;
    bool stale = true;
    // DoorStatus::nameGlyphs, rebuilt when another connection changed the data (a pull).
    std::u32string nameGlyphs;
    std::int64_t nameGlyphsVersion = -2;

    const Loaded& current();  // throws storage::StorageError
    // Reads HQ's or staff's anchor and re-stamps this boot's untrusted times
    // once the time is trusted (core/door_service_clock.cpp).
    void settleClock();
    // Staff vouch for the time: an anchor, audited, and this boot re-stamped.
    Status anchorByStaff(TimePoint trueNow, std::string_view action);
    void note(std::string_view actor, std::string_view action, std::string_view detail);
    // For what already happened (a refusal, an export): the log cannot undo
    // it, so a log that cannot be written (disk full, read-only) is skipped.
    void noteQuietly(std::string_view actor, std::string_view action, std::string_view detail) noexcept;
    std::string staffActor() const { return options.actor == "door" ? "staff" : options.actor; }
};

// Runs `f`, turning a storage failure into the error value it carries.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const storage::StorageError& e) {
        return e.error();
    }
}

}  // namespace credopass
