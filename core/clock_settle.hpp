#pragma once
// Bringing the door's clock and its records up to what is known about the
// time. Used by the door service and by the sync process (which learns HQ's
// time), each over its own connection.

#include "core/trusted_clock.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <optional>

namespace credopass {

// The anchor the database holds (HQ's or staff's), malformed text read as none.
std::optional<ClockAnchor> loadAnchor(storage::Database& db);
// Stores an anchor and gives it to `clock`.
void saveAnchor(storage::Database& db, TrustedClock& clock, const ClockAnchor& anchor);

// Once the clock is trusted, re-stamps the untrusted times this boot wrote
// (storage/clock_stamps) from the trusted time and the boot clock, in one
// transaction. Returns how many stamps were re-stamped. Throws StorageError.
std::int64_t settleClock(storage::Database& db, TrustedClock& clock);

}  // namespace credopass
