#pragma once
// The JSON forms kioskctl prints. Field names are an interface: keep them.

#include "core/checkin_result.hpp"

#include <nlohmann/json.hpp>

namespace credopass::ctl {

// {outcome, member{id,name,email}|null, event{id,name}|null, checkInTime,
//  checkOutTime, points, tier, pointsAwarded, message, advice, reason}
nlohmann::json toJson(const CheckinResult& r);
nlohmann::json memberJson(const Member& m, std::int64_t points);

}  // namespace credopass::ctl
