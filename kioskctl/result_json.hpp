#pragma once
// The JSON forms kioskctl prints. Field names are an interface: keep them.

#include "core/checkin_result.hpp"
#include "core/door_status.hpp"

#include <nlohmann/json.hpp>

namespace credopass::ctl {

// {outcome, member{id,name,email}|null, event{id,name}|null, checkInTime,
//  checkOutTime, points, tier, pointsAwarded, message, advice, reason}
nlohmann::json toJson(const CheckinResult& r);
nlohmann::json memberJson(const Member& m, std::int64_t points);
// {trusted, source: "ntp"|"hq"|"staff"|"none", offsetMs|null, now, waiting, held}:
// `status --json`'s "clock" and `clock --json`.
nlohmann::json clockJson(const ClockState& c);

}  // namespace credopass::ctl
