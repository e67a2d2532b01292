#pragma once
// Loyalty records: points earned (or spent) by members.

#include "model/records.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace credopass::storage::loyalty {

std::optional<LoyaltyRecord> findById(Database& db, std::string_view id);
// Inserts, or replaces the row with the same id.
void save(Database& db, const LoyaltyRecord& r);
// Sum of points whose expiresAt is unset or later than `now`.
std::int64_t unexpiredPoints(Database& db, std::string_view patronId, TimePoint now);
// Newest first.
std::vector<LoyaltyRecord> forMember(Database& db, std::string_view patronId);
// Every record, in one read (the pull compares them with HQ's list).
std::vector<LoyaltyRecord> all(Database& db);
// Removes record `id` unless it is the kiosk's own and still waiting in the
// outbox for HQ: true when it was removed.
bool removeUnlessQueued(Database& db, std::string_view id);

}  // namespace credopass::storage::loyalty
