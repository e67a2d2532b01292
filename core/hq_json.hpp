#pragma once
// The records in HQ's JSON shape (../shared/credopass-api.md): camelCase keys,
// times as ISO 8601 UTC with milliseconds, every key present (null when empty).
// Used for outbox payloads and by the sync client in both directions.

#include "common/result.hpp"
#include "model/records.hpp"

#include <nlohmann/json.hpp>

namespace credopass::hqjson {

nlohmann::json toJson(const Member& m);
nlohmann::json toJson(const Event& e);
nlohmann::json toJson(const AttendanceRecord& a);  // the six keys POST /api/attendance requires
nlohmann::json toJson(const LoyaltyRecord& l);     // the eight keys POST /api/loyalty requires

// Strict readers: a wrong type, a missing required key, a malformed id or
// time is an Error naming the field ("bad_record").
Result<Member> memberFromJson(const nlohmann::json& j);
Result<Event> eventFromJson(const nlohmann::json& j);
Result<AttendanceRecord> attendanceFromJson(const nlohmann::json& j);
Result<LoyaltyRecord> loyaltyFromJson(const nlohmann::json& j);

}  // namespace credopass::hqjson
