#pragma once
// The audit log of staff actions (unlock, pin an event, manual check-in, export...).

#include "common/time.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::storage::audit {

struct Entry {
    std::int64_t id = 0;
    TimePoint at{};
    std::string actor;   // "staff", "kioskctl", ...
    std::string action;  // "unlock", "pin_event", "manual_checkin", ...
    std::optional<std::string> detail;
};

void append(Database& db, TimePoint at, std::string_view actor, std::string_view action,
            std::optional<std::string_view> detail = std::nullopt);
// Newest first.
std::vector<Entry> recent(Database& db, int limit);
// Deletes the entries recorded before `cutoff`; returns how many went. The
// log would otherwise grow for the life of the SD card (core's door service
// decides how old is old: DoorService::pruneAudit).
std::int64_t removeBefore(Database& db, TimePoint cutoff);

}  // namespace credopass::storage::audit
