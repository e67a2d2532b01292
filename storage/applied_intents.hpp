#pragma once
// Which of the door's intents (storage/intent_log) this database has taken
// (schema v7). Mark one in the transaction that writes its records.

#include "common/time.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <string_view>

namespace credopass::storage::applied_intents {

bool contains(Database& db, std::string_view intentId);
void mark(Database& db, std::string_view intentId, TimePoint at);
// Drops the notes taken before `before`: by then their entries are long
// forgotten from the log (the door forgets one right after taking it, and
// takes what a crash left at its next start). Returns how many went.
std::int64_t prune(Database& db, TimePoint before);

}  // namespace credopass::storage::applied_intents
