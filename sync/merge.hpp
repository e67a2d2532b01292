#pragma once
// Two versions of one attendance record (ours, and what HQ holds under the
// same id, possibly from another kiosk) become one: the earliest checkInTime,
// the latest checkOutTime, attended once true stays true.

#include "model/records.hpp"

#include <nlohmann/json.hpp>

namespace credopass::sync {

AttendanceRecord mergeAttendance(const AttendanceRecord& ours, const AttendanceRecord& hq);

// The fields of `merged` that differ from `hq`, as a PUT body; empty when HQ
// already holds the merged record.
nlohmann::json attendanceChanges(const AttendanceRecord& merged, const AttendanceRecord& hq);

}  // namespace credopass::sync
