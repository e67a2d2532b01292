#include "core/clock_settle.hpp"

#include "storage/clock_stamps.hpp"
#include "storage/settings.hpp"

namespace credopass {

std::optional<ClockAnchor> loadAnchor(storage::Database& db) {
    auto text = storage::settings::get(db, kClockAnchorKey);
    return text ? parseAnchor(*text) : std::nullopt;
}

void saveAnchor(storage::Database& db, TrustedClock& clock, const ClockAnchor& anchor) {
    storage::settings::set(db, kClockAnchorKey, formatAnchor(anchor));
    clock.setAnchor(anchor);
}

std::int64_t settleClock(storage::Database& db, TrustedClock& clock) {
    if (!clock.stampsPending()) return 0;
    const ClockReading now = clock.read();
    if (!now.trusted) return 0;
    // Looked up before taking the write lock: nearly always there is nothing to do.
    if (storage::clock_stamps::count(db, now.boot.bootId) == 0) {
        clock.stampsSettled();
        return 0;
    }
    // The reading itself is the anchor: a true time at a known point of this boot.
    storage::Transaction tx(db);
    const std::int64_t n = storage::clock_stamps::restamp(db, now.boot.bootId, now.time, now.boot.sinceBoot);
    tx.commit();
    clock.stampsSettled();
    return n;
}

}  // namespace credopass
