#pragma once
// Events, as pulled from HQ.

#include "model/records.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace credopass::storage::events {

std::optional<Event> find(Database& db, std::string_view id);
// Newest start first.
std::vector<Event> all(Database& db);
// Events that could admit at `now`: ongoing, or scheduled with
// now in [startTime - grace, endTime]. The door rules pick among them.
std::vector<Event> openAt(Database& db, TimePoint now, Millis grace);
// Ids of events (any status) that start before `startsBefore` and end after
// `endsAfter`: the ones whose attendance the pull compares with HQ's.
std::vector<std::string> idsBetween(Database& db, TimePoint endsAfter, TimePoint startsBefore);
void upsert(Database& db, const Event& e);
bool remove(Database& db, std::string_view id);

}  // namespace credopass::storage::events
