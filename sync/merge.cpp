#include "sync/merge.hpp"

#include <algorithm>

namespace credopass::sync {
namespace {

std::optional<TimePoint> earliest(const std::optional<TimePoint>& a, const std::optional<TimePoint>& b) {
    if (!a) return b;
    if (!b) return a;
    return std::min(*a, *b);
}

std::optional<TimePoint> latest(const std::optional<TimePoint>& a, const std::optional<TimePoint>& b) {
    if (!a) return b;
    if (!b) return a;
    return std::max(*a, *b);
}

}  // namespace

AttendanceRecord mergeAttendance(const AttendanceRecord& ours, const AttendanceRecord& hq) {
    AttendanceRecord merged = hq;
    merged.attended = ours.attended || hq.attended;
    merged.checkInTime = earliest(ours.checkInTime, hq.checkInTime);
    merged.checkOutTime = latest(ours.checkOutTime, hq.checkOutTime);
    return merged;
}

nlohmann::json attendanceChanges(const AttendanceRecord& merged, const AttendanceRecord& hq) {
    nlohmann::json body = nlohmann::json::object();
    if (merged.attended != hq.attended) body["attended"] = merged.attended;
    if (merged.checkInTime != hq.checkInTime) body["checkInTime"] = formatIso(*merged.checkInTime);
    if (merged.checkOutTime != hq.checkOutTime) body["checkOutTime"] = formatIso(*merged.checkOutTime);
    return body;
}

}  // namespace credopass::sync
