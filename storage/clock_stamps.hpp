#pragma once
// Times written while the clock was untrusted (schema v5), and their repair.

#include "common/clock.hpp"
#include "common/time.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace credopass::storage::clock_stamps {

// Notes that `stamp` was written at `at` of its boot. Call it in the
// transaction that writes the time, so no untrusted time escapes the list.
void record(Database& db, TimePoint stamp, const BootInstant& at);

// Replaces every stamp of `bootId` with the true time: `trueAt` was the true
// time at `trueSinceBoot` of that boot, and the boot clock does not jump. In
// attendance, loyalty and the outbox's queued payloads; the stamps go.
// Returns how many stamps were re-stamped. Run it in a transaction.
std::int64_t restamp(Database& db, const std::string& bootId, TimePoint trueAt, Millis trueSinceBoot);

struct HeldBoot {
    std::string bootId;
    std::int64_t stamps = 0;
    TimePoint first{};
    TimePoint last{};
};
// Boots with stamps still waiting, oldest first.
std::vector<HeldBoot> held(Database& db);
// How many stamps `bootId` still has.
std::int64_t count(Database& db, const std::string& bootId);
// Staff accept a boot's times as written: its stamps go, its records are sent.
std::int64_t release(Database& db, const std::string& bootId);

// The stamps still waiting, to tell which queued payloads hold one: each
// payload is looked at once, whatever the number of stamps.
class Waiting {
public:
    static Waiting load(Database& db);
    bool empty() const { return stamps_.empty(); }
    // True when `payload` holds a waiting stamp as a JSON string ("...").
    bool heldIn(const std::string& payload) const;

private:
    std::unordered_set<std::string> stamps_;
    std::size_t length_ = 0;  // formatIso's: every stamp has it
};

// The newest time any record holds (check-in, check-out, loyalty issued):
// an untrusted clock is never allowed to run below it.
std::optional<TimePoint> newestRecord(Database& db);

}  // namespace credopass::storage::clock_stamps
