#pragma once
// Demo data: the schema document's example organisation (John Doe, Jane Smith,
// "Friday Jazz Night" with loyalty history), with tonight's event placed around
// the current time so the demo works any day, plus generated members.
// Loading is idempotent: ids are derived from names, so a second load updates.

#include "common/result.hpp"
#include "common/time.hpp"
#include "core/demo_summary.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <string>

namespace credopass::demo {

Result<Summary> load(storage::Database& db, TimePoint now, int generatedMembers = 300);

// Adds `count` generated members (deterministic for a given seed) in batches.
// Used by the demo and by benchmarks that need a large roster.
Status generateMembers(storage::Database& db, int count, std::uint32_t seed, TimePoint now);

std::string demoUserId(const std::string& email);

}  // namespace credopass::demo
